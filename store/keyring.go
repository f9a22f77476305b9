package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/alongside-app/alongside/store/seal"
)

// kdf is the Argon2id cost for new wraps; tests lower it.
var kdf = seal.Default

// vault holds the data key while the records are unlocked.
type vault struct {
	mu  sync.RWMutex
	key *seal.Key
}

// keyRow is the keyring as stored.
type keyRow struct {
	plain      []byte
	pass, code *seal.Wrapped
}

// openKeyring makes the data key on first open, and loads it when no
// passphrase is set; with one, the records stay locked until Unlock.
func (s *Store) openKeyring(ctx context.Context) error {
	row, err := s.readKeys(ctx, s.db)
	if errors.Is(err, ErrNotFound) {
		return s.createKey(ctx)
	}
	if err != nil {
		return err
	}
	if row.plain != nil {
		k, err := seal.KeyFrom(row.plain)
		if err != nil {
			return fmt.Errorf("%w: the data key is damaged", ErrDamaged)
		}
		s.setKey(k)
	}
	return nil
}

func (s *Store) createKey(ctx context.Context) error {
	k, err := seal.NewKey()
	if err != nil {
		return err
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO keyring (id, plain_key) VALUES (1, ?)", k.Bytes())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: create key: %w", err)
	}
	s.setKey(k)
	return nil
}

type querier interface {
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

func (s *Store) readKeys(ctx context.Context, q querier) (keyRow, error) {
	var r keyRow
	var pass, code wrapCols
	err := q.QueryRowContext(ctx, `SELECT plain_key, pass_box, pass_salt, pass_time, pass_memory, pass_threads,
		code_box, code_salt, code_time, code_memory, code_threads FROM keyring WHERE id = 1`).Scan(
		&r.plain, &pass.box, &pass.salt, &pass.time, &pass.memory, &pass.threads,
		&code.box, &code.salt, &code.time, &code.memory, &code.threads)
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	if err != nil {
		return r, classify(fmt.Errorf("store: read keyring: %w", err))
	}
	r.pass, r.code = pass.wrapped(), code.wrapped()
	return r, nil
}

// wrapCols are one wrapped key's columns.
type wrapCols struct {
	box, salt             []byte
	time, memory, threads sql.NullInt64
}

func (c wrapCols) wrapped() *seal.Wrapped {
	if c.box == nil {
		return nil
	}
	return &seal.Wrapped{Box: c.box, Salt: c.salt,
		Params: seal.Params{Time: uint32(c.time.Int64), Memory: uint32(c.memory.Int64), Threads: uint8(c.threads.Int64)}}
}

func (s *Store) setKey(k *seal.Key) {
	s.vault.mu.Lock()
	defer s.vault.mu.Unlock()
	s.vault.key.Wipe()
	s.vault.key = k
}

// HasPassphrase reports whether a passphrase locks the records.
func (s *Store) HasPassphrase(ctx context.Context) (bool, error) {
	row, err := s.readKeys(ctx, s.db)
	if err != nil {
		return false, err
	}
	return row.pass != nil, nil
}

// Unlocked reports whether the data key is in memory.
func (s *Store) Unlocked() bool {
	s.vault.mu.RLock()
	defer s.vault.mu.RUnlock()
	return s.vault.key != nil
}

// Unlock opens the records with the passphrase. A wrong one returns
// ErrWrongPassphrase and changes nothing.
func (s *Store) Unlock(ctx context.Context, passphrase string) error {
	return s.unlockWith(ctx, passphrase, func(r keyRow) *seal.Wrapped { return r.pass })
}

// UnlockWithRecovery opens the records with the recovery code, typed in
// any case, with or without dashes and spaces.
func (s *Store) UnlockWithRecovery(ctx context.Context, code string) error {
	return s.unlockWith(ctx, seal.NormalizeCode(code), func(r keyRow) *seal.Wrapped { return r.code })
}

func (s *Store) unlockWith(ctx context.Context, secret string, pick func(keyRow) *seal.Wrapped) error {
	row, err := s.readKeys(ctx, s.db)
	if err != nil {
		return err
	}
	w := pick(row)
	if w == nil {
		if row.plain != nil {
			return ErrNoPassphrase
		}
		return fmt.Errorf("%w: no key to open", ErrDamaged)
	}
	k, err := seal.Unwrap(*w, secret)
	if err != nil {
		return ErrWrongPassphrase
	}
	s.setKey(k)
	return nil
}

// Lock drops the data key from memory when a passphrase is set; without
// one there is nothing to lock with, and the records stay open.
func (s *Store) Lock() {
	if on, err := s.HasPassphrase(context.Background()); err != nil || !on {
		return
	}
	s.setKey(nil)
}

// SetPassphrase locks the records with passphrase from now on, or changes
// it, and returns a new recovery code (the old one stops working). The
// key is rewrapped; no record is rewritten. The records must be unlocked.
func (s *Store) SetPassphrase(ctx context.Context, passphrase string) (string, error) {
	if passphrase == "" {
		return "", fmt.Errorf("empty passphrase: %w", ErrInvalid)
	}
	key, err := s.keyCopy()
	if err != nil {
		return "", err
	}
	defer key.Wipe()
	code, err := seal.NewRecoveryCode()
	if err != nil {
		return "", err
	}
	pass, err := seal.Wrap(key, passphrase, kdf)
	if err != nil {
		return "", err
	}
	rec, err := seal.Wrap(key, code, kdf)
	if err != nil {
		return "", err
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE keyring SET plain_key = NULL,
			pass_box = ?, pass_salt = ?, pass_time = ?, pass_memory = ?, pass_threads = ?,
			code_box = ?, code_salt = ?, code_time = ?, code_memory = ?, code_threads = ? WHERE id = 1`,
			pass.Box, pass.Salt, pass.Params.Time, pass.Params.Memory, pass.Params.Threads,
			rec.Box, rec.Salt, rec.Params.Time, rec.Params.Memory, rec.Params.Threads)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("store: set passphrase: %w", err)
	}
	return code, nil
}

// RemovePassphrase keeps the key unwrapped from now on: the records open
// without a passphrase. They must be unlocked.
func (s *Store) RemovePassphrase(ctx context.Context) error {
	key, err := s.keyCopy()
	if err != nil {
		return err
	}
	defer key.Wipe()
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE keyring SET plain_key = ?,
			pass_box = NULL, pass_salt = NULL, pass_time = NULL, pass_memory = NULL, pass_threads = NULL,
			code_box = NULL, code_salt = NULL, code_time = NULL, code_memory = NULL, code_threads = NULL WHERE id = 1`,
			key.Bytes())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: remove passphrase: %w", err)
	}
	return nil
}

// keyCopy is a copy of the data key, or ErrLocked.
func (s *Store) keyCopy() (*seal.Key, error) {
	s.vault.mu.RLock()
	defer s.vault.mu.RUnlock()
	if s.vault.key == nil {
		return nil, ErrLocked
	}
	return seal.KeyFrom(s.vault.key.Bytes())
}

// UseQuickKeysForTests makes passphrase wraps cheap, for other packages'
// tests only: a real Argon2id cost would make every test take seconds.
func UseQuickKeysForTests() { kdf = seal.Params{Time: 1, Memory: 64, Threads: 1} }
