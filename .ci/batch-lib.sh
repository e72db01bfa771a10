# shellcheck shell=bash disable=SC2153
# Shared by .ci/batch-restart-check.sh and .ci/batch-benchmark.sh (sourced, not run): the synthetic register written
# into the PostgreSQL database of AKUNTABEL_DB_URL/USER/PASSWORD, Payara Micro started on it and stopped, the batch
# evaluation API (README "REST", issue 8) called with curl and read with jq. Needs web/target/akuntabel.war and
# web/target/payara-micro.jar, and the rules module's test classpath (written here when missing).
#
# Environment (optional): BATCH_PORT (HTTP port, default 8280), BATCH_JAVA_OPTS (more JVM options for the server).
# MAVEN_ARGS (extra Maven arguments for the classpath step, e.g. -o -Dmaven.repo.local=...). The caller sets BATCH_WORK
# (a work dir: server logs, Payara's root dir, API answers) before sourcing, and removes it.

BATCH_PORT="${BATCH_PORT:-8280}"
BATCH_BASE="http://127.0.0.1:$BATCH_PORT"
BATCH_ADMIN_PASSWORD="${BATCH_ADMIN_PASSWORD:-batch-admin-$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')}"
SERVER_PID=""
SERVER_LOG=""

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

require_artifacts() {
  local missing=""
  for f in web/target/akuntabel.war web/target/payara-micro.jar rules/target/classes domain/target/classes; do
    [[ -e "$f" ]] || missing="$missing $f"
  done
  [[ -z "$missing" ]] || { echo "missing:$missing (build first: mvn install -DskipTests)"; return 1; }
  command -v jq >/dev/null || { echo "jq is required"; return 1; }
  command -v curl >/dev/null || { echo "curl is required"; return 1; }
  [[ -n "${AKUNTABEL_DB_URL:-}" ]] || { echo "AKUNTABEL_DB_URL is not set (run under bash .ci/postgresql-its.sh)"; return 1; }
  if [[ ! -s rules/target/test.classpath ]]; then
    # shellcheck disable=SC2086
    mvn -q -B ${MAVEN_ARGS:-} -pl rules dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
  fi
}

# load_synthetic SEED COOPERATIVES COMPANIES MICRO: SyntheticRegisterLoad with --replace (README "Benchmarks"); prints
# its summary line
load_synthetic() {
  local url="$AKUNTABEL_DB_URL" rc=0
  if [[ "$url" != *reWriteBatchedInserts* ]]; then
    if [[ "$url" == *\?* ]]; then url="$url&reWriteBatchedInserts=true"; else url="$url?reWriteBatchedInserts=true"; fi
  fi
  AKUNTABEL_DB_URL="$url" java -Xmx1g -cp "rules/target/classes:domain/target/classes:$(cat rules/target/test.classpath)" \
    org.akuntabel.registers.synthetic.SyntheticRegisterLoad "$1" "$2" "$3" "$4" --replace >"$BATCH_WORK/load.log" 2>&1 || rc=$?
  if [[ $rc -ne 0 ]]; then echo "SyntheticRegisterLoad failed (exit $rc):"; tail -n 30 "$BATCH_WORK/load.log"; return "$rc"; fi
  grep -E '^(PostgreSQL|Apache Derby)' "$BATCH_WORK/load.log" || true
}

# start_server LABEL: Payara Micro with -Xmx1g on BATCH_PORT against the database, user admin created by
# AKUNTABEL_ADMIN_PASSWORD; waits (up to 300 s) until GET /api/v1/agencies answers 200 as admin
start_server() {
  local label="$1" started
  SERVER_LOG="$BATCH_WORK/server-$label.log"
  mkdir -p "$BATCH_WORK/payara" "$BATCH_WORK/data"   # the same root dir at a restart, as a real restart
  if (exec 3<>"/dev/tcp/127.0.0.1/$BATCH_PORT") 2>/dev/null; then
    echo "port $BATCH_PORT is already in use"; return 1
  fi
  started=$(now)
  # shellcheck disable=SC2086
  AKUNTABEL_ADMIN_PASSWORD="$BATCH_ADMIN_PASSWORD" AKUNTABEL_DATA="$BATCH_WORK/data" \
    java -Xmx1g ${BATCH_JAVA_OPTS:-} -jar web/target/payara-micro.jar --deploy web/target/akuntabel.war --contextroot / \
    --port "$BATCH_PORT" --nohazelcast --rootdir "$BATCH_WORK/payara" \
    --prebootcommandfile web/src/payara/preboot-commands.txt >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  local deadline=$((SECONDS + 300))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$BATCH_ADMIN_PASSWORD" "$BATCH_BASE/api/v1/agencies")" == 200 ]]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "the server exited during start-up; log tail:"; tail -n 40 "$SERVER_LOG"; SERVER_PID=""; return 1
    fi
    if (( SECONDS > deadline )); then echo "the server did not answer within 300 s; log tail:"; tail -n 40 "$SERVER_LOG"; return 1; fi
    sleep 1
  done
  log "server up (pid $SERVER_PID) in $(since "$started") s"
}

# stop_server [-9]: stops the server this script started (SIGTERM, then SIGKILL after 60 s; -9 at once)
# shellcheck disable=SC2120
stop_server() {
  [[ -n "$SERVER_PID" ]] || return 0
  if [[ "${1:-}" == -9 ]]; then
    kill -9 "$SERVER_PID" 2>/dev/null || true
  else
    kill "$SERVER_PID" 2>/dev/null || true
    local deadline=$((SECONDS + 60))
    while kill -0 "$SERVER_PID" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.5; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# api METHOD PATH [BODY]: the body of the answer on stdout, the status in API_STATUS (file-based: callable in $(...))
api() {
  local method="$1" path="$2" body="${3:-}" out status
  out=$(mktemp "$BATCH_WORK/api.XXXXXX")
  if [[ -n "$body" ]]; then
    status=$(curl -s -o "$out" -w '%{http_code}' -u "admin:$BATCH_ADMIN_PASSWORD" -X "$method" \
      -H 'Content-Type: application/json' --data "$body" --max-time 60 "$BATCH_BASE$path") || status=000
  else
    status=$(curl -s -o "$out" -w '%{http_code}' -u "admin:$BATCH_ADMIN_PASSWORD" -X "$method" --max-time 60 "$BATCH_BASE$path") || status=000
  fi
  echo "$status" >"$BATCH_WORK/api.status"
  cat "$out"; rm -f "$out"
}
api_status() { cat "$BATCH_WORK/api.status"; }

# start_run REGISTER: POST a run for the synthetic scope, year 2025; prints the run id (expects 202)
start_run() {
  local answer
  answer=$(api POST /api/v1/batch-evaluations "{\"register\":\"$1\",\"year\":2025,\"scope\":\"sintetis\"}")
  if [[ "$(api_status)" != 202 ]]; then echo "POST /api/v1/batch-evaluations: $(api_status) $answer" >&2; return 1; fi
  jq -er .id <<<"$answer"
}

# run_view ID: the run view JSON (empty when the server does not answer)
run_view() { api GET "/api/v1/batch-evaluations/$1"; }

# db_progress ID: "ROWS DONE" of a run, read from the database with psql rather than through the application: the
# result rows stored for it, and the entities its partitions record as done (committed with those rows)
db_progress() {
  local rest="${AKUNTABEL_DB_URL#jdbc:postgresql://}"
  rest="${rest%%\?*}"
  local hostport="${rest%%/*}" database="${rest#*/}" psql_bin
  psql_bin="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)"
  PGPASSWORD="$AKUNTABEL_DB_PASSWORD" "$psql_bin" -X -q -A -t -F ' ' -h "${hostport%%:*}" -p "${hostport##*:}" \
    -U "$AKUNTABEL_DB_USER" -d "$database" -c "SELECT (SELECT COUNT(*) FROM batch_result WHERE run_id = $1),
      (SELECT COALESCE(SUM(done_entities), 0) FROM batch_partition WHERE run_id = $1)"
}
