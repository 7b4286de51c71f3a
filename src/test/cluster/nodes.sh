#!/usr/bin/env bash
# Two Homeward nodes on one PostgreSQL behind HAProxy on 127.0.0.1:9000, from the server the build
# provisioned (target/server) and its WAR: each node gets its own copy of standalone/ (data, logs),
# a port offset and a node name; everything else is the environment (README "Cluster").
#   nodes.sh start            create the database if missing, start node1, node2 and the balancer
#   nodes.sh start-node N     start node N (1 or 2) again
#   nodes.sh stop-node N      stop node N gracefully;  kill-node N: kill -9
#   nodes.sh stop             stop everything
# Settings (environment): CLUSTER_DB (homeward_cluster), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres).
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
work=$root/target/cluster
db=${CLUSTER_DB:-homeward_cluster}
pghost=${PGHOST:-127.0.0.1}
pgport=${PGPORT:-5432}
pguser=${PGUSER:-postgres}

offset() { echo $(( $1 == 1 ? 1000 : 1100 )); }

start_node() {
    local n=$1 base=$work/node$1
    if [ ! -d "$base" ]; then
        cp -r "$root/target/server/standalone" "$base"
        cp "$root/target/homeward.war" "$base/deployments/"
    fi
    DB_DRIVER=postgresql DB_URL="jdbc:postgresql://$pghost:$pgport/$db" DB_USER="$pguser" DB_PASSWORD="${PGPASSWORD:-x}" \
    HOMEWARD_DEMO=true HOMEWARD_AUDIT_KEY="${HOMEWARD_AUDIT_KEY:-cluster-test-key-not-for-production-0123456789}" \
    HOMEWARD_EXPORT_DIR="$work/exports" \
    HOMEWARD_CLUSTER_NAME=homeward-cluster HOMEWARD_CLUSTER_MEMBERS="127.0.0.1[8600],127.0.0.1[8700]" \
    JAVA_OPTS="${NODE_JAVA_OPTS:--Xms256m -Xmx768m}" \
        setsid "$root/target/server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.node.name="node$n" \
        -Djboss.socket.binding.port-offset="$(offset "$n")" >"$work/node$n.out" 2>&1 < /dev/null &
    echo $! >"$work/node$n.pid"
}

wait_node() {
    local port=$(( 8080 + $(offset "$1") ))
    for _ in $(seq 1 180); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; then
            echo "node$1 up on $port"
            return 0
        fi
        sleep 1
    done
    echo "node$1 did not come up; see $work/node$1.out" >&2
    return 1
}

# The server's java process (standalone.sh runs it as its child).
java_pid() {
    local shell
    shell=$(cat "$work/node$1.pid" 2>/dev/null) || return 0
    pgrep -P "$shell" java || true
}

stop_node() {
    local pid shell
    pid=$(java_pid "$1")
    shell=$(cat "$work/node$1.pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then kill "$2" "$pid" 2>/dev/null || true; fi
    for _ in $(seq 1 60); do
        { [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; } && break
        sleep 1
    done
    if [ -n "$shell" ]; then kill "$shell" 2>/dev/null || true; fi
    rm -f "$work/node$1.pid"
}

case "${1:-}" in
start)
    mkdir -p "$work/exports"
    if [ -z "$(psql -h "$pghost" -p "$pgport" -U "$pguser" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
        psql -h "$pghost" -p "$pgport" -U "$pguser" -q -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
    fi
    # The first node alone creates the schema and the demo data; the second joins it afterwards.
    start_node 1; wait_node 1
    start_node 2; wait_node 2
    haproxy -D -f "$root/config/haproxy.cfg" -p "$work/haproxy.pid"
    echo "balancer on http://127.0.0.1:9000/"
    ;;
start-node) start_node "$2"; wait_node "$2" ;;
stop-node) stop_node "$2" -TERM ;;
kill-node) stop_node "$2" -KILL ;;
stop)
    if [ -f "$work/haproxy.pid" ]; then kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true; rm -f "$work/haproxy.pid"; fi
    stop_node 1 -TERM; stop_node 2 -TERM
    ;;
*) sed -n '2,9p' "$0"; exit 2 ;;
esac
