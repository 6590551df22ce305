"""Prints the markdown tables of results/SUMMARY.md from the raw result files.

Usage: python3 bench/summarize.py [results-dir]
"""
import glob
import json
import os
import re
import sys

results = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")


def phase_rows(text, header):
    """Rows of the table that starts with a line beginning with `header`, keyed by phase name."""
    rows, inside = {}, False
    for line in text.splitlines():
        if line.startswith(header):
            inside, columns = True, line.split()
            continue
        if inside:
            parts = line.split()
            if len(parts) != len(columns) or not re.match(r"^[0-9.]+$", parts[1]):
                inside = False
                continue
            rows[parts[0]] = dict(zip(columns, parts))
    return rows


def load(text):
    match = re.search(r"load before: .*load average: ([0-9.]+), ([0-9.]+), ([0-9.]+)", text)
    after = re.search(r"load after: .*load average: ([0-9.]+), ([0-9.]+), ([0-9.]+)", text)
    return f"{match.group(1)} / {after.group(1)}" if match and after else "?"


print("### GET /api/v1/assessments/{id}/benchmark (ms)\n")
print("Client-side latency (send to whole body read); server-side from Tomcat's access log. "
      "Load = 1-minute load average before / after the run.\n")
print("| N | run | DB size | clients | req/s | median | p90 | p99 | max | server median | server p99 | load |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
files = glob.glob(os.path.join(results, "benchmark-api-*.txt"))


def order(name):
    m = re.search(r"benchmark-api-(\d+)(?:-run(\d+))?\.txt", name)
    return (int(m.group(1)), int(m.group(2) or 1))


for name in sorted(files, key=order):
    n, run = order(name)
    text = open(name).read()
    size = re.search(r"database size: (.*)", text).group(1)
    client = phase_rows(text, "phase          requests clients")
    server = phase_rows(text, "phase          requests non200")
    for phase in ("single", "concurrent-4"):
        if phase not in client:
            continue
        c, s = client[phase], server.get(phase, {})
        print(f"| {n:,} | {run} | {size} | {c['clients']} | {c['req/s']} | {c['median']} | {c['p90']} | {c['p99']} "
              f"| {c['max']} | {s.get('median', '?')} | {s.get('p99', '?')} | {load(text)} |")

print("\n### Generation (bench/setup-db.sh)\n")
print("| N | organisations | assessments | distributions | commit + analyze | generator total | DB size | verified |")
print("|---:|---:|---:|---:|---:|---:|---:|---|")
for name in sorted(glob.glob(os.path.join(results, "generate-*.txt")),
                   key=lambda f: int(re.search(r"N=(\d+)", open(f).read()).group(1))):
    text = open(name).read()
    n = int(re.search(r"N=(\d+)", text).group(1))
    get = lambda pattern: (re.search(pattern, text) or [None, "?"])[1]
    label = re.search(r"generate-(.*)\.txt", name).group(1)
    verify = os.path.join(results, f"verify-{label}.txt")
    verified = "yes" if os.path.exists(verify) and "VERIFIED" in open(verify).read() else "no"
    cells = [f"{n:,}", get(r"organisations: \d+ rows in ([0-9.]+ s)"), get(r"assessments: \d+ rows in ([0-9.]+ s)"),
             get(r"benchmark_distribution: (\d+ rows)") + " (" + get(r"\((\d+) peer groups\)") + " groups)",
             get(r"commit and analyze in ([0-9.]+ s)"), get(r"generation total: ([0-9.]+ s)"),
             get(r"database size: (.*)"), verified]
    print("| " + " | ".join(cells) + " |")

jmh = os.path.join(results, "jmh-scoring.json")
if os.path.exists(jmh):
    print("\n### JMH: scoring one dma-sme submission (µs per operation, average time)\n")
    print("| benchmark | score | ± error (99.9 %) | forks × iterations |")
    print("|---|---:|---:|---|")
    for entry in json.load(open(jmh)):
        metric = entry["primaryMetric"]
        print(f"| `{entry['benchmark'].split('.')[-1]}` | {metric['score']:.2f} | {metric['scoreError']:.2f} "
              f"| {entry['forks']} × {entry['measurementIterations']} of {entry['measurementTime']} |")
