#!/usr/bin/env bash
# Runs benchmark-api.sh for 10k, 100k and 1M in a row (the databases must exist: setup-db.sh).
# bench/run-api-all.sh [RUNS]: with RUNS > 1, rounds 2..RUNS write benchmark-api-<N>-run<k>.txt, interleaved
# (10k, 100k, 1M, 10k, ...) so that a busy spell on the shared machine does not hit one N only.
set -euo pipefail
RUNS=${1:-1}
for run in $(seq 1 "$RUNS"); do
  for n in 10000 100000 1000000; do
    if [ "$run" -eq 1 ]; then "$(dirname "$0")/benchmark-api.sh" "$n"; else BENCH_RUN=$run "$(dirname "$0")/benchmark-api.sh" "$n"; fi
  done
done
