#!/usr/bin/env bash
# Builds the AOT flavour (opt-in; `mvn verify` does not): under target/aot,
#   runtime/                  the layer every function shares: bootstrap, a jlinked JDK 25 (jre/) and the
#                             AWS Lambda Java runtime interface client (lib/);
#   functions/<LogicalId>/    each function's own layer: function/function.jar and function/aduan.aot, the
#                             AOT cache a training run of the function's own first requests against the
#                             emulator recorded (functions without a sample first request get none);
#   layers/*.zip              the same, zipped for the template's AotRuntimeLayer and <Function>AotLayer.
# Needs the jars (mvn -DskipTests package) and moto_server, as the integration tests do.
# Usage: scripts/aot-build.sh [FunctionLogicalId...]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk25.sh
aduan_use_jdk25
# The JDK is jlinked from this machine's and an AOT cache holds to the CPU it was recorded on; the
# template runs the flavour on x86_64.
[ "$(uname -m)" = x86_64 ] || { echo "build the AOT flavour on an x86_64 machine (template.yaml runs it on x86_64)" >&2; exit 1; }
command -v moto_server >/dev/null || { echo "moto_server is required (python3 -m pip install 'moto[server]==5.2.1')" >&2; exit 1; }
. scripts/fresh-jars.sh
aduan_fresh_jars
out=target/aot
runtime=$out/runtime
classpath=$(cat infrastructure/bench/target/classpath.txt)
jar_of() { tr ':' '\n' <<<"$classpath" | grep "/$1-[0-9][^/]*\.jar$" | head -1; }

rm -rf "$runtime" && mkdir -p "$runtime/lib" "$runtime/function" "$out/functions" "$out/layers"
cp infrastructure/aot/bootstrap "$runtime/bootstrap"
cp "$(jar_of aws-lambda-java-runtime-interface-client)" "$runtime/lib/runtime-interface-client.jar"
cp "$(jar_of aws-lambda-java-serialization)" "$runtime/lib/lambda-serialization.jar"
cp "$(jar_of utils-lite)" "$runtime/lib/utils-lite.jar"
# The client's native half, unpacked once here instead of at every start.
unzip -q -j -o "$runtime/lib/runtime-interface-client.jar" 'jni/libaws-lambda-jni.linux-x86_64.so' \
  'jni/libaws-lambda-jni.linux-aarch_64.so' -d "$runtime/lib"

# The JDK modules the functions and the runtime client use, and jdk.unsupported for their Unsafe access.
modules=$( { for jar in functions/*/target/*.jar "$runtime"/lib/*.jar; do
    case "$jar" in */original-*|*/adapters-*|*/core-*) continue ;; esac
    jdeps --ignore-missing-deps --print-module-deps --multi-release 25 "$jar" 2>/dev/null | tr ',' '\n'
  done; echo jdk.unsupported; } | grep -v '^$' | sort -u | paste -sd, -)
echo "jlink: $modules" >&2
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --output "$runtime/jre"

# Jars keep one modification time wherever they are unpacked: an AOT cache checks it (zip keeps even seconds).
touch -d '2026-01-01T00:00:00Z' "$runtime"/lib/*.jar

java -cp "infrastructure/bench/target/classes:$classpath" id.aduan.bench.AotTraining "$out" "$@"

rm -f "$out"/layers/*.zip
(cd "$runtime" && zip -q -r -y "../layers/runtime.zip" . -x 'function/*')
for dir in "$out"/functions/*/; do
  (cd "$dir" && zip -q -r "../../layers/$(basename "$dir").zip" function)
done
du -sh "$runtime/jre" "$out"/layers/*.zip >&2
