#!/usr/bin/env bash
# Mail outbox benchmark (issue 11): mails per second from the outbox to a local SMTP sink, on PostgreSQL and on H2.
# Usage: bash bench/mail.sh [mails, default 20000] [workers, default 1]
# An invitation campaign for that many members is started by the real use case (one INSERT ... SELECT), then worked
# by the real outbox worker(s) and SMTP adapter (one connection per run of 500 mails) to bench's MailSink running
# in a JVM of its own. Prints mails/s and checks the sink received exactly the mails recorded SENT (each Message-ID
# once). Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust); creates and drops a throw-away database.
set -euo pipefail
cd "$(dirname "$0")/.."
MAILS=${1:-20000}
WORKERS=${2:-1}
SMTP_PORT=${BENCH_SMTP_PORT:-12525}
DB=kennin_bench_mail_$$
WORK=$(mktemp -d /tmp/kennin-mail-bench.XXXXXX)
PSQL="psql -h 127.0.0.1 -U postgres -X -q"
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -o -q -DskipTests package -pl bench -am
fi
JAVA="java -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
SINK=
cleanup() {
  if [ -n "$SINK" ]; then kill "$SINK" 2>/dev/null || true; wait "$SINK" 2>/dev/null || true; fi
  $PSQL -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
echo "== sink: MailSink on 127.0.0.1:$SMTP_PORT (separate JVM)"
$JAVA -cp bench/target/kennin-bench.jar jp.kenpo.kennin.bench.MailSink "$SMTP_PORT" > "$WORK/sink.log" 2>&1 &
SINK=$!
for i in $(seq 1 50); do grep -q listening "$WORK/sink.log" 2>/dev/null && break; sleep 0.2; done
echo "== PostgreSQL: $MAILS mails, $WORKERS worker(s)"
$PSQL -d postgres -c "create database $DB"
$JAVA -cp bench/target/kennin-bench.jar jp.kenpo.kennin.bench.MailBench "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "" \
  "$MAILS" "$SMTP_PORT" "$WORKERS"
echo "== H2 (embedded file database, the default installation's URL): $MAILS mails, $WORKERS worker(s)"
H2_URL="jdbc:h2:file:$WORK/h2/kennin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0"
$JAVA -cp bench/target/kennin-bench.jar jp.kenpo.kennin.bench.MailBench "$H2_URL" sa "" "$MAILS" "$SMTP_PORT" "$WORKERS"
