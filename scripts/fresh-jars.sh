# Sourced by the benchmark scripts and the AOT build: builds the jars (mvn -B -q -DskipTests package) when
# a benchmark would otherwise measure code other than the checkout's: no jars yet, code changed since the
# last build, or a bench class path written by a partial build (`mvn -pl …`), which names installed copies
# of Aduan's modules from ~/.m2 instead of this checkout's (each function's jar carries its own core and
# adapters, so the first on the class path wins).
aduan_fresh_jars() {
  local classpath=infrastructure/bench/target/classpath.txt
  # Every package writes the functions' shaded jars anew (a module's plain jar is kept when unchanged).
  local oldest_jar
  oldest_jar=$(ls -tr functions/*/target/*.jar infrastructure/baseline/target/baseline.jar 2>/dev/null \
    | grep -v -e '/original-' -e '-SNAPSHOT' | head -1)
  local reason=""
  if [ ! -f "$classpath" ] || [ ! -f infrastructure/bench/target/bench.jar ] || [ -z "$oldest_jar" ]; then
    reason="no jars yet"
  elif grep -q "/repository/id/aduan/" "$classpath"; then
    reason="the bench's class path names installed copies"
  elif [ -n "$(find functions infrastructure console \( -name target -o -name node_modules \) -prune -o \
      -type f \( -path '*/src/main/*' -o -name pom.xml -o -name package.json \) -newer "$oldest_jar" -print -quit)" ]; then
    reason="the code changed since the last build"
  fi
  if [ -n "$reason" ]; then
    echo "building the jars ($reason): mvn -B -q -DskipTests package" >&2
    mvn -B -q -DskipTests package >&2
  fi
}
