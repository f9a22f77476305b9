package store

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// liveDB is a WAL database whose connection never checkpoints, so its
// commits stay in the -wal; copy takes the files as a crash would leave them.
type liveDB struct {
	t    *testing.T
	path string
	db   *sql.DB
}

func newLiveDB(t *testing.T) *liveDB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "live.db")
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	l := &liveDB{t: t, path: path, db: db}
	l.exec("PRAGMA wal_autocheckpoint = 0")
	return l
}

func (l *liveDB) exec(stmts ...string) {
	l.t.Helper()
	for _, q := range stmts {
		if _, err := l.db.Exec(q); err != nil {
			l.t.Fatalf("%s: %v", q, err)
		}
	}
}

// copy copies the main file and the -wal (not the -shm, so SQLite must
// rebuild its index from the log) into a fresh folder.
func (l *liveDB) copy() string {
	l.t.Helper()
	dst := filepath.Join(l.t.TempDir(), "copy.db")
	for _, suffix := range []string{"", "-wal"} {
		data, err := os.ReadFile(l.path + suffix)
		if err != nil {
			l.t.Fatal(err)
		}
		if err := os.WriteFile(dst+suffix, data, 0o600); err != nil {
			l.t.Fatal(err)
		}
	}
	return dst
}

// sqliteVersion is SQLite's own answer, for comparison. It may write the
// copy's -shm, which is why it runs on copies only.
func sqliteVersion(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func truncateBy(t *testing.T, path string, n int64) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, info.Size()-n); err != nil {
		t.Fatal(err)
	}
}

func appendBytes(t *testing.T, path string, b []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(b); err != nil {
		t.Fatal(err)
	}
}

// TestReadOnDiskAgreesWithSQLite reads the schema version of databases
// whose latest commits are only in their -wal, in the states a crash can
// leave, and checks the answer against the expected version and SQLite's.
func TestReadOnDiskAgreesWithSQLite(t *testing.T) {
	const page = 4096
	cases := []struct {
		name    string
		make    func(l *liveDB) string
		version int
		commits int
	}{
		{"all in the main file", func(l *liveDB) string {
			l.exec("CREATE TABLE t(x)", "PRAGMA user_version = 3", "PRAGMA wal_checkpoint(TRUNCATE)")
			return l.copy()
		}, 3, 0},
		{"commits only in the log", func(l *liveDB) string {
			l.exec("CREATE TABLE t(x)", "PRAGMA user_version = 3", "PRAGMA wal_checkpoint(TRUNCATE)",
				"PRAGMA user_version = 7", "INSERT INTO t VALUES (1)", "PRAGMA user_version = 9")
			return l.copy()
		}, 9, 3},
		{"torn frame after the last commit", func(l *liveDB) string {
			l.exec("CREATE TABLE t(x)", "PRAGMA user_version = 4")
			p := l.copy()
			appendBytes(t, p+"-wal", make([]byte, 24+page/2))
			return p
		}, 4, 2},
		{"page 1 written but its transaction not committed", func(l *liveDB) string {
			// Page 1 (the version) is logged first, the table's page last
			// with the commit mark: cutting that frame leaves page 1 uncommitted.
			l.exec("CREATE TABLE t(x)", "PRAGMA user_version = 5",
				"BEGIN", "INSERT INTO t VALUES (randomblob(100))", "PRAGMA user_version = 6", "COMMIT")
			p := l.copy()
			truncateBy(t, p+"-wal", 24+page)
			return p
		}, 5, 2},
		{"stale frames after the log restarted", func(l *liveDB) string {
			// Version 50 is logged, checkpointed, then the log restarts
			// from its start with new salts: the old frames behind the new
			// ones still say 50 and must not count.
			l.exec("CREATE TABLE t(x)")
			for i := 0; i < 30; i++ {
				l.exec("INSERT INTO t VALUES (randomblob(3000))")
			}
			l.exec("PRAGMA user_version = 50", "INSERT INTO t VALUES (1)", "PRAGMA wal_checkpoint(PASSIVE)",
				"PRAGMA user_version = 13")
			return l.copy()
		}, 13, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.make(newLiveDB(t))
			d, err := readOnDisk(path)
			if err != nil {
				t.Fatal(err)
			}
			if d.version != c.version || d.walCommits != c.commits || !d.walMode {
				t.Errorf("readOnDisk = %+v, want version %d with %d commits in the log", d, c.version, c.commits)
			}
			if v := sqliteVersion(t, path); v != d.version {
				t.Errorf("SQLite reads version %d, readOnDisk %d", v, d.version)
			}
		})
	}
}

func TestReadOnDiskOfOddFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if d, err := readOnDisk(filepath.Join(dir, "none.db")); err != nil || d.exists {
		t.Errorf("missing file: %+v, %v", d, err)
	}
	if d, err := readOnDisk(write("empty.db", nil)); err != nil || !d.exists || !d.empty {
		t.Errorf("empty file: %+v, %v", d, err)
	}
	for name, data := range map[string][]byte{
		"short.db":   []byte(headerMagic),
		"garbage.db": make([]byte, 8192),
	} {
		if _, err := readOnDisk(write(name, data)); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: %v, want ErrDamaged", name, err)
		}
	}
}

// TestReadWALStopsAtABadChecksum: a frame whose page or checksum was
// changed after it was written ends the log there, as SQLite's recovery
// does, even when it carries the commit mark: its commit and all after
// it do not count.
func TestReadWALStopsAtABadChecksum(t *testing.T) {
	const page = 4096
	frame := int64(walFrameHeaderSize + page)
	cases := []struct {
		name    string
		at      func(frames int64) int64 // the byte changed, given the number of frames
		version int
		commits int
	}{
		// The last commit (user_version 9) is one frame: page 1.
		{"a byte of the last commit's page", func(n int64) int64 { return walHeaderSize + (n-1)*frame + walFrameHeaderSize + 500 }, 7, 2},
		{"the last commit's checksum", func(n int64) int64 { return walHeaderSize + (n-1)*frame + 20 }, 7, 2},
		{"the first frame's checksum", func(int64) int64 { return walHeaderSize + 16 }, 3, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := newLiveDB(t)
			l.exec("CREATE TABLE t(x)", "PRAGMA user_version = 3", "PRAGMA wal_checkpoint(TRUNCATE)",
				"INSERT INTO t VALUES (1)", "PRAGMA user_version = 7", "PRAGMA user_version = 9")
			path := l.copy()
			info, err := os.Stat(path + "-wal")
			must(t, err)
			n := (info.Size() - walHeaderSize) / frame
			f, err := os.OpenFile(path+"-wal", os.O_RDWR, 0)
			must(t, err)
			b := make([]byte, 1)
			at := c.at(n)
			_, err = f.ReadAt(b, at)
			must(t, err)
			_, err = f.WriteAt([]byte{b[0] ^ 0x40}, at)
			must(t, err)
			must(t, f.Close())
			d, err := readOnDisk(path)
			must(t, err)
			if d.version != c.version || d.walCommits != c.commits {
				t.Errorf("readOnDisk = %+v, want version %d with %d commits in the log", d, c.version, c.commits)
			}
			if v := sqliteVersion(t, path); v != d.version {
				t.Errorf("SQLite reads version %d, readOnDisk %d", v, d.version)
			}
		})
	}
}
