package store_test

import (
	"context"
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
