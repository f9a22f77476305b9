package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"

	"github.com/mattn/go-sqlite3"

	"github.com/alongside-app/alongside/store/seal"
)

// CheckResult is what an integrity check found.
type CheckResult struct {
	SchemaVersion int      // the database's schema version
	Problems      []string // SQLite's integrity_check lines; empty when sound
}

// OK reports whether the check found nothing wrong.
func (r CheckResult) OK() bool { return len(r.Problems) == 0 }

// Older reports whether the schema is older than this build's: opening
// the database will migrate it.
func (r CheckResult) Older() bool { return r.SchemaVersion < SchemaVersion() }

// maxProblems bounds what integrity_check reports on a badly damaged file.
const maxProblems = 20

// Check runs SQLite's integrity and foreign-key checks. A damaged file
// may also fail with ErrDamaged before any problem can be listed.
func (s *Store) Check(ctx context.Context) (CheckResult, error) {
	v, err := s.Version(ctx)
	if err != nil {
		return CheckResult{}, err
	}
	res := CheckResult{SchemaVersion: v}
	res.Problems, err = checkDB(ctx, s.db)
	return res, classify(err)
}

// ApplicationID marks an SQLite file as Alongside's: migration 0003 sets
// it as PRAGMA application_id. It is "Alon" in ASCII.
const ApplicationID = 0x416C6F6E

// appIDVersion is the schema version whose migration sets ApplicationID.
const appIDVersion = 3

// ErrForeign means the file is not Alongside's: another program's SQLite
// database, or not a database at all.
var ErrForeign = errors.New("store: not an Alongside data file")

// checkOurs tells an Alongside database from any other SQLite file: its
// application id is ApplicationID or, for a file from before schema
// version 3 (id 0), its tables are exactly those of its schema version.
func checkOurs(ctx context.Context, db *sql.DB) error {
	var id int32
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
		return fmt.Errorf("store: read application id: %w", err)
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("store: read schema version: %w", err)
	}
	switch {
	case id == ApplicationID:
		return nil
	case id != 0 || version >= appIDVersion || version < 0:
		return fmt.Errorf("%w: application id %#x, schema version %d", ErrForeign, uint32(id), version)
	}
	have, err := tableNames(ctx, db)
	if err != nil {
		return err
	}
	want, err := schemaTables(ctx, version)
	if err != nil {
		return err
	}
	if !slices.Equal(have, want) {
		return fmt.Errorf("%w: schema version %d with tables %v", ErrForeign, version, have)
	}
	return nil
}

// tableNames lists a database's tables, sorted, leaving out SQLite's own
// (whose presence depends on what was ever inserted).
func tableNames(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
	if err != nil {
		return nil, fmt.Errorf("store: list tables: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("store: list tables: %w", err)
		}
		out = append(out, name)
	}
	return out, rows.Err()
}

// schemaTables is the tables this build's migrations 1..version make,
// found by applying them to an empty database in memory.
func schemaTables(ctx context.Context, version int) ([]string, error) {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one connection: one in-memory database
	ms, err := migrations()
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if m.version > version {
			break
		}
		if _, err := db.ExecContext(ctx, m.sql); err != nil {
			return nil, fmt.Errorf("store: migration %s: %w", m.name, err)
		}
	}
	return tableNames(ctx, db)
}

// Inspect checks the database at path as Check does, without opening it
// for writing: it never creates, migrates, repairs or changes a file.
// No folder or no file there is ErrNoDatabase; a zero-byte or foreign file
// is ErrDamaged; another program's SQLite database is ErrForeign (see
// checkOurs); a newer schema is ErrTooNew (with the version found); an
// older one is reported (see CheckResult.Older), not refused. Commits left
// in a -wal whose -shm is gone are ErrUnfinished: only a writer can
// replay them. The caller should hold the data folder's lock, so that no
// copy of Alongside writes while Inspect reads.
func Inspect(ctx context.Context, path string) (CheckResult, error) {
	if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
		return CheckResult{}, fmt.Errorf("store: inspect %s: %w: no folder", path, ErrNoDatabase)
	}
	disk, err := readOnDisk(path)
	switch {
	case err != nil:
		return CheckResult{}, err
	case !disk.exists:
		return CheckResult{}, fmt.Errorf("store: inspect %s: %w", path, ErrNoDatabase)
	case disk.empty:
		return CheckResult{}, fmt.Errorf("store: inspect %s: %w: the file is empty", path, ErrDamaged)
	}
	res := CheckResult{SchemaVersion: disk.version}
	if disk.version > SchemaVersion() {
		return res, tooNew(disk.version)
	}
	uri, err := inspectURI(path, disk)
	if err != nil {
		return res, err
	}
	db, err := sql.Open("sqlite3", uri)
	if err != nil {
		return res, fmt.Errorf("store: inspect %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if err := checkOurs(ctx, db); err != nil {
		return res, classifyReadOnly(err)
	}
	res.Problems, err = checkDB(ctx, db)
	return res, classifyReadOnly(err)
}

// inspectURI opens path read-only in a way that writes nothing: immutable
// (no locks, no -wal or -shm made) when every commit is in the main file;
// through the existing -shm, read-only, when the -wal holds commits; and
// plainly read-only for a rollback-journal file with a journal left over,
// which SQLite then refuses if the journal is hot.
func inspectURI(path string, d onDisk) (string, error) {
	q := url.Values{"mode": {"ro"}}
	switch {
	case d.walCommits > 0 && !d.shm:
		return "", fmt.Errorf("store: inspect %s: %w: %d commits in the -wal and no -shm", path, ErrUnfinished, d.walCommits)
	case d.walCommits > 0:
		q.Set("readonly_shm", "1")
	case d.journal && !d.walMode:
	default:
		q.Set("immutable", "1")
	}
	return fileURI(path, q), nil
}

// classifyReadOnly is classify for a read-only connection, where SQLite
// saying "read-only" means it needed to write to finish a transaction.
func classifyReadOnly(err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrReadonly {
		return fmt.Errorf("%w: %w", ErrUnfinished, err)
	}
	return classify(err)
}

// checkDB runs integrity_check and foreign_key_check and returns what
// they found.
func checkDB(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, fmt.Sprintf("PRAGMA integrity_check(%d)", maxProblems))
	if err != nil {
		return nil, fmt.Errorf("store: integrity check: %w", err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return problems, fmt.Errorf("store: integrity check: %w", err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return problems, fmt.Errorf("store: integrity check: %w", err)
	}
	if problems, err = checkForeignKeys(ctx, db, problems); err != nil {
		return problems, err
	}
	return checkKeyring(ctx, db, problems)
}

// checkKeyring reports a keyring that cannot open the private records:
// no usable key (or wrap) while sealed records exist. It reads only the
// keyring's shape; no secret is needed or derived.
func checkKeyring(ctx context.Context, db *sql.DB, problems []string) ([]string, error) {
	var tables int
	if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'keyring'").Scan(&tables); err != nil {
		return problems, fmt.Errorf("store: keyring check: %w", err)
	}
	if tables == 0 {
		return problems, nil // an older schema: no private records yet
	}
	ring, err := readKeyring(ctx, db)
	if err != nil {
		return problems, fmt.Errorf("store: keyring check: %w", err)
	}
	plain, pass, code := ring[kindPlain], ring[kindPassphrase], ring[kindRecovery]
	usable := len(plain.Sealed) == seal.KeySize ||
		pass.Params.Valid() == nil && len(pass.Salt) >= 8 && len(pass.Sealed) == seal.KeySize+seal.Overhead &&
			code.Params.Valid() == nil && len(code.Salt) >= 8 && len(code.Sealed) == seal.KeySize+seal.Overhead
	if usable {
		return problems, nil
	}
	n, err := countSealed(ctx, db)
	if err != nil {
		return problems, fmt.Errorf("store: keyring check: %w", err)
	}
	if n > 0 || len(ring) > 0 {
		problems = append(problems, fmt.Sprintf("the key to the private records is missing or damaged (%d records)", n))
	}
	return problems, nil
}

func checkForeignKeys(ctx context.Context, db *sql.DB, problems []string) ([]string, error) {
	rows, err := db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return problems, fmt.Errorf("store: foreign key check: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid, fkid any
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return problems, fmt.Errorf("store: foreign key check: %w", err)
		}
		problems = append(problems, fmt.Sprintf("row %v in %s points to a missing %s", rowid, table, parent))
	}
	if err := rows.Err(); err != nil {
		return problems, fmt.Errorf("store: foreign key check: %w", err)
	}
	return problems, nil
}
