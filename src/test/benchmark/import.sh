#!/usr/bin/env bash
# Import benchmark (issue 14): starts the provisioned server on an empty database with the demo users and
# imports a list of ROWS invented people (default 100,000) as a caseworker: the upload with its preview
# (every row read, checked by the registration form's rules and matched against the registry), then the
# commit of the valid rows as a background job in batches, followed to the end.
#
#   src/test/benchmark/import.sh h2 [ROWS]
#   src/test/benchmark/import.sh postgresql [ROWS]    (needs PostgreSQL on 127.0.0.1:5432, trust auth)
#   PORT_OFFSET=600 src/test/benchmark/import.sh …    (server on 8680/10590)
#
# Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}
rows=${2:-100000}
. src/test/benchmark/server.sh
build
fresh_database bench_import
echo "== starting the server on an empty $db database"
start_server target/homeward.war "$out/import-server-$db.log"
echo "== importing $rows rows ($db); $(uptime)"
java -cp "$cp" -Durl="$base_url" -Drows="$rows" org.homeward.imports.ImportBenchmark
echo "== $(uptime)"
echo "== server: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
