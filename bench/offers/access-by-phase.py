"""Server-side latency per phase from a Tomcat access log with the pattern '%{X-Bench-Phase}i %s %D'
(phase header sent by CatalogueClient.java, status, microseconds). Phases 'hits', 'warmup' and '-' are skipped.

Usage: access-by-phase.py LOGFILE...
"""
import math
import sys

phases = {}
for name in sys.argv[1:]:
    with open(name) as log:
        for line in log:
            parts = line.split()
            if len(parts) != 3 or parts[0] in ("-", "hits", "warmup"):
                continue
            phases.setdefault(parts[0], []).append((int(parts[1]), int(parts[2])))
print("%-16s %-4s %7s %8s %6s %8s %8s %8s %8s %8s" % ("type", "end", "clients", "requests", "non200", "mean",
                                                    "median", "p90", "p99", "max"))
for phase, rows in phases.items():
    kind, endpoint, clients = phase.split("/")
    ms = sorted(t / 1000.0 for _, t in rows)
    pct = lambda p: ms[max(0, min(len(ms) - 1, math.ceil(p / 100.0 * len(ms)) - 1))]
    print("%-16s %-4s %7s %8d %6d %8.2f %8.2f %8.2f %8.2f %8.2f" % (kind, endpoint, clients, len(ms),
          sum(1 for s, _ in rows if s != 200), sum(ms) / len(ms), pct(50), pct(90), pct(99), ms[-1]))
print("server times in ms")
