package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/alongside-app/alongside/store/seal"
)

// The data key is kept in the keyring table as one 'plain' row (no
// passphrase), or as a 'passphrase' and a 'recovery' row. Turning the lock
// on or off, or changing the passphrase, replaces these rows in one
// transaction; the records, sealed under the data key, are never touched.
const (
	kindPlain      = "plain"
	kindPassphrase = "passphrase"
	kindRecovery   = "recovery"
)

// defaultKDF is Argon2id's cost for new wraps: 10 passes over 128 MiB
// with 4 lanes. On the 2-core machine the project is built on, unlocking
// took about 0.48 s in BenchmarkUnlock and 0.5-0.8 s as the first thing a
// fresh process does (DESIGN asks for 0.5-1 s). Older wraps keep the
// costs stored with them, so this can be raised later.
var defaultKDF = seal.Params{Time: 10, MemoryKiB: 128 * 1024, Threads: 4}

// kdfParams is the cost new wraps use; tests lower it (see UseQuickKeysForTests).
var kdfParams = defaultKDF

// keyringAD binds a wrapped key to its kind, so a passphrase wrap cannot
// stand in for a recovery wrap.
func keyringAD(kind string) []byte { return []byte("alongside keyring\x00" + kind) }

// keyRow is one row of the keyring. For 'plain', w.Sealed is the key itself.
type keyRow struct {
	kind string
	w    seal.Wrapped
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func readKeyring(ctx context.Context, q querier) (map[string]seal.Wrapped, error) {
	rows, err := q.QueryContext(ctx, "SELECT kind, salt, time, memory, threads, key FROM keyring")
	if err != nil {
		return nil, fmt.Errorf("store: read keyring: %w", err)
	}
	defer rows.Close()
	out := map[string]seal.Wrapped{}
	for rows.Next() {
		var kind string
		var t, m, th sql.NullInt64
		var w seal.Wrapped
		if err := rows.Scan(&kind, &w.Salt, &t, &m, &th, &w.Sealed); err != nil {
			return nil, fmt.Errorf("store: read keyring: %w", err)
		}
		w.Params = seal.Params{Time: uint32(t.Int64), MemoryKiB: uint32(m.Int64), Threads: uint8(th.Int64)}
		if t.Int64 < 0 || t.Int64 > 1<<20 || m.Int64 < 0 || m.Int64 > 1<<32-1 || th.Int64 < 0 || th.Int64 > 255 {
			w.Params = seal.Params{} // out of range: Valid refuses it
		}
		out[kind] = w
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: read keyring: %w", err)
	}
	return out, nil
}

// loadKeyring, at Open, takes the plain key into memory, leaves a
// passphrase-locked store locked, and makes a key for a store that has
// none yet. A keyring with no usable row while sealed records exist is
// ErrDamaged: a new key would never open them.
func (s *Store) loadKeyring(ctx context.Context) error {
	ring, err := readKeyring(ctx, s.db)
	if err != nil {
		return err
	}
	if _, ok := ring[kindPlain]; ok && len(ring) > 1 {
		// A plain key beside a passphrase: someone put it there. Never
		// open silently with it.
		return fmt.Errorf("store: %w: the keyring holds a plain key beside a passphrase", ErrDamaged)
	}
	if w, ok := ring[kindPlain]; ok {
		if len(w.Sealed) != seal.KeySize {
			return fmt.Errorf("store: %w: the stored key has %d bytes", ErrDamaged, len(w.Sealed))
		}
		s.setKey(w.Sealed, true)
		return nil
	}
	if _, ok := ring[kindPassphrase]; ok {
		return nil
	}
	if len(ring) > 0 {
		return fmt.Errorf("store: %w: the keyring has no passphrase and no key", ErrDamaged)
	}
	return s.newKey(ctx)
}

// newKey makes the data key of a store that has none, unless sealed
// records show that there was one.
func (s *Store) newKey(ctx context.Context) error {
	key, err := seal.NewKey()
	if err != nil {
		return err
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		n, err := countSealed(ctx, tx)
		if err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("store: %w: the key to %d private records is missing", ErrDamaged, n)
		}
		return putKeyring(ctx, tx, keyRow{kind: kindPlain, w: seal.Wrapped{Sealed: key}})
	})
	if err != nil {
		seal.Zero(key)
		return err
	}
	s.setKey(key, true)
	return nil
}

// rowQuerier is a database or a transaction.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// countSealed counts the rows holding sealed values. A table a file from
// an older version does not have yet counts as empty.
func countSealed(ctx context.Context, q rowQuerier) (int, error) {
	total := 0
	for _, t := range sealedTables {
		var n int
		err := q.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+t+" WHERE EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?)", t).Scan(&n)
		if err != nil && !isNoSuchTable(err) {
			return 0, fmt.Errorf("store: count %s: %w", t, err)
		}
		total += n
	}
	return total, nil
}

// isNoSuchTable reports SQLite's error for a table that does not exist.
func isNoSuchTable(err error) bool { return strings.Contains(err.Error(), "no such table") }

// putKeyring replaces the whole keyring with rows.
func putKeyring(ctx context.Context, tx *sql.Tx, rows ...keyRow) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM keyring"); err != nil {
		return fmt.Errorf("store: write keyring: %w", err)
	}
	for _, r := range rows {
		var salt, t, m, th any
		if r.kind != kindPlain {
			salt, t, m, th = r.w.Salt, int64(r.w.Params.Time), int64(r.w.Params.MemoryKiB), int64(r.w.Params.Threads)
		}
		if _, err := tx.ExecContext(ctx,
			"INSERT INTO keyring (kind, salt, time, memory, threads, key) VALUES (?, ?, ?, ?, ?, ?)",
			r.kind, salt, t, m, th, r.w.Sealed); err != nil {
			return fmt.Errorf("store: write keyring: %w", err)
		}
	}
	return nil
}

// setKey puts key in memory. The store keeps key (and zeroes it on Lock).
func (s *Store) setKey(key []byte, plain bool) {
	box, err := seal.New(key)
	if err != nil { // only a key of the wrong size, which callers rule out
		panic(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.key != nil {
		seal.Zero(s.key)
	}
	s.key, s.box, s.plain = key, box, plain
}

// dropKey forgets the key: zeroes the store's copy and lets go of the
// cipher (whose own copy the garbage collector reclaims; best effort).
func (s *Store) dropKey() {
	s.mu.Lock()
	defer s.mu.Unlock()
	seal.Zero(s.key)
	s.key, s.box = nil, nil
}

// sealer is the box private records are sealed with, or ErrLocked. While
// it is held (until done is called) the key cannot be changed under the
// caller: re-keying waits for it, and it waits for re-keying.
func (s *Store) sealer() (box *seal.Box, done func(), err error) {
	s.gate.RLock()
	s.mu.RLock()
	box = s.box
	s.mu.RUnlock()
	if box == nil {
		s.gate.RUnlock()
		return nil, nil, ErrLocked
	}
	return box, s.gate.RUnlock, nil
}

// keyCopy returns a copy of the data key (the caller zeroes it), or ErrLocked.
func (s *Store) keyCopy() ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.key == nil {
		return nil, ErrLocked
	}
	return append([]byte(nil), s.key...), nil
}

// HasPassphrase reports whether the private records have a passphrase.
func (s *Store) HasPassphrase(ctx context.Context) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM keyring WHERE kind = ?", kindPassphrase).Scan(&n)
	if err != nil {
		return false, classify(fmt.Errorf("store: read keyring: %w", err))
	}
	return n > 0, nil
}

// Unlocked reports whether the data key is in memory, so that private
// records can be read and written. Without a passphrase it always is.
func (s *Store) Unlocked() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.box != nil
}

// Lock drops the data key from memory (best effort: the store's copy is
// zeroed). Without a passphrase there is nothing to lock with, so Lock
// does nothing and the records stay open.
func (s *Store) Lock() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.plain {
		seal.Zero(s.key)
		s.key, s.box = nil, nil
	}
}

// Unlock opens the private records with the passphrase. A wrong one is
// ErrWrongPassphrase and changes nothing; with no passphrase set it is
// ErrNoPassphrase.
func (s *Store) Unlock(ctx context.Context, passphrase string) error {
	return s.unlockWith(ctx, kindPassphrase, normPassphrase(passphrase))
}

// UnlockWithRecovery opens the private records with the recovery code,
// typed with or without spaces and dashes, in any case. A wrong one is
// ErrWrongPassphrase and changes nothing.
func (s *Store) UnlockWithRecovery(ctx context.Context, code string) error {
	canon, ok := seal.NormalizeRecoveryCode(code)
	if !ok {
		canon = "" // not a code at all: still say ErrNoPassphrase when there is none
	}
	return s.unlockWith(ctx, kindRecovery, []byte(canon))
}

// normPassphrase is the passphrase's bytes in one Unicode form, so that
// "é" typed as one character or as e and an accent is the same passphrase.
func normPassphrase(p string) []byte { return []byte(norm.NFC.String(p)) }

func (s *Store) unlockWith(ctx context.Context, kind string, secret []byte) error {
	ring, err := readKeyring(ctx, s.db)
	if err != nil {
		seal.Zero(secret)
		return classify(err)
	}
	if _, ok := ring[kindPassphrase]; !ok {
		seal.Zero(secret)
		return ErrNoPassphrase
	}
	key, err := unwrapRow(ring, kind, secret)
	if err != nil {
		return err
	}
	s.setKey(key, false)
	s.afterKey(ctx)
	return nil
}
