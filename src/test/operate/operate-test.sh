#!/usr/bin/env bash
# The operator's tools, tested on the provisioned server as an operator runs it (bin/standalone.sh with
# the WAR deployed), from an empty database:
#  1. H2: the first administrators from HOMEWARD_BOOTSTRAP_ADMIN / HOMEWARD_BOOTSTRAP_PASSWORD, who must
#     change the one-time password before anything else; together they give an auditor the role;
#  2. H2 backup (backup.sh, BACKUP TO) and restore (restore.sh) into a new file; the restored server
#     starts, the audit chains verify intact, the data is there, and the bootstrap variables are now
#     ignored with a log line because users exist;
#  3. PostgreSQL (when reachable on 127.0.0.1:5432): pg_dump / pg_restore into a fresh database; the
#     restored server starts and the chains verify intact.
# Needs target/server and target/homeward.war (mvn package). Run by .ci/run; alone:
#   src/test/operate/operate-test.sh
# OPERATE_PORT_OFFSET moves the ports (default 700); OPERATE_PG_DB names the PostgreSQL database it
# creates and drops (default homeward_operate, and the same with _restored), as OPERATE_PG_USER
# (default postgres, trusted on 127.0.0.1 as in .ci/run; OPERATE_PG_PASSWORD otherwise).
# Ends with a line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)
scripts=$root/src/main/scripts
offset=${OPERATE_PORT_OFFSET:-700}
http=http://127.0.0.1:$((8080 + offset))
management=127.0.0.1:$((9990 + offset))
work=$(mktemp -d /tmp/homeward-operate.XXXXXX)
passed=0
failed=0
server_pid=

check() {
    local what=$1; shift
    if "$@"; then
        passed=$((passed + 1)); echo "PASS $what"
    else
        failed=$((failed + 1)); echo "FAIL $what"
    fi
}

finish() {
    local status=$?
    stop_server
    echo "$passed passed, $failed failed"
    if [ "$failed" -eq 0 ] && [ "$status" -eq 0 ]; then
        rm -rf "$work"
    else
        echo "kept for a look: $work"
        exit 1
    fi
}
trap finish EXIT

# A copy of the provisioned server with the WAR deployed, so that the build's own server is untouched.
cp -r target/server "$work/server"
cp target/homeward.war "$work/server/standalone/deployments/"
export JBOSS_HOME=$work/server

start_server() {
    local log=$1; shift
    env "$@" HOMEWARD_AUDIT_KEY=operate-test-audit-key-0123456789abcdef0123456789 \
        "$JBOSS_HOME/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" >"$log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 180); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$http/health")" = 200 ]; then
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 1
    done
    echo "FAIL the server did not start; its log: $log"; tail -n 40 "$log"
    failed=$((failed + 1))
    return 1
}

stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        "$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="$management" --command=:shutdown >/dev/null 2>&1 \
            || kill "$server_pid"
        wait "$server_pid" 2>/dev/null
    fi
    server_pid=
}

# status USER:PASSWORD METHOD PATH [JSON]: the HTTP status; the body is left in $work/body.
status() {
    local args=(-s -o "$work/body" -w '%{http_code}' -u "$1" -X "$2" -H 'Accept: application/json')
    [ $# -ge 4 ] && args+=(-H 'Content-Type: application/json' --data "$4")
    curl "${args[@]}" "$http$3"
}

body_has() { grep -q -- "$1" "$work/body"; }
log_has() { grep -q -- "$2" "$1"; }
log_lacks() { ! grep -q -- "$2" "$1"; }
is() { [ "$1" = "$2" ] || { echo "  expected $2, got $1: $(head -c 300 "$work/body")"; return 1; }; }

one_time='Kalyna-first-start-7481'
chosen='Vyshyvanka-own-choice-2236'
audit_chosen='Auditor-own-choice-5519'

echo "== 1. First administrators from the environment (H2)"
h2=jdbc:h2:file:$work/h2/homeward\;DB_CLOSE_ON_EXIT=FALSE
start_server "$work/first.log" DB_URL="$h2" HOMEWARD_BOOTSTRAP_ADMIN=chief,deputy HOMEWARD_BOOTSTRAP_PASSWORD="$one_time" || exit 1
check "the creation is logged" log_has "$work/first.log" "Created the first administrators from HOMEWARD_BOOTSTRAP_ADMIN (2 account(s))"
check "the password is in no log" log_lacks "$work/first.log" "$one_time"
check "the one-time password signs in, but only to change it" \
    is "$(status "chief:$one_time" GET /api/v1/users)" 403
check "  ... and says so" body_has "Change your temporary password first"
check "a wrong password does not sign in" is "$(status "chief:not-the-password-1234" GET /api/v1/me)" 401
check "the administrator chooses a password" is "$(status "chief:$one_time" PUT /api/v1/me/password \
    "{\"currentPassword\":\"$one_time\",\"newPassword\":\"$chosen\"}")" 204
check "then works as an administrator" is "$(status "chief:$chosen" GET /api/v1/users)" 200
check "  ... of the head office" body_has '"office":"HQ"'
status "deputy:$one_time" PUT /api/v1/me/password "{\"currentPassword\":\"$one_time\",\"newPassword\":\"$chosen\"}" >/dev/null
check "the first administrator asks for an auditor" is "$(status "chief:$chosen" POST /api/v1/users \
    "{\"username\":\"dpo\",\"displayName\":\"Data protection officer\",\"office\":\"HQ\",\"roles\":[\"AUDITOR\"],\"temporaryPassword\":\"$one_time\"}")" 201
status "deputy:$chosen" GET '/api/v1/role-grants?state=PENDING' >/dev/null
grant=$(grep -o '"id":[0-9]*' "$work/body" | head -n 1 | cut -d: -f2)
check "the second administrator confirms the grant" is "$(status "deputy:$chosen" POST "/api/v1/role-grants/$grant/confirm" '{}')" 200
status "dpo:$one_time" PUT /api/v1/me/password "{\"currentPassword\":\"$one_time\",\"newPassword\":\"$audit_chosen\"}" >/dev/null
check "the auditor finds the audit chains intact" is "$(status "dpo:$audit_chosen" GET /api/v1/audit/verify)" 200
check "  ... intact" body_has '"intact":true'
stop_server

echo "== 2. H2 backup and restore"
check "backup.sh writes the backup (BACKUP TO)" env DB_URL="$h2" "$scripts/backup.sh" "$work/homeward-h2.zip"
restored=jdbc:h2:file:$work/h2-restored/homeward\;DB_CLOSE_ON_EXIT=FALSE
check "restore.sh restores it into a new place" env DB_URL="$restored" "$scripts/restore.sh" "$work/homeward-h2.zip"
check "restore.sh refuses to overwrite a database" bash -c "! DB_URL='$restored' '$scripts/restore.sh' '$work/homeward-h2.zip' 2>/dev/null"
start_server "$work/restored.log" DB_URL="$restored" HOMEWARD_BOOTSTRAP_ADMIN=intruder HOMEWARD_BOOTSTRAP_PASSWORD="$one_time" || exit 1
check "the restored server verifies the audit chains intact" is "$(status "dpo:$audit_chosen" GET /api/v1/audit/verify)" 200
check "  ... intact" body_has '"intact":true'
check "  ... with the entries written before the backup" bash -c "! grep -q '\"checked\":0' '$work/body'"
check "the administrators' chosen passwords came back" is "$(status "chief:$chosen" GET /api/v1/users)" 200
check "with users present the bootstrap variables are ignored, with a log line" \
    log_has "$work/restored.log" "HOMEWARD_BOOTSTRAP_ADMIN ignored: this installation already has users"
check "  ... and create nobody" is "$(status "intruder:$one_time" GET /api/v1/me)" 401
stop_server

echo "== 3. PostgreSQL backup (pg_dump) and restore (pg_restore) into a fresh database"
pg_user=${OPERATE_PG_USER:-postgres}
if [ -n "${OPERATE_PG_PASSWORD:-}" ]; then export PGPASSWORD=$OPERATE_PG_PASSWORD; fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    echo "SKIP: no PostgreSQL on 127.0.0.1:5432"
    exit 0
fi
source_db=${OPERATE_PG_DB:-homeward_operate}
restored_db=${source_db}_restored
for db in $source_db $restored_db; do
    psql -h 127.0.0.1 -U "$pg_user" -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0" >/dev/null
done
pg=(DB_DRIVER=postgresql DB_USER="$pg_user" DB_PASSWORD="${OPERATE_PG_PASSWORD:-x}")
start_server "$work/pg.log" "${pg[@]}" DB_URL=jdbc:postgresql://127.0.0.1:5432/$source_db HOMEWARD_DEMO=true || exit 1
check "the demo installation verifies intact on PostgreSQL" is "$(status "auditor:homeward-demo" GET /api/v1/audit/verify)" 200
people=$(psql -h 127.0.0.1 -U "$pg_user" -d $source_db -tA -c 'select count(*) from person')
check "backup.sh dumps the database while the server runs (pg_dump -Fc)" \
    env "${pg[@]}" DB_URL=jdbc:postgresql://127.0.0.1:5432/$source_db "$scripts/backup.sh" "$work/homeward.dump"
stop_server
check "restore.sh restores it into a fresh database (pg_restore)" \
    env "${pg[@]}" DB_URL=jdbc:postgresql://127.0.0.1:5432/$restored_db "$scripts/restore.sh" "$work/homeward.dump"
check "  ... with every person" is "$(psql -h 127.0.0.1 -U "$pg_user" -d $restored_db -tA -c 'select count(*) from person')" "$people"
start_server "$work/pg-restored.log" "${pg[@]}" DB_URL=jdbc:postgresql://127.0.0.1:5432/$restored_db HOMEWARD_DEMO=true || exit 1
check "the restored server verifies the audit chains intact" is "$(status "auditor:homeward-demo" GET /api/v1/audit/verify)" 200
check "  ... intact" body_has '"intact":true'
stop_server
for db in $source_db $restored_db; do
    psql -h 127.0.0.1 -U "$pg_user" -q -c "DROP DATABASE IF EXISTS $db" >/dev/null
done
