#!/usr/bin/env bash
# DynamoDB items one SLA sweep reads among many closed or not-yet-due complaints, and the sweep's time
# for many due ones, against moto's server.
# Usage: bench/sla-sweep.sh [quiet complaints (100000)] [due among them (100)] [due alone (1000)]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk25.sh
aduan_use_jdk25
command -v moto_server >/dev/null || { echo "moto_server is required (python3 -m pip install 'moto[server]==5.2.1')" >&2; exit 1; }
. scripts/fresh-jars.sh
aduan_fresh_jars
java -cp "infrastructure/bench/target/classes:$(cat infrastructure/bench/target/classpath.txt)" \
  id.aduan.bench.SlaSweepBenchmark "${1:-100000}" "${2:-100}" "${3:-1000}" | grep -v '^{'
