#!/usr/bin/env bash
# Matching benchmark: loads a registry of COUNT people (default 100,000; 1000000 for the issue's
# million) into H2 or PostgreSQL with their match keys, then times one person's candidates and
# scores (MatchBenchmark: candidatesOf, and a lookup of the same person as the other side's list
# writes them) over SAMPLES people (default 500), and what a scan of the whole registry would cost.
# No server: the matcher's own code on a JDBC connection.
#
#   src/test/benchmark/matching.sh h2 [COUNT]
#   MATCH_DB=name src/test/benchmark/matching.sh postgresql [COUNT]   (PostgreSQL on 127.0.0.1:5432, trust auth;
#                                                                     the database is created when missing)
#   SKIP_LOAD=1 ...                                                   (measure a registry loaded before)
#   SCAN=1 ...                                                        (instead: the duplicate scan's matching of
#                                                                     every person, pages of 1,000, one thread per
#                                                                     processor; prints time and likely pairs)
#
# Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}
count=${2:-100000}
. src/test/benchmark/server.sh
build
case "$db" in
    h2)
        export DB_USER=sa DB_PASSWORD=sa
        export DB_URL="jdbc:h2:file:$PWD/$out/matching-h2/homeward"
        ;;
    postgresql)
        name=${MATCH_DB:-homeward_match_bench}
        psql -h 127.0.0.1 -U postgres -q -tc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
            || psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE $name ENCODING 'UTF8' TEMPLATE template0"
        export DB_USER=postgres DB_PASSWORD=x
        export DB_URL="jdbc:postgresql://127.0.0.1:5432/$name?reWriteBatchedInserts=true"
        ;;
    *) echo "usage: $0 h2|postgresql [COUNT]" >&2; exit 2 ;;
esac
if [ "${SKIP_LOAD:-}" != 1 ]; then
    echo "== loading $count people into $db"
    time java -Xmx2g -cp "$cp" -Dcount="$count" org.homeward.person.MatchBenchmark load
    if [ "$db" = postgresql ]; then
        psql -h 127.0.0.1 -U postgres -d "$name" -q -c "VACUUM ANALYZE"
    fi
fi
if [ "${SCAN:-}" = 1 ]; then
    echo "== scanning"
    java -Xmx2g -cp "$cp" org.homeward.person.MatchBenchmark scan
    exit
fi
echo "== measuring"
java -Xmx1g -cp "$cp" -Dsamples="${SAMPLES:-500}" org.homeward.person.MatchBenchmark measure
