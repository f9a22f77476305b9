package meetings

import (
	"context"
	"errors"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

// Cache is every meeting in memory, indexed for search: the
// imported lists and, while unlocked, the person's own meetings (sealed
// on disk). Locking drops it; a change reloads it.
type Cache struct {
	// wantFellowship is a fellowship Meetings should show next, chosen in
	// the directory.
	wantFellowship string

	rec     Keeper
	ready   bool
	loading bool
	err     error
	index   *meetings.Index
	feeds   []store.Feed
	mine    []store.MyMeeting
	favs    map[string]bool
	waiting []func()
	Changed []func() // told after every reload, to refresh what shows meetings
}

func NewCache(rec Keeper) *Cache { return &Cache{rec: rec} }

// Data is what one load reads.
type Data struct {
	Index *meetings.Index
	feeds []store.Feed
	mine  []store.MyMeeting
	Favs  map[string]bool
	Err   error
}

func Load(rec Keeper) Data {
	ctx := context.Background()
	var d Data
	all, err := rec.Meetings(ctx)
	if err != nil {
		return Data{Err: err}
	}
	d.mine, err = rec.MyMeetings(ctx)
	if err != nil && !errors.Is(err, store.ErrLocked) {
		return Data{Err: err}
	}
	for _, m := range d.mine {
		all = append(all, m.Meeting())
	}
	if d.feeds, err = rec.Feeds(ctx); err != nil {
		return Data{Err: err}
	}
	// Favourites are private: while locked there are none to show.
	if d.Favs, err = rec.Favourites(ctx); err != nil && !errors.Is(err, store.ErrLocked) {
		return Data{Err: err}
	}
	d.Index = meetings.NewIndex(all)
	return d
}

// Open loads the meetings off the UI goroutine the first time, then calls
// then (at once when they are loaded already).
func (c *Cache) Open(bg page.Background, then func()) {
	if c.rec == nil {
		return
	}
	if c.ready {
		then()
		return
	}
	c.waiting = append(c.waiting, then)
	c.load(bg)
}

func (c *Cache) load(bg page.Background) {
	if c.loading {
		return
	}
	c.loading = true
	var d Data
	bg.Do(func() { d = Load(c.rec) }, func() { c.loaded(d) })
}

func (c *Cache) loaded(d Data) {
	c.loading = false
	c.ready = d.Err == nil
	c.err, c.index, c.feeds, c.mine, c.favs = d.Err, d.Index, d.feeds, d.mine, d.Favs
	waiting := c.waiting
	c.waiting = nil
	for _, fn := range waiting {
		fn()
	}
	for _, fn := range c.Changed {
		fn()
	}
}

// Reload reads everything again after a change (an import, an edit).
func (c *Cache) Reload(bg page.Background) {
	c.ready = false
	c.load(bg)
}

// Forget drops the person's own meetings from memory (the lock closed).
func (c *Cache) Forget() {
	*c = Cache{rec: c.rec, Changed: c.Changed}
}

// my returns the person's meeting with id.
func (c *Cache) my(id int64) (store.MyMeeting, bool) {
	for _, m := range c.mine {
		if m.ID == id {
			return m, true
		}
	}
	return store.MyMeeting{}, false
}
