#!/usr/bin/env bash
# Runs benchmark-api.sh for 10k, 100k and 1M in a row (the databases must exist: setup-db.sh).
set -euo pipefail
for n in 10000 100000 1000000; do "$(dirname "$0")/benchmark-api.sh" "$n"; done
