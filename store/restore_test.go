package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// restoreCase fills a store, backs it up, changes the data, restores the
// backup and returns the restored store and what the backup held.
type restoreCase struct {
	name   string
	lock   bool // the data (and so the backup) has a passphrase
	closed bool // restore with RestoreFile into a closed folder, not Store.Restore
	code   bool // give the recovery code instead of the passphrase
}

func TestRestoreRoundTrip(t *testing.T) {
	for _, c := range []restoreCase{
		{name: "open, no passphrase"},
		{name: "open, locked", lock: true},
		{name: "open, locked, recovery code", lock: true, code: true},
		{name: "closed, no passphrase", closed: true},
		{name: "closed, locked", lock: true, closed: true},
	} {
		t.Run(c.name, func(t *testing.T) { testRestoreRoundTrip(t, c) })
	}
}

func testRestoreRoundTrip(t *testing.T, c restoreCase) {
	ctx := context.Background()
	s, dir := openData(t)
	x := newEverything("kept")
	x.save(t, s)
	_, err := s.AddSelfCareRating(ctx, SelfCareRating{Scores: map[string]int{"sleep": 3}})
	must(t, err)
	must(t, s.Set(ctx, Setting("theme"), "dark"))
	secret := ""
	if c.lock {
		code, err := setPass(ctx, s, "kettle river blue morning")
		must(t, err)
		secret = "kettle river blue morning"
		if c.code {
			secret = code
		}
	}
	backup := filepath.Join(t.TempDir(), "backup.db")
	must(t, s.Backup(ctx, backup))
	want := tableDigests(t, s)

	// Life goes on after the backup: more records, another passphrase.
	y := newEverything("later")
	y.save(t, s)
	if c.lock {
		_, err = setPass(ctx, s, "lantern harbour quiet evening")
		must(t, err)
	}
	changed := tableDigests(t, s)

	var steps []RestoreStep
	opt := RestoreOptions{Secret: secret, Progress: func(st RestoreStep) { steps = append(steps, st) }}
	var res RestoreResult
	if c.closed {
		must(t, s.Close())
		res, err = RestoreFile(ctx, filepath.Join(dir, FileName), backup, opt)
		must(t, err)
		s, err = Open(ctx, filepath.Join(dir, FileName))
		must(t, err)
		if c.lock {
			if c.code {
				must(t, s.UnlockWithRecovery(ctx, secret))
			} else {
				must(t, s.Unlock(ctx, secret))
			}
		}
	} else {
		old := s
		s, res, err = s.Restore(ctx, backup, opt)
		must(t, err)
		if s == old {
			t.Fatal("Restore returned the old store")
		}
		if !s.Unlocked() {
			t.Fatal("the restored store is locked")
		}
	}
	defer s.Close()
	wantSteps := []RestoreStep{RestoreCopying, RestoreChecking, RestoreKeeping, RestoreReplacing}
	if !c.closed {
		wantSteps = append(wantSteps, RestoreReopening)
	}
	if !slices.Equal(steps, wantSteps) {
		t.Errorf("steps %v, want %v", steps, wantSteps)
	}
	if res.Locked != c.lock || res.SchemaVersion != SchemaVersion() || res.Older() {
		t.Errorf("result %+v", res)
	}
	if got := tableDigests(t, s); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("restored data differs from the backup:\n got %v\nwant %v", got, want)
	}
	if got := load(t, s, x); !equalEverything(got, x) {
		t.Errorf("records after restore:\n got %+v\nwant %+v", got, x)
	}
	if res, err := s.Check(ctx); err != nil || !res.OK() {
		t.Errorf("check after restore: %+v, %v", res, err)
	}
	// The data as it was before is kept, whole, in the backups folder
	// (beside the automatic copy a change of passphrase makes).
	if kept := keptCopies(t, s.BackupsDir()); len(kept) != 1 || kept[0] != res.Kept {
		t.Fatalf("copies kept after restore: %v (kept %q)", kept, res.Kept)
	}
	k := openCopy(t, res.Kept)
	if got := tableDigests(t, k); fmt.Sprint(got) != fmt.Sprint(changed) {
		t.Errorf("kept copy differs from the data before the restore:\n got %v\nwant %v", got, changed)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".alongside-*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
	if info, err := os.Stat(s.Path()); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("restored file: %v, %v", info, err)
	}
}

// TestRestoreOlderBackup restores a file from schema version 2 (before
// the application id): it is updated on the way in.
func TestRestoreOlderBackup(t *testing.T) {
	ctx := context.Background()
	old := filepath.Join(t.TempDir(), "old.db")
	makeOldDatabase(t, old, 2)
	var id int32
	s, dir := openData(t)
	defer func() { s.Close() }()
	d, err := CheckBackup(ctx, old)
	if err != nil || d.SchemaVersion != 2 || !d.Older() || d.Locked {
		t.Fatalf("CheckBackup(old) = %+v, %v", d, err)
	}
	var steps []RestoreStep
	s, res, err := s.Restore(ctx, old, RestoreOptions{Progress: func(st RestoreStep) { steps = append(steps, st) }})
	must(t, err)
	if !slices.Contains(steps, RestoreUpdating) || res.SchemaVersion != 2 {
		t.Errorf("steps %v, result %+v", steps, res)
	}
	if v, err := s.Version(ctx); err != nil || v != SchemaVersion() {
		t.Errorf("version after restore %d, %v", v, err)
	}
	must(t, s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id))
	if id != ApplicationID {
		t.Errorf("application id %#x after restore", id)
	}
	if _, err := s.AddEntry(ctx, Entry{Text: "after"}); err != nil {
		t.Error(err)
	}
	_ = dir
}

// makeOldDatabase writes, at path, an Alongside database as a build that
// knew only the migrations up to version left it.
func makeOldDatabase(t *testing.T, path string, version int) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL")
	must(t, err)
	defer db.Close()
	ms, err := migrations()
	must(t, err)
	for _, m := range ms[:version] {
		_, err := db.Exec(m.sql)
		must(t, err)
		_, err = db.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version))
		must(t, err)
	}
}

// TestRestoreIntoEmptyFolder restores onto a computer with no data yet.
func TestRestoreIntoEmptyFolder(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	x := newEverything("moved")
	x.save(t, s)
	_, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	backup := filepath.Join(t.TempDir(), "backup.db")
	must(t, s.Backup(ctx, backup))
	must(t, s.Close())

	path := filepath.Join(t.TempDir(), "new-computer", FileName)
	if _, err := RestoreFile(ctx, path, backup, RestoreOptions{}); !errors.Is(err, ErrBackupRefused) || !errors.Is(err, ErrLocked) {
		t.Fatalf("restore without the passphrase = %v, want ErrBackupRefused and ErrLocked", err)
	}
	res, err := RestoreFile(ctx, path, backup, RestoreOptions{Secret: "kettle river blue morning"})
	must(t, err)
	if res.Kept != "" {
		t.Errorf("kept %q of nothing", res.Kept)
	}
	n, err := Open(ctx, path)
	must(t, err)
	defer n.Close()
	must(t, n.Unlock(ctx, "kettle river blue morning"))
	if got := load(t, n, x); !equalEverything(got, x) {
		t.Errorf("records on the new computer:\n got %+v\nwant %+v", got, x)
	}
}

// TestRestoreOverDamagedData is the start-up window's case: the data file
// will not open, and the latest good automatic copy replaces it; the
// damaged bytes are kept.
func TestRestoreOverDamagedData(t *testing.T) {
	ctx := context.Background()
	s, dir := openData(t)
	path := s.Path()
	id, err := s.AddEntry(ctx, Entry{Text: "saved yesterday"})
	must(t, err)
	_, err = s.AutoBackup(ctx, at("2026-11-24"))
	must(t, err)
	_, err = s.AutoBackup(ctx, at("2026-11-25"))
	must(t, err)
	must(t, s.Close())
	list, err := ListBackups(s.BackupsDir())
	must(t, err)
	// The newest copy is damaged too (say, the disk is failing).
	must(t, os.WriteFile(list[0].Path, []byte("SQLite format 3\x00 and then nothing"), 0o600))
	garbage := make([]byte, 8192)
	for i := range garbage {
		garbage[i] = byte(i * 31)
	}
	must(t, os.WriteFile(path, garbage, 0o600))
	if _, err := Open(ctx, path); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open(damaged) = %v", err)
	}

	good, err := LatestGoodBackup(ctx, dir)
	must(t, err)
	if good.Path != list[1].Path {
		t.Fatalf("LatestGoodBackup = %s, want %s", good.Path, list[1].Path)
	}
	res, err := RestoreFile(ctx, path, good.Path, RestoreOptions{})
	must(t, err)
	if b, err := os.ReadFile(res.Kept); err != nil || string(b) != string(garbage) {
		t.Errorf("the damaged file was not kept as it was: %v", err)
	}
	n, err := Open(ctx, path)
	must(t, err)
	defer n.Close()
	if e, err := n.Entry(ctx, id); err != nil || e.Text != "saved yesterday" {
		t.Errorf("after restore: %+v, %v", e, err)
	}
	if _, err := LatestGoodBackup(ctx, t.TempDir()); !errors.Is(err, ErrNotFound) {
		t.Errorf("LatestGoodBackup of a folder without backups = %v", err)
	}
}

// keptCopies lists the copies kept before a restore in the backups
// folder dir, newest first.
func keptCopies(t *testing.T, dir string) []string {
	t.Helper()
	list, err := ListBackups(dir)
	must(t, err)
	var out []string
	for _, b := range list {
		if !b.Auto {
			out = append(out, b.Path)
		}
	}
	return out
}

// entryTexts is the text of every entry in the store at path (a copy of
// it is opened, so the file stays as it was).
func entryTexts(t *testing.T, path string) []string {
	t.Helper()
	c := openCopy(t, path)
	es, err := c.Entries(context.Background())
	must(t, err)
	var out []string
	for _, e := range es {
		out = append(out, e.Text)
	}
	slices.Sort(out)
	return out
}

// TestRestoreKeepsTheNewestThreeCopies restores five times in the same
// second, open and closed in turn: each restore keeps the data as it was
// under a name of its own (none overwrites another), and only the newest
// three of those copies stay. The automatic copy is not theirs to delete.
func TestRestoreKeepsTheNewestThreeCopies(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer func() { s.Close() }()
	path := s.Path()
	backup := filepath.Join(t.TempDir(), "backup.db")
	must(t, s.Backup(ctx, backup))
	_, err := s.AutoBackup(ctx, at("2026-11-20"))
	must(t, err)
	now := at("2026-11-26", "10:15")
	kept := map[int]string{}
	for i := 1; i <= 5; i++ {
		_, err := s.AddEntry(ctx, Entry{Text: fmt.Sprintf("before restore %d", i)})
		must(t, err)
		var res RestoreResult
		if i%2 == 0 {
			must(t, s.Close())
			res, err = RestoreFile(ctx, path, backup, RestoreOptions{Now: now})
			must(t, err)
			s, err = Open(ctx, path)
		} else {
			s, res, err = s.Restore(ctx, backup, RestoreOptions{Now: now})
		}
		must(t, err)
		kept[i] = res.Kept
		if prev := kept[i-1]; prev != "" && !slices.Equal(entryTexts(t, prev), []string{fmt.Sprintf("before restore %d", i-1)}) {
			t.Fatalf("restore %d in the same second changed the copy restore %d kept", i, i-1)
		}
	}
	want := []string{kept[5], kept[4], kept[3]}
	if got := keptCopies(t, s.BackupsDir()); !slices.Equal(got, want) {
		t.Fatalf("copies kept:\n got %v\nwant %v", got, want)
	}
	for i, p := range want {
		if got := entryTexts(t, p); !slices.Equal(got, []string{fmt.Sprintf("before restore %d", 5-i)}) {
			t.Errorf("%s holds %q, want the data before restore %d", filepath.Base(p), got, 5-i)
		}
	}
	if days := autoDays(t, s.BackupsDir()); !slices.Equal(days, []string{"2026-11-20"}) {
		t.Errorf("automatic copies after the restores: %v", days)
	}
}

// TestRestoreLeavesNoOldLog: the damaged data file has a -wal and a -shm
// beside it, full of commits (of another database), as a crash can leave
// them. The restore keeps the -wal with the damaged bytes and removes both
// before the swap, so that nothing of them is replayed into the restored
// file.
func TestRestoreLeavesNoOldLog(t *testing.T) {
	ctx := context.Background()
	src, _ := openData(t)
	_, err := src.AddEntry(ctx, Entry{Text: "in the backup"})
	must(t, err)
	backup := filepath.Join(t.TempDir(), "backup.db")
	must(t, src.Backup(ctx, backup))
	want := tableDigests(t, src)
	must(t, src.Close())

	l := newLiveDB(t)
	l.exec("CREATE TABLE t(x)", "INSERT INTO t VALUES (randomblob(9000))", "PRAGMA user_version = 4")
	wal, err := os.ReadFile(l.path + "-wal")
	must(t, err)
	shm, err := os.ReadFile(l.path + "-shm")
	must(t, err)
	path := filepath.Join(t.TempDir(), "data", FileName)
	must(t, os.MkdirAll(filepath.Dir(path), 0o700))
	must(t, os.WriteFile(path, bytes.Repeat([]byte("damaged "), 1024), 0o600))
	must(t, os.WriteFile(path+"-wal", wal, 0o600))
	must(t, os.WriteFile(path+"-shm", shm, 0o600))

	res, err := RestoreFile(ctx, path, backup, RestoreOptions{})
	must(t, err)
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if fileExists(path + suffix) {
			t.Errorf("%s is left beside the restored file", suffix)
		}
	}
	if b, err := os.ReadFile(res.Kept + "-wal"); err != nil || !bytes.Equal(b, wal) {
		t.Errorf("the -wal was not kept with the damaged file: %v", err)
	}
	n, err := Open(ctx, path)
	must(t, err)
	defer n.Close()
	if got := tableDigests(t, n); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("restored data differs from the backup:\n got %v\nwant %v", got, want)
	}
}

// TestRestoreRefusesPagesCutFromTheEnd: a backup cut by whole pages is
// refused as damaged from its length alone (its header says how many
// pages it has), before it is copied into the data folder. SQLite would
// refuse it too, later, once copied: that is not relied on.
func TestRestoreRefusesPagesCutFromTheEnd(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	backup := filepath.Join(t.TempDir(), "backup.db")
	must(t, s.Backup(ctx, backup))
	b, err := os.ReadFile(backup)
	must(t, err)
	for _, pages := range []int{1, len(b) / 4096 / 2} {
		cut := filepath.Join(t.TempDir(), "cut.db")
		must(t, os.WriteFile(cut, b[:len(b)-pages*4096], 0o600))
		if _, err := CheckBackup(ctx, cut); !errors.Is(err, ErrBackupRefused) || !errors.Is(err, ErrDamaged) {
			t.Errorf("CheckBackup(cut by %d pages) = %v, want ErrBackupRefused and ErrDamaged", pages, err)
		}
		var steps []RestoreStep
		opt := RestoreOptions{Progress: func(st RestoreStep) { steps = append(steps, st) }}
		got, _, err := s.Restore(ctx, cut, opt)
		if !errors.Is(err, ErrBackupRefused) || !errors.Is(err, ErrDamaged) || got != s {
			t.Errorf("Restore(cut by %d pages) = %v, want ErrBackupRefused and ErrDamaged", pages, err)
		}
		if !slices.Equal(steps, []RestoreStep{RestoreCopying}) {
			t.Errorf("cut by %d pages: steps %v; want it refused before the copy", pages, steps)
		}
	}
}
