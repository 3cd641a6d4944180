#!/usr/bin/env bash
# Onboarding benchmark: raw Argon2id rate vs. logins/s over HTTP, and main-screen requests/s.
# Usage: bash bench/run.sh [seconds-per-phase] [concurrent-clients]
# Uses a throw-away H2 database; set KENNIN_DB_URL (and _USER/_PASSWORD) to measure on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
exec java -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -jar bench/target/kennin-bench.jar "$@"
