#!/usr/bin/env bash
# Export benchmark: loads a registry of COUNT people (default 1,000,000),
# starts the provisioned server on it, and runs a FULL export (as hq) and a PARTNER_MINIMAL export (as
# partner) as background jobs: rows per second from the job's own start and finish times, and the
# server's live heap (the bytes of live objects after a full GC, sampled every few seconds while the
# export runs) above its level before. In the same run, the same columns by the database's own CSV
# writer: PostgreSQL's COPY (SELECT …) TO STDOUT CSV, or H2's CALL CSVWRITE(file, 'SELECT …') once the
# server has stopped (an H2 file database has one process at a time).
#
#   src/test/benchmark/export.sh postgresql [COUNT]    (needs PostgreSQL on 127.0.0.1:5432, trust auth)
#   src/test/benchmark/export.sh h2 [COUNT]
#   SKIP_LOAD=1 src/test/benchmark/export.sh postgresql  (reuse the registry of an earlier run)
#   PORT_OFFSET=500 src/test/benchmark/export.sh …       (server on 8580/10490)
#   JFR=1 src/test/benchmark/export.sh …                 (a JFR profile of the server during the exports,
#                                                           in target/benchmark/export-<db>.jfr)
#
# Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-postgresql}
case "$db" in
    postgresql) count=${2:-1000000} ;;
    h2) count=${2:-1000000} ;;
    *) echo "usage: $0 postgresql|h2 [COUNT]" >&2; exit 2 ;;
esac
. src/test/benchmark/server.sh
build

if [ "${SKIP_LOAD:-}" = 1 ]; then
    case "$db" in
        h2) export DB_DRIVER=h2 DB_USER=sa DB_PASSWORD=sa
            export DB_URL="jdbc:h2:file:$PWD/$out/bench_export-h2/homeward;DB_CLOSE_ON_EXIT=FALSE" ;;
        postgresql) export DB_DRIVER=postgresql DB_USER=homeward_bench DB_PASSWORD=homeward_bench
            export DB_URL="jdbc:postgresql://127.0.0.1:5432/homeward_bench_export" ;;
    esac
    echo "== using the registry already loaded into $db (SKIP_LOAD=1)"
else
    fresh_database bench_export
    echo "== loading $count people into $db"
    if [ "$db" = postgresql ]; then
        DB_USER=postgres java -Xmx4g -cp "$cp" -Dcount="$count" org.homeward.person.RegistryBenchmark load
        psql -h 127.0.0.1 -U postgres -d homeward_bench_export -q -c "GRANT ALL ON ALL TABLES IN SCHEMA public TO homeward_bench" \
            -c "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO homeward_bench" -c "VACUUM ANALYZE"
        # Later migrations alter the export tables: the server's account must own them.
        psql -h 127.0.0.1 -U postgres -d homeward_bench_export -q -c "ALTER TABLE export_job OWNER TO homeward_bench"
    else
        java -Xmx4g -cp "$cp" -Dcount="$count" org.homeward.person.RegistryBenchmark load
    fi
fi

echo "== starting the server on that database"
start_server target/homeward.war "$out/export-server-$db.log"

# The live objects' bytes from the class histogram, which runs a full GC first and counts in the same
# pause: "used" read after a separate GC.run also counts what the export allocated in between (garbage).
live_heap_kb() { jcmd "$pid" GC.class_histogram | tail -n 1 | awk '{ print int($3 / 1024) }'; }
histogram() { jcmd "$pid" GC.class_histogram | head -n 25 > "$1"; }
seconds() { date -d "$1" +%s.%N; }

# export_as USER PROFILE: runs one export as a background job and prints its figures.
export_as() {
    local user=$1 profile=$2 before peak job id state used
    before=$(live_heap_kb)
    histogram "$out/export-heap-$profile-before.txt"
    peak=$before
    job=$(curl -sf -u "$user:homeward-demo" -H 'Content-Type: application/json' "${base_url}api/v1/exports" \
        -d "{\"profile\":\"$profile\",\"purpose\":\"benchmark\",\"background\":true}")
    id=$(echo "$job" | jq -r .id)
    while :; do
        sleep 3
        used=$(live_heap_kb)
        if [ "$used" -gt "$peak" ]; then
            peak=$used
            histogram "$out/export-heap-$profile-peak.txt"
        fi
        job=$(curl -sf -u "$user:homeward-demo" "${base_url}api/v1/exports/$id")
        state=$(echo "$job" | jq -r .state)
        [ "$state" = QUEUED ] || [ "$state" = RUNNING ] || break
    done
    [ "$state" = DONE ] || { echo "export $id ended $state" >&2; exit 1; }
    local rows elapsed
    rows=$(echo "$job" | jq -r .rowsWritten)
    elapsed=$(echo "$(seconds "$(echo "$job" | jq -r .finishedAt)") - $(seconds "$(echo "$job" | jq -r .createdAt)")" | bc -l)
    printf '%-16s %9d rows in %6.1f s: %8.0f rows/s; live heap %d MB before, at most %d MB while exporting (+%d MB)\n' \
        "$profile" "$rows" "$elapsed" "$(echo "$rows / $elapsed" | bc -l)" $((before / 1024)) $((peak / 1024)) \
        $(((peak - before) / 1024))
}

# The columns each profile reads, as PersonColumns has them (the pseudonym's HMAC has no SQL: the id).
round="(select r.name from nomination n join exchange_round r on r.id = n.round_id where n.person_id = p.id order by n.nominated_at desc, n.id desc fetch first 1 rows only)"
from="from person p join office o on o.id = p.office_id left join app_user u on u.id = p.assigned_to_id"
full_sql="select p.case_number, p.category, p.side, p.status, p.family_name, p.given_name, p.patronymic, p.latin_family_name, p.latin_given_name, p.latin_patronymic, p.sex, p.birth_date, p.oblast, o.code, u.username, p.restricted, $round, p.registered_at, p.updated_at $from order by p.id"
minimal_sql="select p.id, p.latin_family_name, p.latin_given_name, p.latin_patronymic, p.family_name, p.given_name, p.patronymic, p.sex, extract(year from p.birth_date), p.category, p.status, p.oblast, $round, p.event_date, p.registered_at, p.updated_at $from where p.restricted = false and (p.consent_sharing = true or (p.legal_basis is not null and p.legal_basis <> '')) order by p.id"

csvwrite() {
    local label=$1 sql=$2 start end rows file="$PWD/$out/csvwrite.csv"
    rm -f "$file"
    start=$(date +%s.%N)
    java -cp "$cp" org.h2.tools.Shell -url "$DB_URL" -user sa -password sa \
        -sql "CALL CSVWRITE('$file', '${sql//\'/\'\'}', 'charset=UTF-8')" > /dev/null
    end=$(date +%s.%N)
    rows=$(($(wc -l < "$file") - 1))
    printf '%-16s %9d rows in %6.1f s: %8.0f rows/s (H2 CALL CSVWRITE, with the Shell JVM start)\n' "$label" "$rows" \
        "$(echo "$end - $start" | bc -l)" "$(echo "$rows / ($end - $start)" | bc -l)"
}

copy() {
    local label=$1 sql=$2 start end rows
    start=$(date +%s.%N)
    rows=$(psql -h 127.0.0.1 -U homeward_bench -d homeward_bench_export -q -c "COPY ($sql) TO STDOUT CSV" | wc -l)
    end=$(date +%s.%N)
    printf '%-16s %9d rows in %6.1f s: %8.0f rows/s (PostgreSQL COPY … TO STDOUT CSV)\n' "$label" "$rows" \
        "$(echo "$end - $start" | bc -l)" "$(echo "$rows / ($end - $start)" | bc -l)"
}

if [ "${JFR:-}" = 1 ]; then
    jcmd "$pid" JFR.start name=export settings=profile > /dev/null
fi
echo "== exports through the server ($db, $(psql --version 2>/dev/null | head -n 1 || true)); $(uptime)"
export_as hq FULL
export_as partner PARTNER_MINIMAL
if [ "${JFR:-}" = 1 ]; then
    jcmd "$pid" JFR.stop name=export filename="$PWD/$out/export-$db.jfr" > /dev/null
fi
if [ "$db" = postgresql ]; then
    copy "COPY FULL" "$full_sql"
    copy "COPY MINIMAL" "$minimal_sql"
else
    stop_server
    csvwrite "CSVWRITE FULL" "$full_sql"
    csvwrite "CSVWRITE MINIMAL" "$minimal_sql"
fi
echo "== $(uptime)"
echo "== server: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
