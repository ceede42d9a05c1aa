# perf_counter_ns() and monotonic() never go backwards between consecutive reads.
# VERIFIED-WITH: mojo 1.2.0
from std.time import perf_counter_ns, monotonic

def main():
    var ok = True
    var prev = perf_counter_ns()
    var mprev = monotonic()
    for _ in range(1000):
        var now = perf_counter_ns()
        var mnow = monotonic()
        if now < prev or mnow < mprev:
            ok = False
        prev = now
        mprev = mnow
    print(ok)
