package ui

import (
	"context"
	"errors"

	"github.com/alongside-app/alongside/ui/page"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
)

// meetingCache is every meeting in memory, indexed for search: the
// imported lists and, while unlocked, the person's own meetings (sealed
// on disk). Locking drops it; a change reloads it.
type meetingCache struct {
	rec     meetingKeeper
	ready   bool
	loading bool
	err     error
	index   *meetings.Index
	feeds   []store.Feed
	mine    []store.MyMeeting
	favs    map[string]bool
	waiting []func()
	changed []func() // told after every reload, to refresh what shows meetings
}

func newMeetingCache(rec meetingKeeper) *meetingCache { return &meetingCache{rec: rec} }

// meetingData is what one load reads.
type meetingData struct {
	index *meetings.Index
	feeds []store.Feed
	mine  []store.MyMeeting
	favs  map[string]bool
	err   error
}

func loadMeetings(rec meetingKeeper) meetingData {
	ctx := context.Background()
	var d meetingData
	all, err := rec.Meetings(ctx)
	if err != nil {
		return meetingData{err: err}
	}
	d.mine, err = rec.MyMeetings(ctx)
	if err != nil && !errors.Is(err, store.ErrLocked) {
		return meetingData{err: err}
	}
	for _, m := range d.mine {
		all = append(all, m.Meeting())
	}
	if d.feeds, err = rec.Feeds(ctx); err != nil {
		return meetingData{err: err}
	}
	// Favourites are private: while locked there are none to show.
	if d.favs, err = rec.Favourites(ctx); err != nil && !errors.Is(err, store.ErrLocked) {
		return meetingData{err: err}
	}
	d.index = meetings.NewIndex(all)
	return d
}

// open loads the meetings off the UI goroutine the first time, then calls
// then (at once when they are loaded already).
func (c *meetingCache) open(bg page.Background, then func()) {
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

func (c *meetingCache) load(bg page.Background) {
	if c.loading {
		return
	}
	c.loading = true
	var d meetingData
	bg.Do(func() { d = loadMeetings(c.rec) }, func() { c.loaded(d) })
}

func (c *meetingCache) loaded(d meetingData) {
	c.loading = false
	c.ready = d.err == nil
	c.err, c.index, c.feeds, c.mine, c.favs = d.err, d.index, d.feeds, d.mine, d.favs
	waiting := c.waiting
	c.waiting = nil
	for _, fn := range waiting {
		fn()
	}
	for _, fn := range c.changed {
		fn()
	}
}

// reload reads everything again after a change (an import, an edit).
func (c *meetingCache) reload(bg page.Background) {
	c.ready = false
	c.load(bg)
}

// forget drops the person's own meetings from memory (the lock closed).
func (c *meetingCache) forget() {
	*c = meetingCache{rec: c.rec, changed: c.changed}
}

// my returns the person's meeting with id.
func (c *meetingCache) my(id int64) (store.MyMeeting, bool) {
	for _, m := range c.mine {
		if m.ID == id {
			return m, true
		}
	}
	return store.MyMeeting{}, false
}
