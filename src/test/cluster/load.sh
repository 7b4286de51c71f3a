#!/usr/bin/env bash
# Two nodes under load (issue "11 of 11"): the load benchmark's plans (src/test/load/load.js, as
# src/test/benchmark/load.sh runs them) sent through the balancer on 127.0.0.1:9000, first with node2
# stopped (the balancer sends every request to node1), then with both nodes, on the registry that
# src/test/benchmark/registry.sh loaded (database homeward_bench, 1,000,000 people). Prints each line's
# table row and the CPU each node and PostgreSQL took; docs/operations.md keeps the last results.
#
#   src/test/cluster/load.sh [PLANS] [SECONDS] [CLIENTS...]      e.g. src/test/cluster/load.sh table 15 50
#
# Needs the server and WAR of a build (mvn package), haproxy, and the loaded registry.
set -euo pipefail
cd "$(dirname "$0")/../../.."
plans=${1:-table}
seconds=${2:-15}
shift $(( $# > 2 ? 2 : $# ))
clients=("${@:-50}")
export CLUSTER_DB=${CLUSTER_DB:-homeward_bench}
trap 'src/test/cluster/nodes.sh stop' EXIT
src/test/cluster/nodes.sh stop
rm -rf target/cluster
(cd src/test/load && { [ -d node_modules ] || npm ci --no-audit --no-fund; })
src/test/cluster/nodes.sh start

hz=$(getconf CLK_TCK)
ticks() { awk '{ s += $14 + $15 } END { print s + 0 }' "$@" 2>/dev/null || echo 0; }
node_ticks() {
    local shell pid
    shell=$(cat "target/cluster/node$1.pid" 2>/dev/null) || { echo 0; return; }
    pid=$(pgrep -P "$shell" java || true)
    if [ -n "$pid" ]; then ticks "/proc/$pid/stat"; else echo 0; fi
}
database_ticks() { ticks $(for p in $(pgrep -f "^postgres: .*: [a-z_]+ $CLUSTER_DB "); do echo "/proc/$p/stat"; done); }

measure() {
    echo "== $1"
    # A pass unreported first: a node started a moment ago spends its first minute compiling (JIT), and
    # the comparison is of warm nodes.
    for plan in $plans; do
        node src/test/load/load.js "http://127.0.0.1:9000/" "$plan" 5 "${clients[@]}" > /dev/null
    done
    for plan in $plans; do
        local a0 b0 d0 t0 a1 b1 d1 t1
        a0=$(node_ticks 1); b0=$(node_ticks 2); d0=$(database_ticks); t0=$(date +%s.%N)
        node src/test/load/load.js "http://127.0.0.1:9000/" "$plan" "$seconds" "${clients[@]}"
        a1=$(node_ticks 1); b1=$(node_ticks 2); d1=$(database_ticks); t1=$(date +%s.%N)
        awk -v a=$((a1 - a0)) -v b=$((b1 - b0)) -v d=$((d1 - d0)) -v hz="$hz" -v t="$(echo "$t1 - $t0" | bc)" 'BEGIN {
            printf "CPU over %.0f s of wall time: node1 %.0f s, node2 %.0f s, PostgreSQL %.0f s (of %.0f core-seconds)\n",
                t, a / hz, b / hz, d / hz, 2 * t }'
    done
}

src/test/cluster/nodes.sh stop-node 2
# The balancer's health check (every second, down after two failures) has taken node2 out.
sleep 4
measure "one node (node2 stopped), through the balancer"
src/test/cluster/nodes.sh start-node 2
sleep 4
measure "two nodes, through the balancer"
