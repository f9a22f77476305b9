// Command timer measures "Back up" against cp for bench/backup: it fills
// a data folder with N journal entries (unless the folder has them
// already), opens it as the app does, and times Store.Backup (the online
// backup API, synced, renamed into place) against cp of the same
// database file, alternating, several times; it prints the medians and
// their ratio. DESIGN's target for the issue: under 3x.
//
//	go run ./bench/backup/timer -dir DIR -n 100000
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/alongside-app/alongside/store"
)

func main() {
	dir := flag.String("dir", "", "data folder (filled when it has no database)")
	n := flag.Int("n", 100_000, "journal entries")
	runs := flag.Int("runs", 5, "timed runs of each")
	flag.Parse()
	if err := run(*dir, *n, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "timer:", err)
		os.Exit(1)
	}
}

func run(dir string, n, runs int) error {
	if dir == "" {
		return fmt.Errorf("-dir is required")
	}
	ctx := context.Background()
	path := filepath.Join(dir, store.FileName)
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(os.Stderr, "adding %d entries to %s ...\n", n, dir)
		if err := fill(ctx, path, n); err != nil {
			return err
		}
	}
	s, err := store.Open(ctx, path) // as the app holds it while in use
	if err != nil {
		return err
	}
	defer s.Close()
	count, err := s.CountEntries(ctx)
	if err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	out := filepath.Join(dir, "bench-out")
	if err := os.MkdirAll(out, 0o700); err != nil {
		return err
	}
	defer os.RemoveAll(out)
	backupDest, cpDest := filepath.Join(out, "backup.db"), filepath.Join(out, "cp.db")

	backup := func() error { return s.Backup(ctx, backupDest) }
	cp := func() error {
		os.Remove(cpDest)
		return exec.Command("cp", path, cpDest).Run()
	}
	// Once each untimed, so that both read from a warm page cache.
	if err := backup(); err != nil {
		return err
	}
	if err := cp(); err != nil {
		return err
	}
	var tb, tc, tr []time.Duration
	for i := 0; i < runs; i++ {
		d, err := timed(backup)
		if err != nil {
			return err
		}
		tb = append(tb, d)
		if d, err = timed(cp); err != nil {
			return err
		}
		tc = append(tc, d)
		if d, err = whileReading(ctx, s, path, backup); err != nil {
			return err
		}
		tr = append(tr, d)
	}
	mb, mc, mr := median(tb), median(tc), median(tr)
	fmt.Printf("entries: %d, database: %.1f MB, runs: %d\n", count, float64(info.Size())/1e6, runs)
	fmt.Printf("Store.Backup, app idle (file copied in a read snapshot, fsync, rename): median %v  (all %v)\n", mb.Round(time.Millisecond), rounded(tb))
	fmt.Printf("Store.Backup, a reader holding the log (online backup API, fsync, rename): median %v  (all %v)\n", mr.Round(time.Millisecond), rounded(tr))
	fmt.Printf("cp of alongside.db: median %v  (all %v)\n", mc.Round(time.Millisecond), rounded(tc))
	fmt.Printf("ratio backup/cp: %.2fx idle, %.2fx with a reader holding the log (target: under 3x)\n", float64(mb)/float64(mc), float64(mr)/float64(mc))
	return nil
}

// whileReading times backup while another connection holds a read
// transaction over a commit still in the log, so that the log cannot be
// emptied and the backup takes the online backup API.
func whileReading(ctx context.Context, s *store.Store, path string, backup func() error) (time.Duration, error) {
	if err := s.Set(ctx, store.Setting("bench-backup"), time.Now().String()); err != nil {
		return 0, err
	}
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRow("SELECT COUNT(*) FROM settings").Scan(&n); err != nil {
		return 0, err
	}
	return timed(backup)
}

func timed(f func() error) (time.Duration, error) {
	start := time.Now()
	err := f()
	return time.Since(start), err
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func rounded(ds []time.Duration) []time.Duration {
	out := make([]time.Duration, len(ds))
	for i, d := range ds {
		out[i] = d.Round(time.Millisecond)
	}
	return out
}

var words = strings.Fields(`today I called my sister about dad and the drinking again she said we
	should talk to him together on sunday felt tired angry hopeful worried calm meeting helped boundary
	held bent broken sleep work kids dinner hospital phone late night hoy llamé mi hermana sobre papá
	bebida otra vez dijo que hablemos con él juntos domingo cansada enfadada tranquila reunión ayudó`)

// fill adds n entries of about 400 bytes, in batches, to a new database.
func fill(ctx context.Context, path string, n int) error {
	s, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	start := time.Now().AddDate(-5, 0, 0)
	const batch = 5000
	for done := 0; done < n; done += batch {
		es := make([]store.Entry, 0, batch)
		for i := done; i < min(n, done+batch); i++ {
			var b strings.Builder
			for b.Len() < 400 {
				b.WriteString(words[rng.IntN(len(words))])
				b.WriteByte(' ')
			}
			es = append(es, store.Entry{
				At:   start.Add(time.Duration(i) * 25 * time.Minute),
				Mood: store.Mood(rng.IntN(6)),
				Tags: []string{words[rng.IntN(len(words))]},
				Text: b.String(),
			})
		}
		if _, err := s.AddEntries(ctx, es); err != nil {
			return err
		}
	}
	return nil
}
