#!/usr/bin/env bash
# Restores a backup made by ops/backup-h2.sh into a NEW, empty data directory for the embedded H2
# database, then checks that the database opens with the copied db.key and that every document row
# has its file.
#
#   ops/restore-h2.sh BACKUP_DIR DATA_DIR [JAR]
#
# BACKUP_DIR  the kennin-h2-<time> folder the backup printed
# DATA_DIR    a folder that is empty or missing (becomes the new KENNIN_DATA_DIR; made owner-only)
# JAR         the application jar (bootstrap/target/kenpo-kennin.jar by default): it carries H2's tools
#
# Then start the application with KENNIN_DATA_DIR=DATA_DIR and the same KENNIN_SECRET (or
# secret.key, which the backup does not hold) as when the backup was made.
# Exit codes: 0 restored, 1 failed (checksums, restore, missing files), 2 wrong arguments or refused.
set -euo pipefail
umask 077

if [[ $# -lt 2 || $# -gt 3 ]]; then
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
backup=$1
data=$2
jar=${3:-bootstrap/target/kenpo-kennin.jar}

[[ -f "$backup/database.zip" && -f "$backup/db.key" && -f "$backup/SHA256SUMS" ]] \
  || { echo "not an H2 backup folder: $backup" >&2; exit 2; }
[[ -f "$jar" ]] || { echo "no application jar at $jar (give it as the third argument)" >&2; exit 2; }
# Never over a live installation: its database, key or documents would be mixed with the backup's.
if [[ -e "$data" && ! -d "$data" ]] || [[ -d "$data" && -n "$(ls -A "$data")" ]]; then
  echo "refusing to restore into $data: it is not an empty folder" >&2
  exit 2
fi
( cd "$backup" && sha256sum --check --quiet SHA256SUMS ) || { echo "checksums do not match: the backup is damaged" >&2; exit 1; }

mkdir -p "$data"
chmod 700 "$data"
data=$(cd "$data" && pwd)
echo "restoring the database into $data ..." >&2
# H2's own counterpart of BACKUP TO: extracts the database file (kennin.mv.db) from the zip.
java -cp "$jar" org.h2.tools.Restore -file "$backup/database.zip" -dir "$data" -db kennin -quiet
[[ -f "$data/kennin.mv.db" ]] || { echo "database.zip holds no database named kennin" >&2; exit 1; }
cp "$backup/db.key" "$data/db.key"
chmod 600 "$data/db.key"

mkdir -p "$data/documents"
chmod 700 "$data/documents"
if [[ -f "$backup/documents.tar" ]]; then
  echo "restoring documents into $data/documents ..." >&2
  tar --extract --file="$backup/documents.tar" --directory="$data/documents" --no-same-owner
fi

# Every survey document row must have its file (kept files are named by the row's id). H2's Shell
# exits 0 even when a statement fails, so the listing counts only when it ends with its row count.
# IFEXISTS: a database that did not come out of the zip is an error, not a new empty one.
url="jdbc:h2:file:$data/kennin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE"
listing=$(java -cp "$jar" org.h2.tools.Shell -url "$url" -user sa -password "$(cat "$data/db.key")" \
               -sql "select id from survey_document")
rows=$(sed -n 's/^(\([0-9][0-9]*\) rows\{0,1\}, [0-9]* ms)$/\1/p' <<<"$listing")
ids=$(grep -E '^[0-9a-f]{32}$' <<<"$listing" | sort || true)
if [[ -z "$rows" || $rows -ne $(sed '/^$/d' <<<"$ids" | wc -l) ]]; then
  echo "could not list the document rows of the restored database:" >&2
  echo "$listing" >&2
  exit 1
fi
missing=$(comm -23 <(sed '/^$/d' <<<"$ids") <(find "$data/documents" -type f -printf '%f\n' | sort) | wc -l)
if [[ $missing -gt 0 ]]; then
  echo "$missing document file(s) missing for rows of survey_document (deleted during the backup?)" >&2
  exit 1
fi
echo "restored $rows document row(s) with their files into $data" >&2
