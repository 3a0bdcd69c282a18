#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the sync server's tests (server area).
#   eval "$(bash .ci/pg-cluster.sh start)"   # exports TEST_DATABASE_URL and PGCLUSTER_DIR
#   bash .ci/pg-cluster.sh stop "$PGCLUSTER_DIR"
# Installs Debian's postgresql package when missing; initdb refuses root, so as root the cluster
# runs as the "postgres" user the package creates. Listens on 127.0.0.1 on a free port.
set -euo pipefail

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
    if [ -z "$bin" ]; then
      echo "Installing PostgreSQL for the server tests..." >&2
      SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
      $SUDO apt-get update -qq >&2 && $SUDO apt-get install -y -qq postgresql >/dev/null 2>&1
      bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    fi
    dir="$(mktemp -d /tmp/pgcluster.XXXXXX)"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres PGCLUSTER_DIR=$dir PGCLUSTER_BIN=$bin"
    ;;
  stop)
    dir="${2:?cluster dir}"
    bin="${PGCLUSTER_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
