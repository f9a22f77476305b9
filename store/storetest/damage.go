// Package storetest holds helpers for tests that need real databases.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"

	"github.com/alongside-app/alongside/store"
	_ "github.com/mattn/go-sqlite3" // the driver SetVersion opens
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
