#!/usr/bin/env bash
# package.sh VERSION BUILD_DIR DIST: puts alongside.exe and alongside-cli.exe
# (already built in BUILD_DIR) with a README and the licences into
#   DIST/Alongside-VERSION-windows-amd64.zip   (unpack and run)
#   DIST/Alongside-VERSION-windows-amd64.msi   (per-user installer, wixl)
set -euo pipefail
version=$1 build=$(realpath -m "$2") dist=$(realpath -m "$3")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
name=Alongside-$version-windows-amd64
stage=$build/$name
rm -rf "$stage"
mkdir -p "$stage" "$dist"
cp "$build/alongside.exe" "$build/alongside-cli.exe" "$stage/"
# Text files with CRLF line ends, for any editor Windows has.
crlf() { sed -e 's/\r$//' -e 's/$/\r/' "$1" >"$2"; }
sed "s/@VERSION@/$version/" "$here/README.txt" >"$build/README.txt"
crlf "$build/README.txt" "$stage/README.txt"
crlf "$root/LICENSE" "$stage/LICENSE.txt"
crlf "$build/THIRD-PARTY-LICENSES.txt" "$stage/THIRD-PARTY-LICENSES.txt"
# Same date on every file, so two builds of one commit give the same zip.
touch -d "@$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)" "$stage" "$stage"/*

rm -f "$dist/$name.zip"
(cd "$build" && zip -q -X -r "$dist/$name.zip" "$name")

# The MSI's version has three numbers and no suffix (0.2.0-rc1 installs as 0.2.0).
msi_version=${version%%[-+]*}
# wixl finds files by name in the folder it runs in.
msiwork=$build/msi
rm -rf "$msiwork"
cp -a "$stage" "$msiwork"
cp "$here/alongside.wxs" "$root/bin/windows-res/alongside/alongside.ico" "$msiwork/"
(cd "$msiwork" && wixl -a x64 -o "$dist/$name.msi" -D Version="$version" -D MsiVersion="$msi_version" alongside.wxs)
ls -l "$dist/$name.zip" "$dist/$name.msi"
