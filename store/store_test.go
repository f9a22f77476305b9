package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
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
		var fk, busy int
		if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy); err != nil {
			t.Fatal(err)
		}
		if mode != "wal" || fk != 1 || busy != busyTimeoutMS {
			t.Errorf("connection %d: journal_mode=%s foreign_keys=%d busy_timeout=%d", i, mode, fk, busy)
		}
	}
	for _, c := range conns {
		c.Close()
	}
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

func TestFilesArePrivate(t *testing.T) {
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
