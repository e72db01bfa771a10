#!/usr/bin/env bash
# Two Payara Micro instances on 127.0.0.1 sharing one PostgreSQL database, clustered through Payara's Hazelcast with
# explicit members (TCP/IP discovery, no multicast) — the README's "Deployment on more than one machine" on one host:
#   1. both start at once against the empty database (demo mode: the demo data and users are loaded once) and see each
#      other as cluster members;
#   2. users sign in on the form of instance A;
#   3. a batch evaluation of a synthetic register (CLUSTER_MICRO_BUSINESSES micro-businesses, 20 000 by default, loaded
#      with SyntheticRegisterLoad before the instances start) is started on A and followed on B: B shows its progress
#      (done/total) while A runs it;
#   4. A is stopped (TERM): the same session cookies are still signed in on B, a page A rendered posts to B (its view
#      state and the session-scoped language live in the session), and B finishes the batch run (resuming it when A's
#      stop interrupted it: stored = total, no duplicates).
# Builds nothing: needs web/target/akuntabel.war and web/target/payara-micro.jar (mvn install or verify first), and the
# database of .ci/postgresql-its.sh:
#
#   bash .ci/postgresql-its.sh bash .ci/cluster-check.sh
#
# Ports: HTTP CLUSTER_PORT_A/CLUSTER_PORT_B (8180, 8181), Hazelcast CLUSTER_HZ_PORT_A/CLUSTER_HZ_PORT_B (5910, 5911).
# CLUSTER_STOP_SIGNAL=KILL stops A with kill -9 instead of TERM (no graceful hand-over of A's share of the sessions).
# Logs of the instances: in CLUSTER_LOGS when given (kept), else in a temp dir removed unless a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

WAR=web/target/akuntabel.war
JAR=web/target/payara-micro.jar
PORT_A=${CLUSTER_PORT_A:-8180}
PORT_B=${CLUSTER_PORT_B:-8181}
HZ_A=${CLUSTER_HZ_PORT_A:-5910}
HZ_B=${CLUSTER_HZ_PORT_B:-5911}
START_TIMEOUT=${CLUSTER_START_TIMEOUT:-420}
MICRO_BUSINESSES=${CLUSTER_MICRO_BUSINESSES:-20000}
# seconds without progress after which an instance resumes a run (BatchRecovery; the application's default is 30)
STALE_SECONDS=${CLUSTER_BATCH_STALE_SECONDS:-15}
STOP_SIGNAL=${CLUSTER_STOP_SIGNAL:-TERM}
MEMBERS="127.0.0.1:$HZ_A,127.0.0.1:$HZ_B"

for f in "$WAR" "$JAR"; do
  [[ -f "$f" ]] || { echo "FAIL: $f missing (run mvn install -DskipTests first)"; exit 1; }
done
: "${AKUNTABEL_DB_URL:?run under .ci/postgresql-its.sh, which sets AKUNTABEL_DB_URL/USER/PASSWORD}"
for port in "$PORT_A" "$PORT_B" "$HZ_A" "$HZ_B"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "FAIL: port $port is in use"; exit 1; fi
done

WORK="${CLUSTER_LOGS:-$(mktemp -d /tmp/akuntabel-cluster.XXXXXX)}"
mkdir -p "$WORK"
declare -A PIDS=()
FAILED=""

cleanup() {
  local rc=$?
  for name in "${!PIDS[@]}"; do
    local pid=${PIDS[$name]}
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [[ $rc -ne 0 || -n "$FAILED" ]]; then
    echo "Logs of the instances: $WORK"
    for log in "$WORK"/*.log; do [[ -f "$log" ]] && { echo "---- tail of $log"; tail -n 40 "$log"; }; done
  elif [[ -z "${CLUSTER_LOGS:-}" ]]; then
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; FAILED=yes; exit 1; }

# An instance: its own HTTP port and Hazelcast port, the other's address as an explicit member, demo mode on.
start() {
  local name=$1 port=$2 hz=$3
  AKUNTABEL_DEMO=true AKUNTABEL_DATA="$WORK/data-$name" AKUNTABEL_BATCH_STALE_SECONDS="$STALE_SECONDS" \
    java -Xmx768m -jar "$JAR" --deploy "$WAR" --contextroot / --port "$port" \
    --prebootcommandfile web/src/payara/preboot-commands.txt \
    --name "$name" --clustername akuntabel-check --clustermode "tcpip:$MEMBERS" --interfaces 127.0.0.1 \
    --startport "$hz" \
    >"$WORK/$name.log" 2>&1 &
  PIDS[$name]=$!
  echo "instance $name: pid ${PIDS[$name]}, http 127.0.0.1:$port, hazelcast 127.0.0.1:$hz, members $MEMBERS"
}

# Waits until the instance answers its sign-in page (200), or fails after START_TIMEOUT seconds.
await() {
  local name=$1 port=$2 deadline=$((SECONDS + START_TIMEOUT))
  while (( SECONDS < deadline )); do
    kill -0 "${PIDS[$name]}" 2>/dev/null || fail "instance $name exited while starting"
    if grep -q "Exception while deploying the app" "$WORK/$name.log"; then fail "instance $name could not deploy the application"; fi
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login.xhtml" || true)" == 200 ]]; then
      pass "instance $name answers on port $port (after ${SECONDS}s)"
      return
    fi
    sleep 2
  done
  fail "instance $name did not answer within ${START_TIMEOUT}s"
}

# The last member list Payara logged on an instance ("Payara Data Grid State: ... DG Size: 2 / Instances: { ... }").
members() {
  awk '/Payara Data Grid State:/ {block=$0 "\n"; on=1; next} on {block=block $0 "\n"; if ($0 ~ /^}/) {on=0; last=block}}
       END {printf "%s", last}' "$WORK/$1.log"
}

# Polls until both instances log a member list with both addresses.
await_members() {
  local deadline=$((SECONDS + 120)) a b
  while (( SECONDS < deadline )); do
    a=$(members A); b=$(members B)
    if [[ "$a" == *"DG Size: 2"* && "$b" == *"DG Size: 2"* && "$a" == *":$HZ_A"* && "$a" == *":$HZ_B"* && "$b" == *":$HZ_A"* && "$b" == *":$HZ_B"* ]]; then
      echo "member list on A:"; echo "$a" | sed 's/^/    /'
      echo "member list on B:"; echo "$b" | sed 's/^/    /'
      pass "A and B see each other as cluster members (127.0.0.1:$HZ_A, 127.0.0.1:$HZ_B)"
      return
    fi
    sleep 2
  done
  echo "member list on A:"; members A; echo "member list on B:"; members B
  fail "the instances did not form one cluster of two within 120 s"
}

stop() {
  local name=$1 pid=${PIDS[$1]}
  kill -"$STOP_SIGNAL" "$pid"
  local deadline=$((SECONDS + 120))
  while kill -0 "$pid" 2>/dev/null; do
    (( SECONDS < deadline )) || fail "instance $name did not stop within 120 s of $STOP_SIGNAL"
    sleep 0.5
  done
  unset "PIDS[$name]"
  echo "instance $name stopped ($STOP_SIGNAL)"
}

JAR_COOKIES="$WORK/cookies.txt"
# GET with the session cookie; prints "<status> <location>" and keeps the body in $WORK/body.html
page() {
  curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o "$WORK/body.html" -w '%{http_code} %{redirect_url}' "$1"
}

# A JSON field of an answer (the first occurrence: the run's own fields come before its partitions').
field() { grep -o "\"$1\":[^,}]*" <<<"$2" | head -n 1 | cut -d: -f2- | tr -d '"'; }

echo "PostgreSQL: $AKUNTABEL_DB_URL"
# ---- the synthetic register, written before the instances start (the WAR's libraries: no build needed) ----
unzip -q -o "$WAR" 'WEB-INF/lib/*' -d "$WORK/war"
java -cp "$WORK/war/WEB-INF/lib/*" org.akuntabel.registers.synthetic.SyntheticRegisterLoad 8 0 0 "$MICRO_BUSINESSES" 2>/dev/null \
  | sed 's/^/    /'
rm -rf "$WORK/war"

start A "$PORT_A" "$HZ_A"
start B "$PORT_B" "$HZ_B"
await A "$PORT_A"
await B "$PORT_B"
await_members

# ---- the demo data was loaded once, although both instances started at once against the empty database ----
for name in A B; do
  grep -h "Demo data: .* row(s) added" "$WORK/$name.log" | sed "s/^.*Demo data/    $name: Demo data/; s/\].*$//" || true
done
added=$(grep -ho "Demo data: [0-9]* row(s) added" "$WORK/A.log" "$WORK/B.log" | awk '{print $3}' | sort -n | tr '\n' ' ')
[[ "$added" =~ ^0\ [1-9][0-9]*\ $ ]] || fail "the demo data should be added by one instance and found complete by the other, got rows added: $added"
agencies=$(curl -s -u admin:demo-admin-2025 "http://127.0.0.1:$PORT_B/api/v1/agencies" | grep -o '"code":"beltim"' | wc -l)
[[ "$agencies" == 1 ]] || fail "agency beltim should exist once, found $agencies"
pass "demo data loaded once (rows added per instance: $added), beltim once"

# ---- sessions on A: the admin's, and one of each other demo user (with a few sessions, both the sessions whose
# partition A owns and those B owns are carried over) ----
base_a="http://127.0.0.1:$PORT_A"
base_b="http://127.0.0.1:$PORT_B"
# Signs in on A's form with cookie jar $1 as user $2 (password $3); prints the answer to the post: "<status> <location>".
sign_in() {
  curl -s -c "$1" -o "$WORK/login.html" "$base_a/login.xhtml"
  local state
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/login.html" | sed 's/.*value="//; s/"$//; s/&#58;/:/g' | head -n 1)
  [[ -n "$state" ]] || fail "no view state on A's sign-in page"
  curl -s -b "$1" -c "$1" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "login=login" --data-urlencode "login:username=$2" --data-urlencode "login:password=$3" \
    --data-urlencode "login:submit=Masuk" --data-urlencode "login:next=" --data-urlencode "jakarta.faces.ViewState=$state" \
    "$base_a/login.xhtml"
}
# GET $2 with cookie jar $1; prints "<status> <location>" and keeps the body in $WORK/body.html
page_as() {
  curl -s -b "$1" -c "$1" -o "$WORK/body.html" -w '%{http_code} %{redirect_url}' "$2"
}
signed_in_as() { grep -q "id=\"[^\"]*caller\"[^>]*>$1<" "$WORK/body.html"; }

OTHERS=("kebijakan demo-kebijakan-2025" "auditor demo-auditor-2025" "pimpinan.beltim demo-pimpinan-2025")
signin=$(sign_in "$JAR_COOKIES" admin demo-admin-2025)
echo "sign-in on A (form post as admin): $signin"
[[ "$signin" == "302 $base_a/index.xhtml" ]] || fail "the sign-in on A should redirect to /index.xhtml, got: $signin"
for other in "${OTHERS[@]}"; do
  read -r user password <<<"$other"
  answer=$(sign_in "$WORK/cookies-$user.txt" "$user" "$password")
  [[ "$answer" == "302 $base_a/index.xhtml" ]] || fail "the sign-in of $user on A should redirect to /index.xhtml, got: $answer"
done
session=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_COOKIES" | tail -n 1)
echo "session cookie: JSESSIONID=$session"
on_a=$(page "$base_a/aturan.xhtml")
echo "GET /aturan.xhtml on A: $on_a"
[[ "$on_a" == "200 " ]] && signed_in_as admin || fail "signed-in page on A: $on_a"
pass "signed in on A as admin (and as ${#OTHERS[@]} other demo users in sessions of their own)"
cp "$WORK/body.html" "$WORK/page-from-A.html"

# ---- no stickiness needed: a session used on B while A is up, and A sees what B changed in it ----
jar="$WORK/cookies-kebijakan.txt"
answer=$(page_as "$jar" "$base_b/index.xhtml")
[[ "$answer" == "200 " ]] && signed_in_as kebijakan || fail "kebijakan's session from A should be signed in on B too, got: $answer"
toggle_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/body.html" | sed 's/.*value="//; s/"$//; s/&#58;/:/g' | head -n 1)
toggle_nonce=$(grep -o "PrimeFaces\.csp\.init('[^']*')" "$WORK/body.html" | sed "s/.*('//; s/')//" | head -n 1)
answer=$(curl -s -b "$jar" -c "$jar" -o "$WORK/body.html" -w '%{http_code} %{redirect_url}' --data-urlencode "lang=lang" \
  --data-urlencode "lang:toggle=lang:toggle" --data-urlencode "jakarta.faces.ViewState=$toggle_state" \
  --data-urlencode "primefaces.nonce=$toggle_nonce" "$base_b/index.xhtml")
[[ "$answer" == "200 " ]] && grep -q '<html[^>]*lang="en"' "$WORK/body.html" || fail "switching the language on B: $answer"
answer=$(page_as "$jar" "$base_a/index.xhtml")
[[ "$answer" == "200 " ]] && grep -q '<html[^>]*lang="en"' "$WORK/body.html" \
  || fail "A should serve kebijakan's session as B left it (English): $answer"
pass "a session moves back and forth while both run: signed in on B, language switched there, English on A next"

# ---- a batch run started on A, followed on B ----
started=$(curl -s -u admin:demo-admin-2025 -H 'Content-Type: application/json' -o "$WORK/started.json" -w '%{http_code}' \
  -d '{"register":"usaha-mikro","year":2025,"scope":"sintetis"}' "$base_a/api/v1/batch-evaluations")
run_a=$(cat "$WORK/started.json")
run_id=$(field id "$run_a")
owner_a=$(field owner "$run_a")
echo "POST /api/v1/batch-evaluations on A: $started, run $run_id, total $(field total "$run_a"), owner $owner_a"
[[ "$started" == 202 && -n "$run_id" ]] || fail "starting a batch run on A should answer 202: $started $run_a"

# B's view of the run, polled as fast as it answers until it shows progress or the run is complete
seen=""
mid_run=""
deadline=$((SECONDS + 180))
while (( SECONDS < deadline )); do
  view=$(curl -s -u admin:demo-admin-2025 "$base_b/api/v1/batch-evaluations/$run_id")
  status=$(field status "$view"); done_=$(field done "$view"); total=$(field total "$view")
  snapshot="$status $done_/$total"
  if [[ "$snapshot" != "$seen" ]]; then
    echo "    run $run_id seen on B: $snapshot, owner $(field owner "$view"), rate $(field ratePerSecond "$view")/s"
    seen="$snapshot"
  fi
  if [[ "$status" == RUNNING && "${done_:-0}" -gt 0 ]]; then mid_run="$done_/$total"; break; fi
  [[ "$status" == COMPLETED || "$status" == FAILED ]] && break
  sleep 0.2
done
[[ -n "$seen" && "$(field owner "$view")" == "$owner_a" ]] || fail "B does not show the run started on A: $view"
if [[ -n "$mid_run" ]]; then
  pass "the run started on A is visible with its progress on B: $mid_run while A runs it"
else
  [[ "$status" == COMPLETED ]] || fail "B shows the run $status"
  pass "the run started on A is visible on B (completed before B's first look showed progress: $seen)"
fi

# ---- A stops: the session and the run carry on on B ----
stop A
on_b=$(page "$base_b/aturan.xhtml")
echo "GET /aturan.xhtml on B with A's session cookie, A stopped: $on_b"
[[ "$on_b" == "200 " ]] || fail "B should answer 200 with the session, got: $on_b (a redirect to the sign-in page means the session was lost)"
signed_in_as admin || fail "B's page does not show the signed-in user admin"
for other in "${OTHERS[@]}"; do
  read -r user _ <<<"$other"
  answer=$(page_as "$WORK/cookies-$user.txt" "$base_b/index.xhtml")
  [[ "$answer" == "200 " ]] && signed_in_as "$user" || fail "the session of $user should be signed in on B, got: $answer"
done
pass "the sessions survive their instance: signed in on B after A stopped as admin and ${#OTHERS[@]} other users"

# the page A rendered before it stopped still works on B: its form posts A's view state (kept in the session) and the
# session-scoped page language changes there
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/page-from-A.html" | sed 's/.*value="//; s/"$//; s/&#58;/:/g' | head -n 1)
nonce=$(grep -o "PrimeFaces\.csp\.init('[^']*')" "$WORK/page-from-A.html" | sed "s/.*('//; s/')//" | head -n 1)
toggled=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o "$WORK/body.html" -w '%{http_code} %{redirect_url}' \
  --data-urlencode "lang=lang" --data-urlencode "lang:toggle=lang:toggle" --data-urlencode "jakarta.faces.ViewState=$view_state" \
  --data-urlencode "primefaces.nonce=$nonce" "$base_b/aturan.xhtml")
echo "POST of A's page (language switch, A's view state) to B: $toggled"
[[ "$toggled" == "200 " ]] && grep -q '<html[^>]*lang="en"' "$WORK/body.html" || fail "A's page posted to B should switch the language: $toggled"
english=$(page "$base_b/index.xhtml")
grep -q '<html[^>]*lang="en"' "$WORK/body.html" || fail "the next page on B should be in English: $english"
pass "A's page posts to B with A's view state; the session's language (English now) stays on B"

deadline=$((SECONDS + 240))
while (( SECONDS < deadline )); do
  view=$(curl -s -u admin:demo-admin-2025 "$base_b/api/v1/batch-evaluations/$run_id")
  status=$(field status "$view")
  [[ "$status" == COMPLETED || "$status" == FAILED ]] && break
  sleep 1
done
echo "run $run_id on B: status $status, done $(field done "$view")/$(field total "$view"), stored $(field stored "$view"),"\
  "counted $(field counted "$view"), attempts $(field attempts "$view"), owner $(field owner "$view")"
[[ "$status" == COMPLETED ]] || fail "the run should complete on B, it is $status: $view"
[[ "$(field stored "$view")" == "$(field total "$view")" && "$(field done "$view")" == "$(field total "$view")" ]] \
  || fail "stored and done should equal total: $view"
if [[ "$(field attempts "$view")" -gt 1 ]]; then
  pass "the run interrupted by A's stop was resumed by B and completed: stored = total = $(field total "$view"), no duplicates"
else
  pass "the run completed: stored = total = $(field total "$view")"
fi

for name in A B; do
  if grep -q "NotSerializableException" "$WORK/$name.log"; then
    grep -m 3 "NotSerializableException" "$WORK/$name.log"
    fail "instance $name could not serialise a session"
  fi
done
pass "no NotSerializableException in the logs"

echo "PASS: cluster check"
