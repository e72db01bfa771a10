#!/usr/bin/env bash
# Proves that the EAR deploys on a full Payara Server 6 and answers on a REST path.
#
#   bash .ci/ear-check.sh path/to/app.ear [/api/v1/agencies]
#
# Environment (all optional):
#   PAYARA_VERSION      Payara Server version fetched from Maven Central (default below)
#   EAR_CHECK_DIR       work dir (default: ./app-ear/target/ear-check)
#   EAR_CHECK_PORTBASE  asadmin --portbase (default 28000: admin 28048, http 28080)
#   JAVA_HOME           JDK to run Payara with (Java 17); else `java` from PATH
#   EAR_CHECK_STATUS    the HTTP status to wait for (default 200; CI: 401, the API's answer without credentials)
#
# The server runs in a throwaway domain, every listener bound to 127.0.0.1 and the
# Hazelcast data grid off; the domain is always stopped on exit. The last line is the verdict:
#   EAR check: OK (<url> -> <status>)   |   EAR check: FAILED (<reason>)
set -euo pipefail

PAYARA_VERSION="${PAYARA_VERSION:-6.2025.10}"
EAR="${1:?usage: $0 path/to/app.ear [/api/v1/agencies]}"
CHECK_PATH="${2:-/api/v1/agencies}"
# the status to wait for: the API asks for credentials (401 JSON) and the EAR runs without demo users
EXPECT="${EAR_CHECK_STATUS:-200}"
WORK="${EAR_CHECK_DIR:-$(pwd)/app-ear/target/ear-check}"
PORTBASE="${EAR_CHECK_PORTBASE:-28000}"
DOMAIN=akuntabelci
ADMIN_PORT=$((PORTBASE + 48))   # create-domain --portbase: admin = base+48, http = base+80
HTTP_PORT=$((PORTBASE + 80))
URL="http://127.0.0.1:${HTTP_PORT}${CHECK_PATH}"
WAIT_SECONDS=120

STEP="setup"; STARTED=""
PAYARA="$WORK/payara6"
ASADMIN="$PAYARA/bin/asadmin"
DOMAIN_DIR="$PAYARA/glassfish/domains/$DOMAIN"
LOG="$DOMAIN_DIR/logs/server.log"

# asadmin (and the server it launches) run on $AS_JAVA/bin/java, else on `java` from PATH.
if [[ -n "${JAVA_HOME:-}" ]]; then export AS_JAVA="$JAVA_HOME"; fi
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"

fail() { STEP="$*"; exit 1; }
finish() {
  local rc=$?
  trap - EXIT
  # the server.log tail, only for a failure after this run started the domain
  if [[ $rc -ne 0 && -n "$STARTED" && -f "$LOG" ]]; then echo "---- server.log (tail) ----"; tail -n 60 "$LOG"; echo "----"; fi
  if [[ -n "$STARTED" ]]; then   # always stop the domain; --kill if a clean stop fails
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || "$ASADMIN" stop-domain --kill=true "$DOMAIN" >/dev/null 2>&1 || true
  fi
  if [[ $rc -eq 0 ]]; then echo "EAR check: OK ($URL -> $EXPECT)"
  else echo "EAR check: FAILED ($STEP; exit $rc)"; fi
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM   # a cancelled CI job still stops the domain

[[ -f "$EAR" ]] || fail "no EAR at $EAR"
EAR="$(cd "$(dirname "$EAR")" && pwd)/$(basename "$EAR")"
command -v curl >/dev/null || fail "curl is required"
mkdir -p "$WORK"

# 1. Payara Server from Maven Central, through Maven only; unpacked once per version.
#    (cd into the work dir + -N: no project pom in play, so the reactor is not walked)
STEP="fetching Payara $PAYARA_VERSION"
if [[ "$(cat "$WORK/.payara-version" 2>/dev/null)" != "$PAYARA_VERSION" ]]; then
  rm -rf "$PAYARA" "$WORK/.payara-version"
  ( cd "$WORK" && mvn -q -B -N dependency:copy \
      -Dartifact="fish.payara.distributions:payara:${PAYARA_VERSION}:zip" -DoutputDirectory="$WORK" )
  ZIP="$WORK/payara-${PAYARA_VERSION}.zip"
  if command -v unzip >/dev/null; then unzip -q -o "$ZIP" -d "$WORK"
  else ( cd "$WORK" && "${JAVA_BIN}jar" xf "$ZIP" ); fi      # jar xf drops the exec bits:
  chmod +x "$PAYARA"/bin/* "$PAYARA"/glassfish/bin/* "$PAYARA"/mq/bin/* 2>/dev/null || true
  rm -f "$ZIP"
  echo "$PAYARA_VERSION" > "$WORK/.payara-version"
fi

# 2. A fresh domain of our own, on ports away from domain1's 4848/8080.
STEP="creating domain $DOMAIN (portbase $PORTBASE)"
if [[ -d "$DOMAIN_DIR" ]]; then   # left over from an aborted run: stop it (if up) and drop it
  "$ASADMIN" stop-domain --kill=true "$DOMAIN" >/dev/null 2>&1 || true
  rm -rf "$DOMAIN_DIR"
fi
"$ASADMIN" create-domain --nopassword --portbase "$PORTBASE" "$DOMAIN" >/dev/null

# 3. Loopback only, grid off: edit domain.xml before the first start (no restart needed).
#    - HTTP/HTTPS/admin network-listeners have no address (= all interfaces): add 127.0.0.1;
#      IIOP listeners and the JMX connector say 0.0.0.0: make them 127.0.0.1.
#    - Hazelcast (Domain Data Grid, incl. its DAS port base+49) off: enabled="false".
#    - server-config has no <jms-service>, and the default jms-host "localhost" makes the
#      lazy JMS proxy (port base+76) bind 0.0.0.0: declare one with host 127.0.0.1.
#    - BrokerBindAddress keeps the embedded OpenMQ broker (started on first JMS use, on
#      random ports) on loopback too.
#    OSGi telnet (base+66) is not started by default, and is 127.0.0.1-only anyway; the
#    debug port (base+9) is off. Nothing listens on UDP.
STEP="configuring domain.xml"
# shellcheck disable=SC2016  # ${JMS_PROVIDER_PORT} is for Payara, not for bash
sed -i \
  -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
  -e 's/<network-listener port=/<network-listener address="127.0.0.1" port=/g' \
  -e 's/<hazelcast-config-specific-configuration/<hazelcast-config-specific-configuration enabled="false"/g' \
  -e '/<config name="server-config">/a <jms-service type="EMBEDDED" default-jms-host="default_JMS_host"><jms-host name="default_JMS_host" host="127.0.0.1" port="${JMS_PROVIDER_PORT}" admin-user-name="admin" admin-password="admin" lazy-init="true"/></jms-service>' \
  -e '0,/<resources>/s//<resources><resource-adapter-config resource-adapter-name="jmsra"><property name="BrokerBindAddress" value="127.0.0.1"\/><\/resource-adapter-config>/' \
  "$DOMAIN_DIR/config/domain.xml"

# 4. Start, check the bindings, deploy, poll.
STEP="starting domain $DOMAIN"
STARTED=1
"$ASADMIN" start-domain "$DOMAIN"

STEP="checking listen addresses"
if command -v ss >/dev/null && [[ -f "$DOMAIN_DIR/config/pid" ]]; then
  LISTEN="$(ss -ltnpH | grep "pid=$(cat "$DOMAIN_DIR/config/pid")," || true)"
  echo "Payara listens on:"; awk 'NF{print "  " $4}' <<<"$LISTEN"
  if awk 'NF{print $4}' <<<"$LISTEN" | grep -vqE '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]|\[::1\]):'; then
    fail "a Payara port is bound beyond loopback"
  fi
fi

STEP="deploying $(basename "$EAR")"
"$ASADMIN" --port "$ADMIN_PORT" deploy --force=true "$EAR"

STEP="waiting for HTTP $EXPECT from $URL"
BODY="$WORK/response.body"; CODE=000
deadline=$((SECONDS + WAIT_SECONDS))
while (( SECONDS < deadline )); do
  CODE="$(curl -s -o "$BODY" -w '%{http_code}' --max-time 5 "$URL" || true)"
  [[ "$CODE" == "$EXPECT" ]] && break
  sleep 2
done
[[ "$CODE" == "$EXPECT" ]] || fail "no $EXPECT from $URL within ${WAIT_SECONDS}s (last status $CODE)"

echo "Response body (first 500 chars):"; head -c 500 "$BODY"; echo
# JSON = first non-blank character is [ or {
[[ "$(tr -d ' \t\r\n' < "$BODY" | head -c 1)" =~ ^[\[\{]$ ]] || fail "$URL -> $EXPECT but body is not JSON"
STEP="done"
