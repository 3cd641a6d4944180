#!/usr/bin/env bash
# Upload benchmark: members upload PDFs at the same time over HTTP while the server's heap is sampled
# every 100 ms; prints peak heap, heap by progress, MB/s and failures, then checks the files landed.
# Usage: bash bench/upload.sh [uploads-per-client, default 4] [clients, default 50] [size-MB, default 5]
# Always a throw-away H2 database and data directory; the heap is capped at 512 MB so growth shows.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
exec java -Xmx512m -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp bench/target/kennin-bench.jar jp.kenpo.kennin.bench.UploadBench "$@"
