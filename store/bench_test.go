package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchPassphrase locks the benchmark's fixture.
const benchPassphrase = "a benchmark passphrase"

// benchWords make the fixture's entries read like text.
var benchWords = strings.Fields(`today I called my sister about dad and the drinking again she said we
	should talk to him together on sunday I felt tired angry hopeful worried calm the meeting helped
	boundary held bent broken sleep work kids dinner hospital phone late night argument promise
	hoy llamé a mi hermana sobre papá y la bebida otra vez dijo que hablemos con él juntos el domingo
	me sentí cansada enfadada esperanzada preocupada tranquila la reunión ayudó café árbol canción`)

// BenchEntry is entry n of a fixture: about size bytes of words.
func benchEntry(rng *rand.Rand, base time.Time, n, size int) Entry {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(benchWords[rng.IntN(len(benchWords))])
		b.WriteByte(' ')
	}
	return Entry{
		At:   base.Add(time.Duration(n) * 37 * time.Minute),
		Mood: Mood(n % 6),
		Tags: []string{benchWords[n%len(benchWords)]},
		Text: b.String(),
	}
}

// fixture100k is a database of 100,000 entries of about 400 bytes, locked
// with benchPassphrase at the real Argon2id cost. It is built once and
// kept in the system's temporary folder for later runs.
func fixture100k(b *testing.B) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("alongside-bench-100k-v%d-%d-%d", SchemaVersion(), defaultKDF.Time, defaultKDF.MemoryKiB))
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); err == nil {
		return path
	}
	b.Logf("building the 100,000-entry fixture in %s", dir)
	tmp := dir + ".tmp"
	os.RemoveAll(tmp)
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(tmp, FileName))
	if err != nil {
		b.Fatal(err)
	}
	saved := kdfParams
	kdfParams = defaultKDF
	_, err = setPass(ctx, s, benchPassphrase)
	kdfParams = saved
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	base := time.Date(2015, 1, 1, 8, 0, 0, 0, time.Local)
	for start := 0; start < 100_000; start += 5000 {
		batch := make([]Entry, 5000)
		for i := range batch {
			batch[i] = benchEntry(rng, base, start+i, 400)
		}
		if _, err := s.AddEntries(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkUnlockAndLoad100k is what opening the journal costs once the
// passphrase is typed: Argon2id, then reading and opening 100,000 entries.
func BenchmarkUnlockAndLoad100k(b *testing.B) {
	benchLoad(b, true)
}

// BenchmarkLoad100k is reading and opening 100,000 entries with the key
// already known (the DESIGN target: under 1 s).
func BenchmarkLoad100k(b *testing.B) {
	benchLoad(b, false)
}

func benchLoad(b *testing.B, unlock bool) {
	path := fixture100k(b)
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if !unlock {
		if err := s.Unlock(ctx, benchPassphrase); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		if unlock {
			s.Lock()
			if err := s.Unlock(ctx, benchPassphrase); err != nil {
				b.Fatal(err)
			}
		}
		es, err := s.Entries(ctx)
		if err != nil || len(es) != 100_000 || es[0].Damaged {
			b.Fatalf("%d entries, %v", len(es), err)
		}
	}
}

// BenchmarkUnlock is Argon2id at the cost new passphrases get.
func BenchmarkUnlock(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	saved := kdfParams
	kdfParams = defaultKDF
	_, err = setPass(ctx, s, benchPassphrase)
	kdfParams = saved
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(defaultKDF.MemoryKiB>>10), "MiB")
	b.ReportMetric(float64(defaultKDF.Time), "passes")
	for b.Loop() {
		s.Lock()
		if err := s.Unlock(ctx, benchPassphrase); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAddEntry is one acknowledged (synced) journal entry.
func BenchmarkAddEntry(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	e := benchEntry(rng, time.Now(), 0, 400)
	for b.Loop() {
		if _, err := s.AddEntry(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRekey100k is changing the passphrase of a journal of 100,000
// entries of about 400 bytes (issue 18's target: under 10 s): proving the
// current passphrase and wrapping the new key at the real Argon2id cost,
// sealing every value again in one transaction, compacting the file and
// replacing the backups with one fresh copy. "rekey-s" is the transaction
// alone (from the first progress report to the last).
func BenchmarkRekey100k(b *testing.B) {
	fixture := fixture100k(b)
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), FileName)
	data, err := os.ReadFile(fixture)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.Unlock(ctx, benchPassphrase); err != nil {
		b.Fatal(err)
	}
	saved := kdfParams
	kdfParams = defaultKDF
	defer func() { kdfParams = saved }()
	phrases := []string{benchPassphrase, "another benchmark passphrase"}
	var inTx time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		var first time.Time
		_, err := s.SetPassphrase(ctx, phrases[i%2], phrases[(i+1)%2], func(done, total int) {
			if done == 0 {
				first = time.Now()
			}
			if done == total {
				inTx += time.Since(first)
			}
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(inTx.Seconds()/float64(b.N), "rekey-s")
}
