# Sourced by the project's scripts: exports JAVA_HOME (and PATH) for a JDK 25, or stops with a clear message.
# JAVA_HOME is kept when it already points at JDK 25 or newer; otherwise Temurin 25 is looked for where
# these machines keep it.
aduan_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

aduan_use_jdk25() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(aduan_java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    :
  else
    JAVA_HOME=""
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 /usr/lib/jvm/temurin-25-jdk \
                     /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-25-openjdk-arm64; do
      if [ -x "$candidate/bin/java" ]; then JAVA_HOME="$candidate"; break; fi
    done
    if [ -z "$JAVA_HOME" ]; then
      echo "a JDK 25 is required (Temurin 25): install it and set JAVA_HOME to it" >&2
      return 1
    fi
  fi
  export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8's own libraries use sun.misc.Unsafe, which JDK 25 warns about on every build.
  case " ${MAVEN_OPTS:-} " in
    *"--sun-misc-unsafe-memory-access"*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
}
