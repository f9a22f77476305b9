package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
)

var (
	msgLockAlreadyOn = &i18n.Message{
		ID:          "CLI.Lock.AlreadyOn",
		Description: "'alongside lock set' when a passphrase is set already; keep the command as it is",
		Other:       "Your private records already have a passphrase, so nothing was changed. To change it: alongside lock change",
	}
	msgLockOn = &i18n.Message{
		ID:          "CLI.Lock.On",
		Description: "'alongside lock set' worked; Code is the recovery code, shown once",
		Other:       "The lock is on. Below is your recovery code: it opens your private records if you forget your passphrase, and it is shown only this once. Write it down and keep it somewhere safe, away from this computer.\n\n{{.Code}}",
	}
	msgLockChanged = &i18n.Message{
		ID:          "CLI.Lock.Changed",
		Description: "'alongside lock change' worked; Code is the new recovery code, shown once",
		Other:       "Your passphrase is changed, and your old recovery code no longer works. Below is your new recovery code; it is shown only this once. Write it down and keep it somewhere safe, away from this computer.\n\n{{.Code}}",
	}
	msgLockBackupsRemoved = &i18n.Message{
		ID:          "CLI.Lock.BackupsRemoved",
		Description: "After 'alongside lock set' or 'lock change': how many older copies in the backups folder were deleted; Count is a number",
		One:         "The older copy in the backups folder, which the new passphrase did not protect, was deleted. Copies you saved elsewhere yourself are not changed: delete them if someone else could find them.",
		Other:       "{{.Count}} older copies in the backups folder, which the new passphrase did not protect, were deleted. Copies you saved elsewhere yourself are not changed: delete them if someone else could find them.",
	}
	msgLockBackupMade = &i18n.Message{
		ID:          "CLI.Lock.BackupMade",
		Description: "After 'alongside lock set' or 'lock change': a new copy was made in the backups folder",
		Other:       "A new copy under the new passphrase was made in the backups folder.",
	}
	msgLockBackupNotMade = &i18n.Message{
		ID:          "CLI.Lock.BackupNotMade",
		Description: "After 'alongside lock set' or 'lock change': no new copy could be made in the backups folder",
		Other:       "No new copy could be made in the backups folder just now; the app makes one the next time it opens.",
	}
	msgLockOff = &i18n.Message{
		ID:          "CLI.Lock.Off",
		Description: "'alongside lock remove' worked",
		Other:       "The lock is off. Anyone who can open your data folder can now read your private records.",
	}
)

// withStore opens the data folder, runs fn with its store and input,
// and closes it.
func withStore(ctx context.Context, inv Invocation, env Env, fn func(s *store.Store, in *input) int) int {
	d, err := datadir.Open(ctx, inv.DataDir)
	if err != nil {
		return fail(env, err)
	}
	defer d.Close()
	return fn(d.Store, newInput(env))
}

// runLockSet turns the lock on: the new passphrase twice on standard
// input, then the recovery code is printed.
func runLockSet(ctx context.Context, inv Invocation, env Env) int {
	return withStore(ctx, inv, env, func(s *store.Store, in *input) int {
		has, err := s.HasPassphrase(ctx)
		if err != nil {
			return fail(env, err)
		}
		if has {
			fmt.Fprintln(env.Stderr, env.T.T(msgLockAlreadyOn))
			return ExitFailed
		}
		return setPassphrase(ctx, s, in, "", msgLockOn)
	})
}

// runLockChange changes the passphrase: the current one (or the recovery
// code), then the new one twice.
func runLockChange(ctx context.Context, inv Invocation, env Env) int {
	return withStore(ctx, inv, env, func(s *store.Store, in *input) int {
		current, err := currentSecret(ctx, s, in)
		if err != nil {
			return failWith(env, err)
		}
		return setPassphrase(ctx, s, in, current, msgLockChanged)
	})
}

// runLockRemove turns the lock off, given the current passphrase (or the
// recovery code).
func runLockRemove(ctx context.Context, inv Invocation, env Env) int {
	return withStore(ctx, inv, env, func(s *store.Store, in *input) int {
		current, err := currentSecret(ctx, s, in)
		if err == nil {
			err = unlockWith(ctx, s, current)
		}
		if err != nil {
			return failWith(env, err)
		}
		if err := s.RemovePassphrase(ctx, current); err != nil {
			return fail(env, err)
		}
		fmt.Fprintln(env.Stdout, env.T.T(msgLockOff))
		return ExitOK
	})
}

// unlockWith opens the records with the passphrase or the recovery code.
func unlockWith(ctx context.Context, s *store.Store, secret string) error {
	err := s.Unlock(ctx, secret)
	if errors.Is(err, store.ErrWrongPassphrase) {
		if rerr := s.UnlockWithRecovery(ctx, secret); rerr == nil {
			return nil
		}
	}
	return err
}

// currentSecret reads the current passphrase or recovery code from the
// first line of input, or is store.ErrNoPassphrase when there is no lock
// to change. A missing line is explained here (errShown); whether it is
// right, the store checks.
func currentSecret(ctx context.Context, s *store.Store, in *input) (string, error) {
	has, err := s.HasPassphrase(ctx)
	if err != nil {
		return "", err
	}
	if !has {
		return "", store.ErrNoPassphrase
	}
	secret, err := in.secret(msgPromptPassphrase)
	if err != nil {
		fmt.Fprintln(in.env.Stderr, in.env.T.T(msgNoPassphraseInput))
		return "", errShown
	}
	return secret, nil
}

// setPassphrase reads the new passphrase twice and sets it, given the
// current secret when a lock is set. One the store's rule refuses is
// refused before anything is done, even before the current secret is
// tried.
func setPassphrase(ctx context.Context, s *store.Store, in *input, current string, done *i18n.Message) int {
	pass, err := in.newPassphrase()
	if err != nil {
		return ExitFailed
	}
	if err := store.CheckPassphrase(pass); err != nil {
		return fail(in.env, err)
	}
	if current != "" {
		if err := unlockWith(ctx, s, current); err != nil {
			return fail(in.env, err)
		}
	}
	change, err := s.SetPassphrase(ctx, current, pass, nil)
	if err != nil {
		return fail(in.env, err)
	}
	t := in.env.T
	fmt.Fprintln(in.env.Stdout, t.T(done, map[string]any{"Code": change.RecoveryCode}))
	fmt.Fprintln(in.env.Stdout)
	if change.BackupsRemoved > 0 {
		fmt.Fprintln(in.env.Stdout, t.N(msgLockBackupsRemoved, change.BackupsRemoved, nil))
	}
	if change.BackupMade {
		fmt.Fprintln(in.env.Stdout, t.T(msgLockBackupMade))
	} else {
		fmt.Fprintln(in.env.Stdout, t.T(msgLockBackupNotMade))
	}
	return ExitOK
}
