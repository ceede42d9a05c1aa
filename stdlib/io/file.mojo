"""Mojo's builtin `open()` and `FileHandle` (std.io.file), bound to
`runtime-headers/mojo/io/file.hpp` (a POSIX file descriptor, unbuffered, as in
Mojo 1.2).

Checked with Mojo 1.2:
- `open(path, mode)`: `mode` is required, one of "r", "w", "rw" (read/write,
  created if missing, not truncated), "a"; "w"/"rw"/"a" create missing parent
  directories. Errors: `invalid mode: "q". Can only be one of: {"r", "w",
  "rw", "a"}`, `Failed to open file '/nope/x.txt': No such file or directory`.
- `read(size=-1)` raises (reads to EOF when size < 0; "invalid file handle"
  after close; "Cannot construct a String from invalid UTF-8 data").
- `write(*args)` does not raise: each argument's print text, no separator.
- `seek(offset, whence=0)` raises and returns the new position (UInt64);
  whence: 0 start, 1 current, 2 end (`os.SEEK_SET/SEEK_CUR/SEEK_END`).
- `close()` raises; closing twice is fine. There is no `__exit__`: the handle
  is closed when it is destroyed (end of a `with open(...) as f:` block).
- No `readline`/`readlines`/`flush`/`tell` in 1.2 (read() and split instead).
- Not declared: `read(buffer: Span)`, `write_bytes(Span[UInt8])` (need Span).

Mojo takes any PathLike for `path` and a StringSlice for `mode`; String
(and StringLiteral, which converts) is declared here.
"""

@__cpp("mojo::io::FileHandle", include="mojo/io/file.hpp")
struct FileHandle(Movable):
    def __init__(out self): ...
    def __init__(out self, path: String, mode: String) raises: ...
    def __deinit__(deinit self): ...
    def __enter__(var self) -> Self: ...
    def read(self, size: Int = -1) raises -> String: ...
    @__cpp("mojo::io::read_bytes<mojo::List<mojo::UInt8>>")
    def read_bytes(self, size: Int = -1) raises -> List[UInt8]: ...
    def write[*Ts: Writable](mut self, *args: *Ts): ...
    def seek(self, offset: Int, whence: UInt8 = 0) raises -> UInt64: ...
    def close(mut self) raises: ...

@__cpp("mojo::io::open", include="mojo/io/file.hpp")
def open(path: String, mode: String) raises -> FileHandle: ...
