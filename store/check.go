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
	"strings"
	"sync"

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

// schemaTables is the tables this build's migrations 1..version make.
func schemaTables(ctx context.Context, version int) ([]string, error) {
	db, err := memoryAt(ctx, version)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return tableNames(ctx, db)
}

// memoryAt is a new database in memory with this build's migrations
// 1..version applied. The caller closes it.
func memoryAt(ctx context.Context, version int) (*sql.DB, error) {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1) // one connection: one in-memory database
	ms, err := migrations()
	if err != nil {
		db.Close()
		return nil, err
	}
	for _, m := range ms {
		if m.version > version {
			break
		}
		if _, err := db.ExecContext(ctx, m.sql); err != nil {
			db.Close()
			return nil, fmt.Errorf("store: migration %s: %w", m.name, err)
		}
	}
	return db, nil
}

// A schema is what a database is made of, one entry per thing, keyed by
// what the thing is ("trigger t on entries", "column entries.text") and
// holding how SQLite describes it: every row of sqlite_schema (tables,
// indexes, triggers, views, with their SQL), and for each table and view
// its shape, columns, indexes, their columns and foreign keys, as
// SQLite's pragmas read them. Two databases with equal schemas are made
// of the same things, down to a trigger's body.
type schema map[string]string

// schemaFacts are the pragmas read for each table and view: the first
// column names the row within the table (it goes into the key), the
// others describe it.
var schemaFacts = []struct{ kind, query string }{
	{"column", `SELECT name, cid, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)`},
	{"index", `SELECT name, "unique", origin, partial FROM pragma_index_list(?)`},
	{"foreign key", `SELECT id || '.' || seq, "table", "from", "to", on_update, on_delete, match FROM pragma_foreign_key_list(?)`},
}

// schemaOf reads db's schema. A table SQLite cannot describe (say, a
// virtual table of a module this build lacks) is an entry of its own,
// so it differs from any schema of ours.
func schemaOf(ctx context.Context, db *sql.DB) (schema, error) {
	out := schema{}
	if err := addFacts(ctx, db, out, "", "SELECT type || ' ' || name, 'on ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_schema"); err != nil {
		return nil, err
	}
	if err := addFacts(ctx, db, out, "shape ", "SELECT name, type, ncol, wr, strict FROM pragma_table_list WHERE schema = 'main'"); err != nil {
		return nil, err
	}
	tables, err := namesOf(ctx, db, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name")
	if err != nil {
		return nil, err
	}
	for _, t := range tables {
		for _, f := range schemaFacts {
			if err := addFacts(ctx, db, out, f.kind+" "+t+".", f.query, t); err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				out["unreadable "+t] = err.Error()
			}
		}
	}
	indexes, err := namesOf(ctx, db, "SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name")
	if err != nil {
		return nil, err
	}
	for _, i := range indexes {
		q := "SELECT seqno, cid, name, \"desc\", coll, key FROM pragma_index_xinfo(?)"
		if err := addFacts(ctx, db, out, "index column "+i+"#", q, i); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// addFacts adds to out a fact per row of query: keyed by prefix and the
// row's first column, described by the others.
func addFacts(ctx context.Context, db *sql.DB, out schema, prefix, query string, args ...any) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: read schema: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return fmt.Errorf("store: read schema: %w", err)
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("store: read schema: %w", err)
		}
		desc := make([]string, len(vals)-1)
		for i, v := range vals[1:] {
			desc[i] = fmt.Sprintf("%q", fmt.Sprint(v))
		}
		out[prefix+fmt.Sprint(vals[0])] = strings.Join(desc, " ")
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: read schema: %w", err)
	}
	return nil
}

// namesOf is the one text column that query returns.
func namesOf(ctx context.Context, db *sql.DB, query string) ([]string, error) {
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("store: read schema: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, fmt.Errorf("store: read schema: %w", err)
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// ourSchemas holds this build's schema at each version, made once.
var ourSchemas struct {
	sync.Mutex
	at map[int]schema
}

// ourSchema is the schema this build's migrations 1..version make.
func ourSchema(ctx context.Context, version int) (schema, error) {
	ourSchemas.Lock()
	defer ourSchemas.Unlock()
	if s, ok := ourSchemas.at[version]; ok {
		return s, nil
	}
	db, err := memoryAt(ctx, version)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	s, err := schemaOf(ctx, db)
	if err != nil {
		return nil, err
	}
	if ourSchemas.at == nil {
		ourSchemas.at = map[int]schema{}
	}
	ourSchemas.at[version] = s
	return s, nil
}

// sameSchema refuses, as ErrForeign, a database whose schema is not this
// build's at version: nothing extra (a table, column, index, trigger,
// view), nothing missing, nothing different. The reason names the first
// few differences.
func sameSchema(ctx context.Context, db *sql.DB, version int) error {
	have, err := schemaOf(ctx, db)
	if err != nil {
		return err
	}
	want, err := ourSchema(ctx, version)
	if err != nil {
		return err
	}
	var diffs []string
	for k, v := range have {
		w, ok := want[k]
		switch {
		case !ok:
			diffs = append(diffs, "extra "+k)
		case v != w:
			diffs = append(diffs, "different "+k)
		}
	}
	for k := range want {
		if _, ok := have[k]; !ok {
			diffs = append(diffs, "missing "+k)
		}
	}
	if len(diffs) == 0 {
		return nil
	}
	slices.Sort(diffs)
	n := len(diffs)
	if len(diffs) > 3 {
		diffs = append(diffs[:3], "...")
	}
	return fmt.Errorf("%w: %d differences from the schema of version %d: %s", ErrForeign, n, version, strings.Join(diffs, "; "))
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
