#!/usr/bin/env bash
# Start a private PostgreSQL server for the tests, listening on 127.0.0.1 only, and print its URL.
#
# Idempotent: the first run creates a cluster in $STORYLINE_PG_DIR (default /var/tmp/storyline-pg),
# later runs only start it if it is down. Its own port (default 54329) and socket folder keep it
# apart from the Debian "main" cluster. As root, the server runs as the `postgres` user (it refuses
# root); as anyone else, it runs as you. Only the URL goes to stdout, so:
#     export STORYLINE_TEST_PG_URL="$(scripts/start_postgres.sh)"
# Stop it with:  scripts/start_postgres.sh --stop
set -euo pipefail

dir=${STORYLINE_PG_DIR:-/var/tmp/storyline-pg}
port=${STORYLINE_PG_PORT:-54329}
role=storyline
password=storyline  # a throwaway test server bound to 127.0.0.1; not a secret
log() { echo "start_postgres: $*" >&2; }

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
  # Debian keeps the server tools out of PATH; elsewhere follow pg_ctl to its real folder
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -z "$bindir" ] && command -v pg_ctl >/dev/null && bindir=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
  log "no PostgreSQL server binaries found; install them (apt-get install -y postgresql) or set PG_BINDIR"
  exit 1
fi

owner=$(id -un)
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  owner=postgres
  id postgres >/dev/null 2>&1 || { log "user 'postgres' is missing; install the postgresql package"; exit 1; }
  as_owner() { runuser -u postgres -- "$@"; }
fi
pg_ctl() { as_owner "$bindir/pg_ctl" -D "$dir/data" "$@"; }

if [ "${1:-}" = --stop ]; then
  [ -f "$dir/data/postmaster.pid" ] && pg_ctl stop -m fast >&2 || log "not running"
  exit 0
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
  log "creating a cluster in $dir"
  mkdir -p "$dir"
  chown "$owner" "$dir"
  chmod 700 "$dir"
  # trust on the socket only: it lives in $dir, which only the owner can enter
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { log "initdb failed:"; cat "$dir/initdb.log" >&2; exit 1; }
fi

if ! pg_ctl status >/dev/null 2>&1; then
  log "starting on 127.0.0.1:$port (log: $dir/server.log)"
  pg_ctl start -w -t 60 -l "$dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" >&2 \
    || { log "the server did not start:"; tail -n 20 "$dir/server.log" >&2; exit 1; }
fi

ready() { as_owner "$bindir/pg_isready" -q -h "$dir" -p "$port"; }
for _ in $(seq 30); do ready && break; sleep 1; done
ready || { log "not accepting connections after 30 s; see $dir/server.log"; exit 1; }

psql() { as_owner "$bindir/psql" -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAtX "$@"; }
if [ "$(psql -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  psql -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'"
fi
if [ "$(psql -c "SELECT 1 FROM pg_database WHERE datname = '$role'")" != 1 ]; then
  psql -c "CREATE DATABASE $role OWNER $role"
fi
echo "postgresql+psycopg://$role:$password@127.0.0.1:$port/$role"
