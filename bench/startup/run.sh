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
#   BENCH_VERBOSE=1 also print, per launch, when the window was mapped and how
#                   many screen captures it took to see the first frame
set -euo pipefail

RUNS=${1:-5}
if ! [[ $RUNS =~ ^[1-9][0-9]*$ ]]; then
	echo "usage: bench/startup/run.sh [RUNS]   (RUNS >= 1, default 5)" >&2
	exit 2
fi
WARMUP=${WARMUP:-1}
TIMEOUT_MS=30000      # an app that has not drawn within this is a failure
SETTLE_S=3            # wait after the first frame before reading VmRSS
RANGE_MIN=10          # painted if the window's pixels span more than 0.01 (in 1e-3 units)
NAME_RE='^(Alongside|Bare)$'
TARGET=1.30

cd "$(dirname "${BASH_SOURCE[0]}")/../.."   # repo root

# --- 1. tools -----------------------------------------------------------------
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
{ command -v import >/dev/null && command -v convert >/dev/null; } || need+=(imagemagick)
if ((${#need[@]})); then
	echo "installing ${need[*]} ..." >&2
	SUDO=()
	[[ $(id -u) -eq 0 ]] || SUDO=(sudo)
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- clean-up -------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/alongside-startup.XXXXXX")
XVFB_PID=
APP_PID=
cleanup() {
	local rc=$?
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -KILL "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	if [[ -n $XVFB_PID ]] && kill -0 "$XVFB_PID" 2>/dev/null; then
		kill "$XVFB_PID" 2>/dev/null || true
		wait "$XVFB_PID" 2>/dev/null || true
	fi
	rm -rf "$TMP"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Wall clock in ns without forking (bash >= 5), else date(1).
if [[ -n ${EPOCHREALTIME:-} ]]; then
	now_ns() { local t=${EPOCHREALTIME/[.,]/}; REPLY=$((10#$t * 1000)); }
else
	now_ns() { REPLY=$(date +%s%N); }
fi

# --- 2. build both the same way ---------------------------------------------------
echo "building ..." >&2
go build -tags sqlite_fts5 -o "$TMP/bare" ./bench/startup/bare
if [[ -n ${ALONGSIDE_BIN:-} ]]; then
	echo "using ALONGSIDE_BIN=$ALONGSIDE_BIN (not building ./cmd/alongside)" >&2
	cp "$ALONGSIDE_BIN" "$TMP/alongside"
else
	go build -tags sqlite_fts5 -o "$TMP/alongside" ./cmd/alongside
fi
if [[ -n ${BENCH_DATA_DIR:-} && ! -d $BENCH_DATA_DIR ]]; then
	echo "BENCH_DATA_DIR=$BENCH_DATA_DIR is not a folder" >&2
	exit 2
fi

# --- 3. one Xvfb ------------------------------------------------------------------
DISP=
for n in $(seq 95 130); do
	if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then DISP=:$n; break; fi
done
[[ -n $DISP ]] || { echo "no free X display in :95..:130" >&2; exit 1; }
# -br: black root, so a mapped but not yet painted window reads as uniform.
Xvfb "$DISP" -screen 0 1280x800x24 -nolisten tcp -br >"$TMP/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=$DISP LIBGL_ALWAYS_SOFTWARE=1
for _ in $(seq 100); do
	xdotool getdisplaygeometry >/dev/null 2>&1 && break
	kill -0 "$XVFB_PID" 2>/dev/null || { cat "$TMP/xvfb.log" >&2; exit 1; }
	sleep 0.05
done
xdotool getdisplaygeometry >/dev/null 2>&1 || { echo "Xvfb on $DISP did not start" >&2; exit 1; }
# Keep the apps away from the user's own Fyne settings and caches.
export XDG_CONFIG_HOME=$TMP/xdg/config XDG_CACHE_HOME=$TMP/xdg/cache XDG_DATA_HOME=$TMP/xdg/data
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"

# --- 4 + 5. one measured launch -----------------------------------------------------
# measure APP TAG: sets MS and RSS.
measure() {
	local app=$1 tag=$2 args=() t0 t1 tcap twin=0 deadline wid= out v caps=0
	if [[ $app == alongside ]]; then
		local data=$TMP/data-$tag
		if [[ -n ${BENCH_DATA_DIR:-} ]]; then
			cp -a "$BENCH_DATA_DIR" "$data"
		else
			mkdir -p "$data"
		fi
		args=(--data-dir "$data")
	fi
	sync

	now_ns; t0=$REPLY
	"$TMP/$app" "${args[@]}" >"$TMP/$app-$tag.log" 2>&1 &
	APP_PID=$!
	deadline=$((t0 + TIMEOUT_MS * 1000000))
	MS=

	while :; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			echo "$app exited before drawing a window; its output:" >&2
			cat "$TMP/$app-$tag.log" >&2
			exit 1
		fi
		if [[ -z $wid ]]; then
			out=$(xdotool search --onlyvisible --name "$NAME_RE" 2>/dev/null) || out=
			wid=${out%%$'\n'*}
			if [[ -n $wid ]]; then now_ns; twin=$REPLY; fi
		fi
		if [[ -n $wid ]]; then
			# The frame is stamped at the start of the capture that sees it.
			now_ns; tcap=$REPLY
			caps=$((caps + 1))
			# Non-uniform pixels (brightest - darkest channel value) mean painted;
			# with Xvfb -br an unpainted window is all black. max-min costs
			# ~35 ms a capture here, standard_deviation ~55 ms.
			v=$(import -silent -window "$wid" -format '%[fx:int((maxima-minima)*1000)]' info: 2>/dev/null) || v=
			if [[ $v =~ ^[0-9]+$ ]] && ((v > RANGE_MIN)); then
				MS=$(((tcap - t0) / 1000000))
				if [[ ${BENCH_VERBOSE:-0} != 0 ]]; then
					now_ns
					printf '  %s %s: window mapped at %d ms, first frame seen at %d ms after %d capture(s), last capture took %d ms\n' \
						"$app" "$tag" $(((twin - t0) / 1000000)) "$MS" "$caps" $(((REPLY - tcap) / 1000000)) >&2
				fi
				break
			fi
		fi
		now_ns; t1=$REPLY
		if ((t1 > deadline)); then
			echo "$app ($tag) drew no window within $((TIMEOUT_MS / 1000)) s (window id: ${wid:-none})" >&2
			exit 1
		fi
	done

	sleep "$SETTLE_S"
	RSS=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || true)
	if [[ -z $RSS ]]; then
		echo "$app ($tag) exited before its memory could be read" >&2
		exit 1
	fi

	kill "$APP_PID" 2>/dev/null || true
	for _ in $(seq 50); do
		kill -0 "$APP_PID" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$APP_PID" 2>/dev/null || true
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=
	# Let the window disappear before the next launch looks for one.
	for _ in $(seq 50); do
		xdotool search --onlyvisible --name "$NAME_RE" >/dev/null 2>&1 || break
		sleep 0.1
	done
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

# --- 6. report ------------------------------------------------------------------------
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
