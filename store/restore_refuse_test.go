package store_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/store/storetest"
)

// tree describes every file and folder under dir (its mode, and its
// bytes' hash), so that two descriptions are equal only when nothing was
// created, removed, changed or chmodded anywhere below.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[rel] = fmt.Sprintf("folder %v", info.Mode().Perm())
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[rel] = fmt.Sprintf("mode %v, %d bytes, sha256 %x", info.Mode().Perm(), len(b), sha256.Sum256(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// goodBackup makes a backup of a store with an entry, locked with
// passphrase when it is not empty.
func goodBackup(t *testing.T, passphrase string) string {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), store.FileName))
	must(t, err)
	defer s.Close()
	_, err = s.AddEntry(ctx, store.Entry{Text: "from the backup"})
	must(t, err)
	if passphrase != "" {
		_, err = s.SetPassphrase(ctx, "", passphrase, nil)
		must(t, err)
	}
	out := filepath.Join(t.TempDir(), "backup.db")
	must(t, s.Backup(ctx, out))
	return out
}

func writeFile(t *testing.T, path string, b []byte) string {
	t.Helper()
	must(t, os.WriteFile(path, b, 0o600))
	return path
}

// sqliteFile makes an SQLite database at path with stmts run in it.
func sqliteFile(t *testing.T, path string, stmts ...string) string {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	must(t, err)
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return path
}

// badBackups are files no restore may take, with the reason each is
// refused for, and the secret given.
func badBackups(t *testing.T) []struct {
	name, path, secret string
	reason             error
} {
	dir := t.TempDir()
	good := goodBackup(t, "")
	locked := goodBackup(t, "kettle river blue morning")
	b, err := os.ReadFile(good)
	must(t, err)

	damaged := filepath.Join(dir, "damaged.db")
	must(t, storetest.Damaged(damaged))
	newer := filepath.Join(dir, "newer.db")
	must(t, os.WriteFile(newer, b, 0o600))
	must(t, storetest.SetVersion(newer, store.SchemaVersion()+1))
	unfinished := filepath.Join(dir, "unfinished.db")
	must(t, os.WriteFile(unfinished, b, 0o600))
	must(t, storetest.Unfinished(unfinished, "PRAGMA journal_mode = WAL", "INSERT INTO settings VALUES ('x', 'y')"))

	return []struct {
		name, path, secret string
		reason             error
	}{
		{"missing", filepath.Join(dir, "missing.db"), "", store.ErrNoDatabase},
		{"empty", writeFile(t, filepath.Join(dir, "empty.db"), nil), "", store.ErrDamaged},
		{"cut inside the header", writeFile(t, filepath.Join(dir, "header.db"), b[:60]), "", store.ErrDamaged},
		{"cut to half its pages", writeFile(t, filepath.Join(dir, "half.db"), b[:len(b)/2/4096*4096]), "", store.ErrDamaged},
		{"cut mid-page", writeFile(t, filepath.Join(dir, "midpage.db"), b[:len(b)-1000]), "", store.ErrDamaged},
		{"damaged pages", damaged, "", store.ErrDamaged},
		{"a text file", writeFile(t, filepath.Join(dir, "notes.txt"), []byte("Dear diary, this is not a database at all. ")), "", store.ErrForeign},
		{"a PDF", writeFile(t, filepath.Join(dir, "summary.pdf"), []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")), "", store.ErrForeign},
		{"another program's database", sqliteFile(t, filepath.Join(dir, "photos.db"), "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"), "", store.ErrForeign},
		{"another program's id", sqliteFile(t, filepath.Join(dir, "other-id.db"), "PRAGMA application_id = 305419896", "CREATE TABLE settings (key TEXT)"), "", store.ErrForeign},
		{"look-alike tables, no id, a late version", sqliteFile(t, filepath.Join(dir, "lookalike.db"), "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT", "PRAGMA user_version = 4"), "", store.ErrForeign},
		{"look-alike of version 1 with an extra table", sqliteFile(t, filepath.Join(dir, "lookalike1.db"), "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT", "CREATE TABLE extra (x)", "PRAGMA user_version = 1"), "", store.ErrForeign},
		{"newer", newer, "", store.ErrTooNew},
		{"changes left in its -wal", unfinished, "", store.ErrUnfinished},
		{"locked, no secret", locked, "", store.ErrLocked},
		{"locked, wrong passphrase", locked, "wrong passphrase", store.ErrWrongPassphrase},
		{"locked, wrong recovery code", locked, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB", store.ErrWrongPassphrase},
	}
}

// TestRestoreRefusesBadFiles: each bad file is refused, with its reason,
// by CheckBackup, RestoreFile and Store.Restore, and the data folder is
// byte for byte as it was.
func TestRestoreRefusesBadFiles(t *testing.T) {
	ctx := context.Background()
	for _, c := range badBackups(t) {
		check := func(how string, err error) {
			t.Helper()
			if !errors.Is(err, store.ErrBackupRefused) || !errors.Is(err, c.reason) {
				t.Errorf("%s: %s = %v, want ErrBackupRefused and %v", c.name, how, err, c.reason)
			}
		}
		before := tree(t, filepath.Dir(c.path))
		if c.secret == "" {
			if _, err := store.CheckBackup(ctx, c.path); c.reason == store.ErrLocked {
				if err != nil {
					t.Errorf("%s: CheckBackup = %v", c.name, err)
				}
			} else {
				check("CheckBackup", err)
			}
		}
		// A closed data folder, as the command line and the start-up window restore.
		dataDir := t.TempDir()
		path := filepath.Join(dataDir, store.FileName)
		s, err := store.Open(ctx, path)
		must(t, err)
		_, err = s.AddEntry(ctx, store.Entry{Text: "today's words"})
		must(t, err)
		must(t, s.Close())
		closed := tree(t, dataDir)
		_, err = store.RestoreFile(ctx, path, c.path, store.RestoreOptions{Secret: c.secret})
		check("RestoreFile", err)
		if after := tree(t, dataDir); !reflect.DeepEqual(closed, after) {
			t.Errorf("%s: RestoreFile changed the data folder:\nbefore %v\nafter  %v", c.name, closed, after)
		}
		// The open store, as Settings restores.
		s, err = store.Open(ctx, path)
		must(t, err)
		open := tree(t, dataDir)
		got, _, err := s.Restore(ctx, c.path, store.RestoreOptions{Secret: c.secret})
		check("Store.Restore", err)
		if got != s {
			t.Errorf("%s: Store.Restore returned another store", c.name)
		}
		if after := tree(t, dataDir); !reflect.DeepEqual(open, after) {
			t.Errorf("%s: Store.Restore changed the data folder:\nbefore %v\nafter  %v", c.name, open, after)
		}
		if es, err := s.Entries(ctx); err != nil || len(es) != 1 || es[0].Text != "today's words" {
			t.Errorf("%s: after the refusal: %+v, %v", c.name, es, err)
		}
		must(t, s.Close())
		if after := tree(t, filepath.Dir(c.path)); !reflect.DeepEqual(before, after) {
			t.Errorf("%s: the backup's folder changed:\nbefore %v\nafter  %v", c.name, before, after)
		}
	}
}

func TestRestoreRefusesTheDataFileItself(t *testing.T) {
	ctx := context.Background()
	path := fresh(t)
	s, err := store.Open(ctx, path)
	must(t, err)
	defer s.Close()
	got, _, err := s.Restore(ctx, path, store.RestoreOptions{})
	if !errors.Is(err, store.ErrBackupRefused) || !errors.Is(err, store.ErrBackupIsData) || got != s {
		t.Errorf("Restore(the data file) = %v", err)
	}
}

// TestInspectTellsForeignFiles: check refuses another program's SQLite
// file, and accepts Alongside's own, old ones included.
func TestInspectTellsForeignFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, path := range []string{
		sqliteFile(t, filepath.Join(dir, "photos.db"), "CREATE TABLE photos (id INTEGER PRIMARY KEY)"),
		sqliteFile(t, filepath.Join(dir, "other-id.db"), "PRAGMA application_id = 305419896"),
	} {
		if _, err := store.Inspect(ctx, path); !errors.Is(err, store.ErrForeign) {
			t.Errorf("Inspect(%s) = %v, want ErrForeign", filepath.Base(path), err)
		}
	}
	old := filepath.Join(t.TempDir(), store.FileName)
	must(t, storetest.Older(old))
	if res, err := store.Inspect(ctx, old); err != nil || !res.OK() {
		t.Errorf("Inspect(empty version 0) = %+v, %v", res, err)
	}
}
