package ui

import (
	"context"
	"sort"

	"github.com/alongside-app/alongside/internal/search"
	"github.com/alongside-app/alongside/store"
)

// journalCache is the journal in memory once the records are open: every
// entry, newest first, and its search index (folded once, searched in
// memory; no plaintext index ever reaches the disk). Locking drops it.
type journalCache struct {
	rec     journalKeeper
	ready   bool
	loading bool
	err     error
	entries []store.Entry
	index   *search.Index
	waiting []func()
	changed []func() // told after every change, to refresh what shows entries
}

func newJournalCache(rec journalKeeper) *journalCache { return &journalCache{rec: rec} }

// open loads the journal off the UI goroutine the first time, then calls
// then (at once when it is loaded already).
func (c *journalCache) open(bg background, then func()) {
	if c.rec == nil {
		return
	}
	if c.ready {
		then()
		return
	}
	c.waiting = append(c.waiting, then)
	if c.loading {
		return
	}
	c.loading = true
	var entries []store.Entry
	var index *search.Index
	var err error
	bg.Do(func() {
		entries, err = c.rec.Entries(context.Background())
		if err == nil {
			index = search.New(entries)
		}
	}, func() { c.loaded(entries, index, err) })
}

func (c *journalCache) loaded(entries []store.Entry, index *search.Index, err error) {
	c.loading = false
	c.ready = err == nil
	c.err, c.entries, c.index = err, entries, index
	waiting := c.waiting
	c.waiting = nil
	for _, fn := range waiting {
		fn()
	}
}

// forget drops every entry from memory (the lock closed).
func (c *journalCache) forget() {
	for i := range c.entries {
		c.entries[i] = store.Entry{}
	}
	*c = journalCache{rec: c.rec}
}

// find is the entries matching q, newest first.
func (c *journalCache) find(q search.Query) []store.Entry {
	if c.index == nil {
		return nil
	}
	return c.index.Find(q)
}

// tags is every tag used, sorted.
func (c *journalCache) tags() []string {
	seen := map[string]bool{}
	for _, e := range c.entries {
		for _, t := range e.Tags {
			seen[t] = true
		}
	}
	out := make([]string, 0, len(seen))
	for t := range seen {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// save adds e (ID 0) or updates it, then keeps the cache in step.
func (c *journalCache) save(e store.Entry) (store.Entry, error) {
	ctx := context.Background()
	var err error
	if e.ID == 0 {
		e.ID, err = c.rec.AddEntry(ctx, e)
	} else {
		err = c.rec.UpdateEntry(ctx, e)
	}
	if err != nil {
		return e, err
	}
	c.replace(e.ID, &e)
	return e, nil
}

// remove deletes an entry.
func (c *journalCache) remove(id int64) error {
	if err := c.rec.DeleteEntry(context.Background(), id); err != nil {
		return err
	}
	c.replace(id, nil)
	return nil
}

// replace puts e where the entry with id was (nil removes it), keeping
// newest first, and indexes the journal again.
func (c *journalCache) replace(id int64, e *store.Entry) {
	kept := c.entries[:0:0]
	for _, old := range c.entries {
		if old.ID != id {
			kept = append(kept, old)
		}
	}
	if e != nil {
		kept = append(kept, *e)
	}
	sort.SliceStable(kept, func(i, j int) bool { return newer(kept[i], kept[j]) })
	c.entries = kept
	c.index = search.New(kept)
	for _, fn := range c.changed {
		fn()
	}
}

func newer(a, b store.Entry) bool {
	if !a.At.Equal(b.At) {
		return a.At.After(b.At)
	}
	return a.ID > b.ID
}

// forgetPrivate drops every private word the screens hold in memory.
func (sh *Shell) forgetPrivate() {
	sh.journal.forget()
	sh.meetings.forget()
}
