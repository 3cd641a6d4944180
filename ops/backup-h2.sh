#!/usr/bin/env bash
# Backs up a kenpo-kennin installation on the embedded H2 database while it runs: H2's online
# BACKUP (a consistent copy of the database file, taken through the server's own AUTO_SERVER port)
# plus db.key (the database's password; without it the copy cannot be opened) and the documents.
#
#   ops/backup-h2.sh DATA_DIR DESTINATION [JAR]
#
# DATA_DIR     the installation's KENNIN_DATA_DIR
# DESTINATION  the backup goes into DESTINATION/kennin-h2-<UTC time>/ (owner-only)
# JAR          the application jar (bootstrap/target/kenpo-kennin.jar by default): it carries H2's Shell
#
# Restore with ops/restore-h2.sh into an empty KENNIN_DATA_DIR, and start with the same KENNIN_SECRET
# (or secret.key, which this script does not copy: keep it apart from the backups).
set -euo pipefail
umask 077

if [[ $# -lt 2 || $# -gt 3 ]]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
data=$(cd "$1" && pwd)
destination=$2
jar=${3:-bootstrap/target/kenpo-kennin.jar}

target="$destination/kennin-h2-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
chmod 700 "$target"
target=$(cd "$target" && pwd)

url="jdbc:h2:file:$data/kennin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0"
echo "backing up the database in $data ..." >&2
java -cp "$jar" org.h2.tools.Shell -url "$url" -user sa -password "$(cat "$data/db.key")" \
     -sql "BACKUP TO '$target/database.zip'" >/dev/null
cp "$data/db.key" "$target/db.key"

if [[ -d "$data/documents" ]]; then
  tar --create --file="$target/documents.tar" --directory="$data/documents" \
      --exclude=./staging --exclude=./quarantine --exclude=./rendering .
fi
( cd "$target" && sha256sum -- * > SHA256SUMS )
echo "$target"
