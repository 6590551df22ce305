"""Server-side latency per phase from the Tomcat access log written during a benchmark (benchmark-api.sh,
makerspace/availability.sh).

Usage: access-stats.py [--path PART] PHASES LOGFILE...  (PHASES as given to the client, e.g.
warmup:3000:1,single:5000:1,...; PART: only requests whose path contains it count, default "/benchmark")
Lines are '%r %s %D' (request line, status, microseconds). Only benchmark requests count; the first one (the
sample answer shown in the header) is skipped, then lines are cut into the phases in order. Within a concurrent
phase requests finish in about the order they were sent, so the split is exact in count if not per request.
"""
import math
import sys

args = sys.argv[1:]
path_part = "/benchmark"
if args[0] == "--path":
    path_part, args = args[1], args[2:]
phases = [(p.split(":")[0], int(p.split(":")[1])) for p in args[0].split(",")]
times = []
for name in args[1:]:
    with open(name) as log:
        for line in log:
            parts = line.split()
            if len(parts) >= 3 and path_part in parts[1]:
                times.append((int(parts[-2]), int(parts[-1])))
times = times[1:]
print("%-14s %8s %6s %8s %8s %8s %8s %8s" % ("phase", "requests", "non200", "mean", "median", "p90", "p99", "max"))
start = 0
for name, count in phases:
    chunk = times[start:start + count]
    start += count
    if not chunk:
        continue
    ms = sorted(t / 1000.0 for _, t in chunk)
    pct = lambda p: ms[max(0, min(len(ms) - 1, math.ceil(p / 100.0 * len(ms)) - 1))]
    print("%-14s %8d %6d %8.2f %8.2f %8.2f %8.2f %8.2f" % (name, len(ms), sum(1 for s, _ in chunk if s != 200),
          sum(ms) / len(ms), pct(50), pct(90), pct(99), ms[-1]))
print("server times in ms")
