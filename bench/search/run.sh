#!/usr/bin/env bash
# bench/search/run.sh [ENTRIES]
#
# Builds a data folder of ENTRIES (default 100,000) synthetic journal
# entries of about 400 bytes, locked with a passphrase; exports it with
# "alongside export" to plaintext Markdown; then times, for each word,
# rg -i over the export against Alongside's in-memory search after unlock
# (bench/search/timer), and prints the ratio. DESIGN.md's target: the
# in-memory search is no slower than rg -i. rg is skipped, with a note,
# when it is not installed (Debian: apt-get install ripgrep).
#
# Environment:
#   WORDS      comma-separated words to search for (default: lighthouse,hospital)
#   BENCH_DIR  keep the data folder and export here (default: a temporary
#              folder, removed at the end: the export is plaintext)
set -euo pipefail

ENTRIES=${1:-100000}
WORDS=${WORDS:-lighthouse,hospital}
PASS="bench search passphrase"
cd "$(dirname "${BASH_SOURCE[0]}")/../.."   # repo root

if ! command -v rg >/dev/null; then
	SUDO=()
	[[ $(id -u) -eq 0 ]] || SUDO=(sudo)
	if command -v apt-get >/dev/null; then
		echo "installing ripgrep ..." >&2
		"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ripgrep >/dev/null 2>&1 ||
			echo "ripgrep could not be installed: rg will be skipped" >&2
	fi
fi

if [[ -n ${BENCH_DIR:-} ]]; then
	WORK=$BENCH_DIR
	mkdir -p "$WORK"
else
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/alongside-search.XXXXXX")
	trap 'rm -rf "$WORK"' EXIT
fi
BIN=$WORK/bin
mkdir -p "$BIN"
go build -o "$BIN/alongside" ./cmd/alongside
go build -o "$BIN/gen" ./bench/search/gen
go build -o "$BIN/timer" ./bench/search/timer

DATA=$WORK/data-$ENTRIES
if [[ ! -e $DATA/alongside.db ]]; then
	echo "generating $ENTRIES entries in $DATA ..." >&2
	rm -rf "$DATA"
	printf '%s\n' "$PASS" | "$BIN/gen" -dir "$DATA" -n "$ENTRIES"
fi
EXPORT=$WORK/export-$ENTRIES.md
printf '%s\n' "$PASS" | "$BIN/alongside" --data-dir "$DATA" export --out "$EXPORT" >/dev/null
echo "export: $(du -h "$EXPORT" | cut -f1) of Markdown" >&2

printf '%s\n' "$PASS" | "$BIN/timer" -dir "$DATA" -export "$EXPORT" -word "$WORDS"
