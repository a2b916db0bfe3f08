# Sourced by ./pyjit, ./run-tests and tool scripts: sets PYJIT_JDK to a JDK >= 25.
# Order: $PYJIT_JAVA_HOME, then $JAVA_HOME if it is >= 25, then the usual JDK directories.
# Prints one line saying what to install and returns 1 when none exists.

# $1 = a JDK home; sets v to its feature version or to nothing, without a subshell (a fork:
# ./pyjit runs this at every start)
pyjit_jdk_major_var() {
  [ -x "$1/bin/java" ] || return 1
  v=
  if [ -f "$1/release" ]; then
    # read in bash, not with sed: ./pyjit runs this at every start, and a fork costs
    local line
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
        v=${BASH_REMATCH[1]}
        break
      fi
    done <"$1/release"
  fi
  if [ -z "${v:-}" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
  fi
  return 0
}

# Maven 3.8 on JDK 25 warns about its own Guava using sun.misc.Unsafe; allow it quietly.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

pyjit_find_jdk() {
  for cand in "${PYJIT_JAVA_HOME:-}" "${JAVA_HOME:-}" \
              /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/*25* \
              /usr/lib/jvm/temurin-2[6-9]* /usr/lib/jvm/*-2[6-9]* \
              /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$cand" ] && [ -d "$cand" ] || continue
    pyjit_jdk_major_var "$cand" || continue
    major=$v
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      PYJIT_JDK=$cand
      return 0
    fi
  done
  echo "pyjit: no JDK 25 or newer found; install one (e.g. Temurin 25 under /usr/lib/jvm) or set PYJIT_JAVA_HOME to it" >&2
  return 1
}
