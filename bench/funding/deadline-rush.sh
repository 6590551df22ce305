#!/usr/bin/env bash
# The deadline rush of a funding call (bench/funding/DeadlineRush.java does the work):
#   bench/funding/deadline-rush.sh [USERS]          e.g. bench/funding/deadline-rush.sh 1000
#   bench/funding/deadline-rush.sh crash [USERS]    the same rush, kill -9 of the application mid-rush, restart, verify
# Creates a fresh database uptake_bench_funding_rush on the local PostgreSQL, starts the application jar (no profile,
# so no demo data) on port 8381, prepares USERS (default 1,000) people with tokens, SME organisations and complete
# drafts through the API, then submits all of them within the last 60 s before the call's deadline (90 % spread over
# the minute, 10 % together 8 s before it) and 20 more just after it; verifies in SQL. Drops the database afterwards
# (BENCH_KEEP_DB=1 keeps it).
# Output: bench/results/funding-deadline-rush.txt, or bench/results/funding-rush-crash.txt for the crash variant.
# Environment: BENCH_PORT (8381), BENCH_JAVA_OPTS, RUSH_LEAD_SECONDS (seconds from the end of the preparation of
# people to the deadline, default 150 + USERS/10: the drafts must be ready a minute before it), RUSH_KILL_AFTER
# (crash variant: receipts before the kill, default USERS/3).
# The jar is target/uptake-0.1.0-SNAPSHOT.jar of this checkout: build it first (./mvnw -q -DskipTests package).
BENCH_PORT=${BENCH_PORT:-8381}
source "$(dirname "$0")/../lib.sh"

MODE=rush
if [ "${1:-}" = crash ]; then MODE=crash; shift; fi
USERS=${1:-1000}
LEAD=${RUSH_LEAD_SECONDS:-$((150 + USERS / 10))}
DB=uptake_bench_funding_rush
if [ "$MODE" = crash ]; then OUT="$RESULTS/funding-rush-crash.txt"; else OUT="$RESULTS/funding-deadline-rush.txt"; fi
LOG="$WORK/app-funding-rush.log"

ensure_jar
dropdb --if-exists "$DB"
createdb "$DB"
QUIET=$(wait_quiet)
cleanup() {
  stop_app
  if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then dropdb --if-exists "$DB" || true; fi
}
trap cleanup EXIT
start_app "$DB" "$LOG" ${BENCH_JAVA_OPTS:-}
JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

{
  echo "# funding deadline rush ($MODE): $USERS people submitting in the last 60 s before the deadline + 20 late, PostgreSQL ($DB), $(date -u +%FT%TZ)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "postgres: $(psql -d "$DB" -Atc 'show server_version'), shared_buffers=$(psql -d "$DB" -Atc 'show shared_buffers'), synchronous_commit=$(psql -d "$DB" -Atc 'show synchronous_commit'), fsync=$(psql -d "$DB" -Atc 'show fsync')"
  echo "jar: $JAR, built $(date -u -r "$JAR" +%FT%TZ) from $(git -C "$ROOT" rev-parse --abbrev-ref HEAD) $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "app JVM options: ${BENCH_JAVA_OPTS:-(defaults)}; Hikari pool: default (10 connections); Tomcat: default (200 threads)"
  echo "$QUIET"
  echo "load before: $(uptime)"
  echo "other builds on the machine: $(pgrep -fc 'plexus-classworlds|surefire' || true) Maven/Surefire JVM(s)"
  echo
  if [ "$MODE" = crash ]; then
    ACKS="$WORK/funding-rush-acks.txt"
    "$JAVA" -cp "$APP_CP" "$BENCH_DIR/funding/DeadlineRush.java" --base "http://127.0.0.1:$BENCH_PORT" \
      --jdbc "$JDBC" --db-user "$PGUSER" --users "$USERS" --late 0 --lead-seconds "$LEAD" \
      --kill-pid "$APP_PID" --kill-after "${RUSH_KILL_AFTER:-$((USERS / 3))}" --acks "$ACKS" || true
    sleep 1
    if kill -0 "$APP_PID" 2>/dev/null; then echo "FAIL: the application is still running"; fi
    APP_PID=
    echo "restarting on the same database ..."
    start_app "$DB" "$WORK/app-funding-rush-restart.log" ${BENCH_JAVA_OPTS:-}
    "$JAVA" -cp "$APP_CP" "$BENCH_DIR/funding/DeadlineRush.java" --base "http://127.0.0.1:$BENCH_PORT" \
      --jdbc "$JDBC" --db-user "$PGUSER" --verify-acks "$ACKS" && STATUS=0 || STATUS=$?
    # started inside this pipeline's subshell: the exit trap outside does not know its pid
    stop_app
  else
    "$JAVA" -cp "$APP_CP" "$BENCH_DIR/funding/DeadlineRush.java" --base "http://127.0.0.1:$BENCH_PORT" \
      --jdbc "$JDBC" --db-user "$PGUSER" --users "$USERS" --late 20 --lead-seconds "$LEAD" && STATUS=0 || STATUS=$?
    echo "database after the run: $(db_size "$DB"); versions: $(psql -d "$DB" -Atc 'select count(*) from funding_version'), receipt mails queued or sent: $(psql -d "$DB" -Atc "select count(*) from information_schema.tables where table_name = 'outbox_mail'" >/dev/null 2>&1; psql -d "$DB" -Atc "select count(*) from event_publication where event_type like '%ReceiptRequested%'" 2>/dev/null || echo '?') receipt events (completed: $(psql -d "$DB" -Atc "select count(*) from event_publication where event_type like '%ReceiptRequested%' and completion_date is not null" 2>/dev/null || echo '?'))"
  fi
  echo "load after: $(uptime)"
  echo "errors or warnings in the application log during the run: $(grep -c ' ERROR \| WARN ' "$LOG") lines"
  grep ' ERROR \| WARN ' "$LOG" | cut -c1-300 | sed 's/^[0-9T:.+-]* *//' | sort | uniq -c | sort -rn | head -5 | sed 's/^/    /'
  exit "$STATUS"
} 2>&1 | tee "$OUT"
exit "${PIPESTATUS[0]}"
