package journal

import (
	"context"
	"log"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/internal/search"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

// Cache is the journal in memory once the records are open: every
// entry, newest first, and its search index (folded once, searched in
// memory; no plaintext index ever reaches the disk), and the drafts of
// unsaved writing to offer back. Locking drops it.
type Cache struct {
	rec     Keeper
	Ready   bool
	loading bool
	err     error
	entries []store.Entry
	index   *search.Index
	// drafts are the journal drafts, the most recently kept first.
	drafts []store.Draft
	// editors are the editors open now, so that one taken off the screen
	// without Save keeps its words at once (see keepLeftWriting).
	editors []*Editor
	// savedAs is the entry made from each editor key: a second editor of
	// the same writing (its draft continued elsewhere) updates that entry
	// instead of adding a copy.
	savedAs map[string]int64
	waiting []func()
	// Changed are told after every change, to refresh what shows entries;
	// entries is false when only the drafts changed.
	Changed []func(entries bool)
}

func NewCache(rec Keeper) *Cache { return &Cache{rec: rec} }

// Open loads the journal off the UI goroutine the first time, then calls
// then, when not nil (at once when it is loaded already). Everything in
// changed is told when it is loaded.
func (c *Cache) Open(bg page.Background, then func()) {
	if c.rec == nil {
		return
	}
	if c.Ready {
		if then != nil {
			then()
		}
		return
	}
	if then != nil {
		c.waiting = append(c.waiting, then)
	}
	if c.loading {
		return
	}
	c.loading = true
	var entries []store.Entry
	var drafts []store.Draft
	var index *search.Index
	var err error
	bg.Do(func() {
		entries, err = c.rec.Entries(context.Background())
		if err == nil {
			index = search.New(entries)
			drafts = liveDrafts(c.rec, entries)
		}
	}, func() { c.loaded(entries, index, drafts, err) })
}

// liveDrafts reads the journal drafts worth offering back. A draft whose
// words are already saved, as the entry it was made for, is dropped: it
// would only make a copy.
func liveDrafts(rec Keeper, entries []store.Entry) []store.Draft {
	all, err := rec.Drafts(context.Background())
	if err != nil {
		log.Printf("journal drafts: %v", err)
		return nil
	}
	var out []store.Draft
	for _, d := range all {
		if d.Kind != DraftKind {
			continue
		}
		if e, ok := decodeDraft(d); ok && savedAlready(e, entries) {
			if err := rec.DeleteDraft(context.Background(), d.Kind, d.Ref); err != nil {
				log.Printf("drop saved journal draft: %v", err)
			}
			continue
		}
		out = append(out, d)
	}
	return out
}

// savedAlready reports whether the writing in a draft is an entry as it
// is saved: the same words at the same time (its own entry, or, for a
// new entry's draft, any). A new entry's draft whose words begin an
// entry of the same moment was kept before the last words were typed
// and saved (an older version left such drafts behind).
func savedAlready(d store.Entry, entries []store.Entry) bool {
	for _, e := range entries {
		if d.ID != 0 && d.ID != e.ID || !e.At.Equal(d.At) {
			continue
		}
		if e.Text == d.Text && e.Mood == d.Mood && slices.Equal(e.Tags, d.Tags) {
			return true
		}
		if words := strings.TrimSpace(d.Text); d.ID == 0 && words != "" && strings.HasPrefix(e.Text, words) {
			return true
		}
	}
	return false
}

func (c *Cache) loaded(entries []store.Entry, index *search.Index, drafts []store.Draft, err error) {
	c.loading = false
	c.Ready = err == nil
	c.err, c.entries, c.index = err, entries, index
	// A draft kept while the journal was read is newer than those read.
	for _, d := range drafts {
		if !slices.ContainsFunc(c.drafts, func(x store.Draft) bool { return x.Ref == d.Ref }) {
			c.drafts = append(c.drafts, d)
		}
	}
	waiting := c.waiting
	c.waiting = nil
	for _, fn := range waiting {
		fn()
	}
	c.tell(true)
}

func (c *Cache) tell(entries bool) {
	for _, fn := range c.Changed {
		fn(entries)
	}
}

// Forget drops every entry from memory (the lock closed).
func (c *Cache) Forget() {
	for i := range c.entries {
		c.entries[i] = store.Entry{}
	}
	for _, ed := range c.editors {
		ed.closed = true // its words are gone with the screens
	}
	*c = Cache{rec: c.rec}
}

// find is the entries matching q, newest first.
func (c *Cache) find(q search.Query) []store.Entry {
	if c.index == nil {
		return nil
	}
	return c.index.Find(q)
}

// Recent is the newest n entries.
func (c *Cache) Recent(n int) []store.Entry {
	return c.entries[:min(n, len(c.entries))]
}

// entry is the entry with id, if the journal holds it.
func (c *Cache) entry(id int64) (store.Entry, bool) {
	for _, e := range c.entries {
		if e.ID == id {
			return e, true
		}
	}
	return store.Entry{}, false
}

// draft is the journal draft to offer back: the most recently kept.
func (c *Cache) draft() (store.Draft, bool) {
	if len(c.drafts) == 0 {
		return store.Draft{}, false
	}
	return c.drafts[0], true
}

// keptDraft notes a draft just kept in the store.
func (c *Cache) keptDraft(d store.Draft) {
	c.drafts = slices.DeleteFunc(c.drafts, func(x store.Draft) bool { return x.Ref == d.Ref })
	c.drafts = slices.Insert(c.drafts, 0, d)
	c.tell(false)
}

// dropDrafts deletes the journal drafts for these records (0: a new
// entry's), in the store and here.
func (c *Cache) dropDrafts(refs ...int64) {
	slices.Sort(refs)
	refs = slices.Compact(refs)
	for _, ref := range refs {
		if err := c.rec.DeleteDraft(context.Background(), DraftKind, ref); err != nil {
			log.Printf("drop journal draft: %v", err)
		}
	}
	c.drafts = slices.DeleteFunc(c.drafts, func(x store.Draft) bool { return slices.Contains(refs, x.Ref) })
}

// tags is every tag used, sorted.
func (c *Cache) tags() []string {
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

// save adds e (ID 0) or updates it, drops the drafts of that writing
// (drafts, and the entry's own), then keeps the cache in step. key names
// the writing: an entry already made from it is updated, never copied.
func (c *Cache) save(e store.Entry, key string, drafts ...int64) (store.Entry, error) {
	ctx := context.Background()
	if id, ok := c.savedAs[key]; e.ID == 0 && ok && key != "" {
		if _, still := c.entry(id); still {
			e.ID = id
		}
	}
	var err error
	if e.ID == 0 {
		e.ID, err = c.rec.AddEntry(ctx, e)
		if err == nil && key != "" {
			if c.savedAs == nil {
				c.savedAs = map[string]int64{}
			}
			c.savedAs[key] = e.ID
		}
	} else {
		err = c.rec.UpdateEntry(ctx, e)
	}
	if err != nil {
		return e, err
	}
	c.dropDrafts(append(drafts, e.ID)...)
	c.replace(e.ID, &e)
	return e, nil
}

// remove deletes an entry and the drafts of its writing.
func (c *Cache) remove(id int64, drafts ...int64) error {
	if err := c.rec.DeleteEntry(context.Background(), id); err != nil {
		return err
	}
	c.dropDrafts(append(drafts, id)...)
	c.replace(id, nil)
	return nil
}

// replace puts e where the entry with id was (nil removes it), keeping
// newest first, and indexes the journal again.
func (c *Cache) replace(id int64, e *store.Entry) {
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
	c.tell(true)
}

func newer(a, b store.Entry) bool {
	if !a.At.Equal(b.At) {
		return a.At.After(b.At)
	}
	return a.ID > b.ID
}

// KeepLeftWriting keeps the words of every editor whose page is not in
// open, and closes it.
func (c *Cache) KeepLeftWriting(open map[fyne.CanvasObject]bool) {
	kept := c.editors[:0]
	for _, ed := range c.editors {
		switch {
		case ed.closed:
		case open[ed.obj]:
			kept = append(kept, ed)
		default:
			if ed.pending {
				ed.keepDraft()
			}
			ed.closed = true
		}
	}
	clear(c.editors[len(kept):])
	c.editors = kept
}

// KeepPending keeps the drafts of editors typed in the pause before their
// draft is kept.
func (c *Cache) KeepPending() {
	for _, ed := range c.editors {
		if ed.pending {
			ed.keepDraft()
		}
	}
}
