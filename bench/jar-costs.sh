#!/usr/bin/env bash
# What each dependency costs in every function's deployable jar. Usage: bench/jar-costs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk25.sh
aduan_use_jdk25
if ! ls functions/*/target/runtime-classpath.txt >/dev/null 2>&1 || [ ! -f infrastructure/bench/target/bench.jar ]; then
  mvn -B -q -DskipTests package >&2
fi
java -cp infrastructure/bench/target/bench.jar id.aduan.bench.JarCosts functions
