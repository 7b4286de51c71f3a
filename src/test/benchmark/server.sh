# Shared by the benchmark scripts (sourced, not run): build once, then start and stop the provisioned
# server on the database the environment names (DB_DRIVER, DB_URL, DB_USER, DB_PASSWORD).

out=target/benchmark
mkdir -p "$out"

# Builds the WAR and the server and sets $cp to the benchmark clients' class path.
build() {
    mvn -B -q package -DskipTests
    mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
    cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
}

# start_server WAR LOG: deploys the WAR, starts the server with the demo users and waits until it answers;
# sets $pid.
start_server() {
    rm -f target/server/standalone/deployments/homeward.war*
    cp "$1" target/server/standalone/deployments/homeward.war
    HOMEWARD_DEMO=true target/server/bin/standalone.sh > "$2" 2>&1 &
    for _ in $(seq 1 120); do
        curl -sf http://127.0.0.1:8080/health > /dev/null && break
        sleep 2
    done
    pid=$(pgrep -f "jboss-modules.jar.*$PWD/target/server" | head -n 1)
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
