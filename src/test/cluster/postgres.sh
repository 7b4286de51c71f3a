#!/usr/bin/env bash
# A PostgreSQL of the fault tests' own on 127.0.0.1:5433 (data in target/cluster/pg), so that
# restarting it disturbs nobody else's database on this machine.
#   postgres.sh start | stop | restart-after SECONDS (stop, wait, start)
set -euo pipefail
cd "$(dirname "$0")/../../.."
data=$PWD/target/cluster/pg
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { su postgres -s /bin/bash -c "$*"; }

case "${1:-}" in
start)
    if [ ! -f "$data/PG_VERSION" ]; then
        mkdir -p "$data" && chown postgres "$data" && chmod 700 "$data"
        as_postgres "$bin/initdb -D '$data' -A trust -U postgres -E UTF8" >/dev/null
    fi
    as_postgres "$bin/pg_ctl -D '$data' -o '-p 5433 -k /tmp -c listen_addresses=127.0.0.1' -l '$data/log' -w start" >/dev/null
    ;;
stop) as_postgres "$bin/pg_ctl -D '$data' -m fast -w stop" >/dev/null || true ;;
restart-after)
    as_postgres "$bin/pg_ctl -D '$data' -m fast -w stop" >/dev/null
    sleep "$2"
    as_postgres "$bin/pg_ctl -D '$data' -o '-p 5433 -k /tmp -c listen_addresses=127.0.0.1' -l '$data/log' -w start" >/dev/null
    ;;
*) sed -n '2,4p' "$0"; exit 2 ;;
esac
