#!/usr/bin/env bash
# Audit-cost benchmark: a status transition and a case edit timed against the server with the audit
# trail (Envers revisions, sealed into the chain) and against the same WAR with Envers switched off
# (a copy whose persistence.xml sets hibernate.envers.autoRegisterListeners=false; made here, never
# shipped). Each run starts on a fresh database. The access log is written in both runs.
#
#   src/test/benchmark/audit-cost.sh h2 [OPERATIONS]
#   src/test/benchmark/audit-cost.sh postgresql [OPERATIONS]   (PostgreSQL on 127.0.0.1:5432, trust auth)
#
# Results: docs/benchmarks.md. Ports 8080/9990 must be free (or moved by PORT_OFFSET, see server.sh).
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}
operations=${2:-400}
case "$db" in h2|postgresql) ;; *) echo "usage: $0 h2|postgresql [OPERATIONS]" >&2; exit 2 ;; esac
. src/test/benchmark/server.sh
build

# The WAR without the audit trail: the same classes, Envers' listeners not registered.
rm -rf "$out/no-envers" && mkdir -p "$out/no-envers/WEB-INF/classes/META-INF"
sed 's|<properties>|<properties><property name="hibernate.envers.autoRegisterListeners" value="false"/>|' \
    src/main/resources/META-INF/persistence.xml > "$out/no-envers/WEB-INF/classes/META-INF/persistence.xml"
cp target/homeward.war "$out/homeward-no-envers.war"
(cd "$out/no-envers" && jar uf ../homeward-no-envers.war WEB-INF/classes/META-INF/persistence.xml)

measure() {
    local war=$1 label=$2
    fresh_database audit_cost
    start_server "$war" "$out/audit-cost-server-$db-${label// /-}.log"
    echo "== $label ($db)"
    java -cp "$cp" -Durl="$base_url" -Doperations="$operations" org.homeward.audit.AuditCostBenchmark || true
    stop_server
}

measure "$out/homeward-no-envers.war" "without the audit trail"
measure target/homeward.war "with the audit trail"
echo "== server: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
