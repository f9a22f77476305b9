#!/usr/bin/env bash
# resources.sh VERSION NAME DESCRIPTION OUT.syso: compiles alongside.rc.in (the
# icon, the version resource and the manifest) for one .exe with mingw's windres.
# The .syso it writes beside the program's Go files is linked in by `go build`
# for GOOS=windows only, and is ignored by git.
set -euo pipefail
version=$1 name=$2 description=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work="$root/bin/windows-res/$name"
mkdir -p "$work"
# Windows wants four numbers: 1.2.3-rc1 gives 1,2,3 (and the .0 from the template).
numeric=${version%%[-+]*}
IFS=. read -r major minor patch <<<"$numeric"
commas="${major:-0},${minor:-0},${patch:-0}"
(cd "$root" && go run ./tools/pkgassets ico ui/assets/icon.png "$work/alongside.ico")
sed -e "s|@VERSION@|$version|g" -e "s|@VERSION_COMMAS@|$commas|g" \
    -e "s|@YEAR@|$(date -u +%Y)|g" -e "s|@NAME@|$name|g" -e "s|@DESCRIPTION@|$description|g" \
    -e "s|@ICON@|$work/alongside.ico|g" -e "s|@MANIFEST@|$here/alongside.manifest|g" \
    "$here/alongside.rc.in" >"$work/alongside.rc"
x86_64-w64-mingw32-windres -O coff -i "$work/alongside.rc" -o "$out"
