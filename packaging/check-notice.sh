#!/usr/bin/env bash
# check-notice.sh OUT: writes the third-party licence list for this build to
# OUT (from go.mod and the module cache) and stops the packaging when the
# committed copy, the one the About screen shows, differs from it.
set -euo pipefail
out=$1
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$(dirname "$out")"
(cd "$root" && go run ./tools/notice) >"$out"
if ! cmp -s "$out" "$root/internal/buildinfo/third_party_licenses.txt"; then
	echo "internal/buildinfo/third_party_licenses.txt is out of date (go.mod changed): run 'make notice' and commit it" >&2
	exit 1
fi
