#!/usr/bin/env bash
# Regenerates the stencil table from the C templates with clang-19 (docs/internals/stencils.md).
#   tools/stencils/regen.sh           write the committed table
#   tools/stencils/regen.sh --check   regenerate into a temporary file, fail if it differs
#   tools/stencils/regen.sh --listing FILE   also write a disassembly of every stencil
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src="$root/core/src/main/c"
table="$root/core/src/main/resources/org/pyjit/jit/stencil/stencils-x86_64-linux.txt"
command -v clang-19 >/dev/null || { echo "regen.sh: clang-19 is missing (tools/stencils/install-clang.sh)" >&2; exit 2; }
if [ "${1:-}" = "--check" ]; then
  tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
  python3 "$root/tools/stencils/build.py" "$src" "$tmp/table.txt"
  if ! diff -u "$table" "$tmp/table.txt" > "$tmp/diff"; then
    head -40 "$tmp/diff" >&2
    echo "regen.sh --check: the committed stencil table differs from what clang-19 gives; run tools/stencils/regen.sh" >&2
    exit 1
  fi
  echo "stencil table up to date ($(grep -c '^stencil ' "$table") stencils)"
else
  mkdir -p "$(dirname "$table")"
  python3 "$root/tools/stencils/build.py" "$src" "$table" "$@"
  echo "wrote $table ($(grep -c '^stencil ' "$table") stencils)"
fi
