#!/usr/bin/env bash
# The catalogue search benchmark of issue 4:
#   bench/offers/catalogue-search.sh [--recreate] [--setup-only] [--drop]
# 1. If the database uptake_bench_offers_catalogue does not exist (or --recreate): creates it, starts the
#    application once so that Flyway creates the schema and the NUTS reference data, stops it, and runs the
#    generator (bench/offers/GenerateCatalogue.java: 10,000 published offers, 50,000 sessions; CATALOGUE_OFFERS,
#    CATALOGUE_SESSIONS change that). Output: bench/results/offers-catalogue-generate.txt
# 2. Starts the application jar (no profile) on port 8181 with Tomcat's access log, waits for a quiet machine, and
#    runs the load client (bench/offers/CatalogueClient.java) over the query mix below: per query type up to 300
#    requests (CATALOGUE_REQUESTS) to GET /api/v1/offers and to the page GET /offers, with 1 and then 4 clients;
#    a phase stops after 20 s (CATALOGUE_SECONDS) once it has 50 requests.
#    Output: bench/results/offers-catalogue-search.txt (BENCH_RUN=2 writes ...-run2.txt)
# --drop drops the database at the end (it is about 100 MB).
source "$(dirname "$0")/../lib.sh"

RECREATE=no; SETUP_ONLY=no; DROP=no
for a in "$@"; do
  case "$a" in
    --recreate) RECREATE=yes ;;
    --setup-only) SETUP_ONLY=yes ;;
    --drop) DROP=yes ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
DB=uptake_bench_offers_catalogue
OFFERS=${CATALOGUE_OFFERS:-10000}
SESSIONS=${CATALOGUE_SESSIONS:-50000}
REQUESTS=${CATALOGUE_REQUESTS:-300}
SECONDS_PER_PHASE=${CATALOGUE_SECONDS:-20}
OUT="$RESULTS/offers-catalogue-search${BENCH_RUN:+-run$BENCH_RUN}.txt"
ensure_jar

exists=$(psql -d postgres -Atc "select 1 from pg_database where datname = '$DB'")
if [ "$exists" = 1 ] && [ "$RECREATE" = yes ]; then dropdb "$DB"; exists=; fi
if [ "$exists" != 1 ]; then
  createdb "$DB"
  trap stop_app EXIT
  start_app "$DB" "$WORK/app-catalogue-setup.log"
  stop_app
  trap - EXIT
  {
    echo "# generate the catalogue: $OFFERS published offers, $SESSIONS sessions into $DB ($(date -u +%FT%TZ))"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "postgres: $(psql -d "$DB" -Atc 'show server_version') shared_buffers=$(psql -d "$DB" -Atc 'show shared_buffers')"
    echo "java: $("$JAVA" -version 2>&1 | head -1)"
    echo "load before: $(uptime)"
    "$JAVA" -cp "$APP_CP" "$BENCH_DIR/offers/GenerateCatalogue.java" --url "jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
      --user "$PGUSER" --offers "$OFFERS" --sessions "$SESSIONS"
    echo "database size: $(db_size "$DB")"
    psql -d "$DB" -Atc "select 'table ' || relname || ': ' || n_live_tup || ' rows, ' || pg_size_pretty(pg_total_relation_size(relid)) || ' with indexes and TOAST'
                        from pg_stat_user_tables where relname in ('organisation','offer','offer_session','track_module')
                        order by pg_total_relation_size(relid) desc"
    psql -d "$DB" -Atc "select 'offers by status: ' || string_agg(status || ' ' || n, ', ') from (select status, count(*) n from offer group by 1 order by 1) s"
    psql -d "$DB" -Atc "select 'published offers by kind: ' || string_agg(kind || ' ' || n, ', ') from (select kind, count(*) n from offer where status = 'PUBLISHED' group by 1 order by 2 desc) s"
    psql -d "$DB" -Atc "select 'published offers by language: ' || string_agg(delivery_language || ' ' || n, ', ') from (select delivery_language, count(*) n from offer where status = 'PUBLISHED' group by 1 order by 2 desc) s"
    psql -d "$DB" -Atc "select 'sessions of published offers: ' || count(*) || ', scheduled ' || count(*) filter (where s.status = 'SCHEDULED') || ', with a region ' || count(s.nuts_code) || ' in ' || count(distinct s.nuts_code) || ' NUTS 3 regions, from ' || min(s.starts_at)::date || ' to ' || max(s.starts_at)::date from offer_session s join offer o on o.id = s.offer_id where o.status = 'PUBLISHED'"
    echo "load after: $(uptime)"
  } 2>&1 | tee "$RESULTS/offers-catalogue-generate.txt"
  [ "${PIPESTATUS[0]}" = 0 ] || exit 1
fi
[ "$SETUP_ONLY" = yes ] && exit 0

# The query mix: type TAB query string. Types with several variants take them in turn.
D1=$(date -u -d '+60 days' +%F); D2=$(date -u -d '+73 days' +%F)
D3=$(date -u -d '+180 days' +%F); D4=$(date -u -d '+210 days' +%F)
D5=$(date -u -d '+7 days' +%F); D6=$(date -u -d '+14 days' +%F)
QUERIES="$WORK/catalogue-queries.tsv"
cat >"$QUERIES" <<EOF
# no query: every published offer, the soonest session first
none	
none	lang=de
# one word found in thousands of offers
word-thousands	q=digital
word-thousands	q=kunden
# one word found in hundreds
word-hundreds	q=dashboard
word-hundreds	q=phishing
word-hundreds	q=regnskap
# one word found in tens
word-tens	q=kassenbuch
word-tens	q=barcode
word-tens	q=w%C3%A4rmepumpe
# one word found in a few
word-few	q=zugferd
word-few	q=cobot
word-few	q=nis2
# one word found nowhere
word-none	q=blockchain
# two words (both must occur)
two-words	q=digitale+buchhaltung
two-words	q=k%C3%BCnstliche+intelligenz
two-words	q=kunstig+intelligens
# a word and a region (NUTS prefix)
word-region	q=marketing&region=DEE
word-region	q=datenschutz&region=DE2
word-region	q=sikkerhet&region=NO08
# topic and kind
topic-kind	topic=data&kind=WORKSHOP
topic-kind	topic=green&kind=SEMINAR
topic-kind	topic=strategy&kind=WEBINAR
# a date range
date-range	from=$D1&to=$D2
date-range	from=$D3&to=$D4
date-range	from=$D5&to=$D6
EOF

QUIET=$(wait_quiet)
ACCESS="$WORK/access-catalogue"
rm -rf "$ACCESS"
trap stop_app EXIT
start_app "$DB" "$WORK/app-catalogue.log" ${BENCH_JAVA_OPTS:-} -Dserver.tomcat.accesslog.enabled=true \
  -Dserver.tomcat.accesslog.directory="$ACCESS" -Dserver.tomcat.accesslog.pattern='%{X-Bench-Phase}i %s %D' \
  -Dserver.tomcat.accesslog.buffered=true
{
  echo "# catalogue search: GET /api/v1/offers and GET /offers over $DB, $(date -u +%FT%TZ)"
  echo "published offers: $(psql -d "$DB" -Atc "select count(*) from offer where status = 'PUBLISHED'") (of $(psql -d "$DB" -Atc "select count(*) from offer")); sessions of published offers: $(psql -d "$DB" -Atc "select count(*) from offer_session s join offer o on o.id = s.offer_id where o.status = 'PUBLISHED'") (of $(psql -d "$DB" -Atc "select count(*) from offer_session"))"
  echo "database size: $(db_size "$DB")"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "postgres: $(psql -d "$DB" -Atc 'show server_version'), shared_buffers=$(psql -d "$DB" -Atc 'show shared_buffers')"
  echo "app: $(grep -m1 'Starting UptakeApplication' "$WORK/app-catalogue.log" | sed 's/.*Starting //; s/ with PID.*//') | $(grep -m1 -o 'No active profile set.*\|The following [0-9]* profiles* .*active.*' "$WORK/app-catalogue.log")"
  echo "app JVM options: ${BENCH_JAVA_OPTS:-(defaults)}"
  echo "search index: $(grep -m1 -o 'Catalogue index built in [0-9]* ms' "$WORK/app-catalogue.log") at start, before the server took requests"
  echo "$QUIET"
  echo "load before: $(uptime)"
  echo "queries (type TAB query string):"
  grep -v '^#' "$QUERIES" | sed 's/^/  /'
  echo
  "$JAVA" "$BENCH_DIR/offers/CatalogueClient.java" --base "http://127.0.0.1:$BENCH_PORT" --queries "$QUERIES" \
    --requests "$REQUESTS" --seconds "$SECONDS_PER_PHASE" && STATUS=0 || STATUS=$?
  echo "load after: $(uptime)"
  stop_app
  echo
  echo "server side (Tomcat access log, time from reading the request to the response written):"
  python3 "$BENCH_DIR/offers/access-by-phase.py" "$ACCESS"/*.log
  exit "$STATUS"
} 2>&1 | tee "$OUT"
STATUS=${PIPESTATUS[0]}
if [ "$DROP" = yes ]; then dropdb "$DB"; fi
exit "$STATUS"
