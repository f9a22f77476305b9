package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestSetAsideKeepsTheDamagedFile: the file and its -wal get a dated
// name in the same folder, nothing is deleted, and a fresh store opens.
func TestSetAsideKeepsTheDamagedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	must(t, os.WriteFile(path, []byte("damaged bytes"), 0o600))
	must(t, os.WriteFile(path+"-wal", []byte("a log"), 0o600))
	aside, err := SetAside(path, at("2026-12-07", "09:15"))
	must(t, err)
	if filepath.Base(aside) != "alongside-damaged-2026-12-07-091500.db" || filepath.Dir(aside) != dir {
		t.Fatalf("aside = %s", aside)
	}
	if b, _ := os.ReadFile(aside); string(b) != "damaged bytes" {
		t.Errorf("the kept file holds %q", b)
	}
	if b, _ := os.ReadFile(aside + "-wal"); string(b) != "a log" {
		t.Errorf("the kept log holds %q", b)
	}
	if fileExists(path) || fileExists(path+"-wal") {
		t.Error("the old file is still in place")
	}
	must(t, os.WriteFile(path, []byte("damaged again"), 0o600))
	again, err := SetAside(path, at("2026-12-07", "09:15"))
	must(t, err)
	if filepath.Base(again) != "alongside-damaged-2026-12-07-091500-2.db" {
		t.Errorf("a second file in the same second: %s", again)
	}
	s, err := Open(context.Background(), path)
	must(t, err)
	s.Close()
	if none, err := SetAside(filepath.Join(dir, "missing.db"), at("2026-12-07")); none != "" || err != nil {
		t.Errorf("no file: %q %v", none, err)
	}
}
