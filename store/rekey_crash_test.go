package store

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The re-keying child: when the test binary runs with this variable set to
// a database path, TestRekeyChild sets the lock on it and exits.
const rekeyChildEnv = "ALONGSIDE_REKEY_CHILD"

const crashPassphrase = "kettle river blue morning"

func TestRekeyChild(t *testing.T) {
	path := os.Getenv(rekeyChildEnv)
	if path == "" {
		t.Skip("only run as the child of TestRekeyCrash")
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetPassphrase(ctx, "", crashPassphrase, func(done, total int) {
		if done == 0 {
			fmt.Println("started")
		}
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// TestRekeyCrash kills a process at different moments while it sets the
// lock on a journal of 3,000 entries: each time, the file opens either as
// it was (no lock, every entry readable with the old key) or as it would
// be (locked, every entry readable with the passphrase), never a mix.
func TestRekeyCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	ctx := context.Background()
	template := filepath.Join(t.TempDir(), "template", FileName)
	s, err := Open(ctx, template)
	must(t, err)
	const n = 3000
	for i := 0; i < n; i++ {
		mustID(t)(s.AddEntry(ctx, Entry{Text: fmt.Sprintf("entry %d: %s", i, strings.Repeat("words ", 20))}))
	}
	must(t, s.Close())

	full := runRekeyChild(t, template, -1) // how long an uninterrupted run takes
	states := map[bool]int{}
	for i := 1; i <= 8; i++ {
		delay := full * time.Duration(i) / 9
		locked := runRekeyChild(t, template, delay) >= 0
		states[locked]++
	}
	t.Logf("uninterrupted re-key run: %v; after kills: %d locked, %d as before", full, states[true], states[false])
}

// runRekeyChild copies template, runs the child on the copy and kills it
// after delay (never, when delay < 0), then checks the copy. It returns
// how long the child ran, or -1 when the copy was found as before.
func runRekeyChild(t *testing.T, template string, delay time.Duration) time.Duration {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	must(t, os.MkdirAll(dir, 0o700))
	path := filepath.Join(dir, FileName)
	copyTestFile(t, template, path)
	cmd := exec.Command(os.Args[0], "-test.run=^TestRekeyChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), rekeyChildEnv+"="+path)
	out, err := cmd.StdoutPipe()
	must(t, err)
	cmd.Stderr = os.Stderr
	must(t, cmd.Start())
	buf := make([]byte, 7)
	_, _ = io.ReadFull(out, buf) // "started": the child is re-keying
	start := time.Now()
	if delay >= 0 {
		time.Sleep(delay)
		_ = cmd.Process.Kill()
	}
	_, _ = io.Copy(io.Discard, out)
	werr := cmd.Wait()
	ran := time.Since(start)
	if delay < 0 && werr != nil {
		t.Fatalf("the re-keying child failed: %v", werr)
	}
	if !checkAfterCrash(t, path) {
		return -1
	}
	return ran
}

// checkAfterCrash opens the file and reads every entry, unlocking first
// when the lock is on; it reports whether the lock was on.
func checkAfterCrash(t *testing.T, path string) bool {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, path)
	must(t, err)
	defer s.Close()
	locked, err := s.HasPassphrase(ctx)
	must(t, err)
	if locked {
		must(t, s.Unlock(ctx, crashPassphrase))
	}
	es, err := s.Entries(ctx)
	must(t, err)
	if len(es) != 3000 {
		t.Fatalf("%d entries after a crash, want 3000", len(es))
	}
	for _, e := range es {
		if e.Damaged || !strings.HasPrefix(e.Text, "entry ") {
			t.Fatalf("lock %v: entry %d does not open after a crash: a mix of keys", locked, e.ID)
		}
	}
	if v := s.GetOr(ctx, settingCleanup, ""); v != "" {
		t.Errorf("the clean-up mark %q is still there after Open", v)
	}
	return locked
}

func copyTestFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	must(t, err)
	must(t, os.WriteFile(to, b, 0o600))
}
