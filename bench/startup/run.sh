#!/usr/bin/env bash
# bench/startup/run.sh [RUNS]
#
# Measures, in one run under Xvfb, the time from launch to the first drawn
# window and the resident memory 3 s later, for Alongside and for a bare Fyne
# window built the same way, and prints both ratios. See README.md.
#
# Environment:
#   BENCH_DATA_DIR  folder copied as Alongside's --data-dir for every run
#                   (default: a fresh empty folder per run)
#   ALONGSIDE_BIN   use this Alongside binary instead of building ./cmd/alongside
#   WARMUP=0        skip the untimed warm-up launch of each app
set -euo pipefail

RUNS=${1:-9}
if ! [[ $RUNS =~ ^[1-9][0-9]*$ ]]; then
	echo "usage: bench/startup/run.sh [RUNS]   (RUNS >= 1, default 9)" >&2
	exit 2
fi
WARMUP=${WARMUP:-1}
TARGET=1.30

cd "$(dirname "${BASH_SOURCE[0]}")/../.."   # repo root

# --- 1. tools: Xvfb, and Xlib headers for the probe ------------------------------
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
[[ -e /usr/include/X11/Xlib.h ]] || need+=(libx11-dev)
if ((${#need[@]})); then
	echo "installing ${need[*]} ..." >&2
	SUDO=()
	[[ $(id -u) -eq 0 ]] || SUDO=(sudo)
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/alongside-startup.XXXXXX")
XVFB_PID=
cleanup() {
	local rc=$?
	[[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
	rm -rf "$TMP"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 2. build both apps the same way, and the probe -------------------------------
# Both binaries are copied after linking: a file fresh from the linker sits
# in the page cache in larger pieces, so its first run maps several more MB
# of it than the run of an installed (copied) program does.
echo "building ..." >&2
mkdir -p "$TMP/build"
go build -o "$TMP/build/bare" ./bench/startup/bare
cp "$TMP/build/bare" "$TMP/bare"
if [[ -n ${ALONGSIDE_BIN:-} ]]; then
	echo "using ALONGSIDE_BIN=$ALONGSIDE_BIN (not building ./cmd/alongside)" >&2
	cp "$ALONGSIDE_BIN" "$TMP/alongside"
else
	go build -o "$TMP/build/alongside" ./cmd/alongside
	cp "$TMP/build/alongside" "$TMP/alongside"
fi
rm -rf "$TMP/build"
go build -o "$TMP/probe" ./bench/startup/probe
if [[ -n ${BENCH_DATA_DIR:-} && ! -d $BENCH_DATA_DIR ]]; then
	echo "BENCH_DATA_DIR=$BENCH_DATA_DIR is not a folder" >&2
	exit 2
fi

# --- 3. one Xvfb, black root so an unpainted window reads as black ----------------
DISP=
for n in $(seq 95 130); do
	if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then DISP=:$n; break; fi
done
[[ -n $DISP ]] || { echo "no free X display in :95..:130" >&2; exit 1; }
Xvfb "$DISP" -screen 0 1280x800x24 -nolisten tcp -br >"$TMP/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 100); do
	[[ -e /tmp/.X11-unix/X${DISP#:} ]] && break
	sleep 0.05
done
sleep 0.2
export DISPLAY=$DISP LIBGL_ALWAYS_SOFTWARE=1
# Keep the apps away from the user's own Fyne settings and caches.
export XDG_CONFIG_HOME=$TMP/xdg/config XDG_CACHE_HOME=$TMP/xdg/cache XDG_DATA_HOME=$TMP/xdg/data
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"

# --- 4. one measured launch: measure APP TAG sets MS and RSS -----------------------
measure() {
	local app=$1 tag=$2 args=() out
	if [[ $app == alongside ]]; then
		local data=$TMP/data-$tag
		if [[ -n ${BENCH_DATA_DIR:-} ]]; then cp -a "$BENCH_DATA_DIR" "$data"; else mkdir -p "$data"; fi
		args=(-name Alongside -- "$TMP/alongside" --data-dir "$data")
	else
		args=(-name Bare -- "$TMP/bare")
	fi
	sync
	out=$("$TMP/probe" "${args[@]}")
	MS=$(sed -E 's/.*first_window_ms=([0-9]+).*/\1/' <<<"$out")
	RSS=$(sed -E 's/.*rss_kb=([0-9]+).*/\1/' <<<"$out")
}

if [[ $WARMUP != 0 ]]; then
	echo "warm-up launch of each app (not counted) ..." >&2
	measure bare warmup
	measure alongside warmup
fi

echo "measuring $RUNS runs on $DISP ..." >&2
declare -a BARE_MS BARE_RSS ALONG_MS ALONG_RSS
ROWS=()
for ((run = 1; run <= RUNS; run++)); do
	if ((run % 2)); then order=(bare alongside); else order=(alongside bare); fi
	for app in "${order[@]}"; do
		measure "$app" "$run"
		ROWS+=("$(printf '%-10s %3d  %15d  %7d' "$app" "$run" "$MS" "$RSS")")
		if [[ $app == bare ]]; then
			BARE_MS+=("$MS"); BARE_RSS+=("$RSS")
		else
			ALONG_MS+=("$MS"); ALONG_RSS+=("$RSS")
		fi
	done
done

# --- 5. report ----------------------------------------------------------------------
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
group() { sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta' <<<"$1"; }

bm=$(median "${BARE_MS[@]}"); br=$(median "${BARE_RSS[@]}")
am=$(median "${ALONG_MS[@]}"); ar=$(median "${ALONG_RSS[@]}")

echo
printf '%-10s %3s  %15s  %7s\n' app run first_window_ms rss_kb
printf '%s\n' "${ROWS[@]}"
echo
printf 'median bare:      first window %s ms, RSS %s kB\n' "$(group "$bm")" "$(group "$br")"
printf 'median alongside: first window %s ms, RSS %s kB\n' "$(group "$am")" "$(group "$ar")"
awk -v am="$am" -v bm="$bm" -v ar="$ar" -v br="$br" -v t="$TARGET" 'BEGIN {
	printf "ratio alongside/bare: start-up %.2fx, memory %.2fx (target <= %.2fx)\n", am / (bm ? bm : 1), ar / (br ? br : 1), t
}'
