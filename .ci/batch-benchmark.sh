#!/usr/bin/env bash
# Benchmark (not a test) of the batch evaluation end to end (issue 8, part 4b): the synthetic register written into
# PostgreSQL, a run of the batch job through the REST API, its results (with their findings) stored in PostgreSQL.
#
#   bash .ci/batch-benchmark.sh [REGISTER:N ...]     # default: usaha-mikro:100000 usaha-mikro:300000
#                                                    #          usaha-mikro:1000000 koperasi:130000
#
# Needs web/target/akuntabel.war and web/target/payara-micro.jar (mvn install -DskipTests). Without AKUNTABEL_DB_URL
# each size gets a throwaway PostgreSQL cluster of its own (.ci/postgresql-its.sh); with AKUNTABEL_DB_URL set, every
# size is written into that database (SyntheticRegisterLoad --replace: use a throwaway one).
# Per size: the synthetic register (seed 8, N entities of that register, none of the others) written; Payara Micro
# started afresh (-Xmx1g, port BATCH_PORT, default 8280, GC log on) so each size's heap figures are its own; one run
# of REGISTER 2025 "sintetis" started and polled every 0,5 s until COMPLETED; printed: wall time (POST to the first
# poll that sees COMPLETED) and the server's own elapsedSeconds, entities/s, the server process's CPU seconds, the
# peak used heap (jstat -gc every 500 ms: S0U+S1U+EU+OU, garbage included) and the highest heap occupancy after a
# collection (GC log, during the run). At the largest usaha-mikro size also the drill-down latency: 100 warm-up then
# 1000 GET /api/v1/batch-evaluations/{id}/entities/{entityId} for random entity ids, sent one after another over one
# kept-alive connection (curl), p50/p95/p99 of the time each took. One table at the end, with the load average.
set -euo pipefail
cd "$(dirname "$0")/.."

# The throwaway PostgreSQL of each size keeps its durability settings at their defaults (fsync, synchronous_commit and
# full_page_writes on: every committed chunk is on disk, as in production), with the memory a database server for
# batch loads is given: shared_buffers 1 GB (of 24 GB) and max_wal_size 4 GB (no checkpoint forced in the middle of a
# run). The integration tests' cluster turns durability off instead (.ci/postgresql-its.sh).
export PG_SERVER_OPTS="${PG_SERVER_OPTS--c shared_buffers=1GB -c max_wal_size=4GB}"

if [[ "${1:-}" != --one ]]; then
  SPECS=("$@")
  [[ ${#SPECS[@]} -gt 0 ]] || SPECS=(usaha-mikro:100000 usaha-mikro:300000 usaha-mikro:1000000 koperasi:130000)
  largest=0
  for spec in "${SPECS[@]}"; do
    [[ "$spec" =~ ^(usaha-mikro|koperasi|perusahaan):[0-9]+$ ]] || { echo "not REGISTER:N: $spec"; exit 2; }
    if [[ "${spec%%:*}" == usaha-mikro && ${spec#*:} -gt $largest ]]; then largest=${spec#*:}; fi
  done
  RESULTS="$(mktemp /tmp/akuntabel-batch-benchmark.XXXXXX)"
  trap 'rm -f "$RESULTS"' EXIT
  echo "batch benchmark: $(nproc) processors, load average at start $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ);" \
    "PostgreSQL options: ${PG_SERVER_OPTS:-(defaults)}"
  for spec in "${SPECS[@]}"; do
    latency=""; [[ "$spec" == "usaha-mikro:$largest" ]] && latency=--latency
    # the previous size's server and database are still winding down: let the machine settle (1-minute load average
    # below 1, at most BATCH_SETTLE_SECONDS, default 120) so each size starts alike
    settle_until=$((SECONDS + ${BATCH_SETTLE_SECONDS:-120}))
    while (( SECONDS < settle_until )) && awk '{ exit !($1 >= 1.0) }' /proc/loadavg; do sleep 5; done
    rc=0
    if [[ -n "${AKUNTABEL_DB_URL:-}" ]]; then
      bash "$0" --one "$spec" $latency | tee -a "$RESULTS" || rc=$?
    else
      bash .ci/postgresql-its.sh bash "$0" --one "$spec" $latency | tee -a "$RESULTS" || rc=$?
    fi
    # a size that failed is a row of its own in the table; the other sizes still run
    [[ $rc -eq 0 ]] || echo "RESULT|${spec%%:*}|${spec#*:}|FAILED (exit $rc, see above)" >>"$RESULTS"
  done
  echo
  echo "register     entities  wall s  POST s  server s  entities/s  CPU s  heap peak MB  after-GC max MB  counted    load (start)      drill-down p50/p95/p99 ms  note"
  grep '^RESULT' "$RESULTS" | while IFS='|' read -r _ register n wall post server rate cpu peak aftergc counted loadavg lat note; do
    printf '%-11s %9s %7s %7s %9s %11s %6s %13s %16s %-10s %-17s %-26s %s\n' "$register" "$n" "$wall" "$post" "$server" "$rate" "$cpu" "$peak" \
      "$aftergc" "$counted" "$loadavg" "${lat:--}" "$note"
  done
  # time linear in N? A least-squares line through the warm runs of each register measured at two sizes or more: the
  # fixed part (seconds), the entities per second above it, and each size's distance from the line
  grep '^RESULT' "$RESULTS" | grep 'second run, warm' | awk -F'|' '
      { reg[NR] = $2; n[NR] = $3; t[NR] = $6 }
      END {
        for (i = 1; i <= NR; i++) regs[reg[i]]++
        for (r in regs) {
          if (regs[r] < 2) continue
          sn = st = snn = snt = k = 0
          for (i = 1; i <= NR; i++) if (reg[i] == r) { k++; sn += n[i]; st += t[i]; snn += n[i] * n[i]; snt += n[i] * t[i] }
          slope = (k * snt - sn * st) / (k * snn - sn * sn); fixed = (st - slope * sn) / k
          printf "linear fit of the warm server times (%s): %.1f s + N / %.0f entities/s;", r, fixed, 1 / slope
          for (i = 1; i <= NR; i++) if (reg[i] == r) printf " N=%d: %.1f s measured, %.1f s on the line;", n[i], t[i], fixed + slope * n[i]
          printf "\n"
        }
      }'
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

# ---- one size: --one REGISTER:N [--latency] ----
SPEC="$2"; REGISTER="${SPEC%%:*}"; N="${SPEC#*:}"; LATENCY="${3:-}"
BATCH_WORK="$(mktemp -d /tmp/akuntabel-batch-benchmark.XXXXXX)"
BATCH_JAVA_OPTS="-Xlog:gc:file=$BATCH_WORK/gc.log"
# shellcheck source=.ci/batch-lib.sh
source .ci/batch-lib.sh
JSTAT_PID=""
finish() {
  local rc=$?
  trap - EXIT
  [[ -z "$JSTAT_PID" ]] || kill "$JSTAT_PID" 2>/dev/null || true
  if [[ $rc -ne 0 && -n "$SERVER_LOG" && -f "$SERVER_LOG" ]]; then echo "---- server log (tail) ----"; tail -n 40 "$SERVER_LOG"; fi
  stop_server
  rm -rf "$BATCH_WORK"
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

require_artifacts
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"
log "$REGISTER $N: load average $LOADAVG"
case "$REGISTER" in
  usaha-mikro) load_synthetic 8 0 0 "$N" ;;
  koperasi) load_synthetic 8 "$N" 0 0 ;;
  perusahaan) load_synthetic 8 0 "$N" 0 ;;
esac
start_server "$REGISTER-$N"

cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$SERVER_PID/stat"; }
# Two runs on the same data in the same server: the first right after the start (the JVM still compiling Drools'
# and the driver's code paths: a fixed cost of some 20 s on this machine), the second warm. Each is a row of the table.
for PASS in 1 2; do
  jstat -gc "$SERVER_PID" 500 >"$BATCH_WORK/jstat.txt" 2>&1 &
  JSTAT_PID=$!
  GC_LINES_BEFORE=$(wc -l <"$BATCH_WORK/gc.log")
  CPU_BEFORE=$(cpu_seconds)

  # The POST plans the run and compiles the rule set in a fresh server. Before accepted versions got a longer compile
  # limit than drafts (RuleSets.accepted), a loaded machine could take over 10 s and the POST answered 500: such an
  # answer is printed and the POST tried again, twice at most; the count is in the note.
  RETRIES=0
  while :; do
    started=$(now)
    if RUN=$(start_run "$REGISTER"); then POST_S=$(since "$started"); break; fi
    (( RETRIES < 2 )) || { echo "POST failed $((RETRIES + 1)) times; giving up"; exit 1; }
    RETRIES=$((RETRIES + 1)); log "POST retried ($RETRIES) after the answer above"
  done
  deadline=$((SECONDS + 3600)); VIEW=""
  while :; do
    VIEW=$(run_view "$RUN")
    status=$(jq -r '.status // empty' <<<"$VIEW" 2>/dev/null || true)
    [[ "$status" != COMPLETED ]] || break
    [[ "$status" != FAILED ]] || { echo "run $RUN FAILED: $VIEW"; exit 1; }
    (( SECONDS < deadline )) || { echo "run $RUN not COMPLETED within an hour: $VIEW"; exit 1; }
    sleep 0.5
  done
  WALL=$(since "$started")
  CPU=$(awk -v a="$CPU_BEFORE" -v b="$(cpu_seconds)" 'BEGIN { printf "%.1f", b - a }')
  kill "$JSTAT_PID" 2>/dev/null || true; wait "$JSTAT_PID" 2>/dev/null || true; JSTAT_PID=""
  PEAK=$(awk '$1 == "S0C" { for (i = 1; i <= NF; i++) col[$i] = i; next }
              col["OU"] && NF >= col["OU"] { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (u > max) max = u }
              END { printf "%.0f", max / 1024 }' "$BATCH_WORK/jstat.txt")
  AFTER_GC=$(tail -n +"$((GC_LINES_BEFORE + 1))" "$BATCH_WORK/gc.log" | sed -nE 's/.*->([0-9]+)M\([0-9]+M\).*/\1/p' | sort -n | tail -n 1)
  GCS=$(tail -n +"$((GC_LINES_BEFORE + 1))" "$BATCH_WORK/gc.log" | grep -c -- '->' || true)
  TOTAL=$(jq -r .total <<<"$VIEW"); STORED=$(jq -r .stored <<<"$VIEW"); COUNTED=$(jq -r .counted <<<"$VIEW")
  SERVER_S=$(jq -r .elapsedSeconds <<<"$VIEW")
  RATE=$(awk -v n="$TOTAL" -v s="$WALL" 'BEGIN { printf "%.0f", n / s }')
  log "run $RUN of $REGISTER: total $TOTAL, stored $STORED, counted $COUNTED, attempts $(jq -r .attempts <<<"$VIEW");" \
    "wall $WALL s (of which the POST, planning the run and compiling the rule set: $POST_S s; server elapsedSeconds $SERVER_S, ratePerSecond $(jq -r .ratePerSecond <<<"$VIEW")), $RATE entities/s;" \
    "server CPU $CPU s; heap: peak used $PEAK MB (jstat), max after GC ${AFTER_GC:-?} MB over $GCS collections (GC log);" \
    "POST retries $RETRIES"
  [[ "$TOTAL" == "$N" && "$STORED" == "$N" ]] || echo "WARNING: total $TOTAL / stored $STORED, expected $N"
  NOTE=""; (( RETRIES == 0 )) || NOTE="POST retried $RETRIES time(s); "
  if (( PASS == 1 )); then NOTE="${NOTE}first run after start"; else NOTE="${NOTE}second run, warm"; fi
  if (( PASS == 1 )); then
    echo "RESULT|$REGISTER|$N|$WALL|$POST_S|$SERVER_S|$RATE|$CPU|$PEAK|${AFTER_GC:-?}|$COUNTED|$LOADAVG||$NOTE"
  fi
done

LAT=""
if [[ "$LATENCY" == --latency ]]; then
  FIRST=$(jq '[.partitions[].firstId] | min' <<<"$VIEW"); LAST=$(jq '[.partitions[].lastId] | max' <<<"$VIEW")
  # one curl process, 1100 URLs in its config file: one connection kept alive; -w prints each transfer's status and time
  awk -v first="$FIRST" -v last="$LAST" -v base="$BATCH_BASE/api/v1/batch-evaluations/$RUN/entities/" 'BEGIN {
        srand(8); for (i = 0; i < 1100; i++) { printf "url = \"%s%d\"\noutput = \"/dev/null\"\n", base, first + int(rand() * (last - first + 1)) } }' \
    >"$BATCH_WORK/drill.curl"
  curl -s -u "admin:$BATCH_ADMIN_PASSWORD" -K "$BATCH_WORK/drill.curl" -w '%{http_code} %{time_total}\n' >"$BATCH_WORK/drill.txt"
  tail -n +101 "$BATCH_WORK/drill.txt" >"$BATCH_WORK/measured.txt"
  NOT_OK=$(awk '$1 != 200' "$BATCH_WORK/measured.txt" | wc -l)
  LAT=$(awk '{ print $2 * 1000 }' "$BATCH_WORK/measured.txt" | sort -n | awk '{ v[NR] = $1 }
        END { p(50); printf "/"; p(95); printf "/"; p(99) }
        function p(q,  k) { k = int((q * NR + 99) / 100); printf "%.1f", v[k] }')
  log "drill-down of run $RUN, ids $FIRST..$LAST: $(wc -l <"$BATCH_WORK/measured.txt") requests after 100 warm-up," \
    "p50/p95/p99 $LAT ms, max $(awk '{ print $2 * 1000 }' "$BATCH_WORK/measured.txt" | sort -n | tail -n 1) ms; answers other than 200: $NOT_OK"
fi
echo "RESULT|$REGISTER|$N|$WALL|$POST_S|$SERVER_S|$RATE|$CPU|$PEAK|${AFTER_GC:-?}|$COUNTED|$LOADAVG|$LAT|$NOTE"
