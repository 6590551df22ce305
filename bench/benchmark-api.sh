#!/usr/bin/env bash
# Measures GET /api/v1/assessments/{id}/benchmark through the API against a database made by setup-db.sh:
#   bench/benchmark-api.sh N [phases]      e.g. bench/benchmark-api.sh 1000000
# Starts the application jar (no profile, so no demo data) on port 8181 against uptake_bench_<label>, warms it up,
# then runs the load client (bench/client/BenchmarkClient.java): 5000 requests from one client, then 5000 from 4
# concurrent clients, each for a random assessment of the bench account's sample; stops the application.
# Output: bench/results/benchmark-api-<N>.txt
source "$(dirname "$0")/lib.sh"

N=${1:?usage: benchmark-api.sh N [phases]}
PHASES=${2:-warmup:3000:1,single:5000:1,concurrent-4:5000:4}
L=$(label "$N")
DB="uptake_bench_$L"
OUT="$RESULTS/benchmark-api-$N${BENCH_RUN:+-run$BENCH_RUN}.txt"   # BENCH_RUN=2 writes ...-run2.txt
[ -f "$WORK/$DB.token" ] && [ -f "$WORK/$DB.ids" ] || { echo "run bench/setup-db.sh $N first" >&2; exit 1; }
ensure_jar
QUIET=$(wait_quiet)

trap stop_app EXIT
# Tomcat's access log gives the server's own time per request (%D: microseconds in Tomcat 10+).
ACCESS="$WORK/access-$L"
rm -rf "$ACCESS"
start_app "$DB" "$WORK/app-bench-$L.log" ${BENCH_JAVA_OPTS:-} -Dserver.tomcat.accesslog.enabled=true \
  -Dserver.tomcat.accesslog.directory="$ACCESS" -Dserver.tomcat.accesslog.pattern='%r %s %D' \
  -Dserver.tomcat.accesslog.buffered=true
{
  echo "# GET /api/v1/assessments/{id}/benchmark, N=$N ($DB), $(date -u +%FT%TZ)"
  echo "submitted assessments: $(psql -d "$DB" -Atc "select count(*) || ' of ' || count(distinct organisation_id) || ' firms' from assessment where status = 'SUBMITTED'")"
  echo "benchmark_distribution rows: $(psql -d "$DB" -Atc "select count(*) || ' (' || count(distinct peer_group) || ' peer groups)' from benchmark_distribution")"
  echo "database size: $(db_size "$DB")"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "postgres: $(psql -d "$DB" -Atc 'show server_version'), shared_buffers=$(psql -d "$DB" -Atc 'show shared_buffers')"
  echo "app: $(grep -m1 'Starting UptakeApplication' "$WORK/app-bench-$L.log" | sed 's/.*Starting //; s/ with PID.*//') | $(grep -m1 -o 'No active profile set.*\|The following [0-9]* profiles* .*active.*' "$WORK/app-bench-$L.log")"
  echo "app JVM options: ${BENCH_JAVA_OPTS:-(defaults)}"
  echo "$QUIET"
  echo "load before: $(uptime)"
  echo "one answer (first assessment of the sample):"
  curl -sf -H "Authorization: Bearer $(cat "$WORK/$DB.token")" \
    "http://127.0.0.1:$BENCH_PORT/api/v1/assessments/$(head -1 "$WORK/$DB.ids")/benchmark" | jq -c '.[]' | cut -c1-400
  echo
  "$JAVA" "$BENCH_DIR/client/BenchmarkClient.java" --base "http://127.0.0.1:$BENCH_PORT" \
    --token-file "$WORK/$DB.token" --ids-file "$WORK/$DB.ids" --phases "$PHASES"
  echo "latencies in ms, measured by the client from sending the request to reading the whole body"
  echo "load after: $(uptime)"
  stop_app
  echo
  echo "server side (Tomcat access log, time from reading the request to the response written):"
  python3 "$BENCH_DIR/access-stats.py" "$PHASES" "$ACCESS"/*.log
} 2>&1 | tee "$OUT"
