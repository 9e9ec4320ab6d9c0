#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, on loopback only.
#
#   scripts/pg-test-server.sh          start (or reuse) the server; print its SQLAlchemy URL
#   scripts/pg-test-server.sh --url    print the URL of the server already running
#   scripts/pg-test-server.sh --stop   stop it and delete its data
#
# Everything lives in one folder ($NEXOS_PG_DIR, default $TMPDIR/nexos-pg-test):
# data, log, unix socket and the chosen port. Running it twice reuses the
# server already there, so CI and a developer shell can both call it freely.
# Durability is switched off (fsync, synchronous_commit): the data is
# disposable and the tests run faster without it. Only stdout carries the URL.
set -euo pipefail

DIR="${NEXOS_PG_DIR:-${TMPDIR:-/tmp}/nexos-pg-test}"
DB="${NEXOS_PG_DB:-nexos_test}"
PGUSER_NAME="postgres"

die() { echo "pg-test-server: $*" >&2; exit 1; }

find_bindir() {
  # Debian keeps the server binaries out of PATH, one folder per major version: prefer the newest.
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
    echo "$d"
  elif command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
  else
    die "no PostgreSQL server binaries found (apt-get install postgresql)"
  fi
}

# initdb and the server refuse to run as root: switch to the postgres account then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id "$PGUSER_NAME" >/dev/null 2>&1 || die "running as root but there is no '$PGUSER_NAME' account"
    if command -v runuser >/dev/null 2>&1; then
      runuser -u "$PGUSER_NAME" -- "$@"
    else
      su -s /bin/sh "$PGUSER_NAME" -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local p
  for p in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "no free port found in 55432-55532"
}

url() { echo "postgresql+psycopg://${PGUSER_NAME}@127.0.0.1:$(cat "$DIR/port")/${DB}"; }

running() {
  [ -f "$DIR/port" ] && [ -f "$DIR/data/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

stop() {
  if [ -f "$DIR/data/PG_VERSION" ]; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

start() {
  if running; then
    url
    return
  fi
  rm -rf "$DIR"  # a stale folder from a crashed run: start over
  mkdir -p "$DIR/sock"
  if [ "$(id -u)" -eq 0 ]; then chown -R "$PGUSER_NAME" "$DIR"; fi
  chmod 700 "$DIR"
  local port
  port="$(free_port)"
  as_owner "$BIN/initdb" -D "$DIR/data" -U "$PGUSER_NAME" -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 start -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $DIR/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    >/dev/null 2>&1 || { cat "$DIR/server.log" >&2 2>/dev/null; die "the server did not start"; }
  echo "$port" >"$DIR/port"
  local createdb="$BIN/createdb"
  [ -x "$createdb" ] || createdb="$(command -v createdb)" || die "no createdb found"
  as_owner "$createdb" -h "$DIR/sock" -p "$port" -U "$PGUSER_NAME" "$DB" \
    || die "createdb $DB failed"
  url
}

BIN="$(find_bindir)"
case "${1:-}" in
  --stop) stop ;;
  "" | --start) start ;;
  --url) running && url || die "not running" ;;
  *) die "usage: $0 [--stop | --url]" ;;
esac
