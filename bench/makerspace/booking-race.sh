#!/usr/bin/env bash
# The maker space booking race (bench/makerspace/BookingRace.java does the work):
#   bench/makerspace/booking-race.sh [INSTANCES] [ROUNDS]       e.g. bench/makerspace/booking-race.sh 2 5
# Creates a fresh database uptake_bench_makerspace_race on the local PostgreSQL, starts INSTANCES (1 or 2, default 1)
# application jars on ports 8281, 8282, ... (no profile, so no demo data; the first one migrates the database),
# prepares 200 people with API tokens and inductions, a librarian, a venue and one printer through the API, then per
# round a fresh hour on that printer's only unit and 200 booking requests released together (requests alternate
# between the instances), and checks the outcome (see the Java file). One warm-up round after the start, then ROUNDS
# (default 5) measured rounds. Stops the applications and drops the database afterwards (BENCH_KEEP_DB=1 keeps it).
# Output: bench/results/makerspace-race-<INSTANCES>inst.txt (BENCH_RUN=2 writes ...-run2.txt)
# Environment: RACE_USERS (200), BENCH_PORT (8281, the first instance), BENCH_JAVA_OPTS.
# The jar is target/uptake-0.1.0-SNAPSHOT.jar of this checkout: build it first (./mvnw -q -DskipTests package).
BENCH_PORT=${BENCH_PORT:-8281}
source "$(dirname "$0")/../lib.sh"

INSTANCES=${1:-1}
ROUNDS=${2:-5}
USERS=${RACE_USERS:-200}
DB=uptake_bench_makerspace_race
OUT="$RESULTS/makerspace-race-${INSTANCES}inst${BENCH_RUN:+-run$BENCH_RUN}.txt"
FIRST_PORT=$BENCH_PORT

ensure_jar
dropdb --if-exists "$DB"
createdb "$DB"
QUIET=$(wait_quiet)

PIDS=()
stop_all() {
  local pid
  for pid in "${PIDS[@]}"; do APP_PID=$pid; stop_app; done
  PIDS=()
  if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then dropdb --if-exists "$DB" || true; fi
}
trap stop_all EXIT
BASES=
for i in $(seq 0 $((INSTANCES - 1))); do
  port=$((FIRST_PORT + i))
  # one after the other: the first runs Flyway, the second finds the schema in place (like a rolling start)
  BENCH_PORT=$port start_app "$DB" "$WORK/app-msrace-$port.log" ${BENCH_JAVA_OPTS:-}
  PIDS+=("$APP_PID")
  BASES="${BASES:+$BASES,}http://127.0.0.1:$port"
done

{
  echo "# maker space booking race: $USERS people, one unit, $INSTANCES instance(s) on one PostgreSQL ($DB), $(date -u +%FT%TZ)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "postgres: $(psql -d "$DB" -Atc 'show server_version'), shared_buffers=$(psql -d "$DB" -Atc 'show shared_buffers'), max_connections=$(psql -d "$DB" -Atc 'show max_connections')"
  echo "app: $(grep -m1 'Starting UptakeApplication' "$WORK/app-msrace-$FIRST_PORT.log" | sed 's/.*Starting //; s/ with PID.*//') | $(grep -m1 -o 'No active profile set.*\|The following [0-9]* profiles* .*active.*' "$WORK/app-msrace-$FIRST_PORT.log")"
  echo "jar: $JAR, built $(date -u -r "$JAR" +%FT%TZ) from $(git -C "$ROOT" rev-parse --abbrev-ref HEAD) $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "app JVM options: ${BENCH_JAVA_OPTS:-(defaults)}; Hikari pool: default (10 connections per instance); Tomcat: default (200 threads)"
  echo "instances: $BASES"
  echo "$QUIET"
  echo "load before: $(uptime)"
  echo "other builds on the machine: $(pgrep -fc 'plexus-classworlds|surefire' || true) Maven/Surefire JVM(s)"
  echo
  "$JAVA" -cp "$APP_CP" "$BENCH_DIR/makerspace/BookingRace.java" --bases "$BASES" \
    --jdbc "jdbc:postgresql://$PGHOST:$PGPORT/$DB" --db-user "$PGUSER" --users "$USERS" \
    --rounds "$ROUNDS" --warmup 1 && STATUS=0 || STATUS=$?
  echo "load after: $(uptime)"
  echo "other builds on the machine: $(pgrep -fc 'plexus-classworlds|surefire' || true) Maven/Surefire JVM(s)"
  echo "errors or warnings in the application logs during the run:"
  for i in $(seq 0 $((INSTANCES - 1))); do
    log="$WORK/app-msrace-$((FIRST_PORT + i)).log"
    echo "  $((FIRST_PORT + i)): $(grep -c ' ERROR \| WARN ' "$log") lines"
    grep ' ERROR \| WARN ' "$log" | cut -c1-300 | sort | uniq -c | sort -rn | head -5 | sed 's/^/    /'
  done
  exit "$STATUS"
} 2>&1 | tee "$OUT"
exit "${PIPESTATUS[0]}"
