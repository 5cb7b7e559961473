#!/usr/bin/env bash
# A burst of 1,000 new comments (250 signed deliveries from 8 senders, 50 redelivered out of order)
# against a local run it starts on loopback and stops afterwards; checks every comment is one complaint.
# Usage: bench/ingest-burst.sh [arguments of bench/ingest-burst.py]   (ADUAN_LOCAL_PORT, default 3000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${ADUAN_LOCAL_PORT:-3000}"
log="$(mktemp -t aduan-burst.XXXXXX.log)"
ADUAN_LOCAL_PORT="$port" "$root/aduan" up >"$log" 2>&1 &
run=$!
trap 'kill "$run" 2>/dev/null; wait "$run" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/.well-known/jwks.json" && break
  kill -0 "$run" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 1
done
python3 "$root/bench/ingest-burst.py" --port "$port" "$@"
