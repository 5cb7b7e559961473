# Sourced by the emulator benchmarks: runs a benchmark main of infrastructure/bench against moto's server
# with JDK 25, building the jars first when needed, and leaves out the functions' JSON log lines.
# Usage: aduan_emulator_bench <main class> [arguments]
aduan_emulator_bench() {
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  . scripts/jdk25.sh
  aduan_use_jdk25
  command -v moto_server >/dev/null || { echo "moto_server is required (python3 -m pip install 'moto[server]==5.2.1')" >&2; exit 1; }
  . scripts/fresh-jars.sh
  aduan_fresh_jars
  java -cp "infrastructure/bench/target/classes:$(cat infrastructure/bench/target/classpath.txt)" "$@" | grep -v '^{'
}
