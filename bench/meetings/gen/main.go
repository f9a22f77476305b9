// Command gen writes a synthetic meeting feed for the benchmarks:
//
//	go run ./bench/meetings/gen -n 50000 > feed.json
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/alongside-app/alongside/bench/meetings/feedgen"
)

func main() {
	n := flag.Int("n", 50000, "how many meetings")
	seed := flag.Uint64("seed", 1, "random seed (the same seed gives the same feed)")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	if err := feedgen.Write(w, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
