package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/mattn/go-sqlite3"

	"github.com/alongside-app/alongside/store/seal"
)

// FileName is the database's name inside the data folder.
const FileName = "alongside.db"

// busyTimeoutMS is how long a connection waits for a lock before failing.
const busyTimeoutMS = 5000

// Store is the open database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string

	gate   sync.RWMutex // held to read while the key is changed (see sealer)
	legacy atomic.Bool  // values sealed before binding may be there (binding.go)
	mu     sync.RWMutex // guards the data key
	key    []byte       // the data key while unlocked, else nil
	box    *seal.Box    // seals and opens under key; nil while locked
	plain  bool         // no passphrase: the key is stored unwrapped and never locks
}

// Open opens (creating when needed) the database at path, applies every
// pending migration and returns the store. The file is created 0600 and its
// folder 0700; looser modes on an existing file, -wal or -shm are tightened.
// A database written by a newer Alongside is refused with ErrTooNew, and a
// file that is not a database with ErrDamaged, before anything is written;
// a folder or file that cannot be written gives ErrUnwritable. Without a
// passphrase the private records are unlocked at once; with one, they
// stay locked until Unlock.
func Open(ctx context.Context, path string) (*Store, error) {
	disk, err := readOnDisk(path)
	if err != nil {
		return nil, err
	}
	if disk.version > SchemaVersion() {
		return nil, tooNew(disk.version)
	}
	if disk.exists && !disk.empty && !disk.walMode && !disk.journal {
		if err := checkOursReadOnly(ctx, path); err != nil {
			return nil, err
		}
	}
	if err := prepareFiles(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := checkOurs(ctx, db); err != nil { // never turn another program's file into ours
		db.Close()
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, classify(err)
	}
	if err := s.loadKeyring(ctx); err != nil {
		db.Close()
		return nil, classify(err)
	}
	s.finishRekey(ctx)
	s.afterKey(ctx)
	return s, nil
}

func tooNew(version int) error {
	return fmt.Errorf("%w (database schema %d, this build knows %d)", ErrTooNew, version, SchemaVersion())
}

// dsn sets, for every pooled connection: WAL, foreign keys, a busy timeout,
// full fsync on commit and IMMEDIATE write transactions (so two writers
// wait for each other instead of failing mid-transaction).
func dsn(path string) string {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", fmt.Sprint(busyTimeoutMS))
	q.Set("_synchronous", "FULL")
	q.Set("_txlock", "immediate")
	q.Set("_secure_delete", "on") // deleted and overwritten values are zeroed, not left in free space
	return fileURI(path, q)
}

func fileURI(path string, q url.Values) string {
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// prepareFiles creates the folder and an empty database file with private
// permissions before SQLite sees them (SQLite gives a new -wal and -shm the
// database file's permissions), and tightens a -wal or -shm left looser.
func prepareFiles(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return unwritable("create folder", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return unwritable("create "+path, err)
	}
	if err := f.Close(); err != nil {
		return unwritable("create "+path, err)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if err := os.Chmod(p, 0o600); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return unwritable("protect "+p, err)
		}
	}
	return nil
}

// Close drops the data key and closes the database, checkpointing the
// write-ahead log.
func (s *Store) Close() error {
	s.dropKey()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// Path is the database file's location.
func (s *Store) Path() string { return s.path }

// classify marks SQLite's errors for a corrupt file with ErrDamaged, and
// for a read-only file or a full disk with ErrUnwritable.
func classify(err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code {
	case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
		return fmt.Errorf("%w: %w", ErrDamaged, err)
	case sqlite3.ErrReadonly, sqlite3.ErrFull:
		return fmt.Errorf("%w: %w", ErrUnwritable, err)
	}
	return err
}

// inTx runs fn in a transaction, committing when it returns nil.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return classify(err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return classify(err)
	}
	return classify(tx.Commit())
}

// checkOursReadOnly refuses another program's database before anything is
// written to it (the write-ahead log is switched on when the store opens a
// file, which rewrites its header). Only a file not in WAL mode needs it:
// every Alongside file is in WAL mode once opened.
func checkOursReadOnly(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite3", fileURI(path, url.Values{"mode": {"ro"}}))
	if err != nil {
		return nil // the full open explains what is wrong
	}
	defer db.Close()
	if err := checkOurs(ctx, db); errors.Is(err, ErrForeign) {
		return err
	}
	return nil
}
