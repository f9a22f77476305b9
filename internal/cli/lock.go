package cli

import (
	"context"
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
		return setPassphrase(ctx, s, in, msgLockOn)
	})
}

// runLockChange changes the passphrase: the current one (or the recovery
// code), then the new one twice.
func runLockChange(ctx context.Context, inv Invocation, env Env) int {
	return withStore(ctx, inv, env, func(s *store.Store, in *input) int {
		if err := unlockExisting(ctx, s, in); err != nil {
			return failWith(env, err)
		}
		return setPassphrase(ctx, s, in, msgLockChanged)
	})
}

// runLockRemove turns the lock off, given the current passphrase (or the
// recovery code).
func runLockRemove(ctx context.Context, inv Invocation, env Env) int {
	return withStore(ctx, inv, env, func(s *store.Store, in *input) int {
		if err := unlockExisting(ctx, s, in); err != nil {
			return failWith(env, err)
		}
		if err := s.RemovePassphrase(ctx); err != nil {
			return fail(env, err)
		}
		fmt.Fprintln(env.Stdout, env.T.T(msgLockOff))
		return ExitOK
	})
}

// unlockExisting unlocks with the first line of input, or is
// store.ErrNoPassphrase when there is no lock to change.
func unlockExisting(ctx context.Context, s *store.Store, in *input) error {
	has, err := s.HasPassphrase(ctx)
	if err != nil {
		return err
	}
	if !has {
		return store.ErrNoPassphrase
	}
	return in.unlock(ctx, s)
}

func setPassphrase(ctx context.Context, s *store.Store, in *input, done *i18n.Message) int {
	pass, err := in.newPassphrase()
	if err != nil {
		return ExitFailed
	}
	code, err := s.SetPassphrase(ctx, pass)
	if err != nil {
		return fail(in.env, err)
	}
	fmt.Fprintln(in.env.Stdout, in.env.T.T(done, map[string]any{"Code": code}))
	return ExitOK
}
