#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (Debian's `postgresql` package).
#
#   bash scripts/start_postgres.sh [PORT]     start on 127.0.0.1:PORT (default: the first free
#                                             port from 55432 to 55441)
#   bash scripts/start_postgres.sh stop DIR   stop the server started in DIR and delete DIR
#
# On start, stdout gets exactly two lines: the server's directory (for `stop`), then the
# database URL, e.g.
#   /tmp/coop-pg.Xb12Qz
#   postgresql+psycopg://postgres@127.0.0.1:55432/coop_test
# so `out=$(bash scripts/start_postgres.sh); dir=${out%%$'\n'*}; url=${out##*$'\n'}`.
# Progress goes to stderr. Data are not durable (fsync=off): tests only.
# As root the server runs as the `postgres` user (PostgreSQL refuses root); otherwise as you.
# PGBIN overrides the binaries' folder (default: the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

log() { echo "start_postgres.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

find_pgbin() {
    if [[ -n "${PGBIN:-}" ]]; then
        [[ -x "$PGBIN/pg_ctl" ]] || die "PGBIN=$PGBIN has no pg_ctl"
        echo "$PGBIN"
        return
    fi
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -z "$dir" ]] && command -v pg_ctl >/dev/null; then
        dir="$(dirname "$(command -v pg_ctl)")"
    fi
    [[ -n "$dir" && -x "$dir/pg_ctl" ]] \
        || die "PostgreSQL server binaries not found (apt-get install postgresql)"
    echo "$dir"
}

# Run a server-side command as the user that owns the data directory.
as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cmd_stop() {
    local dir="${1:-}"
    [[ -n "$dir" && -d "$dir" ]] || die "usage: $0 stop DIR (the directory printed at start)"
    [[ -f "$dir/.coop-pg" ]] || die "$dir was not made by this script; not touching it"
    local pgbin
    pgbin="$(find_pgbin)"
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || log "pg_ctl stop failed"
    fi
    rm -rf -- "$dir"
    log "stopped and removed $dir"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cmd_start() {
    local port="${1:-}"
    if [[ -z "$port" ]]; then
        for port in $(seq 55432 55441); do
            port_in_use "$port" || break
        done
    fi
    [[ "$port" =~ ^[0-9]+$ ]] || die "port must be a number, got '$port'"
    ! port_in_use "$port" || die "port $port is already in use"
    local pgbin
    pgbin="$(find_pgbin)"

    # /tmp rather than $TMPDIR: the postgres user must be able to reach the folder.
    local dir
    dir="$(mktemp -d /tmp/coop-pg.XXXXXX)"
    touch "$dir/.coop-pg"
    if [[ "$(id -u)" -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "no 'postgres' user (apt-get install postgresql)"
        chown -R postgres: "$dir"
    fi

    log "initdb with $pgbin in $dir"
    if ! as_owner "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        --no-sync --no-instructions >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf -- "$dir"
        die "initdb failed"
    fi

    local opts="-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off"
    opts+=" -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    log "starting on 127.0.0.1:$port"
    if ! as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null; then
        cat "$dir/server.log" >&2 || true
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf -- "$dir"
        die "the server did not start (is port $port already in use?)"
    fi

    if ! "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres coop_test >&2; then
        cmd_stop "$dir"
        die "createdb coop_test failed"
    fi
    log "ready; stop with: bash scripts/start_postgres.sh stop $dir"
    echo "$dir"
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/coop_test"
}

case "${1:-}" in
    stop) shift; cmd_stop "$@" ;;
    start) shift; cmd_start "$@" ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' ;;
    *) cmd_start "$@" ;;
esac
