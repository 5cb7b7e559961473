#!/usr/bin/env bash
# Cold start of every function in template.yaml, each as a whole process (a fresh JVM per run whose class
# path is the function's deployable jar, init plus one real request against moto's server), and of a
# baseline handler (one DynamoDB client, one GetItem). Prints medians and ratios to the baseline.
# Usage: bench/cold-start.sh [--runs N] [--jvm "<JVM options>"] [--out FILE] [FunctionLogicalId...]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk25.sh
aduan_use_jdk25
command -v moto_server >/dev/null || { echo "moto_server is required (python3 -m pip install 'moto[server]==5.2.1')" >&2; exit 1; }
. scripts/fresh-jars.sh
aduan_fresh_jars
exec java -cp "infrastructure/bench/target/classes:$(cat infrastructure/bench/target/classpath.txt)" \
  id.aduan.bench.ColdStartSuite "$@"
