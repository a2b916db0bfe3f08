# Sourced by tool scripts that compare pyjit with CPython (tools/ast-compare/run,
# bench/parse/run, bench/interp/run). pyjit_find_cpython313 sets the array PYJIT_CPYTHON to
# a command that runs CPython 3.13: $PYJIT_CPYTHON313 if set (it must work), else
# python3.13 on PATH, else pyenv's 3.13.0. Returns 1 if there is none, 2 if
# $PYJIT_CPYTHON313 is not CPython 3.13.

pyjit_is_cpython313() {
  "$@" -c 'import sys; sys.exit(sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 13))' \
    >/dev/null 2>&1
}

pyjit_find_cpython313() {
  PYJIT_CPYTHON=()
  local c cand
  if [ -n "${PYJIT_CPYTHON313:-}" ]; then
    read -r -a cand <<<"$PYJIT_CPYTHON313"
    if ! pyjit_is_cpython313 "${cand[@]}"; then
      echo "PYJIT_CPYTHON313='$PYJIT_CPYTHON313' is not a working CPython 3.13" >&2
      return 2
    fi
    PYJIT_CPYTHON=("${cand[@]}")
    return 0
  fi
  for c in "python3.13" "env PYENV_VERSION=3.13.0 python3" "env PYENV_VERSION=3.13.0 python3.13"; do
    read -r -a cand <<<"$c"
    if pyjit_is_cpython313 "${cand[@]}"; then
      PYJIT_CPYTHON=("${cand[@]}")
      return 0
    fi
  done
  return 1
}

# pyjit_find_cpython311 sets the array PYJIT_CPYTHON311 to a command that runs CPython 3.11
# (a comparison column of bench/interp/run): $PYJIT_CPYTHON311_CMD if it is one, else
# python3.11 on PATH, else pyenv's newest 3.11.x. Returns 1 if there is none.
pyjit_find_cpython311() {
  PYJIT_CPYTHON311=()
  local c cand v
  local cands=()
  if [ -n "${PYJIT_CPYTHON311_CMD:-}" ]; then
    cands+=("$PYJIT_CPYTHON311_CMD")
  fi
  cands+=("python3.11")
  if command -v pyenv >/dev/null 2>&1; then
    v=$(pyenv versions --bare 2>/dev/null | grep -E '^3\.11\.[0-9]+$' | sort -t. -k3 -n | tail -1)
    if [ -n "$v" ]; then cands+=("env PYENV_VERSION=$v python3"); fi
  fi
  for c in "${cands[@]}"; do
    read -r -a cand <<<"$c"
    if "${cand[@]}" -c 'import sys; sys.exit(sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11))' \
        >/dev/null 2>&1; then
      PYJIT_CPYTHON311=("${cand[@]}")
      return 0
    fi
  done
  return 1
}
