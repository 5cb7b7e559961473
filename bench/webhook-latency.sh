#!/usr/bin/env bash
# Warm webhook handler time per delivery against moto's server, and DynamoDB requests per delivery.
# Usage: bench/webhook-latency.sh [deliveries per kind]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk25.sh
aduan_use_jdk25
command -v moto_server >/dev/null || { echo "moto_server is required (python3 -m pip install 'moto[server]==5.2.1')" >&2; exit 1; }
if [ ! -f infrastructure/bench/target/classpath.txt ]; then
  mvn -B -q -DskipTests package
fi
java -cp "infrastructure/bench/target/classes:$(cat infrastructure/bench/target/classpath.txt)" \
  id.aduan.bench.WebhookLatency "${1:-200}" | grep -v '^{'
