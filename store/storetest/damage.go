// Package storetest holds helpers for tests that need real databases.
package storetest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	_ "github.com/mattn/go-sqlite3" // the driver the helpers open

	"github.com/alongside-app/alongside/store"
)

// Damaged makes, at path, a database that SQLite will report as
// corrupt: it fills it with enough rows to span many pages, closes it and
// writes garbage over pages in the middle. It never touches an existing file.
func Damaged(path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("store: refusing to damage existing %s", path)
	}
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	for i := 0; i < 400; i++ {
		if err := s.Set(ctx, store.Setting(fmt.Sprintf("filler-%04d", i)), strings.Repeat("x", 200)); err != nil {
			s.Close()
			return err
		}
	}
	if err := s.Close(); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	garbage := []byte(strings.Repeat("\xde\xad\xbe\xef", 4096/4))
	for _, page := range []int64{2, 3, 5, 8} {
		if _, err := f.WriteAt(garbage, (page-1)*4096); err != nil {
			return err
		}
	}
	return f.Sync()
}

// SetVersion sets a database's schema version directly, as a newer
// Alongside would have left it.
func SetVersion(path string, version int) error {
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(fmt.Sprintf("PRAGMA user_version = %d", version))
	return err
}

// Older makes, at path, a sound database at schema version 0, as an
// Alongside stopped before its first migration leaves one.
func Older(path string) error {
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL")
	if err != nil {
		return err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return err
	}
	return db.Close()
}

// Unfinished runs stmts on the existing database at path through a
// connection that never checkpoints, and leaves path, its -wal and its
// -shm as a process killed at that moment would: the statements' commits
// are only in the -wal, and the main file is as it was. It works on a
// copy and copies the three files back while that connection still holds
// them, so the copies are never checkpointed.
func Unfinished(path string, stmts ...string) error {
	scratch, err := os.MkdirTemp("", "storetest")
	if err != nil {
		return err
	}
	defer os.RemoveAll(scratch)
	work := filepath.Join(scratch, filepath.Base(path))
	if err := copyFile(path, work); err != nil {
		return err
	}
	db, err := sql.Open("sqlite3", "file:"+work+"?_journal_mode=WAL")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range append([]string{"PRAGMA wal_autocheckpoint = 0"}, stmts...) {
		if _, err := db.Exec(q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := copyFile(work+suffix, path+suffix); err != nil {
			return err
		}
	}
	return nil
}

func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o600)
}

// Snapshot describes every file in dir (not its subfolders) by name:
// its permissions and a hash of its bytes, so that two snapshots are equal
// only when nothing was created, removed, changed or chmodded. Names in
// ignore are left out.
func Snapshot(dir string, ignore ...string) (map[string]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || slices.Contains(ignore, e.Name()) {
			continue
		}
		desc, err := describe(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out[e.Name()] = desc
	}
	return out, nil
}

func describe(path string) (string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("mode %v, %d bytes, sha256 %x", info.Mode().Perm(), len(data), sha256.Sum256(data)), nil
}

// Missing reports whether path does not exist.
func Missing(path string) bool {
	_, err := os.Stat(path)
	return errors.Is(err, fs.ErrNotExist)
}
