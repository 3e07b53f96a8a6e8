#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL server for the tests (CTest fixture "postgres").
#   pg-fixture.sh start STATE_DIR   initdb in a temporary folder, start on a free loopback port, create the
#                                   database warroom_test; write its URL to STATE_DIR/url
#   pg-fixture.sh stop STATE_DIR    stop the server and remove everything
# As root the server runs as the postgres user; otherwise as the current user. Local (socket) connections are
# trusted; TCP connections need the password, which is in the URL (so bad credentials can be tested too).
set -euo pipefail

cmd=${1:-}
state=${2:-}
if [ -z "$cmd" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    echo "pg-fixture: PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
    exit 1
fi
run=()
if [ "$(id -u)" -eq 0 ]; then
    run=(runuser -u postgres --)
fi

stop() {
    [ -f "$state/root" ] || return 0
    local root
    root=$(cat "$state/root")
    if [ -d "$root/data" ]; then
        "${run[@]}" "$pgbin/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$root" in
        /tmp/warroom-pg.*) rm -rf "$root" ;;
    esac
    rm -f "$state/root" "$state/url" "$state/socket-url"
}

case "$cmd" in
start)
    mkdir -p "$state"
    stop
    root=$(mktemp -d /tmp/warroom-pg.XXXXXX)
    chmod 755 "$root"
    mkdir -p "$root/sock"
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    printf '%s\n' "$password" >"$root/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$root"
    fi
    echo "$root" >"$state/root"
    "${run[@]}" "$pgbin/initdb" -D "$root/data" -U warroom --pwfile="$root/pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 || {
        cat "$root/initdb.log" >&2
        exit 1
    }
    rm -f "$root/pwfile"
    started=no
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        # Taken if something answers there.
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        # fsync off: the tests kill warroomd, never this server, and it makes them fast.
        if "${run[@]}" "$pgbin/pg_ctl" -D "$root/data" -w -t 30 -l "$root/server.log" \
            -o "-p $port -k $root/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" \
            start >/dev/null 2>&1; then
            started=yes
            break
        fi
    done
    if [ "$started" != yes ]; then
        echo "pg-fixture: PostgreSQL did not start" >&2
        cat "$root/server.log" >&2 || true
        exit 1
    fi
    "${run[@]}" "$pgbin/createdb" -h "$root/sock" -p "$port" -U warroom warroom_test
    echo "postgresql://warroom:$password@127.0.0.1:$port/warroom_test" >"$state/url"
    echo "postgresql://warroom@/warroom_test?host=$root/sock&port=$port" >"$state/socket-url"
    echo "pg-fixture: PostgreSQL on 127.0.0.1:$port (data in $root/data)"
    ;;
stop)
    stop
    echo "pg-fixture: stopped"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
