// Command timer measures, for bench/search, what the journal screen does
// after the passphrase is typed: unlock, load and open every entry, fold
// them into the search index, then search; and, for comparison, rg -i
// over a plaintext export of the same entries. The passphrase is the
// first line of standard input.
//
//	echo 'bench passphrase' | go run ./bench/search/timer -dir DIR -export FILE -word lighthouse
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/alongside-app/alongside/internal/search"
	"github.com/alongside-app/alongside/store"
)

func main() {
	dir := flag.String("dir", "", "data folder")
	export := flag.String("export", "", "plaintext Markdown export of the same entries, for rg (empty: skip rg)")
	words := flag.String("word", "lighthouse", "comma-separated words to search for")
	runs := flag.Int("runs", 21, "searches of each word (the median is reported)")
	flag.Parse()
	if err := run(*dir, *export, strings.Split(*words, ","), *runs); err != nil {
		fmt.Fprintln(os.Stderr, "timer:", err)
		os.Exit(1)
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }

func run(dir, export string, words []string, runs int) error {
	pass, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	pass = strings.TrimRight(pass, "\r\n")
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, store.FileName))
	if err != nil {
		return err
	}
	defer s.Close()
	t0 := time.Now()
	if has, _ := s.HasPassphrase(ctx); has {
		if err := s.Unlock(ctx, pass); err != nil {
			return err
		}
	}
	t1 := time.Now()
	es, err := s.Entries(ctx)
	if err != nil {
		return err
	}
	t2 := time.Now()
	ix := search.New(es)
	t3 := time.Now()
	fmt.Printf("entries            %d\n", len(es))
	fmt.Printf("unlock (Argon2id)  %s\n", ms(t1.Sub(t0)))
	fmt.Printf("load and open      %s\n", ms(t2.Sub(t1)))
	fmt.Printf("fold into index    %s\n", ms(t3.Sub(t2)))
	for _, w := range words {
		mem, hits := median(runs, func() int { return len(ix.Match(search.Query{Text: w})) })
		fmt.Printf("search %-12q  %s median of %d, %d entries\n", w, ms(mem), runs, hits)
		if export == "" {
			continue
		}
		if _, err := exec.LookPath("rg"); err != nil {
			fmt.Println("rg not installed: skipped")
			continue
		}
		rg, lines := median(runs, func() int {
			out, _ := exec.Command("rg", "-i", "-c", w, export).Output()
			var n int
			fmt.Sscan(string(out), &n)
			return n
		})
		fmt.Printf("rg -i %-12q   %s median of %d, %d lines\n", w, ms(rg), runs, lines)
		fmt.Printf("ratio rg/in-memory %.1fx (above 1: the in-memory search is faster)\n", float64(rg)/float64(mem))
	}
	return nil
}

// median runs fn n times and returns the median time and fn's last result.
func median(n int, fn func() int) (time.Duration, int) {
	times := make([]time.Duration, n)
	var r int
	for i := range times {
		start := time.Now()
		r = fn()
		times[i] = time.Since(start)
	}
	slices.Sort(times)
	return times[n/2], r
}
