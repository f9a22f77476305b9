// Package meetings is the Meetings section: the meeting list with its
// search and filters, a meeting's page, importing and removing lists, the
// person's own meetings, the directory of family fellowships and other
// help near them, and "Which group fits?".
package meetings

import (
	"context"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/help"
	"github.com/alongside-app/alongside/ui/page"
)

// Keeper keeps meeting lists, favourites and the person's own meetings.
type Keeper interface {
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

// Screens makes the meetings' pages.
type Screens struct {
	page.Context
	Records Keeper
	Cache   *Cache // every meeting, indexed for search, opened once unlocked
	Help    *content.Help
	// Directory gives the family fellowships and the official finders of
	// other help, loading them the first time; nil, or a nil result,
	// leaves them out.
	Directory   func() *content.Directory
	HelpCountry help.CountrySetting // the person's country, where browsing starts
}
