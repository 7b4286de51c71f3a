#!/usr/bin/env bash
# Backs up Homeward's database to one file, with the same DB_* variables the server starts with.
#   PostgreSQL (DB_DRIVER=postgresql): pg_dump in its custom format (-Fc), while the servers run; the
#     dump is one consistent snapshot.
#   Embedded H2 (the default): H2's BACKUP TO, a zip of the database file. The server holds the file
#     while it runs, so stop it first, or give DB_URL with AUTO_SERVER=TRUE to back up while it runs.
# Usage: backup.sh FILE        (JBOSS_HOME: the provisioned server, for H2's jar; default target/server)
# Keep the audit key (HOMEWARD_AUDIT_KEY) apart from the backups: a restored database is checked with it.
set -euo pipefail
source "$(dirname "$0")/database.sh"

[ $# -eq 1 ] || { echo "usage: $0 FILE" >&2; exit 2; }
target=$(realpath -m "$1")
[ -e "$target" ] && { echo "$target exists: choose a new file name, a backup never overwrites one" >&2; exit 1; }

if [ "$(database_driver)" = postgresql ]; then
    pg_dump --format=custom --no-owner --file="$target" --dbname="$(libpq_url)"
else
    # Single quotes in the path would end the SQL string: refuse rather than escape.
    case "$target" in *"'"*) echo "the backup file's path must not contain a single quote" >&2; exit 2 ;; esac
    h2_shell "BACKUP TO '$target'"
fi
echo "Backed up to $target ($(du -h "$target" | cut -f1))"
