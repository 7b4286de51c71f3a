#!/usr/bin/env bash
# Registry benchmark: loads a registry of COUNT people (default 1,000,000) into H2 or PostgreSQL,
# starts the provisioned server on it, and measures the case list's first page, filtered pages and
# name searches through the API (median and 95th percentile over 100 requests each, from 127.0.0.1),
# then the server's heap after a forced GC before and after paging through 500 pages.
#
#   src/test/benchmark/registry.sh h2 [COUNT]
#   src/test/benchmark/registry.sh postgresql [COUNT]     (needs PostgreSQL on 127.0.0.1:5432, trust auth)
#   SKIP_LOAD=1 src/test/benchmark/registry.sh h2           (measure a registry loaded by an earlier run)
#   BENCH_DB=homeward_bench100k src/test/benchmark/registry.sh postgresql 100000   (another PostgreSQL
#       database than homeward_bench, for the growth table: 100,000, 1,000,000 and 5,000,000 people)
#
# Results: docs/benchmarks.md. Ports 8080/9990 must be free (or moved by PORT_OFFSET, see server.sh).
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}
count=${2:-1000000}
. src/test/benchmark/server.sh
build

case "$db" in
    h2)
        export DB_DRIVER=h2 DB_USER=sa DB_PASSWORD=sa
        export DB_URL="jdbc:h2:file:$PWD/$out/h2/homeward;DB_CLOSE_ON_EXIT=FALSE"
        ;;
    postgresql)
        bench_db=${BENCH_DB:-homeward_bench}
        psql -h 127.0.0.1 -U postgres -q -tc "SELECT 1 FROM pg_roles WHERE rolname = 'homeward_bench'" | grep -q 1 \
            || psql -h 127.0.0.1 -U postgres -q -c "CREATE ROLE homeward_bench LOGIN PASSWORD 'homeward_bench'"
        psql -h 127.0.0.1 -U postgres -q -tc "SELECT 1 FROM pg_database WHERE datname = '$bench_db'" | grep -q 1 \
            || psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE $bench_db OWNER homeward_bench ENCODING 'UTF8' TEMPLATE template0"
        export DB_DRIVER=postgresql DB_USER=homeward_bench DB_PASSWORD=homeward_bench
        export DB_URL="jdbc:postgresql://127.0.0.1:5432/$bench_db?reWriteBatchedInserts=true"
        ;;
    *) echo "usage: $0 h2|postgresql [COUNT]" >&2; exit 2 ;;
esac

if [ "${SKIP_LOAD:-}" = 1 ]; then
    echo "== using the registry already loaded into $db (SKIP_LOAD=1)"
else
echo "== loading $count people into $db"
# On PostgreSQL the bulk load runs as the superuser (trust auth here), which may switch off the
# row-by-row foreign key checks for its session; the server then uses its own account.
if [ "$db" = postgresql ]; then
    DB_USER=postgres java -Xmx2g -cp "$cp" -Dcount="$count" org.homeward.person.RegistryBenchmark load
    # The superuser created the tables; the server's own account gets to use them.
    psql -h 127.0.0.1 -U postgres -d "$bench_db" -q -c "GRANT ALL ON ALL TABLES IN SCHEMA public TO homeward_bench" \
        -c "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO homeward_bench" -c "VACUUM ANALYZE"
else
    java -Xmx2g -cp "$cp" -Dcount="$count" org.homeward.person.RegistryBenchmark load
fi
fi

echo "== starting the server on that database"
start_server target/homeward.war "$out/server-$db.log"

heap() { jcmd "$pid" GC.run > /dev/null; jcmd "$pid" GC.heap_info | grep -Eo 'used [0-9]+K' | head -n 1; }
echo "== server heap after GC, before: $(heap)"
java -cp "$cp" -Durl="$base_url" org.homeward.person.RegistryBenchmark measure
echo "== server heap after GC, after paging: $(heap)"
echo "== server: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
