#!/usr/bin/env bash
# deb.sh VERSION DIR OUT.deb: packs DIR/root (from stage.sh) under /usr as a
# .deb. Its dependencies are the libraries the program links, as Debian's
# own dpkg-shlibdeps finds them, so none is forgotten or typed by hand.
# The desktop menu and icon caches refresh through dpkg's triggers.
set -euo pipefail
version=$1 dir=$(realpath -m "$2") out=$(realpath -m "$3")
here=$(cd "$(dirname "$0")" && pwd)
pkg=$dir/deb
rm -rf "$pkg" "$dir/shlibs"
mkdir -p "$pkg/usr" "$pkg/DEBIAN" "$dir/shlibs/debian" "$(dirname "$out")"
cp -a "$dir/root/." "$pkg/usr/"
# Debian's place for the licence is /usr/share/doc/PACKAGE/copyright.
{
	echo "Alongside is licensed as follows (LICENSE); third-party software in it is"
	echo "listed, with its licences, in THIRD-PARTY-LICENSES.txt beside this file."
	echo
	cat "$pkg/usr/share/doc/alongside/LICENSE"
} >"$pkg/usr/share/doc/alongside/copyright"
printf 'Source: alongside\n\nPackage: alongside\nArchitecture: amd64\n' >"$dir/shlibs/debian/control"
depends=$(cd "$dir/shlibs" && dpkg-shlibdeps -O -e"$pkg/usr/bin/alongside" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[[ -n $depends ]] || { echo "dpkg-shlibdeps found no dependencies" >&2; exit 1; }
# GLFW (inside Fyne) opens these X extension libraries at run time, so the
# linker does not list them: name them by the package that holds each here.
for soname in libXcursor.so.1 libXi.so.6 libXinerama.so.1 libXrandr.so.2 libXrender.so.1 libXxf86vm.so.1; do
	p=$(dpkg -S "*/$soname" 2>/dev/null | grep -v -- '-dev' | head -1 | cut -d: -f1)
	[[ -n $p ]] || { echo "no installed package holds $soname (install it, or xorg-dev)" >&2; exit 1; }
	depends="$depends, $p"
done
size=$(du -sk --apparent-size "$pkg/usr" | cut -f1)
# A pre-release (1.2.3-rc1) must sort before 1.2.3 for dpkg: 1.2.3~rc1.
debversion=${version/-/\~}
sed -e "s/@VERSION@/$debversion/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" "$here/control.in" >"$pkg/DEBIAN/control"
find "$pkg" -type d -exec chmod 755 {} +
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$out" >/dev/null
dpkg-deb --info "$out" | sed -n '/Package:/,/Description/p'
ls -l "$out"
