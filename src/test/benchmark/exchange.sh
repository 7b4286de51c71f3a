#!/usr/bin/env bash
# Exchange benchmark: starts the provisioned server on a fresh H2 or PostgreSQL database (demo users
# on), prepares rounds of PEOPLE accepted prisoners (default 1,000) through the API and times the one
# request that records each round's exchange (all repatriated, history, audit; one transaction).
#
#   src/test/benchmark/exchange.sh h2 [PEOPLE] [ROUNDS]
#   src/test/benchmark/exchange.sh postgresql [PEOPLE] [ROUNDS]   (PostgreSQL on 127.0.0.1:5432, trust auth)
#
# Results: docs/benchmarks.md. Ports 8080/9990 must be free (or moved by PORT_OFFSET, see server.sh).
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${1:-h2}
people=${2:-1000}
rounds=${3:-3}
case "$db" in h2|postgresql) ;; *) echo "usage: $0 h2|postgresql [PEOPLE] [ROUNDS]" >&2; exit 2 ;; esac
. src/test/benchmark/server.sh
build

fresh_database exchange

echo "== starting the server on a fresh $db database"
start_server target/homeward.war "$out/exchange-server-$db.log"

java -cp "$cp" -Durl="$base_url" -Dpeople="$people" -Drounds="$rounds" org.homeward.round.ExchangeBenchmark
echo "== server: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
