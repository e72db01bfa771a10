#!/usr/bin/env bash
# The kill -9 check of the batch evaluation (issue 8): a run killed mid-way resumes after a restart, without
# duplicated or partial results visible to readers, and readers see the previous complete run until it completes.
#
#   bash .ci/postgresql-its.sh bash .ci/batch-restart-check.sh
#
# Needs web/target/akuntabel.war and web/target/payara-micro.jar (mvn install -DskipTests) and the database of
# AKUNTABEL_DB_URL/USER/PASSWORD, which it fills (SyntheticRegisterLoad --replace): use a throwaway one.
# Steps: synthetic micro-businesses (seed 8; BATCH_CHECK_MICRO, default 200 000) written into the database; Payara
# Micro started (-Xmx1g, port BATCH_PORT, default 8280); run 1 of usaha-mikro 2025 "sintetis" to completion; run 2
# started and, once 10–60 % done, the server killed with kill -9; the result rows it left (counted with psql) must be
# exactly those of the chunks whose progress was committed; the server restarted; until run 2 completes
# GET .../current must answer run 1 (right after the restart and at every poll of the resumed run); run 2 must end
# COMPLETED with stored == total, attempts >= 2, the same counted and rule-set version as run 1, and the same
# drill-down (counted, data digest, findings) as run 1 for 50 entities spread over the id range.
# Prints one PASS/FAIL line per assertion with its figures; the last line is the verdict. Exit 0 only when all pass.
# BATCH_CHECK_KEEP=1 keeps the work directory (the servers' logs) instead of removing it.
set -euo pipefail
cd "$(dirname "$0")/.."

MICRO="${BATCH_CHECK_MICRO:-200000}"
SAMPLES="${BATCH_CHECK_SAMPLES:-50}"
RUN_TIMEOUT="${BATCH_CHECK_RUN_TIMEOUT:-600}"   # seconds a run may take to complete (also after the restart)
BATCH_WORK="$(mktemp -d /tmp/akuntabel-batch-check.XXXXXX)"
# shellcheck source=.ci/batch-lib.sh
source .ci/batch-lib.sh

FAILURES=0
CHECKS=0
pass() { CHECKS=$((CHECKS + 1)); echo "PASS: $*"; }
fail() { CHECKS=$((CHECKS + 1)); FAILURES=$((FAILURES + 1)); echo "FAIL: $*"; }
check() { local label="$1"; shift; if "$@"; then pass "$label"; else fail "$label"; fi; }
abort() { fail "$*"; exit 1; }

finish() {
  local rc=$?
  trap - EXIT
  if [[ -n "$SERVER_PID" && ( $rc -ne 0 || $FAILURES -gt 0 ) && -n "$SERVER_LOG" ]]; then
    echo "---- $(basename "$SERVER_LOG") (tail) ----"; tail -n 40 "$SERVER_LOG"; echo "----"
  fi
  stop_server
  if [[ -n "${BATCH_CHECK_KEEP:-}" ]]; then echo "server logs kept in $BATCH_WORK"; else rm -rf "$BATCH_WORK"; fi
  if [[ $rc -eq 0 && $FAILURES -eq 0 ]]; then echo "batch restart check: OK ($CHECKS checks)"
  else echo "batch restart check: FAILED ($FAILURES of $CHECKS checks failed; exit $rc)"; [[ $rc -ne 0 ]] || rc=1; fi
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

SCOPE_QUERY="register=usaha-mikro&year=2025&scope=sintetis"
current_id() { local body; body=$(api GET "/api/v1/batch-evaluations/current?$SCOPE_QUERY"); [[ "$(api_status)" == 200 ]] && jq -r .id <<<"$body" || echo "none($(api_status))"; }
field() { jq -r "$1" <<<"$2" 2>/dev/null || true; }

# wait_completed ID: polls the run view once a second until COMPLETED (FAILED aborts); the final view in WAIT_VIEW
# (a global, not stdout: the reader counts below must survive, so no subshell).
# While READER_RUN is set, every poll first asks what readers see and then reads the run: readers must see READER_RUN,
# or this run only if the view read after them shows it COMPLETED (the run may complete between the two requests;
# "current" is the latest completed run, so it switches exactly when the status does).
READER_CHECKS=0
READER_WRONG=""
wait_completed() {
  local id="$1" deadline=$((SECONDS + RUN_TIMEOUT)) view status current=""
  while :; do
    [[ -n "${READER_RUN:-}" ]] && current=$(current_id)
    view=$(run_view "$id")
    status=$(field '.status // empty' "$view" 2>/dev/null || true)
    if [[ -n "${READER_RUN:-}" && "$(api_status)" == 200 ]]; then
      READER_CHECKS=$((READER_CHECKS + 1))
      if [[ "$current" != "$READER_RUN" && ! ( "$current" == "$id" && "$status" == COMPLETED ) ]]; then
        READER_WRONG="$READER_WRONG current=$current(then run $id $status done $(field .done "$view"))"
      fi
    fi
    [[ "$status" == COMPLETED ]] && { WAIT_VIEW="$view"; return 0; }
    [[ "$status" == FAILED ]] && { echo "run $id FAILED: $view" >&2; return 1; }
    (( SECONDS < deadline )) || { echo "run $id not COMPLETED within $RUN_TIMEOUT s; last view: $view" >&2; return 1; }
    sleep 1
  done
}

require_artifacts
log "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) processors); $MICRO micro-businesses, seed 8"
load_synthetic 8 0 0 "$MICRO"
start_server first

# ---- run 1, to completion ----
started=$(now)
RUN1=$(start_run usaha-mikro) || abort "POST run 1"
wait_completed "$RUN1" || abort "run 1 did not complete"
VIEW1="$WAIT_VIEW"
log "run 1 (id $RUN1) COMPLETED in $(since "$started") s: total $(field .total "$VIEW1"), counted $(field .counted "$VIEW1")," \
  "stored $(field .stored "$VIEW1"), attempts $(field .attempts "$VIEW1"), rate $(field .ratePerSecond "$VIEW1")/s"
TOTAL1=$(field .total "$VIEW1"); COUNTED1=$(field .counted "$VIEW1"); VERSION1=$(field .ruleSetVersion "$VIEW1")
check "run 1: total $TOTAL1 == synthetic micro-businesses $MICRO" [ "$TOTAL1" == "$MICRO" ]
check "run 1: stored $(field .stored "$VIEW1") == total $TOTAL1" [ "$(field .stored "$VIEW1")" == "$TOTAL1" ]
CURRENT=$(current_id)
check "readers' view after run 1: current = $CURRENT, expected run 1 ($RUN1)" [ "$CURRENT" == "$RUN1" ]

# ---- run 2, killed between 10 % and 60 % ----
RUN2=$(start_run usaha-mikro) || abort "POST run 2"
api POST /api/v1/batch-evaluations '{"register":"usaha-mikro","year":2025,"scope":"sintetis"}' >/dev/null
check "a second POST while run 2 runs answers 409 (got $(api_status))" [ "$(api_status)" == 409 ]
deadline=$((SECONDS + RUN_TIMEOUT)); DONE_AT_KILL=""; READERS_BEFORE_KILL=""
while (( SECONDS < deadline )); do
  VIEW=$(run_view "$RUN2")
  done_now=$(field '.done // 0' "$VIEW"); total2=$(field '.total // 0' "$VIEW"); status2=$(field '.status // empty' "$VIEW")
  [[ -n "$READERS_BEFORE_KILL" ]] || READERS_BEFORE_KILL=$(current_id)
  if [[ "$status2" != RUNNING ]] || (( total2 > 0 && done_now * 10 > total2 * 6 )); then
    abort "run 2 went past 60 % (or ended: $status2, done $done_now of $total2) before it could be killed; raise BATCH_CHECK_MICRO"
  fi
  if (( total2 > 0 && done_now * 10 >= total2 )); then
    DONE_AT_KILL=$done_now; ATTEMPTS_AT_KILL=$(field .attempts "$VIEW")
    kill -9 "$SERVER_PID"
    KILLED_AT=$(now)
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
    break
  fi
  sleep 0.2
done
[[ -n "$DONE_AT_KILL" ]] || abort "run 2 did not reach 10 % within $RUN_TIMEOUT s"
log "kill -9 of the server during run 2 (id $RUN2): done $DONE_AT_KILL of $total2 ($((DONE_AT_KILL * 100 / total2)) %)," \
  "attempts $ATTEMPTS_AT_KILL (last view before the kill)"
# what the killed server left in the database: every stored result belongs to a chunk whose progress was committed
# with it (a chunk in flight at the kill left neither)
read -r ROWS_AT_KILL DONE_IN_DB_AT_KILL <<<"$(db_progress "$RUN2")"
whole_chunks_only() { [[ -n "$ROWS_AT_KILL" && "$ROWS_AT_KILL" == "$DONE_IN_DB_AT_KILL" && "$ROWS_AT_KILL" -ge "$DONE_AT_KILL" ]]; }
check "after the kill, in the database: $ROWS_AT_KILL result rows of run 2 == $DONE_IN_DB_AT_KILL entities its partitions record as done (no partial chunk), >= $DONE_AT_KILL seen before the kill" \
  whole_chunks_only
check "readers' view during run 2 before the kill: current = $READERS_BEFORE_KILL, expected run 1 ($RUN1)" [ "$READERS_BEFORE_KILL" == "$RUN1" ]

# ---- restart: readers still see run 1; run 2 resumes and completes ----
start_server restarted
CURRENT=$(current_id)
VIEW=$(run_view "$RUN2")
log "right after the restart ($(since "$KILLED_AT") s after the kill): run 2 $(field .status "$VIEW"), done $(field .done "$VIEW")," \
  "attempts $(field .attempts "$VIEW"); current = $CURRENT"
check "readers' view right after the restart: current = $CURRENT, expected run 1 ($RUN1)" [ "$CURRENT" == "$RUN1" ]
if [[ "$(field .status "$VIEW")" == RUNNING ]]; then pass "run 2 is RUNNING after the restart (not COMPLETED, not FAILED)"
else fail "run 2 after the restart: status $(field .status "$VIEW"), expected RUNNING"; fi

READER_RUN="$RUN1"
wait_completed "$RUN2" || abort "run 2 did not complete after the restart"
VIEW2="$WAIT_VIEW"
READER_RUN=""
log "run 2 (id $RUN2) COMPLETED $(since "$KILLED_AT") s after the kill: total $(field .total "$VIEW2"), counted $(field .counted "$VIEW2")," \
  "stored $(field .stored "$VIEW2"), attempts $(field .attempts "$VIEW2"), owner $(field .owner "$VIEW2")"
if [[ -z "$READER_WRONG" ]]; then pass "readers' view during the resumed run: run 1 ($RUN1) at every one of $READER_CHECKS polls until run 2 was COMPLETED"
else fail "readers' view during the resumed run ($READER_CHECKS polls):$READER_WRONG"; fi
check "run 2: stored $(field .stored "$VIEW2") == total $(field .total "$VIEW2") (no duplicate, none missing)" \
  [ "$(field .stored "$VIEW2")" == "$(field .total "$VIEW2")" ]
check "run 2: done $(field .done "$VIEW2") == total $(field .total "$VIEW2")" [ "$(field .done "$VIEW2")" == "$(field .total "$VIEW2")" ]
check "run 2: total $(field .total "$VIEW2") == run 1's $TOTAL1" [ "$(field .total "$VIEW2")" == "$TOTAL1" ]
check "run 2: attempts $(field .attempts "$VIEW2") >= 2" [ "$(field .attempts "$VIEW2")" -ge 2 ]
check "run 2: counted $(field .counted "$VIEW2") == run 1's $COUNTED1" [ "$(field .counted "$VIEW2")" == "$COUNTED1" ]
check "run 2: rule-set version == run 1's (${VERSION1:0:12}…)" [ "$(field .ruleSetVersion "$VIEW2")" == "$VERSION1" ]
CURRENT=$(current_id)
check "readers' view after run 2: current = $CURRENT, expected run 2 ($RUN2)" [ "$CURRENT" == "$RUN2" ]

# ---- the drill-down of run 2 equals run 1's for entities spread over the id range ----
FIRST=$(jq '[.partitions[].firstId] | min' <<<"$VIEW1"); LAST=$(jq '[.partitions[].lastId] | max' <<<"$VIEW1")
same=0; differ=""; missing=0
for ((i = 0; i < SAMPLES; i++)); do
  id=$((FIRST + (LAST - FIRST) * i / (SAMPLES - 1)))
  for ((try = 0; try < 10; try++)); do   # the id range may have gaps: the next id that run 1 has
    one=$(api GET "/api/v1/batch-evaluations/$RUN1/entities/$((id + try))"); [[ "$(api_status)" == 200 ]] && break
  done
  if [[ "$(api_status)" != 200 ]]; then missing=$((missing + 1)); continue; fi
  id=$((id + try))
  two=$(api GET "/api/v1/batch-evaluations/$RUN2/entities/$id")
  if [[ "$(api_status)" == 200 ]] \
     && [[ "$(jq -S '{entityId, name, agency, counted, dataDigest, findings}' <<<"$one")" == "$(jq -S '{entityId, name, agency, counted, dataDigest, findings}' <<<"$two")" ]] \
     && [[ "$(jq .runId <<<"$two")" == "$RUN2" ]]; then
    same=$((same + 1))
  else
    differ="$differ $id"
  fi
done
check "drill-down: $same of $SAMPLES entities (ids $FIRST..$LAST) identical in run 2 and run 1 (findings, counted, digest); differing:${differ:- none}; not found in run 1: $missing" [ "$same" == "$SAMPLES" ]

# the servers' own account of the run (start, claims, resumptions), for the record
for server_log in "$BATCH_WORK"/server-*.log; do
  grep -hE -A2 'Batch run [0-9]|interrupted batch runs failed' "$server_log" \
    | grep -oE '(Batch run [0-9][^|]{0,150}|Looking for interrupted[^|]{0,80}|^[a-z][a-zA-Z0-9_.$]*(Exception|Error)\b.{0,250})' \
    | sed "s|^|$(basename "$server_log"): |" | head -n 20 || true
done
echo "SUMMARY: run 1 id $RUN1 (counted $COUNTED1 of $TOTAL1); run 2 id $RUN2 killed at done $DONE_AT_KILL of $total2 ($ROWS_AT_KILL result rows in the database after the kill), completed after restart with stored $(field .stored "$VIEW2"), counted $(field .counted "$VIEW2"), attempts $(field .attempts "$VIEW2"); readers saw run $RUN1 until run 2 completed ($READER_CHECKS polls + 2 checks)"
