#!/usr/bin/env bash
# Fault injection, repeatable: two nodes and the balancer on a PostgreSQL of their own (postgres.sh,
# port 5433), then the fault tests against them (DatabaseRestartFault: PostgreSQL restarted while
# users work; ExchangeKillFault: kill -9 of the node recording a 1,000-person exchange). Prints what
# each fault showed; docs/operations.md keeps the last results.
# Needs the server and WAR of a build (mvn package) and haproxy.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export PGPORT=5433 CLUSTER_DB=homeward_cluster_faults
trap 'src/test/cluster/nodes.sh stop; src/test/cluster/postgres.sh stop' EXIT
src/test/cluster/nodes.sh stop
rm -rf target/cluster
src/test/cluster/postgres.sh start
src/test/cluster/nodes.sh start
mvn -B -ntp -o test-compile failsafe:integration-test failsafe:verify -DskipUnitTests=true \
    -Dit.test='DatabaseRestartFault,ExchangeKillFault'
