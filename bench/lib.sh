# Shared by the bench scripts: paths, a JDK >= 21, the application jar, starting and stopping the application.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/.work"
RESULTS="$BENCH_DIR/results"
JAR="$ROOT/target/uptake-0.1.0-SNAPSHOT.jar"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
BENCH_PORT="${BENCH_PORT:-8181}"
BENCH_EMAIL="bench@uptake.bench"
mkdir -p "$WORK" "$RESULTS"

# A JDK of version 21 or newer: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
find_java() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "${candidate%/}/bin/java"; return; fi
  done
  echo "no JDK >= 21 found (set JAVA_HOME)" >&2; return 1
}
JAVA="$(find_java)"

# 10000 -> 10k, 100000 -> 100k, 1000000 -> 1m
label() {
  local n=$1
  if [ $((n % 1000000)) -eq 0 ]; then echo "$((n / 1000000))m"
  elif [ $((n % 1000)) -eq 0 ]; then echo "$((n / 1000))k"
  else echo "$n"; fi
}

# The application jar, built if missing, and its classes and libraries unpacked for the generator.
ensure_jar() {
  if [ ! -f "$JAR" ]; then (cd "$ROOT" && ./mvnw -q -DskipTests package); fi
  if [ ! -f "$WORK/app/.stamp" ] || [ "$JAR" -nt "$WORK/app/.stamp" ]; then
    rm -rf "$WORK/app" && mkdir -p "$WORK/app" && (cd "$WORK/app" && unzip -q "$JAR") && touch "$WORK/app/.stamp"
  fi
}
APP_CP="$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*"

# start_app DB LOGFILE [extra java options...]: production profile (no demo data), own port, waits until ready.
start_app() {
  local db=$1 log=$2; shift 2
  if curl -sf "http://127.0.0.1:$BENCH_PORT/actuator/health" >/dev/null 2>&1; then
    echo "something already answers on port $BENCH_PORT" >&2; return 1
  fi
  UPTAKE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" UPTAKE_DB_USER="$PGUSER" UPTAKE_DB_PASSWORD= \
    UPTAKE_DATA_DIR="$WORK/data" UPTAKE_BASE_URL="http://127.0.0.1:$BENCH_PORT" \
    "$JAVA" "$@" -jar "$JAR" --server.port="$BENCH_PORT" >"$log" 2>&1 &
  APP_PID=$!
  echo "$APP_PID" >"$WORK/app.pid"
  for _ in $(seq 1 180); do
    if curl -sf "http://127.0.0.1:$BENCH_PORT/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "application died, see $log" >&2; tail -30 "$log" >&2; return 1; fi
    sleep 1
  done
  echo "application not ready after 180 s, see $log" >&2; stop_app; return 1
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  rm -f "$WORK/app.pid"
  APP_PID=
}

db_size() { psql -d "$1" -Atc "select pg_size_pretty(pg_database_size(current_database()))"; }

# Waits (at most BENCH_QUIET_WAIT seconds, default 300) until the 1-minute load average is below 1.0, so that a
# run does not start in the middle of someone else's build on this shared machine. Says how long it waited.
wait_quiet() {
  local waited=0 limit=${BENCH_QUIET_WAIT:-300}
  while [ "$waited" -lt "$limit" ] && awk '{exit !($1 >= 1.0)}' /proc/loadavg; do sleep 10; waited=$((waited + 10)); done
  echo "waited ${waited}s for a quiet machine (limit ${limit}s); load now: $(cut -d' ' -f1-3 /proc/loadavg)"
}
