#!/usr/bin/env bash
# bench/meetings/run.sh [COUNT]
#
# Measures DESIGN.md's meeting targets on a synthetic 50,000-meeting feed
# (bench/meetings/feedgen; `go run ./bench/meetings/gen -n N` writes one):
#   - a whole import (parse, then store in one transaction) against
#     encoding/json decoding the same file: under 2x;
#   - a filtered, distance-sorted search over the 50,000: under 10 ms.
# COUNT is how many runs of each benchmark (default 5).
set -euo pipefail
COUNT=${1:-5}
cd "$(dirname "${BASH_SOURCE[0]}")/../.."   # repo root
export CGO_ENABLED=1
out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test -run '^$' -bench 'DecodeJSON50k|Parse50k|Search50k|SearchAll50k' -benchtime "${COUNT}x" ./internal/meetings | tee -a "$out"
go test -run '^$' -bench 'ImportFeed50k' -benchtime "${COUNT}x" ./store | tee -a "$out"
ns() { awk -v b="$1" '$1 ~ "^Benchmark"b"(-[0-9]+)?$" {print $3}' "$out"; }
decode=$(ns DecodeJSON50k) import=$(ns ImportFeed50k) parse=$(ns Parse50k) search=$(ns Search50k)
echo
awk -v d="$decode" -v i="$import" -v p="$parse" -v s="$search" 'BEGIN {
	printf "encoding/json decode: %7.0f ms\n", d/1e6
	printf "parse only:           %7.0f ms  (%.2fx)\n", p/1e6, p/d
	printf "import (parse+store): %7.0f ms  (%.2fx; target under 2x)\n", i/1e6, i/d
	printf "filtered search:      %7.2f ms  (target under 10 ms)\n", s/1e6
}'
