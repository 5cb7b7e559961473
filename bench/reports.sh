#!/usr/bin/env bash
# Requests, items read and time of the staff reports and the public figures over a year of complaints,
# against moto's server.
# Usage: bench/reports.sh [complaints in the year (15000)]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk25.sh
aduan_use_jdk25
command -v moto_server >/dev/null || { echo "moto_server is required (python3 -m pip install 'moto[server]==5.2.1')" >&2; exit 1; }
if [ ! -f infrastructure/bench/target/classpath.txt ]; then
  mvn -B -q -DskipTests package
fi
java -cp "infrastructure/bench/target/classes:$(cat infrastructure/bench/target/classpath.txt)" \
  id.aduan.bench.ReportBenchmark "${1:-15000}" | grep -v '^{'
