#!/usr/bin/env bash
# bench/hide/run.sh [RUNS]
#
# In a real window under Xvfb, with a 100 KB journal entry (the newest) and
# the lock off and on: how long the entry takes to show, and how long Hide
# (Escape three times, pressed while that entry opens) takes to cover the
# window. See README.md.
set -euo pipefail
RUNS=${1:-5}
cd "$(dirname "${BASH_SOURCE[0]}")/../.."   # repo root

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
[[ -e /usr/include/X11/extensions/XTest.h ]] || need+=(libxtst-dev)
[[ -e /usr/include/X11/Xlib.h ]] || need+=(libx11-dev)
if ((${#need[@]})); then
	SUDO=()
	[[ $(id -u) -eq 0 ]] || SUDO=(sudo)
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/alongside-hide.XXXXXX")
XVFB_PID=
cleanup() {
	local rc=$?
	[[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
	rm -rf "$TMP"
	exit "$rc"
}
trap cleanup EXIT

echo "building ..." >&2
go build -o "$TMP/alongside" ./cmd/alongside
go build -o "$TMP/probe" ./bench/hide/probe
go run ./bench/hide/gen 100000 >"$TMP/long.txt"

# Two data folders: three short entries and the long one (newest), one of
# them locked. The list's first row is then the long entry.
PASS="kettle river blue morning"
for d in open locked; do
	for i in 1 2 3; do echo "A short entry, number $i." | "$TMP/alongside" --data-dir "$TMP/$d" journal add >/dev/null; done
	"$TMP/alongside" --data-dir "$TMP/$d" journal add --text-file "$TMP/long.txt" >/dev/null
done
printf '%s\n%s\n' "$PASS" "$PASS" | "$TMP/alongside" --data-dir "$TMP/locked" lock set >/dev/null

DISP=
for n in $(seq 95 130); do
	if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then DISP=:$n; break; fi
done
[[ -n $DISP ]] || { echo "no free X display" >&2; exit 1; }
Xvfb "$DISP" -screen 0 1280x800x24 -nolisten tcp -br >"$TMP/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 100); do [[ -e /tmp/.X11-unix/X${DISP#:} ]] && break; sleep 0.05; done
export DISPLAY=$DISP LIBGL_ALWAYS_SOFTWARE=1 XDG_CONFIG_HOME=$TMP/config XDG_DATA_HOME=$TMP/share

for mode in open hide idle; do
	echo "== lock off, $mode"
	"$TMP/probe" -bin "$TMP/alongside" -data "$TMP/open" -mode "$mode" -runs "$RUNS" -limit 60s
	echo "== lock on, $mode"
	"$TMP/probe" -bin "$TMP/alongside" -data "$TMP/locked" -pass "$PASS" -mode "$mode" -runs "$RUNS" -limit 60s
done
