#!/usr/bin/env bash
# bench/backup/run.sh [ENTRIES]
#
# Builds a data folder of ENTRIES (default 100,000) synthetic journal
# entries of about 400 bytes, opens it as the app does, and times "Back up"
# (store.Backup: SQLite's online backup API into a temporary file, fsync,
# rename) against cp of the same database file, in the same run,
# alternating, RUNS times each (default 5). It prints the medians and
# their ratio; the issue's target is under 3x.
#
# Environment:
#   RUNS       timed runs of each (default 5)
#   BENCH_DIR  keep the data folder here between runs (default: a
#              temporary folder, removed at the end)
set -euo pipefail

ENTRIES=${1:-100000}
RUNS=${RUNS:-5}
cd "$(dirname "${BASH_SOURCE[0]}")/../.."   # repo root

if [[ -n ${BENCH_DIR:-} ]]; then
	WORK=$BENCH_DIR
	mkdir -p "$WORK"
else
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/alongside-backup.XXXXXX")
	trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK/bin"
CGO_ENABLED=1 go build -o "$WORK/bin/timer" ./bench/backup/timer
"$WORK/bin/timer" -dir "$WORK/data-$ENTRIES" -n "$ENTRIES" -runs "$RUNS"
