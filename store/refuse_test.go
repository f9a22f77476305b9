package store_test

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/store/storetest"
)

// snapshot describes every file in dir; see storetest.Snapshot.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	snap, err := storetest.Snapshot(dir)
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func assertUnchanged(t *testing.T, dir string, before map[string]string) {
	t.Helper()
	if after := snapshot(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("files changed:\nbefore %v\nafter  %v", before, after)
	}
}

// loosen gives the files looser modes than Open sets, so that a chmod
// shows in a snapshot.
func loosen(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if err := os.Chmod(p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// fresh makes a current, closed database in a new folder.
func fresh(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), store.FileName)
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// headerVersion is the user_version in the main file alone.
func headerVersion(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil || len(b) < 100 {
		t.Fatalf("read header: %v", err)
	}
	return int(binary.BigEndian.Uint32(b[60:]))
}

func TestOpenRefusesNewerRollbackFileUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), store.FileName)
	db, err := sql.Open("sqlite3", "file:"+path) // rollback journal, as SQLite defaults
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(fmt.Sprintf("CREATE TABLE future(x); PRAGMA user_version = %d", store.SchemaVersion()+1))
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	loosen(t, path)
	before := snapshot(t, filepath.Dir(path))
	if _, err := store.Open(context.Background(), path); !errors.Is(err, store.ErrTooNew) {
		t.Fatalf("Open = %v, want ErrTooNew", err)
	}
	assertUnchanged(t, filepath.Dir(path), before)
}

// TestOpenRefusesNewerCommitsInTheLog: a newer Alongside migrated the
// file and was killed before a checkpoint, so only the -wal says the
// schema is newer. Opening must not replay, checkpoint or chmod anything.
func TestOpenRefusesNewerCommitsInTheLog(t *testing.T) {
	for _, keepShm := range []bool{true, false} {
		t.Run(fmt.Sprintf("shm=%v", keepShm), func(t *testing.T) {
			path := fresh(t)
			future := store.SchemaVersion() + 1
			if err := storetest.Unfinished(path, "CREATE TABLE future(x)", fmt.Sprintf("PRAGMA user_version = %d", future)); err != nil {
				t.Fatal(err)
			}
			if v := headerVersion(t, path); v != store.SchemaVersion() {
				t.Fatalf("setup: the main file already says %d; the newer version must be only in the -wal", v)
			}
			if !keepShm {
				os.Remove(path + "-shm")
			}
			loosen(t, path, path+"-wal")
			before := snapshot(t, filepath.Dir(path))
			if _, err := store.Open(context.Background(), path); !errors.Is(err, store.ErrTooNew) {
				t.Fatalf("Open = %v, want ErrTooNew", err)
			}
			assertUnchanged(t, filepath.Dir(path), before)
		})
	}
}

// TestOpenReplaysUnfinishedCommits: commits a killed Alongside left in
// the -wal are kept, and a loose -wal and -shm are tightened to 0600.
func TestOpenReplaysUnfinishedCommits(t *testing.T) {
	path := fresh(t)
	if err := storetest.Unfinished(path, "INSERT INTO settings (key, value) VALUES ('language', 'es')"); err != nil {
		t.Fatal(err)
	}
	loosen(t, path+"-wal", path+"-shm")
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, err := s.Get(context.Background(), store.SettingLanguage); got != "es" || err != nil {
		t.Errorf("language = %q, %v; want the unfinished commit's es", got, err)
	}
	if runtime.GOOS == "windows" {
		return
	}
	for _, p := range []string{path + "-wal", path + "-shm"} {
		if info, err := os.Stat(p); err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, %v; want mode 600", filepath.Base(p), info.Mode().Perm(), err)
		}
	}
}

func TestOpenOlderMigrates(t *testing.T) {
	path := filepath.Join(t.TempDir(), store.FileName)
	if err := storetest.Older(path); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.Version(context.Background()); v != store.SchemaVersion() || err != nil {
		t.Errorf("version after Open = %d, %v", v, err)
	}
}

func TestOpenUnwritableFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	// A file stands where a folder should be: it cannot be created.
	if _, err := store.Open(context.Background(), filepath.Join(file, "data", store.FileName)); !errors.Is(err, store.ErrUnwritable) {
		t.Errorf("Open under a file = %v, want ErrUnwritable", err)
	}
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		return // permissions do not stop the administrator
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	if _, err := store.Open(context.Background(), filepath.Join(dir, store.FileName)); !errors.Is(err, store.ErrUnwritable) {
		t.Errorf("Open in a read-only folder = %v, want ErrUnwritable", err)
	}
}

// TestInspectChangesNothing runs Inspect on every kind of folder check
// meets and proves that no file was created, changed or chmodded.
func TestInspectChangesNothing(t *testing.T) {
	future := store.SchemaVersion() + 1
	cases := []struct {
		name    string
		make    func(t *testing.T, path string) // nil: no folder at all
		wantErr error                           // nil: no error, and no problem unless damaged
		damaged bool                            // ErrDamaged, or problems listed
		version int
		older   bool
	}{
		{"missing folder", nil, store.ErrNoDatabase, false, 0, false},
		{"empty folder", func(t *testing.T, path string) {}, store.ErrNoDatabase, false, 0, false},
		{"zero-byte database", func(t *testing.T, path string) {
			must(t, os.WriteFile(path, nil, 0o644))
		}, store.ErrDamaged, true, 0, false},
		{"not a database", func(t *testing.T, path string) {
			must(t, os.WriteFile(path, []byte("this is not SQLite, it only has the name"), 0o644))
		}, store.ErrDamaged, true, 0, false},
		{"damaged", func(t *testing.T, path string) {
			must(t, storetest.Damaged(path))
		}, nil, true, store.SchemaVersion(), false},
		{"sound", func(t *testing.T, path string) {
			openClose(t, path)
		}, nil, false, store.SchemaVersion(), false},
		{"older", func(t *testing.T, path string) {
			must(t, storetest.Older(path))
		}, nil, false, 0, true},
		{"newer", func(t *testing.T, path string) {
			openClose(t, path)
			must(t, storetest.SetVersion(path, future))
		}, store.ErrTooNew, false, future, false},
		{"newer, only in the log", func(t *testing.T, path string) {
			openClose(t, path)
			must(t, storetest.Unfinished(path, fmt.Sprintf("PRAGMA user_version = %d", future)))
		}, store.ErrTooNew, false, future, false},
		{"unfinished commits with their -shm", func(t *testing.T, path string) {
			openClose(t, path)
			must(t, storetest.Unfinished(path, "INSERT INTO settings (key, value) VALUES ('theme', 'dark')"))
		}, nil, false, store.SchemaVersion(), false},
		{"unfinished commits without their -shm", func(t *testing.T, path string) {
			openClose(t, path)
			must(t, storetest.Unfinished(path, "INSERT INTO settings (key, value) VALUES ('theme', 'dark')"))
			must(t, os.Remove(path+"-shm"))
		}, store.ErrUnfinished, false, store.SchemaVersion(), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "data")
			path := filepath.Join(dir, store.FileName)
			var before map[string]string
			if c.make != nil {
				must(t, os.Mkdir(dir, 0o700))
				c.make(t, path)
				before = snapshot(t, dir)
			}
			res, err := store.Inspect(context.Background(), path)
			switch {
			case c.damaged:
				if !errors.Is(err, store.ErrDamaged) && (err != nil || res.OK()) {
					t.Errorf("Inspect = %+v, %v; want ErrDamaged or problems", res, err)
				}
			case c.wantErr == nil && (err != nil || !res.OK()):
				t.Errorf("Inspect = %+v, %v; want no error or problem", res, err)
			case !errors.Is(err, c.wantErr):
				t.Errorf("Inspect error = %v, want %v", err, c.wantErr)
			}
			if (c.wantErr == nil || c.wantErr == store.ErrTooNew) && (res.SchemaVersion != c.version || res.Older() != c.older) {
				t.Errorf("Inspect = %+v (older %v), want version %d (older %v)", res, res.Older(), c.version, c.older)
			}
			if c.make == nil {
				if !storetest.Missing(dir) {
					t.Error("Inspect created the missing folder")
				}
				return
			}
			assertUnchanged(t, dir, before)
		})
	}
}

func TestInspectReportsDamageAsProblemsOrError(t *testing.T) {
	path := filepath.Join(t.TempDir(), store.FileName)
	must(t, storetest.Damaged(path))
	res, err := store.Inspect(context.Background(), path)
	if err == nil && res.OK() {
		t.Fatal("Inspect passed a damaged database")
	}
	if err != nil && !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("Inspect error = %v, want ErrDamaged", err)
	}
}

func openClose(t *testing.T, path string) {
	t.Helper()
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.Close())
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
