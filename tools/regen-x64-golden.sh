#!/bin/sh
# Regenerates the x86-64 assembler's golden bytes (core/src/test/resources/x64/golden*.txt)
# from GNU as. Needs python3 and binutils (as, nm, objcopy); the tests themselves need neither.
# With --check, regenerates into a temporary directory and fails if the committed files
# differ (for CI, or after changing regen.py).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
data=$here/core/src/test/resources/x64
for tool in python3 as nm objcopy; do
  command -v "$tool" >/dev/null 2>&1 || { echo "regen-x64-golden: $tool is not installed" >&2; exit 1; }
done
if [ "${1:-}" = "--check" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  python3 "$data/regen.py" "$tmp" >/dev/null
  for f in golden.txt golden-programs.txt; do
    if ! cmp -s "$tmp/$f" "$data/$f"; then
      echo "regen-x64-golden: $f differs from what regen.py and this as give:" >&2
      diff "$data/$f" "$tmp/$f" | head -20 >&2
      exit 1
    fi
  done
  echo "regen-x64-golden: golden files are up to date"
  exit 0
fi
exec python3 "$data/regen.py"
