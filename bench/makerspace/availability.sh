#!/usr/bin/env bash
# The weekly availability of a busy machine:  bench/makerspace/availability.sh [phases]
# Creates a fresh database uptake_bench_makerspace_availability on the local PostgreSQL, starts the application jar
# (no profile, so no demo data) on port 8281, and prepares through the API a librarian, a library, a venue open
# 08:00-22:00 every day (30-minute slots) and one machine with 20 units; generate-bookings.sql then writes 5,000
# bookings (with their slot rows) on those units over the seven weeks around the measured week. The load client
# (AvailabilityClient.java) asks for the measured week, GET /api/v1/equipment/{id}/availability?from=MON&to=SUN (the
# Monday two weeks ahead): warm-up, then 1 client, then 4 concurrent clients. One answer is checked against the
# database first (taken unit-slots = the slots of the bookings in that week that are not cancelled). The Tomcat
# access log gives the server's own time. Stops the application and drops the database (BENCH_KEEP_DB=1 keeps it).
# AVAILABILITY_TARGET=page measures the booking grid page GET /makerspaces/equipment/{id}?week=MON instead (HTML,
# the same week; the answer is checked for its "taken" cells instead of the JSON).
# Output: bench/results/makerspace-availability.txt, with the page ...-availability-page.txt (BENCH_RUN=2 adds -run2)
# The jar is target/uptake-0.1.0-SNAPSHOT.jar of this checkout: build it first (./mvnw -q -DskipTests package).
BENCH_PORT=${BENCH_PORT:-8281}
source "$(dirname "$0")/../lib.sh"

PHASES=${1:-warmup:2000:1,single:3000:1,concurrent-4:3000:4}
BOOKINGS=${AVAILABILITY_BOOKINGS:-5000}
DB=uptake_bench_makerspace_availability
TARGET=${AVAILABILITY_TARGET:-api}
SUFFIX=""; [ "$TARGET" = page ] && SUFFIX="-page"
OUT="$RESULTS/makerspace-availability$SUFFIX${BENCH_RUN:+-run$BENCH_RUN}.txt"
BASE="http://127.0.0.1:$BENCH_PORT"
PASSWORD="Avail-$(date +%s)-2027"

ensure_jar
dropdb --if-exists "$DB"
createdb "$DB"
cleanup() { stop_app; if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then dropdb --if-exists "$DB" || true; fi; }
trap cleanup EXIT
ACCESS="$WORK/access-availability"
rm -rf "$ACCESS"
start_app "$DB" "$WORK/app-availability.log" ${BENCH_JAVA_OPTS:-} -Dserver.tomcat.accesslog.enabled=true \
  -Dserver.tomcat.accesslog.directory="$ACCESS" -Dserver.tomcat.accesslog.pattern='%r %s %D' \
  -Dserver.tomcat.accesslog.buffered=true

api() { # api METHOD PATH [JSON] -> body; fails on a status >= 400
  curl -sf -X "$1" "$BASE$2" -H 'Content-Type: application/json' -H 'Accept: application/json' \
    ${TOKEN:+-H "Authorization: Bearer $TOKEN"} ${3:+--data "$3"}
}
EMAIL="librarian-$(date +%s)@uptake.bench"
api POST /api/v1/accounts "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"displayName\":\"Bench librarian\",\"locale\":\"en\"}" >/dev/null
TOKEN=$(api POST /api/v1/auth/token "{\"username\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"bench\"}" | jq -r .token)
ORG=$(api POST /api/v1/organisations '{"name":"Bench library","type":"LIBRARY","nutsCode":"NO060","naceCode":"91.01","employees":12}' | jq -r .id)
VENUE=$(api POST /api/v1/venues "{\"organisationId\":\"$ORG\",\"name\":\"Bench maker space\",\"description\":{\"en\":\"Busy.\"},\"street\":\"Peter Egges plass 1\",\"postalCode\":\"7013\",\"city\":\"Trondheim\",\"nutsCode\":\"NO060\",\"timeZone\":\"Europe/Oslo\",\"contactEmail\":\"verksted@example.org\",\"rules\":{\"slotMinutes\":30,\"minBookingMinutes\":30,\"maxBookingMinutes\":240,\"horizonDays\":90,\"maxActiveBookings\":10,\"cancellationHours\":24}}" | jq -r .id)
HOURS=$(jq -nc '{weekly: (["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"] | map({key: ., value: [{open: "08:00", close: "22:00"}]}) | from_entries)}')
api PUT "/api/v1/venues/$VENUE/opening-hours" "$HOURS" >/dev/null
EQUIPMENT=$(api POST "/api/v1/venues/$VENUE/equipment" '{"name":{"en":"3D printer farm","nb":"3D-skriverpark"},"kind":"PRINTER_3D","quantity":20,"inductionRequired":false}' | jq -r .id)
MONDAY=$(python3 -c "import datetime as d; t=d.date.today()+d.timedelta(days=14); print(t-d.timedelta(days=t.weekday()))")
SUNDAY=$(python3 -c "import datetime as d; print(d.date.fromisoformat('$MONDAY')+d.timedelta(days=6))")
FIRST=$(python3 -c "import datetime as d; print(d.date.fromisoformat('$MONDAY')-d.timedelta(days=21))")
GEN=$( { time -p psql -q -d "$DB" -v equipment="$EQUIPMENT" -v first="$FIRST" -v bookings="$BOOKINGS" \
  -f "$BENCH_DIR/makerspace/generate-bookings.sql"; } 2>&1 )
PATH_WEEK="/api/v1/equipment/$EQUIPMENT/availability?from=$MONDAY&to=$SUNDAY"
[ "$TARGET" = page ] && PATH_WEEK="/makerspaces/equipment/$EQUIPMENT?week=$MONDAY"
echo "$PATH_WEEK" >"$WORK/availability.paths"
QUIET=$(wait_quiet)
{
  echo "# GET /api/v1/equipment/{id}/availability for one week (20 units, 30-minute slots), $(date -u +%FT%TZ)"
  echo "database: $DB; bookings of the machine by status, generated in $(echo "$GEN" | awk '/^real/ {print $2}') s:"
  echo "$GEN" | grep -v '^real\|^user\|^sys' | sed 's/^/  /'
  echo "bookings in the measured week $MONDAY..$SUNDAY (not cancelled): $(psql -d "$DB" -Atc "select count(*) from booking where equipment_id = '$EQUIPMENT' and status <> 'CANCELLED' and starts_at >= '$MONDAY'::date at time zone 'Europe/Oslo' and starts_at < ('$SUNDAY'::date + 1) at time zone 'Europe/Oslo'"); all bookings in the database: $(psql -d "$DB" -Atc 'select count(*) from booking'), booking_slot rows: $(psql -d "$DB" -Atc 'select count(*) from booking_slot')"
  echo "database size: $(db_size "$DB")"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "postgres: $(psql -d "$DB" -Atc 'show server_version'), shared_buffers=$(psql -d "$DB" -Atc 'show shared_buffers')"
  echo "app: $(grep -m1 'Starting UptakeApplication' "$WORK/app-availability.log" | sed 's/.*Starting //; s/ with PID.*//') | $(grep -m1 -o 'No active profile set.*\|The following [0-9]* profiles* .*active.*' "$WORK/app-availability.log")"
  echo "jar: $JAR, built $(date -u -r "$JAR" +%FT%TZ) from $(git -C "$ROOT" rev-parse --abbrev-ref HEAD) $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src || echo ' + uncommitted changes')"
  echo "app JVM options: ${BENCH_JAVA_OPTS:-(defaults)}"
  echo "$QUIET"
  echo "load before: $(uptime)"
  echo "other builds on the machine: $(pgrep -fc 'plexus-classworlds|surefire' || true) Maven/Surefire JVM(s)"
  if [ "$TARGET" = page ]; then
    PAGE=$(curl -sf "$BASE$PATH_WEEK")
    echo "one answer: $(echo "$PAGE" | wc -c) bytes of HTML, $(echo "$PAGE" | grep -o 'slot-free' | wc -l) cells with a free unit"
    [ -n "$PAGE" ] || exit 1
  else
  ANSWER=$(curl -sf "$BASE$PATH_WEEK")
  TAKEN=$(echo "$ANSWER" | jq '[.slots[].units[] | select(. == "TAKEN")] | length')
  EXPECTED=$(psql -d "$DB" -Atc "select coalesce(sum(extract(epoch from ends_at - starts_at) / 1800), 0)::int from booking where equipment_id = '$EQUIPMENT' and status <> 'CANCELLED' and starts_at >= '$MONDAY'::date at time zone 'Europe/Oslo' and starts_at < ('$SUNDAY'::date + 1) at time zone 'Europe/Oslo'")
  echo "one answer: $(echo "$ANSWER" | wc -c) bytes, $(echo "$ANSWER" | jq '.slots | length') slots x $(echo "$ANSWER" | jq '.units | length') units, taken unit-slots $TAKEN (database: $EXPECTED) $([ "$TAKEN" = "$EXPECTED" ] && echo ok || echo MISMATCH)"
  [ "$TAKEN" = "$EXPECTED" ] || exit 1
  fi
  echo "path: $PATH_WEEK"
  echo
  "$JAVA" "$BENCH_DIR/makerspace/AvailabilityClient.java" --base "$BASE" --paths-file "$WORK/availability.paths" \
    --phases "$PHASES"
  echo "latencies in ms, measured by the client from sending the request to reading the whole body"
  echo "load after: $(uptime)"
  echo "other builds on the machine: $(pgrep -fc 'plexus-classworlds|surefire' || true) Maven/Surefire JVM(s)"
  stop_app
  echo
  echo "server side (Tomcat access log, time from reading the request to the response written):"
  python3 "$BENCH_DIR/access-stats.py" --path "${PATH_WEEK%%\?*}" "$PHASES" "$ACCESS"/*.log
  echo
  echo "the query behind it (EXPLAIN ANALYZE, bookings holding the 20 units in the week):"
  psql -d "$DB" -Atc "explain (analyze, buffers) select * from booking where unit_id in (select id from equipment_unit where equipment_id = '$EQUIPMENT') and status <> 'CANCELLED' and starts_at < ('$SUNDAY'::date + 1) at time zone 'Europe/Oslo' and ends_at > '$MONDAY'::date at time zone 'Europe/Oslo'" | sed 's/^/  /'
} 2>&1 | tee "$OUT"
exit "${PIPESTATUS[0]}"
