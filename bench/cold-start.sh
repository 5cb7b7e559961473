#!/usr/bin/env bash
# Cold start of a function as a whole process: a fresh JVM per run whose class path is the function's
# deployable jar, as Lambda runs it; init (handler construction) plus one real request against moto's
# server. Reports each run and the medians. Usage: bench/cold-start.sh [function logical id] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk25.sh
aduan_use_jdk25

FUNCTION="${1:-InstagramWebhookFunction}"
RUNS="${2:-7}"
command -v moto_server >/dev/null || { echo "moto_server is required (python3 -m pip install 'moto[server]==5.2.1')" >&2; exit 1; }

handler=$(python3 - "$FUNCTION" <<'PY'
import re, sys
text = open("template.yaml").read()
block = text.split("\n  " + sys.argv[1] + ":\n", 1)[1]
print(re.search(r"Handler: ([\w.]+)::", block).group(1))
PY
)
jar=$(python3 - "$FUNCTION" <<'PY'
import re, sys
text = open("template.yaml").read()
block = text.split("\n  " + sys.argv[1] + ":\n", 1)[1]
print(re.search(r"CodeUri: (\S+)", block).group(1))
PY
)

if [ ! -f "$jar" ] || [ ! -f infrastructure/bench/target/classpath.txt ]; then
  echo "building the jars (mvn -B -q -DskipTests package)..." >&2
  mvn -B -q -DskipTests package
fi

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/moto-api/data.json" >/dev/null && break; sleep 0.1; done

java -cp "infrastructure/bench/target/classes:$(cat infrastructure/bench/target/classpath.txt)" \
  id.aduan.bench.PrepareFunction "http://127.0.0.1:$port" "$FUNCTION" "$work" "$RUNS" >/dev/null

echo "$FUNCTION ($handler), $(stat -c %s "$jar") bytes, $RUNS runs"
for run in $(seq 1 "$RUNS"); do
  line=$(
    while IFS= read -r variable; do export "$variable"; done <"$work/env"
    LAUNCHED_AT_NANOS="$(date +%s%N)" exec java -cp "$jar:infrastructure/bench/target/classes" \
      id.aduan.bench.ColdStart "$handler" "$work/event-$run.json" 2>/dev/null | grep '"bench":"cold-start"')
  echo "$line"
done | tee "$work/runs.jsonl"

python3 - "$work/runs.jsonl" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
bad = [r for r in runs if r["status"] != 200]
if bad:
    sys.exit("a run did not answer 200: %s" % bad)
def med(k): return statistics.median(r[k] for r in runs)
print("median: jvm start %d ms, init %d ms, first request %d ms, total %d ms, peak RSS %d MB"
      % (med("jvmStartMillis"), med("initMillis"), med("firstInvokeMillis"), med("totalMillis"), med("peakRssKb") / 1024))
PY
