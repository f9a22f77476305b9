#!/usr/bin/env bash
# test.sh runs every package's tests, for `make test`, in two groups at
# once: on a machine with two cores neither group keeps both busy alone.
#   - Under the race detector: every package but two whose tests drive one
#     goroutine, the window's (ui, with its manual background runner) and
#     third_party's checks of the patched copies; then the window tests
#     that do use goroutines (start-up, the idle lock, re-keying behind the
#     window).
#   - Without it: those two packages.
# Each group's output is printed whole once both are done; the script fails
# when either group does. Environment: GO, TAGFLAG, UI_RACE_TESTS.
set -u
go=${GO:-go}
tagflag=${TAGFLAG:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

race_pkgs=$($go list $tagflag ./... | grep -v -e '/ui$' -e '/third_party$')
echo "go test -race (every package but ui and third_party) and go test ./ui ./third_party, at once"

# shellcheck disable=SC2086 # the package list and the tag flag are words
{
	$go test -race -timeout 40m $tagflag $race_pkgs &&
		echo "go test -race -run '$UI_RACE_TESTS' ./ui" &&
		$go test -race -timeout 30m $tagflag -run "$UI_RACE_TESTS" ./ui
} >"$tmp/race" 2>&1 &
race=$!
$go test -timeout 30m $tagflag ./ui ./third_party >"$tmp/plain" 2>&1 &
plain=$!

wait "$race"
race_rc=$?
wait "$plain"
plain_rc=$?
cat "$tmp/race" "$tmp/plain"
if [ "$race_rc" -ne 0 ] || [ "$plain_rc" -ne 0 ]; then
	echo "FAIL: make test (race group exit $race_rc, window group exit $plain_rc)"
	exit 1
fi
