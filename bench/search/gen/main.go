// Command gen fills a data folder with synthetic journal entries for
// bench/search: N entries of about SIZE bytes of English and Spanish
// words, one in a thousand mentioning a lighthouse. The passphrase to
// lock them with, if any, is the first line of standard input.
//
//	echo 'bench passphrase' | go run ./bench/search/gen -dir DIR -n 100000
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/alongside-app/alongside/store"
)

var vocab = strings.Fields(`today I called my sister about dad and the drinking again she said we should
	talk to him together on sunday felt tired angry hopeful worried calm meeting helped boundary held bent
	broken sleep work kids dinner hospital phone late night argument promise hoy llamé mi hermana sobre
	papá bebida otra vez dijo que hablemos con él juntos domingo cansada enfadada tranquila reunión ayudó
	café árbol canción`)

func main() {
	dir := flag.String("dir", "", "data folder to fill (must not hold a database yet)")
	n := flag.Int("n", 100_000, "entries")
	size := flag.Int("size", 400, "bytes of text per entry, about")
	flag.Parse()
	if err := run(*dir, *n, *size); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir string, n, size int) error {
	if dir == "" {
		return fmt.Errorf("-dir is required")
	}
	path := filepath.Join(dir, store.FileName)
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists already", path)
	}
	pass, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	pass = strings.TrimRight(pass, "\r\n")
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	if pass != "" {
		if _, err := s.SetPassphrase(ctx, "", pass, nil); err != nil {
			return err
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	base := time.Now().AddDate(0, 0, -n/24-1)
	const batch = 5000
	for start := 0; start < n; start += batch {
		es := make([]store.Entry, 0, batch)
		for i := start; i < min(n, start+batch); i++ {
			es = append(es, entry(rng, base, i, size))
		}
		if _, err := s.AddEntries(ctx, es); err != nil {
			return err
		}
	}
	return s.Close()
}

func entry(rng *rand.Rand, base time.Time, i, size int) store.Entry {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(vocab[rng.IntN(len(vocab))])
		b.WriteByte(' ')
	}
	if i%1000 == 0 {
		b.WriteString("Lighthouse")
	}
	return store.Entry{At: base.Add(time.Duration(i) * time.Hour), Mood: store.Mood(i % 6),
		Tags: []string{vocab[i%len(vocab)]}, Text: b.String()}
}
