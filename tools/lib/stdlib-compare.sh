# Sourced by the whole-stdlib comparison scripts (tools/ast-compare/run,
# tools/symtable-compare/run): everything after their option parsing.
#
# pyjit_stdlib_compare runs the tool's CPython dump script (through tools/lib/stdlib_dump.py,
# cached under target/), then its Java half in one JVM, and checks the failures against the
# baseline of known failures. The caller sets:
#   tool        name used in messages (e.g. ast-compare)
#   here        the tool's directory; root: the repository root
#   baseline    the known-failures file
#   update      1 to rewrite the baseline instead (whole run only); only: 1 with --only
#   dump_script the CPython 3.13 script; dump_args: its extra arguments (array)
#   java_class  the Java half (main class in cli/target/pyjit.jar); java_args: array
#   rerun_args  the options to repeat in the "--update-baseline" hint (array)
#   start       $(date +%s.%N) at the start
# The Java half must accept --root STDLIB --expected CACHE --results-out FILE, write
# "relpath TAB pass|fail" per compared file there, and exit 0 or 1 (files failed); any
# other status is a broken run.
# Exit status: 0 ok or skipped (no CPython 3.13), 1 new failures, 2 tool/usage error.

pyjit_stdlib_compare() {
  if [ "$update" = 1 ] && [ "$only" = 1 ]; then
    echo "$tool: --update-baseline needs the whole run, not --only" >&2
    return 2
  fi

  . "$root/tools/lib/find-cpython.sh"
  local found=0
  pyjit_find_cpython313 || found=$?
  if [ "$found" = 2 ]; then
    return 2
  elif [ "$found" != 0 ]; then
    echo "$tool: skipped: CPython 3.13 not found (tried \$PYJIT_CPYTHON313, python3.13, pyenv 3.13.0)"
    return 0
  fi
  local py=("${PYJIT_CPYTHON[@]}")

  . "$root/tools/lib/find-jdk.sh"
  pyjit_find_jdk || return 2

  # Builds cli/target/pyjit.jar when it is missing or older than a source.
  "$root/pyjit" --version >/dev/null || { echo "$tool: building pyjit failed" >&2; return 2; }

  local t_cpython0 t_cpython cache stdlib status
  t_cpython0=$(date +%s.%N)
  cache=$("${py[@]}" "$dump_script" --cache-base "$root/target/$tool" \
    ${dump_args[@]+"${dump_args[@]}"} | tail -n 1)
  if [ ! -f "$cache/COMPLETE" ]; then
    echo "$tool: the CPython dump did not complete" >&2
    return 2
  fi
  stdlib=$(sed -n 's/^root: //p' "$cache/info.txt")
  t_cpython=$(date +%s.%N)

  results=$(mktemp)
  trap 'rm -f "$results" "$results".*' EXIT
  set +e
  "$PYJIT_JDK/bin/java" -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED \
    -cp "$root/cli/target/pyjit.jar" "$java_class" \
    --root "$stdlib" --expected "$cache" --results-out "$results" \
    ${java_args[@]+"${java_args[@]}"}
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then
    echo "$tool: ${java_class##*.} did not complete (exit $status)" >&2
    return 2
  fi

  # results: "relpath<TAB>pass|fail" for every compared file.
  export LC_ALL=C
  if [ ! -s "$results" ]; then
    echo "$tool: ${java_class##*.} compared no files" >&2
    return 2
  fi
  awk -F'\t' '$2 == "fail" {print $1}' "$results" | sort >"$results.fail"
  awk -F'\t' '{print $1}' "$results" | sort >"$results.compared"
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$baseline" | sort -u >"$results.known"

  if [ "$update" = 1 ]; then
    { sed -n '/^#/p;/^#/!q' "$baseline"; cat "$results.fail"; } >"$baseline.new"
    mv "$baseline.new" "$baseline"
    echo "$tool: wrote $(wc -l <"$results.fail") files to ${baseline#"$root"/}"
    return 0
  fi

  comm -23 "$results.fail" "$results.known" >"$results.new"
  # Baseline entries among the compared files that passed; with a whole run, also entries that
  # are no longer in the file list at all.
  if [ "$only" = 1 ]; then
    comm -12 "$results.known" "$results.compared" | comm -23 - "$results.fail" >"$results.fixed"
  else
    comm -23 "$results.known" "$results.fail" >"$results.fixed"
  fi
  awk -v t="$tool" -v s="$start" -v c0="$t_cpython0" -v c="$t_cpython" -v e="$(date +%s.%N)" \
    'BEGIN { printf "%s: CPython side %.1f s, total %.1f s\n", t, c - c0, e - s }'
  if [ -s "$results.fixed" ]; then
    echo "$tool: $(wc -l <"$results.fixed") files in ${baseline##*/} now pass (or are gone);"
    echo "  shrink the baseline with: tools/$tool/run ${rerun_args[*]+${rerun_args[*]} }--update-baseline"
    sed 's/^/  fixed: /' "$results.fixed"
  fi
  if [ -s "$results.new" ]; then
    echo "$tool: FAILED: $(wc -l <"$results.new") failures not in ${baseline##*/}:"
    sed 's/^/  new failure: /' "$results.new"
    return 1
  fi
  echo "$tool: OK ($(wc -l <"$results.fail") known failures)"
}
