#!/usr/bin/env bash
# The ranking of a big call:  bench/funding/ranking.sh [phases]
# Creates a fresh database uptake_bench_funding_ranking on the local PostgreSQL, starts the application jar (no
# profile, so no demo data) on port 8291, and prepares through the API a programme manager (role given in SQL), 30
# organisations in DEA3x regions and a call with 3 criteria (relevance max 5 weight 3 threshold 3; quality max 5
# weight 2 threshold 2; impact max 10 weight 1), published and then closed in SQL (deadline an hour ago).
# generate-ranking.sql then writes 2,000 reviewed applications with their partners, 3 reviewer assignments each
# (6,000 reviews, 18,000 funding_score rows: one per reviewer and criterion) and the consensus (6,000 rows).
# The load client (RankingClient.java) asks GET /api/v1/calls/{id}/ranking with the manager's token: warm-up, then
# 1 client, then 4 concurrent clients; each answer must list all 2,000 applications. Then the selection run, POST
# /api/v1/calls/{id}/selection, a few times (the first writes the selection, later ones find nothing to change).
# One answer is checked against the database first (rank 1 = the highest weighted consensus). The Tomcat access
# log gives the server's own time. Stops the application and drops the database (BENCH_KEEP_DB=1 keeps it).
# Output: bench/results/funding-ranking.txt (BENCH_RUN=2 adds -run2)
# The jar is target/uptake-0.1.0-SNAPSHOT.jar of this checkout: build it first (./mvnw -q -DskipTests package).
BENCH_PORT=${BENCH_PORT:-8291}
source "$(dirname "$0")/../lib.sh"

PHASES=${1:-warmup:100:1,single:200:1,concurrent-4:200:4}
SELECTION_PHASES=${SELECTION_PHASES:-selection:20:1}
APPLICATIONS=${RANKING_APPLICATIONS:-2000}
DB=uptake_bench_funding_ranking
OUT="$RESULTS/funding-ranking${BENCH_RUN:+-run$BENCH_RUN}.txt"
BASE="http://127.0.0.1:$BENCH_PORT"
PASSWORD="Rank-$(date +%s)-2027"

ensure_jar
dropdb --if-exists "$DB"
createdb "$DB"
cleanup() { stop_app; if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then dropdb --if-exists "$DB" || true; fi; }
trap cleanup EXIT
ACCESS="$WORK/access-ranking"
rm -rf "$ACCESS"
start_app "$DB" "$WORK/app-ranking.log" ${BENCH_JAVA_OPTS:-} -Dserver.tomcat.accesslog.enabled=true \
  -Dserver.tomcat.accesslog.directory="$ACCESS" -Dserver.tomcat.accesslog.pattern='%r %s %D' \
  -Dserver.tomcat.accesslog.buffered=true

api() { # api METHOD PATH [JSON] -> body; fails on a status >= 400
  curl -sf -X "$1" "$BASE$2" -H 'Content-Type: application/json' -H 'Accept: application/json' \
    ${TOKEN:+-H "Authorization: Bearer $TOKEN"} ${3:+--data "$3"}
}
EMAIL="manager-$(date +%s)@uptake.bench"
api POST /api/v1/accounts "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"displayName\":\"Bench manager\",\"locale\":\"en\"}" >/dev/null
MANAGER=$(psql -d "$DB" -Atc "select id from account where email = '$EMAIL'")
psql -q -d "$DB" -c "insert into account_role (account_id, role) values ('$MANAGER', 'PROGRAMME_MANAGER')"
TOKEN=$(api POST /api/v1/auth/token "{\"username\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"bench\"}" | jq -r .token)
REGIONS=(DEA36 DEA32 DEA33 DEA34 DEA35)
for i in $(seq 1 30); do
  api POST /api/v1/organisations "{\"name\":\"Bench partner $i\",\"type\":\"SME\",\"nutsCode\":\"${REGIONS[$((i % 5))]}\",\"naceCode\":\"62.01\",\"employees\":$((5 + i))}" >/dev/null
done
psql -q -d "$DB" -c "create table bench_org as select id from organisation where name like 'Bench partner %'"
# 30 reviewer accounts (ids only matter: the ranking does not read them)
psql -q -d "$DB" -c "insert into account (id, email, display_name, password_hash, locale, enabled, failed_logins, created_at, version) select gen_random_uuid(), 'reviewer-' || n || '@uptake.bench', 'Reviewer ' || n, 'x', 'de', true, 0, now(), 0 from generate_series(1, 30) n" \
  -c "create table bench_reviewer as select id from account where email like 'reviewer-%@uptake.bench'"
OPENS=$(TZ=Europe/Berlin date -d '-1 day' +%Y-%m-%dT%H:%M)
DEADLINE=$(TZ=Europe/Berlin date -d '+30 day' +%Y-%m-%dT23:59:59)
CALL_JSON=$(jq -nc --arg opens "$OPENS" --arg deadline "$DEADLINE" '{title: {en: "Umbau 21 - Smart Region (bench)", de: "Umbau 21 - Smart Region (Bench)"}, text: {en: "Bench call."}, totalBudget: 4000000, maxFundingRatePercent: 80, maxGrant: 60000, eligibleApplicantTypes: ["SME","MUNICIPALITY","UNIVERSITY"], eligibleRegions: ["DE"], minPartners: 2, opensAt: $opens, deadline: $deadline, timeZone: "Europe/Berlin", reviewersPerApplication: 3, overallThreshold: 50, criteria: [{key: "relevance", name: {en: "Relevance"}, maxScore: 5, weight: 3, threshold: 3}, {key: "quality", name: {en: "Quality"}, maxScore: 5, weight: 2, threshold: 2}, {key: "impact", name: {en: "Impact"}, maxScore: 10, weight: 1}]}')
CALL=$(api POST /api/v1/calls "$CALL_JSON" | jq -r .id)
api POST "/api/v1/calls/$CALL/publish" '{}' >/dev/null
psql -q -d "$DB" -c "update funding_call set opens_at = now() - interval '10 days', deadline = date_trunc('second', now()) - interval '1 hour' where id = '$CALL'"
GEN=$( { time -p psql -q -d "$DB" -v call="$CALL" -v manager="$MANAGER" -v applications="$APPLICATIONS" \
  -f "$BENCH_DIR/funding/generate-ranking.sql"; } 2>&1 )
PATH_RANKING="/api/v1/calls/$CALL/ranking"
QUIET=$(wait_quiet)
{
  echo "# GET /api/v1/calls/{id}/ranking for a call with $APPLICATIONS reviewed applications, $(date -u +%FT%TZ)"
  echo "database: $DB; generated in $(echo "$GEN" | awk '/^real/ {print $2}') s:"
  echo "$GEN" | grep -v '^real\|^user\|^sys' | sed 's/^/  /'
  echo "database size: $(db_size "$DB")"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "postgres: $(psql -d "$DB" -Atc 'show server_version'), shared_buffers=$(psql -d "$DB" -Atc 'show shared_buffers')"
  echo "app: $(grep -m1 'Starting UptakeApplication' "$WORK/app-ranking.log" | sed 's/.*Starting //; s/ with PID.*//') | $(grep -m1 -o 'No active profile set.*\|The following [0-9]* profiles* .*active.*' "$WORK/app-ranking.log")"
  echo "jar: $JAR, built $(date -u -r "$JAR" +%FT%TZ) from $(git -C "$ROOT" rev-parse --abbrev-ref HEAD) $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src || echo ' + uncommitted changes')"
  echo "app JVM options: ${BENCH_JAVA_OPTS:-(defaults)}"
  echo "$QUIET"
  echo "load before: $(uptime)"
  echo "other builds on the machine: $(pgrep -fc 'plexus-classworlds|surefire' || true) Maven/Surefire JVM(s)"
  ANSWER=$(curl -sf "$BASE$PATH_RANKING" -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json')
  FIRST=$(echo "$ANSWER" | jq -r '.[0].applicationId')
  # the best weighted consensus in SQL (ties by the same rule: relevance, grant, submission, receipt)
  BEST=$(psql -d "$DB" -Atc "select a.id from funding_application a join funding_consensus c on c.application_id = a.id join funding_criterion k on k.call_id = a.call_id and k.criterion_key = c.criterion_key where a.call_id = '$CALL' group by a.id order by sum(c.score * k.weight) desc, max(case when c.criterion_key = 'relevance' then c.score end) desc, a.requested_grant, a.submitted_at, a.receipt_number limit 1")
  echo "one answer: $(echo "$ANSWER" | wc -c) bytes, $(echo "$ANSWER" | jq length) ranked, $(echo "$ANSWER" | jq '[.[] | select(.passesThresholds)] | length') pass the thresholds; rank 1 $FIRST (database: $BEST) $([ "$FIRST" = "$BEST" ] && echo ok || echo MISMATCH)"
  [ "$FIRST" = "$BEST" ] || exit 1
  echo "path: $PATH_RANKING"
  echo
  "$JAVA" "$BENCH_DIR/funding/RankingClient.java" --base "$BASE" --path "$PATH_RANKING" --token "$TOKEN" \
    --expect "$APPLICATIONS" --phases "$PHASES"
  echo
  "$JAVA" "$BENCH_DIR/funding/RankingClient.java" --base "$BASE" --path "/api/v1/calls/$CALL/selection" \
    --token "$TOKEN" --method POST --expect "$APPLICATIONS" --phases "$SELECTION_PHASES"
  SELECTED=$(psql -d "$DB" -Atc "select count(*) filter (where selected), count(reserve_rank), coalesce(sum(requested_grant) filter (where selected), 0) from funding_application where call_id = '$CALL'")
  echo "after the selection runs: selected | on the reserve list | grant selected: $SELECTED (budget 4,000,000)"
  echo "latencies in ms, measured by the client from sending the request to reading the whole body"
  echo "load after: $(uptime)"
  echo "other builds on the machine: $(pgrep -fc 'plexus-classworlds|surefire' || true) Maven/Surefire JVM(s)"
  stop_app
  echo
  echo "server side (Tomcat access log, time from reading the request to the response written):"
  python3 "$BENCH_DIR/access-stats.py" --path "/ranking" "$PHASES" "$ACCESS"/*.log
  echo
  echo "the two queries behind it (EXPLAIN ANALYZE):"
  psql -d "$DB" -Atc "explain (analyze, buffers) select c.application_id, c.criterion_key, c.score from funding_consensus c join funding_application a on a.id = c.application_id where a.call_id = '$CALL' and a.status <> 'DRAFT'" | sed 's/^/  /'
  psql -d "$DB" -Atc "explain (analyze, buffers) select id, title, acronym, receipt_number, status, requested_grant, submitted_at, selected, reserve_rank, selection_override, override_reason, decision from funding_application where call_id = '$CALL' and status <> 'DRAFT'" | sed 's/^/  /'
} 2>&1 | tee "$OUT"
exit "${PIPESTATUS[0]}"
