package store_test

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/store/storetest"
)

func TestCheckSoundDatabase(t *testing.T) {
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK() || res.SchemaVersion != store.SchemaVersion() {
		t.Fatalf("Check = %+v", res)
	}
}

func TestCheckFindsDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), store.FileName)
	if err := storetest.Damaged(path); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(context.Background(), path)
	if err != nil {
		if !errors.Is(err, store.ErrDamaged) {
			t.Fatalf("Open damaged = %v, want ErrDamaged", err)
		}
		return
	}
	defer s.Close()
	res, err := s.Check(context.Background())
	if err == nil && res.OK() {
		t.Fatal("Check passed a damaged database")
	}
	if err != nil && !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("Check error = %v, want ErrDamaged", err)
	}
}

func TestOpenGarbageFileIsDamagedAndUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), store.FileName)
	junk := make([]byte, 8192)
	for i := range junk {
		junk[i] = byte(i*7 + 3)
	}
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Open(context.Background(), path); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("Open garbage = %v, want ErrDamaged", err)
	}
	after, _ := os.ReadFile(path)
	if string(after) != string(junk) {
		t.Error("opening a damaged file changed it")
	}
}

// TestApplicationIDIsSet: migration 0003's PRAGMA, run inside the
// migration's transaction, reaches the file's header, in a new database
// and in one from before it.
func TestApplicationIDIsSet(t *testing.T) {
	ctx := context.Background()
	header := func(path string) uint32 {
		t.Helper()
		b, err := os.ReadFile(path)
		if err != nil || len(b) < 100 {
			t.Fatalf("read %s: %v", path, err)
		}
		return binary.BigEndian.Uint32(b[68:])
	}
	if got := header(fresh(t)); got != store.ApplicationID {
		t.Errorf("new database: application id %#x, want %#x", got, store.ApplicationID)
	}
	// A database of schema version 2, as an Alongside before 0003 left it.
	old := filepath.Join(t.TempDir(), store.FileName)
	var stmts []string
	for _, name := range []string{"0001_settings.sql", "0002_private.sql"} {
		b, err := os.ReadFile(filepath.Join("migrations", name))
		if err != nil {
			t.Fatal(err)
		}
		stmts = append(stmts, string(b))
	}
	sqliteFile(t, old, append(stmts, "PRAGMA user_version = 2")...)
	if got := header(old); got != 0 {
		t.Fatalf("old database: application id %#x", got)
	}
	if res, err := store.Inspect(ctx, old); err != nil || !res.OK() || !res.Older() {
		t.Errorf("Inspect(old) = %+v, %v; want an older, sound Alongside file", res, err)
	}
	s, err := store.Open(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got := header(old); got != store.ApplicationID {
		t.Errorf("migrated database: application id %#x, want %#x", got, store.ApplicationID)
	}
}
