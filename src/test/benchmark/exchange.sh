#!/usr/bin/env bash
# Exchange benchmark: starts the provisioned server on a fresh H2 or PostgreSQL database (demo users
# on), prepares rounds of PEOPLE accepted prisoners (default 1,000) through the API and times the one
# request that records each round's exchange (all repatriated, history, audit; one transaction).
#
#   src/test/benchmark/exchange.sh h2 [PEOPLE] [ROUNDS]
#   src/test/benchmark/exchange.sh postgresql [PEOPLE] [ROUNDS]   (PostgreSQL on 127.0.0.1:5432, trust auth)
#
# Results: docs/benchmarks.md. Ports 8080/9990 must be free.
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}
people=${2:-1000}
rounds=${3:-3}
. src/test/benchmark/server.sh
build

case "$db" in
    h2)
        rm -rf "$out/exchange-h2"
        export DB_DRIVER=h2 DB_USER=sa DB_PASSWORD=sa
        export DB_URL="jdbc:h2:file:$PWD/$out/exchange-h2/homeward;DB_CLOSE_ON_EXIT=FALSE"
        ;;
    postgresql)
        psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS homeward_exchange"
        psql -h 127.0.0.1 -U postgres -q -tc "SELECT 1 FROM pg_roles WHERE rolname = 'homeward_bench'" | grep -q 1 \
            || psql -h 127.0.0.1 -U postgres -q -c "CREATE ROLE homeward_bench LOGIN PASSWORD 'homeward_bench'"
        psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE homeward_exchange OWNER homeward_bench ENCODING 'UTF8' TEMPLATE template0"
        export DB_DRIVER=postgresql DB_USER=homeward_bench DB_PASSWORD=homeward_bench
        export DB_URL="jdbc:postgresql://127.0.0.1:5432/homeward_exchange"
        ;;
    *) echo "usage: $0 h2|postgresql [PEOPLE] [ROUNDS]" >&2; exit 2 ;;
esac

echo "== starting the server on a fresh $db database"
start_server target/homeward.war "$out/exchange-server-$db.log"

java -cp "$cp" -Dpeople="$people" -Drounds="$rounds" org.homeward.round.ExchangeBenchmark
echo "== server: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
