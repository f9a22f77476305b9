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
	_, err = setPass(ctx, s, "correct horse battery staple")
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
	must(t, c.Unlock(ctx, "correct horse battery staple"))
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
		stringsOf(a.plan), stringsOf(a.event), stringsOf(a.draft), stringsOf(a.problem), a.entry.Mood, a.test.Outcome) ==
		fmt.Sprint(stringsOf(b.entry), stringsOf(b.boundary), stringsOf(b.test), stringsOf(b.conversation),
			stringsOf(b.plan), stringsOf(b.event), stringsOf(b.draft), stringsOf(b.problem), b.entry.Mood, b.test.Outcome)
}

// TestBackupWhileWriting backs up, again and again, while another
// goroutine adds entries as fast as it can: each copy passes the
// integrity check and holds every entry whose add had returned before
// that backup began, whole. Both ways of copying are met.
func TestBackupWhileWriting(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	_, err := setPass(ctx, s, "kettle river blue morning")
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
	halt := sync.OnceFunc(func() { close(stop) })
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
	defer halt() // first: the goroutines end, whatever ends the test
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
		waitForAdds(t, &n, 5, done)
		mu.Lock()
		before := make(map[int64]string, len(acked))
		for id, text := range acked {
			before[id] = text
		}
		mu.Unlock()
		dest := filepath.Join(t.TempDir(), "during.db")
		if err := s.Backup(ctx, dest); err != nil {
			t.Fatal(err)
		}
		checkCopyHolds(t, dest, before, len(filler))
	}
	halt()
	must(t, <-done)
	t.Logf("%d adds during the backups; copies made fast %d times, through the backup API %d times", n.Load(), paths[true], paths[false])
	if paths[false] == 0 || paths[true] == 0 {
		t.Logf("only one way of copying was met: %v", paths)
	}
}

// waitForAdds waits until the writer has added k more entries (n counts
// them), and fails the test if it stops (done) or makes no progress for
// ten seconds.
func waitForAdds(t *testing.T, n *atomic.Int64, k int64, done <-chan error) {
	t.Helper()
	start, deadline := n.Load(), time.After(10*time.Second)
	for n.Load() < start+k {
		select {
		case err := <-done:
			t.Fatalf("the writer stopped: %v", err)
		case <-deadline:
			t.Fatalf("the writer added %d entries in 10 s, want %d", n.Load()-start, k)
		case <-time.After(time.Millisecond):
		}
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
	must(t, c.Unlock(context.Background(), "kettle river blue morning"))
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
	wantIdle := tableDigests(t, s)
	var fast []bool
	backupPath = func(f bool) { fast = append(fast, f) }
	defer func() { backupPath = nil }()

	idle := filepath.Join(t.TempDir(), "idle.db")
	must(t, s.Backup(ctx, idle))

	// Another connection reads a snapshot that includes the log, so the
	// log cannot be emptied.
	_, err := s.AddEntry(ctx, Entry{Text: "in the log"})
	must(t, err)
	want := tableDigests(t, s)
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
	if got := tableDigests(t, c); fmt.Sprint(got) != fmt.Sprint(wantIdle) {
		t.Errorf("idle copy differs:\n got %v\nwant %v", got, wantIdle)
	}
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

// TestBackupRefusesLinksToTheDataFile: a destination that is the data
// file (or its -wal) under another name, by a hard link, a symbolic link
// or a linked folder, is refused, and the data file is left as it was.
func TestBackupRefusesLinksToTheDataFile(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	_, err := s.AddEntry(ctx, Entry{Text: "one"})
	must(t, err)
	_, err = s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	must(t, err)
	_, err = s.db.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES ('in the log', 'yes')")
	must(t, err)
	live := func() string {
		a, err := os.ReadFile(s.Path())
		must(t, err)
		b, err := os.ReadFile(s.Path() + "-wal")
		must(t, err)
		return fmt.Sprintf("%x %x", sha256.Sum256(a), sha256.Sum256(b))
	}
	before, digests := live(), tableDigests(t, s)
	dir := t.TempDir()
	hard := filepath.Join(dir, "hard.db")
	must(t, os.Link(s.Path(), hard))
	soft := filepath.Join(dir, "soft.db")
	must(t, os.Symlink(s.Path(), soft))
	softWAL := filepath.Join(dir, "soft.db-wal")
	must(t, os.Symlink(s.Path()+"-wal", softWAL))
	folder := filepath.Join(dir, "folder")
	must(t, os.Symlink(filepath.Dir(s.Path()), folder))
	for _, dest := range []string{hard, soft, softWAL, filepath.Join(folder, FileName)} {
		if err := s.Backup(ctx, dest); !errors.Is(err, ErrBackupIsData) {
			t.Errorf("Backup(%s) = %v, want ErrBackupIsData", dest, err)
		}
	}
	if after := live(); after != before {
		t.Error("a refused backup changed the data file")
	}
	for _, link := range []string{hard, soft} {
		a, err1 := os.Stat(link)
		b, err2 := os.Stat(s.Path())
		if err1 != nil || err2 != nil || !os.SameFile(a, b) {
			t.Errorf("%s is no longer the data file: %v, %v", link, err1, err2)
		}
	}
	assertStillWorks(t, s, digests)
}

// TestBackupWaitsForAChangeOfKey: while the key is being changed (the
// gate held for writing, as rekey holds it), a backup waits, so that it
// never copies values of two keys.
func TestBackupWaitsForAChangeOfKey(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	dest := filepath.Join(t.TempDir(), "copy.db")
	s.gate.Lock()
	done := make(chan error, 1)
	go func() { done <- s.Backup(ctx, dest) }()
	select {
	case err := <-done:
		s.gate.Unlock()
		t.Fatalf("the backup ran while the key was being changed: %v", err)
	case <-time.After(200 * time.Millisecond):
	}
	s.gate.Unlock()
	select {
	case err := <-done:
		must(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("the backup did not finish once the key was changed")
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
