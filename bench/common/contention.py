"""How much of the CPUs other processes took while a benchmark section ran.

The machine is shared (2 vCPUs, other builds run beside the benchmarks), and a
2-thread row loses most when one of its cores is busy elsewhere. /proc/stat
gives the CPU time all processes used; subtracting what our own child
processes used leaves the share others took, plus the hypervisor's steal time.
"""
import os
import resource
import time

_TICK = os.sysconf("SC_CLK_TCK")


def _proc_stat():
    """(busy seconds of all CPUs excluding steal, steal seconds)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq) / _TICK, steal / _TICK


def _children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


class Meter:
    def __init__(self):
        self.t0 = time.monotonic()
        self.busy0, self.steal0 = _proc_stat()
        self.ours0 = _children_cpu()

    def others_share(self):
        """(share of all CPUs used by other processes, share stolen), 0..1 each."""
        wall = (time.monotonic() - self.t0) * (os.cpu_count() or 1)
        busy, steal = _proc_stat()
        ours = _children_cpu() - self.ours0
        if wall <= 0:
            return 0.0, 0.0
        others = max(0.0, (busy - self.busy0) - ours) / wall
        return min(1.0, others), min(1.0, (steal - self.steal0) / wall)
