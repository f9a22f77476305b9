#!/usr/bin/env bash
# startup.sh LINUX_BINARY WINDOWS_EXE [RUNS]: time from launch to the first
# drawn window of the Linux build under Xvfb and of the Windows .exe under
# Wine, on one Xvfb in one run, alternating, with bench/startup's probe;
# prints the medians and their ratio. Each launch gets a fresh data folder.
set -euo pipefail
linux=$(realpath "$1") exe=$(realpath "$2") runs=${3:-5}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export LANG=C.UTF-8 USER="Zoë Núñez" WINEPREFIX=$root/bin/wine/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
"$here/prefix.sh" "$WINEPREFIX"
wineserver -k 2>/dev/null || true # one left from an earlier run would keep its old X display
tmp=$(mktemp -d)
(cd "$root" && go build -o "$tmp/probe" ./bench/startup/probe)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -br 3>"$tmp/display" >/dev/null 2>&1 &
xvfb=$!
trap 'wineserver -k 2>/dev/null; kill $xvfb 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 200); do [[ -s $tmp/display ]] && break; sleep 0.05; done
export DISPLAY=:$(cat "$tmp/display") LIBGL_ALWAYS_SOFTWARE=1
wineboot >/dev/null 2>&1 || true # wineserver up before the first timed launch, as on a used machine
ms() { sed -E 's/.*first_window_ms=([0-9]+).*/\1/'; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
L=() W=()
for ((i = 0; i <= runs; i++)); do # run 0 warms both up and is not counted
	l=$("$tmp/probe" -name Alongside -- "$linux" --data-dir "$tmp/l$i" | ms)
	w=$("$tmp/probe" -name Alongside -- wine "$exe" --data-dir "$(winepath -w "$tmp/w$i")" | ms)
	wineserver -w 2>/dev/null || true
	echo "run $i: linux $l ms, windows under wine $w ms"
	((i == 0)) || { L+=("$l"); W+=("$w"); }
done
lm=$(median "${L[@]}") wm=$(median "${W[@]}")
echo "median first window: linux $lm ms, windows (wine) $wm ms, ratio $(awk -v a="$wm" -v b="$lm" 'BEGIN{printf "%.2f", a/b}')"
