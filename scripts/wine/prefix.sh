#!/usr/bin/env bash
# prefix.sh PREFIX: makes (once) a 64-bit Wine prefix for the Windows tests,
# for a user whose name has a space and accents, and puts the test-only
# ProcessPrng stand-in (bcryptprimitives.c) in its system32. Idempotent.
set -euo pipefail
prefix=$1
here=$(cd "$(dirname "$0")" && pwd)
export WINEPREFIX=$prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko (they would be downloaded): Alongside needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
if [[ ! -f $prefix/system.reg ]]; then
	mkdir -p "$prefix"
	wineboot --init >/dev/null 2>&1
	wineserver --wait
fi
dll=$prefix/drive_c/windows/system32/bcryptprimitives.dll
if [[ ! -f $dll || $here/bcryptprimitives.c -nt $dll ]]; then
	x86_64-w64-mingw32-gcc -O2 -shared -s -o "$dll" "$here/bcryptprimitives.c" -ladvapi32
fi
