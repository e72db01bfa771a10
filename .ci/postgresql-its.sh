#!/usr/bin/env bash
# The Arquillian integration tests a second time, against PostgreSQL (issue 8): a throwaway PostgreSQL cluster on
# 127.0.0.1 (a free port, data in a temp dir, fsync off unless PG_SERVER_OPTS says otherwise), an empty database and user, the web module's ITs with
# -Ppostgresql (AKUNTABEL_DB_URL/USER/PASSWORD set for them), and the cluster stopped and removed at the end.
#
#   bash .ci/postgresql-its.sh                 # the ITs (no unit tests: -Dtest=none)
#   bash .ci/postgresql-its.sh CMD [ARGS...]   # any other command with the same database in its environment
#
# Debian's postgresql package is installed with apt-get when no /usr/lib/postgresql/*/bin/initdb is found (needs root,
# as on CI). The server refuses to run as root: as root the cluster belongs to the postgres user (runuser).
# Extra Maven arguments: MAVEN_ARGS (e.g. -o -Dmaven.repo.local=...). PG_SERVER_OPTS replaces the server options the
# tests use, "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" (a throwaway cluster needs no
# durability), e.g. with "-c shared_buffers=1GB" for a durable one (the batch benchmark's).
set -euo pipefail
cd "$(dirname "$0")/.."

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PG_BIN="$(pg_bin)"
if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]]; then
  echo "PostgreSQL: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  PG_BIN="$(pg_bin)"
  # the package may start its default cluster; this script uses a throwaway one of its own
  if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters --no-header 2>/dev/null | awk '$4 == "online" {print $1, $2}' | while read -r version cluster; do
      pg_ctlcluster "$version" "$cluster" stop || true
    done
  fi
fi

WORK="$(mktemp -d /tmp/akuntabel-pg.XXXXXX)"
PASSWORD="it-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
as_owner() { if [[ $(id -u) -eq 0 ]]; then (cd "$WORK" && runuser -u postgres -- "$@"); else (cd "$WORK" && "$@"); fi; }
if [[ $(id -u) -eq 0 ]]; then chown postgres "$WORK"; fi
chmod 700 "$WORK"

PORT=""
for candidate in $(seq 25432 25532); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then PORT=$candidate; break; fi
done
[[ -n "$PORT" ]] || { echo "PostgreSQL: no free port in 25432-25532"; exit 1; }

STARTED=""
stop() {
  local rc=$?
  if [[ -n "$STARTED" ]]; then as_owner "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null || true; fi
  rm -rf "$WORK"
  exit "$rc"
}
trap stop EXIT
trap 'exit 130' INT TERM

printf '%s\n' "$PASSWORD" > "$WORK/pw"
if [[ $(id -u) -eq 0 ]]; then chown postgres "$WORK/pw"; fi
as_owner "$PG_BIN/initdb" -D "$WORK/data" -U akuntabel --pwfile="$WORK/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
rm -f "$WORK/pw"
as_owner "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -o \
  "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK ${PG_SERVER_OPTS--c fsync=off -c synchronous_commit=off -c full_page_writes=off}" \
  start >/dev/null
STARTED=yes
PGPASSWORD="$PASSWORD" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U akuntabel akuntabel
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, database akuntabel (throwaway)"

export AKUNTABEL_DB_URL="jdbc:postgresql://127.0.0.1:$PORT/akuntabel"
export AKUNTABEL_DB_USER=akuntabel
export AKUNTABEL_DB_PASSWORD="$PASSWORD"
if [[ $# -gt 0 ]]; then
  "$@"
else
  # shellcheck disable=SC2086
  mvn -B ${MAVEN_ARGS:-} -pl web -am verify -Ppostgresql -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpayara.startupTimeoutInSeconds=600
fi
