package ui

import (
	"context"
	"github.com/alongside-app/alongside/ui/journal"
	"github.com/alongside-app/alongside/ui/records"
	"github.com/alongside-app/alongside/ui/worksheets"
	"time"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
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

// privateSettingKeeper keeps sealed settings, such as Learn's progress.
// Both return store.ErrLocked while the records are locked.
type privateSettingKeeper interface {
	GetPrivate(ctx context.Context, key store.Setting) (string, error)
	SetPrivate(ctx context.Context, key store.Setting, value string) error
}

// exerciseKeeper keeps the results of Learn's exercises.
type exerciseKeeper interface {
	AddEnablingCheck(ctx context.Context, c store.EnablingCheck) (int64, error)
	EnablingChecks(ctx context.Context) ([]store.EnablingCheck, error)
	AddSelfCareRating(ctx context.Context, r store.SelfCareRating) (int64, error)
	SelfCareRatings(ctx context.Context, from, to time.Time) ([]store.SelfCareRating, error)
	// LovedOneAge and SetLovedOneAge keep whether the loved one is under
	// 18, sealed: store.ErrLocked while locked.
	LovedOneAge(ctx context.Context) (store.Age, error)
	SetLovedOneAge(ctx context.Context, a store.Age) error
}

// meetingKeeper keeps meeting lists, favourites and the person's own meetings.
type meetingKeeper interface {
	ImportFeed(ctx context.Context, source string, res meetings.Result) (store.Feed, error)
	Feeds(ctx context.Context) ([]store.Feed, error)
	RemoveFeed(ctx context.Context, id int64) error
	Meetings(ctx context.Context) ([]meetings.Meeting, error)
	// SetFavourite and Favourites are store.ErrLocked while locked.
	SetFavourite(ctx context.Context, slug string, on bool) error
	Favourites(ctx context.Context) (map[string]bool, error)
	AddMyMeeting(ctx context.Context, m store.MyMeeting) (int64, error)
	UpdateMyMeeting(ctx context.Context, m store.MyMeeting) error
	DeleteMyMeeting(ctx context.Context, id int64) error
	MyMeetings(ctx context.Context) ([]store.MyMeeting, error)
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
	privateSettingKeeper
	journal.Keeper
	records.Keeper
	exerciseKeeper
	meetingKeeper
	backupKeeper
	worksheets.Keeper
}
