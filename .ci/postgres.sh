#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the service tests and print its URL.
#
#   export GUARD_TEST_POSTGRES_URL="$(bash .ci/postgres.sh)"    # start (or reuse) and print
#   bash .ci/postgres.sh stop                                  # stop it
#
# Works as root on Debian 12: installs Debian's postgresql if no server binaries are present,
# runs the server as the postgres OS user from a data directory of its own (not the packaged
# cluster), listening on 127.0.0.1 only. Only the URL goes to stdout; progress goes to stderr.
set -euo pipefail

PORT="${GUARD_PG_PORT:-54329}"
BASE="${GUARD_PG_DIR:-/tmp/guard-pg}"
DB="${GUARD_PG_DB:-guard_test}"
DATA="$BASE/data"
PWFILE="$BASE/password"
LOG="$BASE/server.log"

say() { echo "postgres.sh: $*" >&2; }

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/pg_ctl" ]; then
    say "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BIN="$(find_bin)"
fi
if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

if [ "${1:-start}" = "stop" ]; then
    if [ -f "$DATA/postmaster.pid" ]; then
        as_postgres "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
    fi
    exit 0
fi

mkdir -p "$BASE"
if [ ! -f "$PWFILE" ]; then
    # A password even on loopback, so the URL exercises real authentication.
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$PWFILE"
fi
[ "$(id -u)" = "0" ] && chown -R postgres "$BASE"
chmod 700 "$BASE"
PASSWORD="$(cat "$PWFILE")"

if [ ! -f "$DATA/PG_VERSION" ]; then
    say "initdb in $DATA"
    as_postgres "$BIN/initdb" -D "$DATA" -U postgres --pwfile="$PWFILE" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
fi

if ! as_postgres "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    say "starting on 127.0.0.1:$PORT"
    as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $BASE -c max_connections=200 -c fsync=off" >&2
fi

# The tests create one database per test from this one's server; this one must exist too.
if ! as_postgres "$BIN/psql" -h "$BASE" -p "$PORT" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    as_postgres "$BIN/createdb" -h "$BASE" -p "$PORT" -U postgres "$DB" >&2
fi

echo "postgresql+psycopg://postgres:${PASSWORD}@127.0.0.1:${PORT}/${DB}"
