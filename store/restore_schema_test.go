package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/alongside-app/alongside/store"
)

// olderBackup makes, at path, a sound Alongside file of schema version
// version, as a build that knew only the migrations up to it left one.
func olderBackup(t *testing.T, path string, version int) string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("migrations", "*.sql"))
	must(t, err)
	var stmts []string
	for _, name := range names[:version] {
		b, err := os.ReadFile(name)
		must(t, err)
		stmts = append(stmts, string(b))
	}
	return sqliteFile(t, path, append(stmts, fmt.Sprintf("PRAGMA user_version = %d", version))...)
}

// copyOf copies the file at src into a new file in dir.
func copyOf(t *testing.T, src, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	must(t, err)
	return writeFile(t, filepath.Join(dir, name), b)
}

// restorer is a data folder, closed and open, for refusals to be tried
// on: each try must leave it byte for byte as it was.
type restorer struct {
	t      *testing.T
	closed string       // a closed database, for RestoreFile
	open   *store.Store // an open one, for Store.Restore
}

func newRestorer(t *testing.T) *restorer {
	ctx := context.Background()
	r := &restorer{t: t, closed: filepath.Join(t.TempDir(), store.FileName)}
	for _, path := range []string{r.closed, filepath.Join(t.TempDir(), store.FileName)} {
		s, err := store.Open(ctx, path)
		must(t, err)
		_, err = s.AddEntry(ctx, store.Entry{Text: "today's words"})
		must(t, err)
		if path == r.closed {
			must(t, s.Close())
		} else {
			r.open = s
			t.Cleanup(func() { r.open.Close() })
		}
	}
	return r
}

// refuses checks that CheckBackup (when check), RestoreFile and
// Store.Restore refuse the backup at path for reason, changing nothing.
func (r *restorer) refuses(name, path, secret string, check bool, reason error) {
	t := r.t
	t.Helper()
	ctx := context.Background()
	want := func(how string, err error) {
		t.Helper()
		if !errors.Is(err, store.ErrBackupRefused) || !errors.Is(err, reason) {
			t.Errorf("%s: %s = %v, want ErrBackupRefused and %v", name, how, err, reason)
		}
	}
	if check {
		_, err := store.CheckBackup(ctx, path)
		want("CheckBackup", err)
	}
	for _, dir := range []string{filepath.Dir(r.closed), filepath.Dir(r.open.Path())} {
		before := tree(t, dir)
		var err error
		if dir == filepath.Dir(r.closed) {
			_, err = store.RestoreFile(ctx, r.closed, path, store.RestoreOptions{Secret: secret})
			want("RestoreFile", err)
		} else {
			var got *store.Store
			got, _, err = r.open.Restore(ctx, path, store.RestoreOptions{Secret: secret})
			want("Store.Restore", err)
			if got != r.open {
				t.Errorf("%s: Store.Restore returned another store", name)
				r.open = got
			}
		}
		if after := tree(t, dir); !reflect.DeepEqual(before, after) {
			t.Errorf("%s: the data folder changed:\nbefore %v\nafter  %v", name, before, after)
		}
	}
}

// TestRestoreRefusesAnotherSchema: a file with Alongside's application
// id and version whose schema is not exactly this build's at that
// version (something extra, missing or different) is refused as not
// Alongside's, before or after it is updated, and nothing is changed.
func TestRestoreRefusesAnotherSchema(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := goodBackup(t, "")
	older := olderBackup(t, filepath.Join(dir, "older.db"), 6)
	for _, path := range []string{good, older} {
		if _, err := store.CheckBackup(ctx, path); err != nil {
			t.Fatalf("CheckBackup(%s) as made = %v", filepath.Base(path), err)
		}
	}
	r := newRestorer(t)
	for i, c := range []struct {
		name  string
		base  string
		stmts []string
	}{
		{"an extra table", good, []string{"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"}},
		{"an extra column", good, []string{"ALTER TABLE entries ADD COLUMN copy TEXT"}},
		{"an extra index", good, []string{"CREATE INDEX entries_by_mood ON entries (mood)"}},
		{"an extra trigger", good, []string{"CREATE TRIGGER copy_out AFTER INSERT ON entries BEGIN INSERT INTO settings (key, value) VALUES ('last', NEW.id); END"}},
		{"an extra view", good, []string{"CREATE VIEW everything AS SELECT * FROM entries"}},
		{"a missing index", good, []string{"DROP INDEX entries_by_time"}},
		{"a table made anew without its checks", good, []string{
			"CREATE TABLE settings_new (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
			"INSERT INTO settings_new SELECT * FROM settings", "DROP TABLE settings",
			"ALTER TABLE settings_new RENAME TO settings",
		}},
		{"an older backup with an extra trigger", older, []string{"CREATE TRIGGER wipe AFTER INSERT ON entries BEGIN DELETE FROM entries; END"}},
		{"an older backup with an extra column", older, []string{"ALTER TABLE rewards ADD COLUMN copy BLOB"}},
		// Compared before the update too: the update would fail on it.
		{"an older backup with a view where the update makes a table", older, []string{"CREATE VIEW private_settings AS SELECT 1 AS key, 2 AS value"}},
	} {
		path := sqliteFile(t, copyOf(t, c.base, dir, fmt.Sprintf("case%d.db", i)), c.stmts...)
		r.refuses(c.name, path, "", true, store.ErrForeign)
	}
}

// TestRestoreRefusesAKeyThatOpensNothing: a backup whose key, plain or
// unwrapped with the right passphrase, opens none of its private values
// (a keyring taken from another backup) is refused as damaged before
// anything is changed. A backup with no private values has nothing for
// its key to open, and is restored.
func TestRestoreRefusesAKeyThatOpensNothing(t *testing.T) {
	ctx := context.Background()
	const pass = "kettle river blue morning"
	dir := t.TempDir()
	plain := copyOf(t, goodBackup(t, ""), dir, "plain.db")
	sqliteFile(t, plain, "UPDATE keyring SET key = randomblob(32)")
	locked := copyOf(t, goodBackup(t, pass), dir, "locked.db")
	other := goodBackup(t, pass) // another key, wrapped under the same passphrase
	sqliteFile(t, locked, fmt.Sprintf("ATTACH '%s' AS o; DELETE FROM keyring; INSERT INTO keyring SELECT * FROM o.keyring; DETACH o", other))
	if d, err := store.CheckBackup(ctx, locked); err != nil || !d.Locked {
		t.Fatalf("CheckBackup(locked) = %+v, %v; the secret is needed to tell", d, err)
	}

	newRestorer(t).refuses("a plain key of another backup", plain, "", true, store.ErrDamaged)
	r := newRestorer(t)
	r.refuses("a wrapped key of another backup", locked, pass, false, store.ErrDamaged)

	// No private values: any key will do.
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), store.FileName))
	must(t, err)
	must(t, s.Set(ctx, store.Setting("theme"), "dark"))
	empty := filepath.Join(dir, "empty.db")
	must(t, s.Backup(ctx, empty))
	must(t, s.Close())
	sqliteFile(t, empty, "UPDATE keyring SET key = randomblob(32)", "DELETE FROM private_settings")
	if _, err := store.RestoreFile(ctx, r.closed, empty, store.RestoreOptions{}); err != nil {
		t.Errorf("RestoreFile(no private values) = %v", err)
	}
}
