#!/usr/bin/env bash
# Installs clang-19 and llvm-19 from Debian's packages when they are missing (needed only to
# regenerate the stencil table; building pyjit does not need them).
set -euo pipefail
if command -v clang-19 >/dev/null && command -v llvm-objdump-19 >/dev/null; then exit 0; fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang-19 llvm-19 >/dev/null
