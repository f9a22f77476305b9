package store

import "errors"

// Errors callers can tell apart with errors.Is; the UI maps them to
// translated messages.
var (
	// ErrNotFound means the record asked for does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrTooNew means the database was written by a newer Alongside.
	ErrTooNew = errors.New("store: database is newer than this version of Alongside")
	// ErrDamaged means SQLite reports the database file as corrupt or not a database.
	ErrDamaged = errors.New("store: database is damaged")
	// ErrInvalid means the caller passed a value the store refuses.
	ErrInvalid = errors.New("store: invalid value")
)
