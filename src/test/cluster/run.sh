#!/usr/bin/env bash
# The two-node tests: a fresh PostgreSQL database, two nodes and the balancer (nodes.sh), then the
# cluster tests (src/test/java/org/homeward/cluster) against them, then everything stopped again.
# Needs the server and WAR of a build (mvn package, or the verify of .ci/run) and haproxy.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export CLUSTER_DB=${CLUSTER_DB:-homeward_cluster} PGPORT=${PGPORT:-5432}
trap 'src/test/cluster/nodes.sh stop' EXIT
src/test/cluster/nodes.sh stop
rm -rf target/cluster
psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -q -c "DROP DATABASE IF EXISTS $CLUSTER_DB"
src/test/cluster/nodes.sh start
# The test goals only, not the lifecycle: a build now would provision target/server again under the
# running nodes.
mvn -B -ntp -o test-compile failsafe:integration-test failsafe:verify -DskipUnitTests=true \
    -Dit.test='ClusterWriters,ClusterFailover'
