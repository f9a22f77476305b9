#!/usr/bin/env bash
# stage.sh VERSION DIR: lays out, in DIR/root, what every Linux package
# installs under its prefix (/usr for the .deb, /usr/local or ~/.local for
# the .tar.xz, /app for Flatpak), from DIR/alongside and
# DIR/THIRD-PARTY-LICENSES.txt, and checks the desktop file and metainfo.
set -euo pipefail
version=$1 dir=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
id=io.github.alongside_app.Alongside
stage=$dir/root
rm -rf "$stage"
install -Dm755 "$dir/alongside" "$stage/bin/alongside"
install -Dm644 "$here/$id.desktop" "$stage/share/applications/$id.desktop"
date=$(git -C "$root" log -1 --format=%cs 2>/dev/null || date -u +%F)
mkdir -p "$stage/share/metainfo"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$date/" "$here/$id.metainfo.xml.in" >"$stage/share/metainfo/$id.metainfo.xml"
(cd "$root" && go run ./tools/pkgassets icons ui/assets/icon.png "$stage/share/icons" "$id")
doc=$stage/share/doc/alongside
install -Dm644 "$root/LICENSE" "$doc/LICENSE"
install -Dm644 "$root/NOTICE" "$doc/NOTICE"
install -Dm644 "$dir/THIRD-PARTY-LICENSES.txt" "$doc/THIRD-PARTY-LICENSES.txt"
# Everything a package installs should say what it is; these check it.
desktop-file-validate "$stage/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$stage/share/metainfo/$id.metainfo.xml" >"$dir/appstream.log" 2>&1 ||
	{ cat "$dir/appstream.log" >&2; exit 1; }
