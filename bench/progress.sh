#!/usr/bin/env bash
# Dashboard and review-queue benchmark at a million members on PostgreSQL (issue 10).
# Usage: bash bench/progress.sh [members, default 1000000] [requests per page, default 50]
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust). Creates a throw-away database and data
# directory, generates the data (SQL generate_series; member_progress/progress_count through the
# application's own rebuild), starts the server jar on it, measures over HTTP from a second JVM,
# prints EXPLAIN ANALYZE of the queries behind the pages, then stops the server and drops the database.
set -euo pipefail
cd "$(dirname "$0")/.."
MEMBERS=${1:-1000000}
REQUESTS=${2:-50}
PORT=${BENCH_PORT:-18089}
DB=kennin_bench_progress_$$
WORK=$(mktemp -d /tmp/kennin-progress-bench.XXXXXX)
PSQL="psql -h 127.0.0.1 -U postgres -X -q"
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -o -q -DskipTests package -pl bench -am
fi
export KENNIN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" KENNIN_DB_USER=postgres KENNIN_DB_PASSWORD=
export KENNIN_DATA_DIR="$WORK/data" KENNIN_HTTP_PORT=$PORT KENNIN_BASE_URL="http://localhost:$PORT"
SERVER=
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  $PSQL -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
$PSQL -d postgres -c "create database $DB"
JAVA="java -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
echo "== setup: $MEMBERS members"
$JAVA -cp bench/target/kennin-bench.jar jp.kenpo.kennin.bench.ProgressBench setup "$MEMBERS" "$WORK/reviewer.properties"
echo "== server: java -jar bootstrap/target/kenpo-kennin.jar serve (port $PORT)"
$JAVA -jar bootstrap/target/kenpo-kennin.jar serve > "$WORK/server.log" 2>&1 &
SERVER=$!
for i in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/admin/login" && break
  sleep 1
done
DEEP=$($PSQL -d $DB -At -c "set timezone = 'UTC'; select to_char(submitted_at, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') || '_' || member_id
  from member_progress where insurer_code = 'bench' and fiscal_year = 2025 and status = 'SUBMITTED'
  order by submitted_at, member_id offset least(200000, (select count(*) / 2 from member_progress where status = 'SUBMITTED')) limit 1")
echo "== measure (HTTP from a second JVM), deep cursor $DEEP"
BENCH_DEEP_CURSOR="$DEEP" $JAVA -cp bench/target/kennin-bench.jar jp.kenpo.kennin.bench.ProgressBench measure \
  "http://localhost:$PORT" "$WORK/reviewer.properties" "$REQUESTS"
echo "== EXPLAIN ANALYZE of the queries behind the pages"
explain() { echo "-- $1"; $PSQL -d $DB -c "explain (analyze, buffers, costs off) $2" | grep -E 'Scan|Sort|Limit|Execution|Planning|Join|Aggregate|Index Cond|Filter' ; }
explain "dashboard counts" "select office, status, members from progress_count where insurer_code = 'bench' and fiscal_year = 2025 and members > 0"
explain "dashboard extensions still running" "select office, status, count(*) from member_progress
  where insurer_code = 'bench' and fiscal_year = 2025 and extended_until > date '2025-08-31' and extended_until >= current_date
  and status in ('UNREGISTERED', 'REGISTERED', 'ANSWERING') group by office, status"
QUEUE="select mp.member_id, m.symbol, m.number, m.name_written, mp.office, mp.submitted_at, mp.prospect, mp.returned_before,
  mp.pending_approval, s.display_name from member_progress mp join member m on m.id = mp.member_id left join staff s on s.id = mp.claimed_by
  where mp.insurer_code = 'bench' and mp.fiscal_year = 2025 and mp.status = 'SUBMITTED' and mp.submitted_at is not null"
explain "queue first page" "$QUEUE order by mp.submitted_at, mp.member_id limit 51"
explain "queue filtered (NEEDS_REVIEW)" "$QUEUE and mp.prospect = 'NEEDS_REVIEW' order by mp.submitted_at, mp.member_id limit 51"
RQUEUE="select mp.member_id, m.symbol, m.number, m.name_written, mp.office, mp.submitted_at, mp.prospect, mp.returned_before,
  mp.pending_approval, s.display_name from member_progress_relationship r join member_progress mp on mp.insurer_code = r.insurer_code
  and mp.fiscal_year = r.fiscal_year and mp.member_id = r.member_id join member m on m.id = mp.member_id
  left join staff s on s.id = mp.claimed_by where r.insurer_code = 'bench' and r.fiscal_year = 2025 and r.status = 'SUBMITTED'"
explain "queue filtered (PARENT)" "$RQUEUE and r.relationship = 'PARENT' order by r.submitted_at, r.member_id limit 51"
explain "queue filtered (GRANDPARENT, none)" "$RQUEUE and r.relationship = 'GRANDPARENT' order by r.submitted_at, r.member_id limit 51"
explain "queue filtered (NEEDS_REVIEW, PARENT, returned)" "$RQUEUE and r.relationship = 'PARENT' and mp.prospect = 'NEEDS_REVIEW'
  and mp.returned_before = true order by r.submitted_at, r.member_id limit 51"
explain "queue filtered (office)" "$QUEUE and mp.office = '第150事業所' order by mp.submitted_at, mp.member_id limit 51"
explain "queue deep page" "$QUEUE and (mp.submitted_at, mp.member_id) > (timestamp with time zone '${DEEP%_*}', ${DEEP##*_})
  order by mp.submitted_at, mp.member_id limit 51"
explain "non-submitters of one office (CSV)" "select m.id, m.symbol, m.number, m.name_written, m.name_kana, mp.status, e.deadline
  from member_progress mp join member m on m.id = mp.member_id left join deadline_extension e on e.insurer_code = mp.insurer_code
  and e.fiscal_year = mp.fiscal_year and e.member_id = mp.member_id where mp.insurer_code = 'bench' and mp.fiscal_year = 2025
  and mp.office = '第001事業所' and mp.status in ('UNREGISTERED', 'REGISTERED', 'ANSWERING', 'RETURNED') order by m.symbol, m.number"
