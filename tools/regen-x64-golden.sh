#!/bin/sh
# Regenerates the x86-64 assembler's golden bytes (core/src/test/resources/x64/golden*.txt)
# from GNU as. Needs python3 and binutils (as, nm, objcopy); the tests themselves need neither.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
for tool in python3 as nm objcopy; do
  command -v "$tool" >/dev/null 2>&1 || { echo "regen-x64-golden: $tool is not installed" >&2; exit 1; }
done
exec python3 "$here/core/src/test/resources/x64/regen.py"
