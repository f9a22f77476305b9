package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// Errors for the privacy lock, told apart with errors.Is.
var (
	// ErrLocked means private records were asked for while the data key is
	// not in memory (a passphrase is set and nobody has unlocked yet, or
	// the store was locked).
	ErrLocked = errors.New("store: private records are locked")
	// ErrWrongPassphrase means the passphrase or recovery code did not
	// open the key. Nothing was changed.
	ErrWrongPassphrase = errors.New("store: wrong passphrase or recovery code")
	// ErrNoPassphrase means a passphrase operation needs one and none is set.
	ErrNoPassphrase = errors.New("store: no passphrase is set")
)

// LockChange is what setting or changing the passphrase did.
type LockChange struct {
	// RecoveryCode is the new recovery code, shown to the person once.
	RecoveryCode string
	// BackupsRemoved is how many copies in the backups folder were
	// deleted because they were made under the older key.
	BackupsRemoved int
	// BackupMade reports whether a fresh copy under the new key was made
	// in the backups folder (it is not when the folder cannot be written).
	BackupMade bool
}

// SetPassphrase locks the private records with passphrase, or changes it,
// under a new data key: every sealed value is sealed again under the new
// key, then the file is compacted so nothing of the old key stays, and
// the copies in the backups folder, made under the old key, are deleted
// and one fresh copy is made. It returns the new recovery code (an
// earlier one stops working).
//
// When a passphrase is set already, current must be it or the recovery
// code (ErrWrongPassphrase, nothing changed); when none is, current is
// ignored. Either way the records must be open (ErrLocked). passphrase must pass
// CheckPassphrase. progress, which may be nil, is told how far re-keying
// has gone.
func (s *Store) SetPassphrase(ctx context.Context, current, passphrase string, progress Progress) (LockChange, error) {
	if err := CheckPassphrase(passphrase); err != nil {
		return LockChange{}, err
	}
	oldKey, err := s.currentKey(ctx, current)
	if err != nil {
		return LockChange{}, err
	}
	defer seal.Zero(oldKey)
	newKey, code, ring, err := newWrappedKey(passphrase)
	if err != nil {
		return LockChange{}, err
	}
	if err := s.rekey(ctx, oldKey, newKey, ring, progress); err != nil {
		seal.Zero(newKey)
		return LockChange{}, err
	}
	change := LockChange{RecoveryCode: code}
	change.BackupsRemoved, err = s.cleanUpAfterRekey(ctx)
	if err != nil {
		return change, nil // done: the next start finishes the clean-up (the mark stays)
	}
	if err := os.MkdirAll(s.BackupsDir(), 0o700); err != nil {
		return change, nil // the hourly automatic copy tries again
	}
	if err := backupChecked(ctx, s, filepath.Join(s.BackupsDir(), autoPrefix+time.Now().Format(nameTime)+backupExt)); err == nil {
		change.BackupMade = true
	}
	return change, nil
}

// newWrappedKey makes a data key and a recovery code, and wraps the key
// under the passphrase and under the code.
func newWrappedKey(passphrase string) (key []byte, code string, ring []keyRow, err error) {
	key, err = seal.NewKey()
	if err != nil {
		return nil, "", nil, err
	}
	code, err = seal.NewRecoveryCode()
	if err != nil {
		seal.Zero(key)
		return nil, "", nil, err
	}
	canon, _ := seal.NormalizeRecoveryCode(code)
	secret := normPassphrase(passphrase)
	defer seal.Zero(secret)
	pw, err := seal.Wrap(secret, key, kdfParams, keyringAD(kindPassphrase))
	if err == nil {
		var rc seal.Wrapped
		rc, err = seal.Wrap([]byte(canon), key, kdfParams, keyringAD(kindRecovery))
		ring = []keyRow{{kindPassphrase, pw}, {kindRecovery, rc}}
	}
	if err != nil {
		seal.Zero(key)
		return nil, "", nil, err
	}
	return key, code, ring, nil
}

// rekey seals every sealed value again under newKey and writes ring, in
// one transaction, then puts newKey in memory (unless the records were
// locked meanwhile). Readers and writers of private records wait.
func (s *Store) rekey(ctx context.Context, oldKey, newKey []byte, ring []keyRow, progress Progress) error {
	from, err := seal.New(oldKey)
	if err != nil {
		return err
	}
	to, err := seal.New(newKey)
	if err != nil {
		return err
	}
	s.gate.Lock()
	defer s.gate.Unlock()
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if err := rekeyTx(ctx, tx, from, to, s.legacy.Load(), progress); err != nil {
			return err
		}
		if err := putKeyring(ctx, tx, ring...); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, 'pending') ON CONFLICT (key) DO UPDATE SET value = excluded.value", string(settingCleanup))
		return err
	})
	if err != nil {
		return err
	}
	s.mu.Lock()
	locked := s.box == nil
	s.plain = false
	s.mu.Unlock()
	if locked { // locked while re-keying (idle lock, Hide): stay locked
		seal.Zero(newKey)
		return nil
	}
	s.setKey(newKey, false)
	s.legacy.Store(false)
	return nil
}

// currentKey is a copy of the data key, proven by current when a
// passphrase is set, or taken from memory when none is (ErrLocked when
// it is not there).
func (s *Store) currentKey(ctx context.Context, current string) ([]byte, error) {
	has, err := s.HasPassphrase(ctx)
	if err != nil {
		return nil, err
	}
	if !has || !s.Unlocked() {
		return s.keyCopy() // ErrLocked when locked: nothing private changes while locked
	}
	return s.keyFromSecret(ctx, current)
}

// CheckSecret reports whether secret is the passphrase or the recovery
// code (nil), or neither (ErrWrongPassphrase); ErrNoPassphrase when none
// is set. It changes nothing, locked or not.
func (s *Store) CheckSecret(ctx context.Context, secret string) error {
	key, err := s.keyFromSecret(ctx, secret)
	seal.Zero(key)
	return err
}

// keyFromSecret unwraps the data key with the passphrase, or else with
// the recovery code.
func (s *Store) keyFromSecret(ctx context.Context, secret string) ([]byte, error) {
	ring, err := readKeyring(ctx, s.db)
	if err != nil {
		return nil, classify(err)
	}
	if _, ok := ring[kindPassphrase]; !ok {
		return nil, ErrNoPassphrase
	}
	key, err := unwrapRow(ring, kindPassphrase, normPassphrase(secret))
	if !errors.Is(err, ErrWrongPassphrase) {
		return key, err
	}
	canon, ok := seal.NormalizeRecoveryCode(secret)
	if !ok {
		return nil, ErrWrongPassphrase
	}
	return unwrapRow(ring, kindRecovery, []byte(canon))
}

// unwrapRow unwraps ring's row of kind with secret (which it zeroes).
func unwrapRow(ring map[string]seal.Wrapped, kind string, secret []byte) ([]byte, error) {
	defer seal.Zero(secret)
	w, ok := ring[kind]
	if !ok {
		return nil, fmt.Errorf("store: %w: the keyring has no %s row", ErrDamaged, kind)
	}
	if len(secret) == 0 {
		return nil, ErrWrongPassphrase
	}
	key, err := seal.Unwrap(secret, w, keyringAD(kind))
	if errors.Is(err, seal.ErrOpen) {
		return nil, ErrWrongPassphrase
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w: %w", ErrDamaged, err)
	}
	return key, nil
}

// RemovePassphrase turns the lock off, given the current passphrase or
// recovery code (ErrWrongPassphrase, nothing changed): the data key is
// stored unwrapped, so anyone who can read the data folder can read the
// records. With no passphrase set it is ErrNoPassphrase; while locked,
// ErrLocked. No record is rewritten.
func (s *Store) RemovePassphrase(ctx context.Context, current string) error {
	if has, err := s.HasPassphrase(ctx); err != nil || !has {
		if err == nil {
			err = ErrNoPassphrase
		}
		return err
	}
	if !s.Unlocked() {
		return ErrLocked
	}
	key, err := s.keyFromSecret(ctx, current)
	if err != nil {
		return err
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		return putKeyring(ctx, tx, keyRow{kind: kindPlain, w: seal.Wrapped{Sealed: key}})
	})
	if err != nil {
		seal.Zero(key)
		return err
	}
	s.setKey(key, true)
	return nil
}
