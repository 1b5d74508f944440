#!/usr/bin/env bash
# Starts the app twice with no DATABASE_URL and checks /fr/projets lists the seeded projects both times
# (the second start proves the embedded data survives a restart).
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL
PORT="${EMBEDDED_CHECK_PORT:-3210}"
LOG=$(mktemp)

start_and_check() {
  setsid env PORT="$PORT" npm start >"$LOG" 2>&1 &
  local pid=$!
  local body="" status=""
  for _ in $(seq 1 240); do
    status=$(curl -s -o /tmp/embedded-body.html -w '%{http_code}' "http://127.0.0.1:$PORT/fr/projets" || true)
    [ "$status" = "200" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then echo "npm start exited early:"; cat "$LOG"; exit 1; fi
    sleep 1
  done
  body=$(cat /tmp/embedded-body.html 2>/dev/null || true)
  kill -TERM -- "-$pid" 2>/dev/null || true
  # Wait for the whole process group, not only npm: npm exits at once on SIGTERM while its child is still stopping
  # PostgreSQL (that last line of the log comes after npm is gone).
  for _ in $(seq 1 30); do pgrep -g "$pid" >/dev/null || break; sleep 1; done
  if [ "$status" != "200" ]; then echo "/fr/projets answered '$status'"; cat "$LOG"; exit 1; fi
  for code in FM.0283 PX.0220 PO.0160; do
    grep -q "$code" <<<"$body" || { echo "/fr/projets does not list $code"; cat "$LOG"; exit 1; }
  done
  grep -q "Embedded PostgreSQL stopped" "$LOG" || { echo "The embedded PostgreSQL was not stopped cleanly:"; cat "$LOG"; exit 1; }
  echo "Embedded start $1: /fr/projets lists FM.0283, PX.0220 and PO.0160"
}

start_and_check "(first run)"
start_and_check "(after a restart)"
rm -f "$LOG" /tmp/embedded-body.html
