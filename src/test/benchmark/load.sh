#!/usr/bin/env bash
# Load benchmark (issue 13): the server on the registry that registry.sh loaded (1,000,000 people by
# default, database homeward_bench on PostgreSQL or target/benchmark/h2 on H2), driven by autocannon
# (src/test/load/load.js) from 127.0.0.1 only, every line bounded by SECONDS. Per plan it prints the
# table rows, the CPU seconds WildFly, PostgreSQL and the load tool took (from /proc), and the server's
# heap after a forced GC before and after; with JFR=1 it records a JFR profile of the server over all
# plans and prints its hottest methods (needs the JDK 25 in /usr/lib/jvm for `jfr view`).
#
#   src/test/benchmark/load.sh postgresql [PLANS] [SECONDS] [CLIENTS...]
#   e.g. PORT_OFFSET=900 SKIP_BUILD=1 JFR=1 src/test/benchmark/load.sh postgresql "table mix page" 15 10 50 100
#   WAR=path/to/other.war ...    measures another build (the "before" of a change) on the same data
#
# Results: docs/benchmarks.md. The load tool shares the machine's cores with the server and database.
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-postgresql}
plans=${2:-table mix page}
seconds=${3:-15}
shift $(( $# > 3 ? 3 : $# ))
clients=("$@")
. src/test/benchmark/server.sh
build
(cd src/test/load && { [ -d node_modules ] || npm ci --no-audit --no-fund; })

case "$db" in
    h2) export DB_DRIVER=h2 DB_USER=sa DB_PASSWORD=sa DB_URL="jdbc:h2:file:$PWD/$out/h2/homeward;DB_CLOSE_ON_EXIT=FALSE" ;;
    postgresql) export DB_DRIVER=postgresql DB_USER=homeward_bench DB_PASSWORD=homeward_bench \
        DB_URL="jdbc:postgresql://127.0.0.1:5432/homeward_bench" ;;
    *) echo "usage: $0 h2|postgresql [PLANS] [SECONDS] [CLIENTS...]" >&2; exit 2 ;;
esac

started=$(date +%s)
start_server "${WAR:-target/homeward.war}" "$out/server-load-$db.log"
echo "== server up in $(( $(date +%s) - started )) s (migrations included)"

# CPU ticks (user + system) so far of this server's JVM, or of the PostgreSQL backends serving it.
ticks() { awk '{ s += $14 + $15 } END { print s + 0 }' "$@" 2>/dev/null || echo 0; }
cpu_of() {
    case "$1" in
        wildfly) ticks "/proc/$pid/stat" ;;
        # The backends of this server's connections only: other databases of the same PostgreSQL are not ours.
        postgres) ticks $(for p in $(pgrep -f '^postgres: .*: homeward_bench homeward_bench '); do echo "/proc/$p/stat"; done) ;;
    esac
}
heap() { jcmd "$pid" GC.run > /dev/null; jcmd "$pid" GC.heap_info | grep -Eo 'used [0-9]+K' | head -n 1; }
hz=$(getconf CLK_TCK)

# A pass of every plan unreported first (5 s a line): a server started a moment ago spends its first
# minute compiling (JIT), which would fall on the first lines measured and not on the others.
for plan in $plans; do
    node src/test/load/load.js "$base_url" "$plan" 5 "${clients[@]}" > /dev/null
done
echo "== heap after GC, before: $(heap)"
if [ "${JFR:-}" = 1 ]; then
    jcmd "$pid" JFR.start name=load settings=profile filename="$PWD/$out/load-$db.jfr" > /dev/null
fi
for plan in $plans; do
    echo "== $plan"
    w0=$(cpu_of wildfly); p0=$(cpu_of postgres); t0=$(date +%s.%N)
    node src/test/load/load.js "$base_url" "$plan" "$seconds" "${clients[@]}"
    w1=$(cpu_of wildfly); p1=$(cpu_of postgres); t1=$(date +%s.%N)
    awk -v w=$((w1 - w0)) -v p=$((p1 - p0)) -v hz="$hz" -v t="$(echo "$t1 - $t0" | bc)" 'BEGIN {
        printf "CPU over %.0f s of wall time: WildFly %.0f s, PostgreSQL %.0f s (of %.0f core-seconds)\n", t, w / hz, p / hz, 2 * t }'
done
if [ "${JFR:-}" = 1 ]; then
    jcmd "$pid" JFR.stop name=load > /dev/null
    /usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr view --width 160 hot-methods "$out/load-$db.jfr" | head -n 25
fi
echo "== heap after GC, after: $(heap)"
