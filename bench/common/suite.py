"""The base class of a benchmark definition (bench/<name>/suite.py)."""


class Suite:
    name = ""
    title = ""
    description = ""
    size_name = "size"  # the column header when a benchmark runs at several sizes
    reference = "cpp_scalar"  # the variant whose checksum is the truth at each size
    rate_headers = ()  # extra columns, filled by rates()
    peak = None  # "f32" or "f64": adds a % of peak column from gflops()

    def __init__(self, here, out_dir, quick):
        self.here, self.out_dir, self.quick = here, out_dir, quick
        self.ref_checksums = {}  # size -> reference checksum text

    def path(self, name):
        return f"{self.here}/{name}"

    def sizes(self):
        raise NotImplementedError

    def size_args(self, size):
        return [str(size)]

    def size_text(self, size):
        return f"{self.size_name} = {size}"

    def variants(self):
        raise NotImplementedError

    def work(self, size, checksum):
        """The amount of work at this size (flops, steps, ...): rates and time scaling use it."""
        raise NotImplementedError

    def gflops(self, size, ms, checksum):
        return None

    def rates(self, size, ms, checksum):
        return {}

    def compare(self, got, ref):
        """(text for the checksum column, True if it is a real mismatch)."""
        if got == ref:
            return "ok", False
        return f"**MISMATCH**: {got} (expected {ref})", True
