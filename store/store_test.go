package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/mattn/go-sqlite3"
)

// openTemp opens a fresh database under t.TempDir.
func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "data", FileName)
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestOpenFreshDatabaseMigratesToCurrent(t *testing.T) {
	s, _ := openTemp(t)
	v, err := s.Version(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if v != SchemaVersion() || v < 1 {
		t.Fatalf("version = %d, want %d (>= 1)", v, SchemaVersion())
	}
}

func TestPragmasOnEveryPooledConnection(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	// Hold several connections at once so the pool must open new ones.
	conns := make([]interface{ Close() error }, 0, 4)
	for i := 0; i < 4; i++ {
		c, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var mode string
		var fk, busy, sync int
		if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync); err != nil {
			t.Fatal(err)
		}
		// synchronous 2 is FULL: a commit is on disk before it returns.
		if mode != "wal" || fk != 1 || busy != busyTimeoutMS || sync != 2 {
			t.Errorf("connection %d: journal_mode=%s foreign_keys=%d busy_timeout=%d synchronous=%d",
				i, mode, fk, busy, sync)
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

// TestWriteTransactionsLockAtBegin proves transactions begin IMMEDIATE:
// while one connection has a transaction open, even one that has written
// nothing yet, a second connection's BEGIN fails with SQLITE_BUSY (its
// wait is cut to zero here). With a deferred BEGIN both would start and
// the second would fail later, at its first write, mid-transaction.
func TestWriteTransactionsLockAtBegin(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	first, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	if _, err := second.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err != nil {
		t.Fatal(err)
	}
	defer second.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", busyTimeoutMS))

	tx1, err := first.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx1.Rollback() // before the connections close, even on failure
	tx2, err := second.BeginTx(ctx, nil)
	if err == nil {
		tx2.Rollback()
		t.Fatal("a second BEGIN succeeded while a transaction was open; want SQLITE_BUSY at BEGIN")
	}
	if se := (sqlite3.Error{}); !errors.As(err, &se) || se.Code != sqlite3.ErrBusy {
		t.Fatalf("second BEGIN while a transaction is open = %v, want SQLITE_BUSY", err)
	}
	if err := tx1.Rollback(); err != nil {
		t.Fatal(err)
	}
	tx2, err = second.BeginTx(ctx, nil)
	if err != nil {
		t.Fatalf("BEGIN after the first transaction ended: %v", err)
	}
	tx2.Rollback()
}

func TestReopenIsIdempotentAndKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), FileName)
	for i := 0; i < 3; i++ {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if i == 0 {
			if err := s.Set(ctx, SettingLanguage, "es"); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.Get(ctx, SettingLanguage)
		if err != nil || got != "es" {
			t.Fatalf("open %d: language = %q, %v", i, got, err)
		}
		if v, _ := s.Version(ctx); v != SchemaVersion() {
			t.Fatalf("open %d: version %d", i, v)
		}
		s.Close()
	}
}

func TestRefusesNewerDatabaseAndLeavesItAlone(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	future := SchemaVersion() + 1
	if _, err := s.db.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", future)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, path); !errors.Is(err, ErrTooNew) {
		t.Fatalf("Open newer = %v, want ErrTooNew", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("refusing a newer database changed its file")
	}
}

// skipModes skips a test of Unix file permissions where there are none.
func skipModes(t *testing.T) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix file modes")
	}
}

func TestFilesArePrivate(t *testing.T) {
	skipModes(t)
	s, path := openTemp(t)
	if err := s.Set(context.Background(), SettingTheme, "dark"); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if perm := info.Mode().Perm(); perm != 0o600 {
			t.Errorf("%s mode = %o, want 600", filepath.Base(p), perm)
		}
	}
	dir, _ := os.Stat(filepath.Dir(path))
	if perm := dir.Mode().Perm(); perm != 0o700 {
		t.Errorf("folder mode = %o, want 700", perm)
	}
}

func TestExistingLooseFileIsTightened(t *testing.T) {
	skipModes(t)
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	info, _ := os.Stat(path)
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("mode = %o, want 600", perm)
	}
}

func TestMigrationsAreNumberedWithoutGaps(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if m.version != i+1 {
			t.Errorf("migration %s has number %d, want %d", m.name, m.version, i+1)
		}
	}
}

func TestSettings(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.Get(ctx, SettingCountry); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get unset = %v, want ErrNotFound", err)
	}
	if got := s.GetOr(ctx, SettingCountry, "US"); got != "US" {
		t.Errorf("GetOr unset = %q", got)
	}
	for _, v := range []string{"MX", "ES"} {
		if err := s.Set(ctx, SettingCountry, v); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Get(ctx, SettingCountry); got != v {
			t.Errorf("after Set(%q) Get = %q", v, got)
		}
	}
	if err := s.Set(ctx, "", "x"); !errors.Is(err, ErrInvalid) {
		t.Errorf("Set with empty key = %v, want ErrInvalid", err)
	}
}

func TestOpenRefusesAnotherProgramsDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('x')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)
	if _, err := Open(context.Background(), path); !errors.Is(err, ErrForeign) {
		t.Fatalf("Open of another program's file: %v, want ErrForeign", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the other program's file was changed")
	}
}
