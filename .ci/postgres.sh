#!/usr/bin/env bash
# Start a throwaway PostgreSQL on 127.0.0.1:54329 for the store tests and print its URL.
#
#   export TIDINGS_TEST_PG_URL="$(.ci/postgres.sh)"
#   .ci/postgres.sh stop        # stop it and remove the data directory
#
# Installs PostgreSQL from Debian packages (apt-get) when no server binaries are
# found. The data directory lives under /tmp and trusts local connections only
# (loopback, no password): never use this for anything but tests.
set -euo pipefail

PORT="${TIDINGS_PG_PORT:-54329}"
DB="${TIDINGS_PG_DB:-tidings_test}"
DATA="${TIDINGS_PG_DATA:-/tmp/tidings-pg-${PORT}}"
LOG="${DATA}.log"

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

install_server() {
  log "no PostgreSQL server found; installing from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
}

# Run as the postgres user when we are root (the server refuses to run as root).
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

BIN="$(find_bindir || true)"
if [ -z "$BIN" ]; then install_server; BIN="$(find_bindir)"; fi

if [ "${1:-}" = "stop" ]; then
  [ -d "$DATA" ] && as_pg "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2 || true
  rm -rf "$DATA" "$LOG"
  exit 0
fi

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA"; mkdir -p "$DATA"
    [ "$(id -u)" = "0" ] && chown postgres: "$DATA"
    as_pg "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
  fi
  touch "$LOG"; [ "$(id -u)" = "0" ] && chown postgres: "$LOG"
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
fi

if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
  "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi
echo "postgresql://postgres@127.0.0.1:${PORT}/${DB}"
