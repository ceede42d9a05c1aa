# sleep(seconds) blocks for at least that long as measured by perf_counter_ns.
# VERIFIED-WITH: mojo 1.2.0
from std.time import perf_counter_ns, sleep

def main():
    var t0 = perf_counter_ns()
    sleep(0.02)
    var t1 = perf_counter_ns()
    print(t1 - t0 >= 20_000_000)
