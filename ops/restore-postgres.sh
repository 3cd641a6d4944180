#!/usr/bin/env bash
# Restores a backup made by ops/backup-postgres.sh into a NEW PostgreSQL database and an empty
# documents folder, then checks that every document row has its file.
#
#   ops/restore-postgres.sh BACKUP_DIR DATABASE DOCUMENTS_DIR
#
# BACKUP_DIR     the kennin-<time> folder the backup printed
# DATABASE       a database name that must not exist yet (created here; libpq variables as for backup)
# DOCUMENTS_DIR  a folder that is empty or missing (becomes the new $KENNIN_DATA_DIR/documents)
#
# Then start the application with KENNIN_DB_URL pointing at DATABASE, KENNIN_DATA_DIR whose
# documents folder is DOCUMENTS_DIR, and the same KENNIN_SECRET as when the backup was made.
# Exit codes: 0 restored, 1 failed (checksums, restore, missing files), 2 wrong arguments.
set -euo pipefail
umask 077

if [[ $# -ne 3 ]]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
backup=$1
database=$2
documents=$3

[[ -f "$backup/database.dump" && -f "$backup/SHA256SUMS" ]] || { echo "not a backup folder: $backup" >&2; exit 2; }
if [[ -d "$documents" && -n "$(ls -A "$documents")" ]]; then
  echo "refusing to restore into $documents: it is not empty" >&2
  exit 2
fi
( cd "$backup" && sha256sum --check --quiet SHA256SUMS ) || { echo "checksums do not match: the backup is damaged" >&2; exit 1; }

# createdb fails when the database exists: a restore never overwrites a live database.
createdb "$database"
echo "restoring database into $database ..." >&2
pg_restore --exit-on-error --no-owner --no-privileges --single-transaction --dbname="$database" "$backup/database.dump"

mkdir -p "$documents"
chmod 700 "$documents"
if [[ -f "$backup/documents.tar" ]]; then
  echo "restoring documents into $documents ..." >&2
  tar --extract --file="$backup/documents.tar" --directory="$documents" --no-same-owner
fi

# Every survey document row must have its file (kept files are named by the row's id).
missing=$(comm -23 \
  <(psql --no-psqlrc --tuples-only --no-align --dbname="$database" --command="select id from survey_document" | sed '/^$/d' | sort) \
  <(find "$documents" -type f -printf '%f\n' | sort) | wc -l)
if [[ $missing -gt 0 ]]; then
  echo "$missing document file(s) missing for rows of survey_document (deleted between dump and archive?)" >&2
  exit 1
fi
echo "restored $database and $documents" >&2
