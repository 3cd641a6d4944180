#!/usr/bin/env bash
# Backs up a kenpo-kennin installation on PostgreSQL: the database as a pg_dump custom-format
# archive, then the members' documents folder as a tar file, with SHA-256 sums, into a new folder.
#
#   ops/backup-postgres.sh DATABASE DESTINATION [DOCUMENTS_DIR]
#
# DATABASE       the PostgreSQL database name (connection from the libpq variables PGHOST, PGPORT,
#                PGUSER, PGPASSWORD or ~/.pgpass; e.g. PGHOST=127.0.0.1 PGUSER=kennin)
# DESTINATION    a folder; the backup goes into DESTINATION/kennin-<UTC time>/ (made owner-only)
# DOCUMENTS_DIR  the documents folder ($KENNIN_DATA_DIR/documents by default); skipped when the
#                installation keeps documents in object storage (KENNIN_DOCUMENT_STORE=s3): back the
#                bucket up with the store's own versioning/replication (see docs/operations.md)
#
# The database is dumped first and the files afterwards: an upload's file is written and fsynced
# before its row commits, so every document row in the dump has its file on disk by the time the
# folder is archived (a document deleted in between is the exception; restore reports it).
# Neither secret.key/KENNIN_SECRET nor db.key is copied: keep the key apart from the backups.
set -euo pipefail
umask 077

if [[ $# -lt 2 || $# -gt 3 ]]; then
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
database=$1
destination=$2
documents=${3:-${KENNIN_DATA_DIR:-./data}/documents}

target="$destination/kennin-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
chmod 700 "$target"

echo "dumping database $database ..." >&2
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$target/database.dump" "$database"

if [[ -d "$documents" ]]; then
  echo "archiving documents from $documents ..." >&2
  # Staged uploads, quarantined leftovers and page images are not documents: they are made again or dropped.
  tar --create --file="$target/documents.tar" --directory="$documents" \
      --exclude=./staging --exclude=./quarantine --exclude=./rendering .
else
  echo "no documents folder at $documents (object storage?): database only" >&2
fi

( cd "$target" && sha256sum -- * > SHA256SUMS )
echo "$target"
