package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// openData opens a new store in a data folder of its own; the test closes it.
func openData(t *testing.T) (*Store, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	s, err := Open(context.Background(), filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

// openCopy opens a backup as a data folder of its own (a copy of it, so
// the backup itself stays as it was).
func openCopy(t *testing.T, backup string) *Store {
	t.Helper()
	b, err := os.ReadFile(backup)
	must(t, err)
	path := filepath.Join(t.TempDir(), FileName)
	must(t, os.WriteFile(path, b, 0o600))
	s, err := Open(context.Background(), path)
	must(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

// tableDigests describes every table of the database by a hash of all its
// rows, so that two databases with the same digests hold the same data.
func tableDigests(t *testing.T, s *Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	rows, err := s.db.QueryContext(ctx, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
	must(t, err)
	var names []string
	for rows.Next() {
		var n string
		must(t, rows.Scan(&n))
		names = append(names, n)
	}
	must(t, rows.Err())
	rows.Close()
	out := map[string]string{}
	for _, n := range names {
		rs, err := s.db.QueryContext(ctx, "SELECT * FROM "+n+" ORDER BY rowid")
		if err != nil { // WITHOUT ROWID tables: their order is their key's
			rs, err = s.db.QueryContext(ctx, "SELECT * FROM "+n)
		}
		must(t, err)
		cols, _ := rs.Columns()
		h, count := sha256.New(), 0
		for rs.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			must(t, rs.Scan(ptrs...))
			fmt.Fprintf(h, "%#v\n", vals)
			count++
		}
		must(t, rs.Err())
		rs.Close()
		out[n] = fmt.Sprintf("%d rows %x", count, h.Sum(nil))
	}
	return out
}

func TestBackupHoldsEverythingSealed(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	x := newEverything("backup")
	x.save(t, s)
	must(t, s.Set(ctx, Setting("language"), "es"))
	_, err := s.AddSelfCareRating(ctx, SelfCareRating{Scores: map[string]int{"sleep": 4, "fun": 7}})
	must(t, err)
	_, err = s.AddEnablingCheck(ctx, EnablingCheck{Answers: []int{0, 1, 2}})
	must(t, err)
	_, err = s.SetPassphrase(ctx, "correct horse")
	must(t, err)

	dest := filepath.Join(t.TempDir(), "copy.alongside")
	must(t, s.Backup(ctx, dest))
	if info, err := os.Stat(dest); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("backup: %v, %v; want mode 600", info, err)
	}
	b, err := os.ReadFile(dest)
	must(t, err)
	if bytes.Contains(b, []byte(marker[:7])) {
		t.Error("private words in the backup")
	}
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), ".alongside-*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}

	c := openCopy(t, dest)
	if got, want := tableDigests(t, c), tableDigests(t, s); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("backup differs:\n got %v\nwant %v", got, want)
	}
	if c.Unlocked() {
		t.Fatal("a backup of a locked journal opened without its passphrase")
	}
	if err := c.Unlock(ctx, "wrong"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("Unlock(wrong) = %v", err)
	}
	must(t, c.Unlock(ctx, "correct horse"))
	if got := load(t, c, x); !equalEverything(got, x) {
		t.Errorf("records read back from the backup:\n got %+v\nwant %+v", got, x)
	}
	if res, err := c.Check(ctx); err != nil || !res.OK() {
		t.Errorf("backup check: %+v, %v", res, err)
	}
}

// equalEverything compares the records' words and choices (not the times
// the store sets).
func equalEverything(a, b everything) bool {
	return fmt.Sprint(stringsOf(a.entry), stringsOf(a.boundary), stringsOf(a.test), stringsOf(a.conversation),
		stringsOf(a.plan), stringsOf(a.event), stringsOf(a.draft), a.entry.Mood, a.test.Outcome) ==
		fmt.Sprint(stringsOf(b.entry), stringsOf(b.boundary), stringsOf(b.test), stringsOf(b.conversation),
			stringsOf(b.plan), stringsOf(b.event), stringsOf(b.draft), b.entry.Mood, b.test.Outcome)
}

// TestBackupWhileWriting backs up, again and again, while another
// goroutine adds entries as fast as it can: each copy passes the
// integrity check and holds every entry whose add had returned before
// that backup began, whole. Both ways of copying are met.
func TestBackupWhileWriting(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	_, err := s.SetPassphrase(ctx, "pass")
	must(t, err)
	filler := make([]Entry, 3000)
	for i := range filler {
		filler[i] = Entry{Text: fmt.Sprintf("filler %d %s", i, strings.Repeat("ab ", 100))}
	}
	_, err = s.AddEntries(ctx, filler)
	must(t, err)

	var mu sync.Mutex
	acked := map[int64]string{}
	stop := make(chan struct{})
	done := make(chan error, 1)
	var n atomic.Int64
	go func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				done <- nil
				return
			default:
			}
			text := fmt.Sprintf("written during the backup %d", i)
			id, err := s.AddEntry(ctx, Entry{Text: text, Mood: Mood(i % 6)})
			if err != nil {
				done <- err
				return
			}
			mu.Lock()
			acked[id] = text
			mu.Unlock()
			n.Add(1)
			if i%4 == 0 {
				time.Sleep(time.Millisecond) // now and then a pause, as a person types
			}
		}
	}()
	// A checkpointer, as SQLite's automatic one, tries all the while to
	// write the log into the main file, which the fast copy is reading.
	ckpt, err := sql.Open("sqlite3", fileURI(s.Path(), nil))
	must(t, err)
	defer ckpt.Close()
	ckptDone := make(chan struct{})
	defer func() { <-ckptDone }()
	go func() {
		defer close(ckptDone)
		for {
			select {
			case <-stop:
				return
			default:
			}
			ckpt.Exec("PRAGMA wal_checkpoint(PASSIVE)")
			time.Sleep(200 * time.Microsecond)
		}
	}()
	paths := map[bool]int{}
	backupPath = func(fast bool) { paths[fast]++ }
	defer func() { backupPath = nil }()
	for round := 0; round < 12; round++ {
		for start := n.Load(); n.Load() < start+5; {
			time.Sleep(time.Millisecond)
		}
		mu.Lock()
		before := make(map[int64]string, len(acked))
		for id, text := range acked {
			before[id] = text
		}
		mu.Unlock()
		dest := filepath.Join(t.TempDir(), "during.db")
		if err := s.Backup(ctx, dest); err != nil {
			close(stop)
			t.Fatal(err)
		}
		checkCopyHolds(t, dest, before, len(filler))
	}
	close(stop)
	must(t, <-done)
	t.Logf("%d adds during the backups; copies made fast %d times, through the backup API %d times", n.Load(), paths[true], paths[false])
	if paths[false] == 0 || paths[true] == 0 {
		t.Logf("only one way of copying was met: %v", paths)
	}
}

// checkCopyHolds fails unless the backup at dest is sound and holds every
// entry in want, whole, and at least min entries in all.
func checkCopyHolds(t *testing.T, dest string, want map[int64]string, min int) {
	t.Helper()
	res, err := Inspect(context.Background(), dest)
	if err != nil || !res.OK() {
		t.Fatalf("integrity of the backup: %+v, %v", res, err)
	}
	c := openCopy(t, dest)
	must(t, c.Unlock(context.Background(), "pass"))
	es, err := c.Entries(context.Background())
	must(t, err)
	have := map[int64]Entry{}
	for _, e := range es {
		have[e.ID] = e
	}
	for id, text := range want {
		if e, ok := have[id]; !ok || e.Damaged || e.Text != text {
			t.Errorf("entry %d acknowledged before the backup: %+v (present %v), want %q", id, e, ok, text)
		}
	}
	if len(es) < min+len(want) {
		t.Errorf("backup has %d entries, want at least %d", len(es), min+len(want))
	}
	c.Close()
}

// TestBackupBothWays: with the store idle the file is copied as bytes;
// with a reader holding the log, through the online backup API; both
// copies hold the same data.
func TestBackupBothWays(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	x := newEverything("ways")
	x.save(t, s)
	want := tableDigests(t, s)
	var fast []bool
	backupPath = func(f bool) { fast = append(fast, f) }
	defer func() { backupPath = nil }()

	idle := filepath.Join(t.TempDir(), "idle.db")
	must(t, s.Backup(ctx, idle))

	// Another connection reads a snapshot that includes the log, so the
	// log cannot be emptied.
	_, err := s.AddEntry(ctx, Entry{Text: "in the log"})
	must(t, err)
	want = tableDigests(t, s)
	other, err := sql.Open("sqlite3", fileURI(s.Path(), nil))
	must(t, err)
	defer other.Close()
	tx, err := other.Begin()
	must(t, err)
	var n int
	must(t, tx.QueryRow("SELECT COUNT(*) FROM entries").Scan(&n))
	busy := filepath.Join(t.TempDir(), "busy.db")
	must(t, s.Backup(ctx, busy))
	must(t, tx.Rollback())

	if fmt.Sprint(fast) != "[true false]" {
		t.Errorf("ways taken: %v, want [true false]", fast)
	}
	for _, p := range []string{idle, busy} {
		b, err := os.ReadFile(p)
		must(t, err)
		if b[18] != 1 || b[19] != 1 {
			t.Errorf("%s: header says journal mode %d/%d, want a rollback journal (1/1)", filepath.Base(p), b[18], b[19])
		}
	}
	if got := tableDigests(t, openCopy(t, busy)); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("busy copy differs:\n got %v\nwant %v", got, want)
	}
	c := openCopy(t, idle)
	if got := load(t, c, x); !equalEverything(got, x) {
		t.Errorf("idle copy: %+v", got)
	}
}

func TestBackupRefusesTheDataFile(t *testing.T) {
	s, _ := openData(t)
	defer s.Close()
	for _, dest := range []string{s.Path(), s.Path() + "-wal", s.Path() + "-shm"} {
		if err := s.Backup(context.Background(), dest); !errors.Is(err, ErrBackupIsData) {
			t.Errorf("Backup(%s) = %v, want ErrBackupIsData", filepath.Base(dest), err)
		}
	}
	if n, err := s.CountEntries(context.Background()); err != nil || n != 0 {
		t.Errorf("after: %d entries, %v", n, err)
	}
}

// assertStillWorks proves the open store was not disturbed: what it held
// is there and it still saves.
func assertStillWorks(t *testing.T, s *Store, before map[string]string) {
	t.Helper()
	if after := tableDigests(t, s); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("the data changed:\n got %v\nwant %v", after, before)
	}
	if _, err := s.AddEntry(context.Background(), Entry{Text: "still here"}); err != nil {
		t.Errorf("the store no longer saves: %v", err)
	}
}

func TestBackupToUnwritablePlaces(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	_, err := s.AddEntry(ctx, Entry{Text: "one"})
	must(t, err)
	before := tableDigests(t, s)
	file := filepath.Join(t.TempDir(), "a-file")
	must(t, os.WriteFile(file, nil, 0o600))
	places := map[string]string{
		"under a file":   filepath.Join(file, "copy.db"),
		"missing folder": filepath.Join(t.TempDir(), "missing", "copy.db"),
	}
	if os.Geteuid() != 0 { // permissions do not stop the administrator
		ro := t.TempDir()
		must(t, os.Chmod(ro, 0o500))
		t.Cleanup(func() { os.Chmod(ro, 0o700) })
		places["read-only folder"] = filepath.Join(ro, "copy.db")
	}
	for name, dest := range places {
		if err := s.Backup(ctx, dest); !errors.Is(err, ErrBackupUnwritable) {
			t.Errorf("%s: Backup = %v, want ErrBackupUnwritable", name, err)
		}
	}
	assertStillWorks(t, s, before)
}

// TestBackupFullDisk fails the copy as a full disk does, just before it
// would be renamed into place: the error says so, nothing is left in the
// folder (an older backup of the same name stays), and the data is as
// it was.
func TestBackupFullDisk(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	_, err := s.AddEntry(ctx, Entry{Text: "one"})
	must(t, err)
	before := tableDigests(t, s)
	out := t.TempDir()
	dest := filepath.Join(out, "copy.db")
	must(t, os.WriteFile(dest, []byte("an older copy"), 0o600))
	backupFault = func(string) error { return &os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC} }
	defer func() { backupFault = nil }()
	err = s.Backup(ctx, dest)
	if !errors.Is(err, ErrBackupUnwritable) || !errors.Is(err, ErrDiskFull) {
		t.Fatalf("Backup on a full disk = %v, want ErrBackupUnwritable and ErrDiskFull", err)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
	if b, _ := os.ReadFile(dest); string(b) != "an older copy" {
		t.Error("the older copy was replaced by a failed backup")
	}
	assertStillWorks(t, s, before)
}

// TestBackupRealFullDisk backs up into a tiny tmpfs, where SQLite itself
// runs out of space. It needs root to mount, and skips otherwise.
func TestBackupRealFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	small := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", small).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", small).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", small, err, out)
		}
	})
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	es := make([]Entry, 500)
	for i := range es {
		es[i] = Entry{Text: strings.Repeat("a fairly long entry ", 20)}
	}
	_, err := s.AddEntries(ctx, es)
	must(t, err)
	before := tableDigests(t, s)
	err = s.Backup(ctx, filepath.Join(small, "copy.db"))
	if !errors.Is(err, ErrBackupUnwritable) || !errors.Is(err, ErrDiskFull) {
		t.Fatalf("Backup onto a full tmpfs = %v, want ErrBackupUnwritable and ErrDiskFull", err)
	}
	if entries, _ := os.ReadDir(small); len(entries) != 0 {
		t.Errorf("files left on the full disk: %v", entries)
	}
	assertStillWorks(t, s, before)
}

// TestBackupFileBesideTheApp backs up, from outside the store, a database
// the store holds open with commits still in its -wal: they are in the copy.
func TestBackupFileBesideTheApp(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	id, err := s.AddEntry(ctx, Entry{Text: "only in the log so far"})
	must(t, err)
	dest := filepath.Join(t.TempDir(), "copy.db")
	must(t, BackupFile(ctx, s.Path(), dest))
	c := openCopy(t, dest)
	if e, err := c.Entry(ctx, id); err != nil || e.Text != "only in the log so far" {
		t.Errorf("entry in the copy: %+v, %v", e, err)
	}
	if err := BackupFile(ctx, filepath.Join(t.TempDir(), FileName), dest); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("BackupFile of nothing = %v, want ErrNoDatabase", err)
	}
}
