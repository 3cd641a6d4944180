#!/usr/bin/env bash
# Member site benchmark at a million members on PostgreSQL (issue 12), wrk from outside the server's JVM.
# Usage: bash bench/web.sh [members, default 1000000] [seconds per wrk run, default 20] [repeats, default 2]
# Measures: (a) logged-in main screen (GET /home) requests/s against GET /healthz requests/s, same server run,
# 32 connections, and the floor of any logged-in page (the session check alone) in the same run; (b) logins/s
# over HTTP against the raw Argon2id verification rate of the application's own hasher (same parameters, same
# thread count as the server's KENNIN_HASH_THREADS) in a separate, warm JVM, taking turns with the logins; (c) p95
# of the main screen during a login storm against its p95 without one (same connections); (d) resident memory (VmRSS from /proc) of the server
# after start and after the runs. Every run is repeated (the machine is shared).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and wrk. Creates database bench_web and drops it after.
set -euo pipefail
cd "$(dirname "$0")/.."
MEMBERS=${1:-1000000}
SECONDS_PER_RUN=${2:-20}
REPEATS=${3:-2}
PORT=${BENCH_PORT:-18090}
SERVER_JAR=${SERVER_JAR:-bootstrap/target/kenpo-kennin.jar}
BENCH_JAR=${BENCH_JAR:-bench/target/kennin-bench.jar}
HASH_THREADS=${KENNIN_HASH_THREADS:-$(nproc)}
LOGIN_ACCOUNTS=5000
PASSWORD='Bench-pass1'
DB=${BENCH_DB:-bench_web}
WORK=$(mktemp -d /tmp/kennin-web-bench.XXXXXX)
PSQL="psql -h 127.0.0.1 -U postgres -X -q"
BASE="http://127.0.0.1:$PORT"
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -o -q -DskipTests package -pl bench -am
fi
export KENNIN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" KENNIN_DB_USER=postgres KENNIN_DB_PASSWORD=
export KENNIN_DATA_DIR="$WORK/data" KENNIN_HTTP_PORT=$PORT KENNIN_BASE_URL="http://localhost:$PORT" KENNIN_HASH_THREADS=$HASH_THREADS
SERVER=
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP_DB:-}" != "1" ]; then $PSQL -d postgres -c "drop database if exists $DB with (force)" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
JAVA="java -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
echo "== $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), git $(git rev-parse --short HEAD)"
if [ "${BENCH_KEEP_DB:-}" = "1" ] && $PSQL -d postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  echo "== reusing database $DB (BENCH_KEEP_DB=1)"
else
  $PSQL -d postgres -c "drop database if exists $DB with (force)"
  $PSQL -d postgres -c "create database $DB"
  echo "== setup: $MEMBERS members (WebBench setup: use cases for insurer and survey year, then SQL generate_series)"
  $JAVA -cp $BENCH_JAR jp.kenpo.kennin.bench.WebBench setup "$MEMBERS" "$LOGIN_ACCOUNTS" "$PASSWORD"
fi
echo "== server: java ${SERVER_JAVA_OPTS:-} -jar $SERVER_JAR serve (port $PORT, KENNIN_HASH_THREADS=$HASH_THREADS)"
$JAVA ${SERVER_JAVA_OPTS:-} -jar "$SERVER_JAR" serve > "$WORK/server.log" 2>&1 &
SERVER=$!
for i in $(seq 1 120); do
  curl -fs -o /dev/null "$BASE/healthz" && break
  sleep 1
done
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$SERVER/status; }
sleep 5
echo "== (d) idle RSS after start: $(rss)"

# Sessions for the main screen: 64 members from the top of the login accounts (the storm uses the others).
TOKEN=benchbenchbenchbenchbenchbenchbenchbench123
: > "$WORK/cookies"
login() {
  curl -s -o /dev/null -D - -b "kennin_csrf=$TOKEN" --data-urlencode "_csrf=$TOKEN" --data-urlencode "userId=u$1" \
    --data-urlencode "password=$PASSWORD" "$BASE/login" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(kennin_session=[^;]*\).*/\1/p'
}
export -f login; export TOKEN PASSWORD BASE
seq 6001 6090 | awk '$1 % 4 != 0' | xargs -P 8 -I{} bash -c 'login {}' >> "$WORK/cookies"
echo "== $(wc -l < "$WORK/cookies") members logged in for the main screen"
OK=0
while read -r c; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$c" "$BASE/home")" = 200 ] && OK=$((OK + 1))
done < "$WORK/cookies"
echo "== main screen answered 200 for $OK of them"
[ "$OK" -eq "$(wc -l < "$WORK/cookies")" ] || { echo "main screen not shown to every member"; exit 1; }
WRK_HOME="wrk -t2 -c32 -d${SECONDS_PER_RUN}s -s bench/wrk/home.lua $BASE -- $WORK/cookies"
echo "== warm-up: main screen and logins, 10 s each"
wrk -t2 -c32 -d10s -s bench/wrk/home.lua "$BASE" -- "$WORK/cookies" > /dev/null
wrk -t2 -c8 -d10s --timeout 10s -s bench/wrk/login.lua "$BASE" -- 1 4000 "$PASSWORD" > /dev/null

rate() { grep 'Requests/sec' | awk '{print $2}'; }
for r in $(seq 1 "$REPEATS"); do
  echo "== (a) run $r: wrk -t2 -c32 -d${SECONDS_PER_RUN}s $BASE/healthz, then the same on /home (home.lua, session cookies)"
  H=$(wrk -t2 -c32 -d${SECONDS_PER_RUN}s "$BASE/healthz" | tee "$WORK/healthz.out" | rate)
  $WRK_HOME > "$WORK/home.out"; P=$(rate < "$WORK/home.out")
  grep -E 'pages 200|p50' "$WORK/home.out" | sed 's/^/   home: /'
  echo "   healthz $H req/s, main screen $P req/s, ratio $(awk -v p="$P" -v h="$H" 'BEGIN {printf "%.3f", p / h}') (goal >= 0.3)"
  # The floor under any logged-in page: the session read from the database and nothing else (an attachment id that
  # is not a number is refused with a 404 right after the session check; a lost session would be a 303 instead).
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$(head -1 "$WORK/cookies")" "$BASE/notices/attachments/x")" = 404 ] \
    || { echo "session check route did not answer 404"; exit 1; }
  F=$(wrk -t2 -c32 -d${SECONDS_PER_RUN}s -s bench/wrk/home.lua "$BASE" -- "$WORK/cookies" /notices/attachments/x | rate)
  echo "   session check alone (GET /notices/attachments/x, 404 after it) $F req/s, ratio $(awk -v p="$F" -v h="$H" 'BEGIN {printf "%.3f", p / h}') to healthz"
done

# Raw hashing and logins take turns in windows of half a run each, twice per repeat, in one warm raw JVM: a shared
# machine's speed drifts within minutes, and measuring the two one after the other once moved the ratio by +-0.2.
HALF=$(( (SECONDS_PER_RUN + 1) / 2 ))
CONTROL="$WORK/raw.on"
echo "== (b) raw Argon2id (WebBench rawhash: $HASH_THREADS threads, 16 clients, separate JVM warmed 20 s) and logins"
echo "   (wrk -t2 -c16 login.lua) in turns of $HALF s, $((2 * REPEATS)) of each"
$JAVA -cp $BENCH_JAR jp.kenpo.kennin.bench.WebBench rawhash "$HASH_THREADS" 16 20 "$CONTROL" > "$WORK/raw.out" &
RAW_JVM=$!
until grep -q '^warm' "$WORK/raw.out"; do sleep 1; done
RAW_SUM=0; LOGIN_SUM=0
for w in $(seq 1 $((2 * REPEATS))); do
  touch "$CONTROL"; sleep "$HALF"; rm "$CONTROL"
  until [ "$(grep -c '^raw' "$WORK/raw.out")" -ge "$w" ]; do sleep 0.2; done
  RAW=$(grep '^raw' "$WORK/raw.out" | sed -n "${w}p" | sed -n 's/^raw Argon2id verify: \([0-9.]*\).*/\1/p')
  wrk -t2 -c16 -d${HALF}s --timeout 10s -s bench/wrk/login.lua "$BASE" -- 1 4000 "$PASSWORD" > "$WORK/login.out"
  L=$(sed -n 's/.* \([0-9.]*\) logins\/s/\1/p' "$WORK/login.out")
  echo "   turn $w: raw $RAW verifications/s, logins $L/s ($(grep -E 'p95' "$WORK/login.out"; grep -E 'Non-2xx|Socket' "$WORK/login.out" | tr '\n' ' '))"
  RAW_SUM=$(awk -v a="$RAW_SUM" -v b="$RAW" 'BEGIN {print a + b}'); LOGIN_SUM=$(awk -v a="$LOGIN_SUM" -v b="$L" 'BEGIN {print a + b}')
done
touch "$CONTROL.stop"; wait "$RAW_JVM"
echo "   all turns: logins/s over raw verifications/s $(awk -v l="$LOGIN_SUM" -v r="$RAW_SUM" 'BEGIN {printf "%.3f", l / r}') (goal >= 0.9)"

for r in $(seq 1 "$REPEATS"); do
  echo "== (c) run $r: main screen p95, wrk -t1 -c8, alone and then during a login storm (wrk -t1 -c16 login.lua)"
  wrk -t1 -c8 -d${SECONDS_PER_RUN}s -s bench/wrk/home.lua "$BASE" -- "$WORK/cookies" > "$WORK/idle.out"
  wrk -t1 -c16 -d$((SECONDS_PER_RUN + 4))s --timeout 10s -s bench/wrk/login.lua "$BASE" -- 1 4000 "$PASSWORD" > "$WORK/storm-login.out" &
  STORM=$!
  sleep 2
  wrk -t1 -c8 -d${SECONDS_PER_RUN}s -s bench/wrk/home.lua "$BASE" -- "$WORK/cookies" > "$WORK/storm.out"
  wait $STORM
  I95=$(sed -n 's/.*p95 \([0-9.]*\) ms.*/\1/p' "$WORK/idle.out"); S95=$(sed -n 's/.*p95 \([0-9.]*\) ms.*/\1/p' "$WORK/storm.out")
  echo "   idle:  $(grep p50 "$WORK/idle.out"), $(rate < "$WORK/idle.out") req/s"
  echo "   storm: $(grep p50 "$WORK/storm.out"), $(rate < "$WORK/storm.out") req/s; $(grep 'logins 303' "$WORK/storm-login.out")"
  echo "   p95 during storm / idle p95: $(awk -v s="$S95" -v i="$I95" 'BEGIN {printf "%.2f", s / i}') (goal <= 1.5)"
done
echo "== (d) RSS after the runs: $(rss); after 30 s idle: $(sleep 30; rss)"
grep -E 'WARN|ERROR|Exception' "$WORK/server.log" | grep -v 'Refused' | sort | uniq -c | sort -rn | head -5 || true
