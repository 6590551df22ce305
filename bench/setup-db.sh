#!/usr/bin/env bash
# Creates and fills one bench database: bench/setup-db.sh N [--recreate] [--answers] [--sample S]
#   1. creates database uptake_bench_<10k|100k|1m|N> on the local PostgreSQL (127.0.0.1:5432, user postgres),
#   2. starts the application once against it (Flyway creates the schema and the NUTS/NACE reference data, the
#      questionnaire versions are registered), registers the bench account through the API and takes an API token,
#   3. runs the generator (bench/generator/Generate.java) for N firms with one submitted assessment each,
#   4. makes the bench account OWNER of a random sample of S firms (default 2000) and lists their assessments,
#   5. runs bench/verify.sql.
# Writes bench/results/generate-<label>.txt and bench/results/verify-<label>.txt; the token and the list of
# assessment ids go to bench/.work/ (not committed).
source "$(dirname "$0")/lib.sh"

N=${1:?usage: setup-db.sh N [--recreate] [--answers] [--sample S]}
shift
RECREATE=no; ANSWERS=; SAMPLE=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --recreate) RECREATE=yes ;;
    --answers) ANSWERS=--answers ;;
    --sample) SAMPLE=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
L=$(label "$N")
DB="uptake_bench_$L"
OUT="$RESULTS/generate-$L.txt"

if psql -d postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  if [ "$RECREATE" = yes ]; then dropdb "$DB"; else echo "$DB exists; use --recreate to replace it" >&2; exit 1; fi
fi
createdb "$DB"
ensure_jar

trap stop_app EXIT
start_app "$DB" "$WORK/app-setup-$L.log"
PASSWORD="Load-$(head -c 18 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')-27"
curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$PASSWORD\",\"displayName\":\"Benchmark client\",\"locale\":\"en\"}" \
  "http://127.0.0.1:$BENCH_PORT/api/v1/accounts" >"$WORK/$DB.account.json" || { echo "registering the bench account failed" >&2; exit 1; }
ACCOUNT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$WORK/$DB.account.json")
curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$BENCH_EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"benchmark\"}" \
  "http://127.0.0.1:$BENCH_PORT/api/v1/auth/token" >"$WORK/$DB.token.json"
( umask 077; python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$WORK/$DB.token.json" >"$WORK/$DB.token" )
rm -f "$WORK/$DB.token.json"
stop_app
trap - EXIT

{
  echo "# generate N=$N into $DB ($(date -u +%FT%TZ))"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "postgres: $(psql -d "$DB" -Atc 'show server_version') shared_buffers=$(psql -d "$DB" -Atc 'show shared_buffers')"
  echo "java: $("$JAVA" -version 2>&1 | head -1)"
  echo "load before: $(uptime)"
} | tee "$OUT"

START=$(date +%s.%N)
"$JAVA" -Xmx2g -cp "$APP_CP" "$BENCH_DIR/generator/Generate.java" \
  --url "jdbc:postgresql://$PGHOST:$PGPORT/$DB" --user "$PGUSER" --n "$N" $ANSWERS | tee -a "$OUT"
END=$(date +%s.%N)

psql -q -d "$DB" -v account="$ACCOUNT" -v sample="$SAMPLE" <<'SQL'
insert into membership (id, organisation_id, account_id, role, position, created_at)
select gen_random_uuid(), id, :'account'::uuid, 'OWNER', null, now()
from organisation order by md5(id::text) limit :sample;
analyze membership;
SQL
psql -d "$DB" -Atc "select a.id from assessment a join membership m on m.organisation_id = a.organisation_id
                    where m.account_id = '$ACCOUNT' order by a.id" >"$WORK/$DB.ids"
{
  printf 'wall time including JVM start: %.1f s\n' "$(echo "$END - $START" | bc)"
  echo "bench account $BENCH_EMAIL ($ACCOUNT): OWNER of $(wc -l <"$WORK/$DB.ids") firms with a submitted assessment"
  echo "database size: $(db_size "$DB")"
  psql -d "$DB" -Atc "select 'table ' || relname || ': ' || pg_size_pretty(pg_total_relation_size(relid)) || ' with indexes'
                      from pg_stat_user_tables where relname in ('organisation','assessment','assessment_answer','benchmark_distribution')
                      order by pg_total_relation_size(relid) desc"
  echo "load after: $(uptime)"
} | tee -a "$OUT"

psql -d "$DB" -v ON_ERROR_STOP=1 -f "$BENCH_DIR/verify.sql" | tee "$RESULTS/verify-$L.txt"
