#!/usr/bin/env bash
# bench/check-submit.sh N: submits one further assessment (next stage of a generated one) through the API of the
# application running on the bench database, then runs verify.sql. Proves that the application reads the generated
# histograms, scores JSON and peer groups as its own. Changes the database by that one assessment.
source "$(dirname "$0")/lib.sh"
N=${1:?usage: check-submit.sh N}
L=$(label "$N")
DB="uptake_bench_$L"
ensure_jar
trap stop_app EXIT
start_app "$DB" "$WORK/app-check-$L.log"
{
  python3 "$BENCH_DIR/check_submit.py" "http://127.0.0.1:$BENCH_PORT" "$WORK/$DB.token" "$WORK/$DB.ids"
  stop_app
  psql -d "$DB" -v ON_ERROR_STOP=1 -f "$BENCH_DIR/verify.sql" | tail -5
} 2>&1 | tee "$RESULTS/check-submit-$L.txt"
