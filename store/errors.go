package store

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// Errors callers can tell apart with errors.Is; the UI maps them to
// translated messages (internal/explain). These are the whole store's;
// those of one kind of work are beside it: the lock's in lock.go, the
// passphrase's in passphrase.go, backups' in backup.go, check.go's and
// restore.go's in those files.
var (
	// ErrNotFound means the record asked for does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrTooNew means the database was written by a newer Alongside.
	ErrTooNew = errors.New("store: database is newer than this version of Alongside")
	// ErrDamaged means the database file is not a database or SQLite reports it corrupt.
	ErrDamaged = errors.New("store: database is damaged")
	// ErrInvalid means the caller passed a value the store refuses.
	ErrInvalid = errors.New("store: invalid value")
	// ErrUnwritable means the data folder or the database cannot be
	// written: no permission, a read-only or missing drive, a full disk.
	ErrUnwritable = errors.New("store: the data folder cannot be written")
	// ErrNoDatabase means Inspect found no database (or no folder) where
	// it looked; nothing was created.
	ErrNoDatabase = errors.New("store: there is no database here")
	// ErrUnfinished means the database has commits in its write-ahead log
	// that only a writing connection can finish (its -shm file is gone), so
	// Inspect cannot check it without writing.
	ErrUnfinished = errors.New("store: the database has unfinished changes")
)

// unwritable wraps err, from creating or opening a file, with
// ErrUnwritable when it says the place cannot be written.
func unwritable(op string, err error) error {
	if cannotWrite(err) {
		return fmt.Errorf("store: %s: %w: %w", op, ErrUnwritable, err)
	}
	return fmt.Errorf("store: %s: %w", op, err)
}

// cannotWrite reports whether err means "no permission, read-only, no
// space, or a file where a folder should be".
func cannotWrite(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) ||
		errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.ENOTDIR)
}
