#!/usr/bin/env bash
# Fault injection, repeatable: two nodes and the balancer on a PostgreSQL of their own (postgres.sh,
# port 5433), then the fault tests against them (DatabaseRestartFault: PostgreSQL restarted while
# users work; ExchangeKillFault, ExportKillFault, ImportKillFault: kill -9 of the node recording a
# 1,000-person exchange, writing a 150,000-row export, committing a 12,000-row list), then a full disk
# (ExportDiskFullFault: a tmpfs of DISK_MB megabytes, 3 by default, mounted over the nodes' export
# directory while an export writes; needs root). Prints what each fault showed; docs/operations.md
# keeps the last results.
# Needs the server and WAR of a build (mvn package) and haproxy.
#   faults.sh                 all of them
#   faults.sh Test1,Test2     only those (the full disk only when ExportDiskFullFault is named)
set -euo pipefail
cd "$(dirname "$0")/../../.."
export PGPORT=5433 CLUSTER_DB=homeward_cluster_faults
exports=$PWD/target/cluster/exports
tests=${1:-DatabaseRestartFault,ExchangeKillFault,ExportKillFault,ImportKillFault,ExportDiskFullFault}
cleanup() {
    if mountpoint -q "$exports"; then umount "$exports" || true; fi
    src/test/cluster/nodes.sh stop
    src/test/cluster/postgres.sh stop
}
trap cleanup EXIT
if mountpoint -q "$exports"; then umount "$exports"; fi
src/test/cluster/nodes.sh stop
rm -rf target/cluster
src/test/cluster/postgres.sh start
src/test/cluster/nodes.sh start
# The test goals only, not the lifecycle: a build now would provision target/server again under the
# running nodes.
run() {
    mvn -B -ntp -o test-compile failsafe:integration-test failsafe:verify -DskipUnitTests=true -Dit.test="$1"
}
others=$(echo "$tests" | tr ',' '\n' | grep -vx ExportDiskFullFault | paste -sd, || true)
if [ -n "$others" ]; then run "$others"; fi
if echo "$tests" | tr ',' '\n' | grep -qx ExportDiskFullFault; then
    # The files of the tests before are hidden under the small disk while it is mounted, not lost.
    mount -t tmpfs -o "size=${DISK_MB:-3}m,mode=0755" homeward-export-disk "$exports"
    run ExportDiskFullFault
fi
