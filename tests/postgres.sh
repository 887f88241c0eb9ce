#!/usr/bin/env bash
# A throwaway PostgreSQL server from Debian's packages, on loopback only, for the integration tests.
#   tests/postgres.sh start   installs postgresql if missing, creates and starts cluster "aimtPORT" on
#                             127.0.0.1:PORT (AIMT_PG_PORT, default 55432) with a role allowed to create databases, prints PG_CS
#   tests/postgres.sh stop    stops and deletes the cluster
set -euo pipefail
VERSION_DIR=/usr/lib/postgresql
PORT=${AIMT_PG_PORT:-55442}
# One cluster per port, so that runs on different ports (several checkouts at once) never drop each other's.
CLUSTER=aimt$PORT

pg_version() { ls "$VERSION_DIR" 2>/dev/null | sort -n | tail -1; }

case "${1:-}" in
  start)
    if ! command -v pg_createcluster >/dev/null 2>&1 || [ -z "$(pg_version)" ]; then
      echo "Installing postgresql with apt-get..." >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null 2>&1 \
        || apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    fi
    v=$(pg_version)
    pg_dropcluster --stop "$v" "$CLUSTER" >/dev/null 2>&1 || true
    # trust on loopback only: listen_addresses is 127.0.0.1, and the cluster is deleted after the run.
    pg_createcluster "$v" "$CLUSTER" -p "$PORT" -- -A trust -N >/dev/null
    echo "listen_addresses = '127.0.0.1'" >> "/etc/postgresql/$v/$CLUSTER/postgresql.conf"
    pg_ctlcluster "$v" "$CLUSTER" start
    su postgres -c "psql -p $PORT -qAt -c \"CREATE ROLE aimt LOGIN PASSWORD 'aimt' CREATEDB\""
    echo "Host=127.0.0.1;Port=$PORT;Username=aimt;Password=aimt;Database=postgres"
    ;;
  stop)
    v=$(pg_version)
    [ -n "$v" ] && pg_dropcluster --stop "$v" "$CLUSTER" >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: tests/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
