#!/usr/bin/env bash
# test-deb.sh FILE.deb: installs the .deb on this (fresh) Debian as root,
# runs `alongside version` and a command, opens the window under Xvfb and
# checks it maps, then removes the package and checks nothing is left.
# Run it in a clean Debian: `make test-deb` (a debootstrap chroot), or
#   /work/shared/tools/fresh-machine 'make deb && packaging/linux/test-deb.sh dist/alongside_*.deb'
# (there the build's own -dev packages are installed too, which can hide a
# missing dependency: the chroot is the stricter test).
set -euo pipefail
deb=$(realpath "$1")
export DEBIAN_FRONTEND=noninteractive
step() { echo "== $*"; }
step "install $(basename "$deb")"
apt-get update -qq
apt-get install -y -qq "$deb" >/tmp/test-deb-install.log
dpkg -s alongside | sed -n 's/^\(Version\|Depends\):/  &/p'
step "alongside version"
alongside version
step "a command"
d=$(mktemp -d)
printf 'hola\n' | alongside --data-dir "$d/datos" journal add
alongside --data-dir "$d/datos" journal list | head -3
step "the window (Xvfb)"
apt-get install -y -qq --no-install-recommends xvfb xdotool >/dev/null
Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=:77 alongside --data-dir "$d/ventana" >"$d/window.log" 2>&1 &
app=$!
if DISPLAY=:77 timeout 60 xdotool search --sync --onlyvisible --name '^Alongside$' >/dev/null; then
	echo "  the window opened"
	sleep 3
	kill -0 "$app" && echo "  and is still running after 3 s"
else
	echo "  NO WINDOW"; cat "$d/window.log"; exit 1
fi
kill "$app" "$xvfb"; wait "$app" "$xvfb" 2>/dev/null || true
grep -q 'Error in Fyne call thread' "$d/window.log" && { echo "  Fyne threading error in the log"; exit 1; }
step "desktop integration"
test -f /usr/share/applications/io.github.alongside_app.Alongside.desktop
test -f /usr/share/icons/hicolor/256x256/apps/io.github.alongside_app.Alongside.png
test -f /usr/share/metainfo/io.github.alongside_app.Alongside.metainfo.xml
echo "  desktop file, icons and metainfo installed"
step "remove"
apt-get remove --purge -y -qq alongside >/dev/null
if dpkg -L alongside >/dev/null 2>&1 || [ -e /usr/bin/alongside ] || [ -e /usr/share/doc/alongside ]; then
	echo "  files left behind"; exit 1
fi
echo "  removed cleanly"
echo "deb test: 1 passed, 0 failed"
