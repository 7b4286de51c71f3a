#!/usr/bin/env bash
# Export benchmark: loads a registry of COUNT people (default 1,000,000 on PostgreSQL, 100,000 on H2),
# starts the provisioned server on it, and runs a FULL export (as hq) and a PARTNER_MINIMAL export (as
# partner) as background jobs: rows per second from the job's own start and finish times, and the
# server's live heap (after a forced GC, sampled every few seconds while the export runs) above its
# level before. On PostgreSQL, the same columns through COPY (SELECT …) TO STDOUT CSV in the same run.
#
#   src/test/benchmark/export.sh postgresql [COUNT]    (needs PostgreSQL on 127.0.0.1:5432, trust auth)
#   src/test/benchmark/export.sh h2 [COUNT]
#   SKIP_LOAD=1 src/test/benchmark/export.sh postgresql  (reuse the registry of an earlier run)
#   PORT_OFFSET=500 src/test/benchmark/export.sh …       (server on 8580/10490)
#
# Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-postgresql}
case "$db" in
    postgresql) count=${2:-1000000} ;;
    h2) count=${2:-100000} ;;
    *) echo "usage: $0 postgresql|h2 [COUNT]" >&2; exit 2 ;;
esac
. src/test/benchmark/server.sh
build

if [ "${SKIP_LOAD:-}" = 1 ]; then
    case "$db" in
        h2) export DB_DRIVER=h2 DB_USER=sa DB_PASSWORD=sa
            export DB_URL="jdbc:h2:file:$PWD/$out/export-h2/homeward;DB_CLOSE_ON_EXIT=FALSE" ;;
        postgresql) export DB_DRIVER=postgresql DB_USER=homeward_bench DB_PASSWORD=homeward_bench
            export DB_URL="jdbc:postgresql://127.0.0.1:5432/homeward_export" ;;
    esac
    echo "== using the registry already loaded into $db (SKIP_LOAD=1)"
else
    fresh_database export
    echo "== loading $count people into $db"
    if [ "$db" = postgresql ]; then
        DB_USER=postgres java -Xmx2g -cp "$cp" -Dcount="$count" org.homeward.person.RegistryBenchmark load
        psql -h 127.0.0.1 -U postgres -d homeward_export -q -c "GRANT ALL ON ALL TABLES IN SCHEMA public TO homeward_bench" \
            -c "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO homeward_bench" -c "VACUUM ANALYZE"
    else
        java -Xmx2g -cp "$cp" -Dcount="$count" org.homeward.person.RegistryBenchmark load
    fi
fi

echo "== starting the server on that database"
start_server target/homeward.war "$out/export-server-$db.log"

live_heap_kb() { jcmd "$pid" GC.run > /dev/null; jcmd "$pid" GC.heap_info | grep -Eo 'used [0-9]+K' | head -n 1 | grep -Eo '[0-9]+'; }
seconds() { date -d "$1" +%s.%N; }

# export_as USER PROFILE: runs one export as a background job and prints its figures.
export_as() {
    local user=$1 profile=$2 before peak job id state used
    before=$(live_heap_kb)
    peak=$before
    job=$(curl -sf -u "$user:homeward-demo" -H 'Content-Type: application/json' "${base_url}api/v1/exports" \
        -d "{\"profile\":\"$profile\",\"purpose\":\"benchmark\",\"background\":true}")
    id=$(echo "$job" | jq -r .id)
    while :; do
        sleep 3
        used=$(live_heap_kb)
        [ "$used" -gt "$peak" ] && peak=$used
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

copy() {
    local label=$1 sql=$2 start end rows
    start=$(date +%s.%N)
    rows=$(psql -h 127.0.0.1 -U homeward_bench -d homeward_export -q -c "COPY ($sql) TO STDOUT CSV" | wc -l)
    end=$(date +%s.%N)
    printf '%-16s %9d rows in %6.1f s: %8.0f rows/s (PostgreSQL COPY … TO STDOUT CSV)\n' "$label" "$rows" \
        "$(echo "$end - $start" | bc -l)" "$(echo "$rows / ($end - $start)" | bc -l)"
}

echo "== exports through the server ($db, $(psql --version 2>/dev/null | head -n 1 || true))"
export_as hq FULL
export_as partner PARTNER_MINIMAL
if [ "$db" = postgresql ]; then
    copy "COPY FULL" "$full_sql"
    copy "COPY MINIMAL" "$minimal_sql"
fi
echo "== server: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
