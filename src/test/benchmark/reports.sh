#!/usr/bin/env bash
# Reports benchmark: loads a caseload of COUNT people (default 1,000,000) that looks like four years of
# work (org.homeward.report.CaseloadLoader: status histories, caseworkers and assignments, follow-up
# tasks, exchange rounds with lists of hundreds) into H2 or PostgreSQL, at schema version
# LOAD_AT_VERSION (the loader's default unless set) with the later migrations then run over it and
# timed; starts the provisioned server on it and measures through the server (ReportsBenchmark): every
# report of the API with no filter and with one filter, the PDF and CSV downloads, and the dashboard
# page signed in through the form as hq and as supervisor; then the server's heap after a forced GC,
# before and after.
#
#   src/test/benchmark/reports.sh h2 [COUNT]
#   src/test/benchmark/reports.sh postgresql [COUNT]     (PostgreSQL on 127.0.0.1:5432, trust auth)
#   SKIP_LOAD=1 src/test/benchmark/reports.sh postgresql  (measure the caseload an earlier run loaded)
#   PORT_OFFSET=800 …                                       (server on 8880/10790 instead of 8080/9990)
#   PARTS=dashboard …                                       (only the dashboard pages; default: reports,downloads,dashboard)
#
# Results: docs/benchmarks.md. Ports 8080/9990 must be free (or moved by PORT_OFFSET, see server.sh).
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}
count=${2:-1000000}
case "$db" in h2|postgresql) ;; *) echo "usage: $0 h2|postgresql [COUNT]" >&2; exit 2 ;; esac
. src/test/benchmark/server.sh
build

version=${LOAD_AT_VERSION:+-DloadAtVersion=$LOAD_AT_VERSION}
if [ "${SKIP_LOAD:-}" = 1 ]; then
    echo "== using the caseload already loaded into $db (SKIP_LOAD=1)"
    use_database bench_reports
else
    fresh_database bench_reports
    echo "== loading a caseload of $count people into $db"
    if [ "$db" = postgresql ]; then
        # As registry.sh: the bulk load runs as the superuser (trust auth here), which may switch off the
        # row-by-row foreign key checks for its session; the server then uses its own account.
        DB_USER=postgres DB_URL="$DB_URL?reWriteBatchedInserts=true" \
            java -Xmx2g -cp "$cp" -Dcount="$count" $version org.homeward.report.CaseloadLoader
        # The server's account owns the tables, as it would have had it created them: later migrations alter them.
        psql -h 127.0.0.1 -U postgres -d homeward_bench_reports -Atq \
            -c "SELECT format('ALTER TABLE %I OWNER TO homeward_bench;', tablename) FROM pg_tables WHERE schemaname = 'public'" \
            | psql -h 127.0.0.1 -U postgres -d homeward_bench_reports -q
        psql -h 127.0.0.1 -U postgres -d homeward_bench_reports -q -c "VACUUM ANALYZE"
    else
        java -Xmx2g -cp "$cp" -Dcount="$count" $version org.homeward.report.CaseloadLoader
    fi
fi

echo "== starting the server on that database"
start_server target/homeward.war "$out/reports-server-$db.log"

heap() { jcmd "$pid" GC.run > /dev/null; jcmd "$pid" GC.heap_info | grep -Eo 'used [0-9]+K' | head -n 1; }
echo "== server heap after GC, before: $(heap)"
java -cp "$cp" -Durl="$base_url" -Dparts="${PARTS:-reports,downloads,dashboard}" org.homeward.report.ReportsBenchmark
echo "== server heap after GC, after: $(heap)"
echo "== server: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
