#!/usr/bin/env bash
# Restores a backup made by backup.sh into the database the DB_* variables name, which must be new:
#   PostgreSQL: an empty database (CREATE DATABASE … OWNER the DB_USER), filled by pg_restore.
#   Embedded H2: the directory of the H2 file must hold no database of that name yet; the server is
#     stopped (it creates the file anew otherwise).
# Then start the server on it (the same HOMEWARD_AUDIT_KEY as before) and check the audit chains:
#   curl -u AUDITOR:… http://localhost:8080/api/v1/audit/verify
# Usage: restore.sh FILE
set -euo pipefail
source "$(dirname "$0")/database.sh"

[ $# -eq 1 ] || { echo "usage: $0 FILE" >&2; exit 2; }
backup=$(realpath "$1")

if [ "$(database_driver)" = postgresql ]; then
    # One transaction: a restore that fails half-way leaves the database empty, not half-filled.
    pg_restore --no-owner --exit-on-error --single-transaction --dbname="$(libpq_url)" "$backup"
else
    file=$(h2_file)
    if [ -e "$file.mv.db" ]; then
        echo "$file.mv.db exists: restore into a new place (DB_URL), or move that database away first" >&2
        exit 1
    fi
    mkdir -p "$(dirname "$file")"
    java -cp "$(h2_jar)" org.h2.tools.Restore -file "$backup" -dir "$(dirname "$file")" -db "$(basename "$file")" -quiet
    [ -e "$file.mv.db" ] || { echo "the backup holds no database named $(basename "$file")" >&2; exit 1; }
fi
echo "Restored $backup"
