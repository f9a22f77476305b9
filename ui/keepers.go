package ui

import (
	"context"
	"time"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/journal"
	"github.com/alongside-app/alongside/ui/learn"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/records"
	"github.com/alongside-app/alongside/ui/worksheets"
)

// lockKeeper is the privacy lock as the screens see it.
type lockKeeper interface {
	HasPassphrase(ctx context.Context) (bool, error)
	Unlocked() bool
	Unlock(ctx context.Context, passphrase string) error
	UnlockWithRecovery(ctx context.Context, code string) error
	Lock()
	// CheckSecret says whether secret is the passphrase or the recovery
	// code; it changes nothing.
	CheckSecret(ctx context.Context, secret string) error
	// SetPassphrase re-seals every record under a new key, which can take
	// seconds: call it off the UI goroutine. progress is called from there.
	SetPassphrase(ctx context.Context, current, passphrase string, progress store.Progress) (store.LockChange, error)
	RemovePassphrase(ctx context.Context, current string) error
}

// backupKeeper copies the data, and puts a copy back.
type backupKeeper interface {
	Backup(ctx context.Context, dest string) error
	AutoBackup(ctx context.Context, now time.Time) (bool, error)
	BackupsDir() string
	Restore(ctx context.Context, src string, opt store.RestoreOptions) (*store.Store, store.RestoreResult, error)
}

// Records is everything private the window reads and writes. The store
// implements it; nil means the data could not be opened.
type Records interface {
	lockKeeper
	journal.Keeper
	records.Keeper
	learn.Keeper
	meetingsui.Keeper
	backupKeeper
	worksheets.Keeper
}
