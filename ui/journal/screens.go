// Package journal is the private journal: the list with its search and
// filters, the editor, and the cache of entries and drafts that every
// screen showing entries shares.
package journal

import (
	"context"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

// Keeper keeps journal entries and the drafts of unsaved writing.
type Keeper interface {
	AddEntry(ctx context.Context, e store.Entry) (int64, error)
	UpdateEntry(ctx context.Context, e store.Entry) error
	DeleteEntry(ctx context.Context, id int64) error
	Entries(ctx context.Context) ([]store.Entry, error)
	RecentEntries(ctx context.Context, n int) ([]store.Entry, error)
	SaveDraft(ctx context.Context, d store.Draft) error
	Drafts(ctx context.Context) ([]store.Draft, error)
	DeleteDraft(ctx context.Context, kind string, ref int64) error
}

// Screens makes the journal's pages.
type Screens struct {
	page.Context
	Records Keeper
	Cache   *Cache // the entries, opened once unlocked
	// KeepLeftWriting keeps at once the words of editors taken off the
	// screen without Save (the window knows which pages are still open).
	KeepLeftWriting func()
}
