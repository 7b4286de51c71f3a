# Shared by the benchmark scripts (sourced, not run): build once, then start and stop the provisioned
# server on the database the environment names (DB_DRIVER, DB_URL, DB_USER, DB_PASSWORD).

out=target/benchmark
mkdir -p "$out"

# PORT_OFFSET moves every port of the server (http 8080+offset, management 9990+offset), so that two
# checkouts can benchmark side by side; the clients get the moved address as $base_url.
port_offset=${PORT_OFFSET:-0}
base_url="http://127.0.0.1:$((8080 + port_offset))/"

# Builds the WAR and the server and sets $cp to the benchmark clients' class path. SKIP_BUILD=1 takes
# them as an earlier run built them (no Maven: a second run while another build uses the machine).
build() {
    if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f "$out/classpath.txt" ]; then
        mvn -B -ntp -o -q package -DskipTests -DskipUnitTests=true
        mvn -B -ntp -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
    fi
    cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
}

# fresh_database NAME: an empty database for one run (H2 in $out/NAME-h2, or PostgreSQL database
# homeward_NAME owned by the account homeward_bench), set in DB_* for the server. Uses $db (h2|postgresql).
fresh_database() {
    case "$db" in
        h2) rm -rf "$out/$1-h2" ;;
        postgresql)
            psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS homeward_$1"
            psql -h 127.0.0.1 -U postgres -q -tc "SELECT 1 FROM pg_roles WHERE rolname = 'homeward_bench'" | grep -q 1 \
                || psql -h 127.0.0.1 -U postgres -q -c "CREATE ROLE homeward_bench LOGIN PASSWORD 'homeward_bench'"
            psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE homeward_$1 OWNER homeward_bench ENCODING 'UTF8' TEMPLATE template0"
            ;;
    esac
    use_database "$1"
}

# use_database NAME: the database fresh_database NAME made (and a run may have filled), set in DB_* for the server.
use_database() {
    case "$db" in
        h2)
            export DB_DRIVER=h2 DB_USER=sa DB_PASSWORD=sa
            export DB_URL="jdbc:h2:file:$PWD/$out/$1-h2/homeward;DB_CLOSE_ON_EXIT=FALSE"
            ;;
        postgresql)
            export DB_DRIVER=postgresql DB_USER=homeward_bench DB_PASSWORD=homeward_bench
            export DB_URL="jdbc:postgresql://127.0.0.1:5432/homeward_$1"
            ;;
        *) echo "database: h2 or postgresql, not $db" >&2; exit 2 ;;
    esac
}

# start_server WAR LOG: deploys the WAR, starts the server with the demo users and waits until it answers;
# sets $pid.
start_server() {
    rm -f target/server/standalone/deployments/homeward.war*
    cp "$1" target/server/standalone/deployments/homeward.war
    HOMEWARD_DEMO=true target/server/bin/standalone.sh -Djboss.socket.binding.port-offset="$port_offset" > "$2" 2>&1 &
    for _ in $(seq 1 120); do
        curl -sf "${base_url}health" > /dev/null && break
        sleep 2
    done
    # This checkout's server on these ports, not another one left running from the same folder.
    pid=$(pgrep -f "jboss-modules.jar.*$PWD/target/server.*port-offset=$port_offset" | head -n 1)
}

stop_server() {
    if [ -n "${pid:-}" ]; then
        kill "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 1; done
        pid=
    fi
    rm -f target/server/standalone/deployments/homeward.war*
}

trap stop_server EXIT
