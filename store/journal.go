package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

const entryColumns = "id, at, mood, updated, tags, text"

// entryFields are an entry's sealed columns; its tags are one value.
func entryFields(tags, text *string) []field {
	return []field{{"tags", tags}, {"text", text}}
}

func checkMood(m Mood) error {
	if m < 0 || m > 5 {
		return fmt.Errorf("store: mood %d is not 0 to 5: %w", m, ErrInvalid)
	}
	return nil
}

func encodeTags(tags []string) string {
	if len(tags) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(tags) // a []string always encodes
	return string(b)
}

func decodeTags(s string) ([]string, bool) {
	var tags []string
	if err := json.Unmarshal([]byte(s), &tags); err != nil {
		return nil, false
	}
	if len(tags) == 0 {
		return nil, true
	}
	return tags, true
}

// AddEntry saves a new journal entry and returns its id. A zero At means
// now; Updated is set by the store. Locked: ErrLocked.
func (s *Store) AddEntry(ctx context.Context, e Entry) (int64, error) {
	ids, err := s.AddEntries(ctx, []Entry{e})
	if err != nil {
		return 0, err
	}
	return ids[0], nil
}

// AddEntries saves many entries in one transaction (all or none), as an
// import does, and returns their ids in order.
func (s *Store) AddEntries(ctx context.Context, es []Entry) ([]int64, error) {
	ids := make([]int64, 0, len(es))
	err := s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		now := time.Now().UnixNano()
		for _, e := range es {
			id, err := addEntry(ctx, tx, box, e, now)
			if err != nil {
				return err
			}
			ids = append(ids, id)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ids, nil
}

func addEntry(ctx context.Context, tx *sql.Tx, box *seal.Box, e Entry, now int64) (int64, error) {
	if err := checkMood(e.Mood); err != nil {
		return 0, err
	}
	at, err := momentOrNow(e.At, "entry time")
	if err != nil {
		return 0, err
	}
	tags := encodeTags(e.Tags)
	plain := []column{{"at", at}, {"mood", int(e.Mood)}, {"updated", now}}
	return insertSealed(ctx, tx, box, "entries", plain, entryFields(&tags, &e.Text))
}

// UpdateEntry saves changes to an entry (a zero At keeps its time). A
// missing entry is ErrNotFound.
func (s *Store) UpdateEntry(ctx context.Context, e Entry) error {
	if err := checkMood(e.Mood); err != nil {
		return err
	}
	plain := []column{{"mood", int(e.Mood)}, {"updated", time.Now().UnixNano()}}
	if !e.At.IsZero() {
		at, err := moment(e.At, "entry time")
		if err != nil {
			return err
		}
		plain = append(plain, column{"at", at})
	}
	tags := encodeTags(e.Tags)
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		return updateSealed(ctx, tx, box, "entries", e.ID, plain, entryFields(&tags, &e.Text))
	})
}

// DeleteEntry deletes an entry; a missing one is ErrNotFound.
func (s *Store) DeleteEntry(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "entries", id) })
}

// Entry returns one entry, or ErrNotFound.
func (s *Store) Entry(ctx context.Context, id int64) (Entry, error) {
	es, err := s.entries(ctx, "SELECT "+entryColumns+" FROM entries WHERE id = ?", id)
	if err != nil {
		return Entry{}, err
	}
	if len(es) == 0 {
		return Entry{}, fmt.Errorf("store: entry %d: %w", id, ErrNotFound)
	}
	return es[0], nil
}

// Entries returns every entry, newest first (by At, then by id). An entry
// whose words do not open comes back with Damaged set.
func (s *Store) Entries(ctx context.Context) ([]Entry, error) {
	return s.entries(ctx, "SELECT "+entryColumns+" FROM entries ORDER BY at DESC, id DESC")
}

// RecentEntries returns the newest n entries, newest first: what Home
// shows, without opening the whole journal.
func (s *Store) RecentEntries(ctx context.Context, n int) ([]Entry, error) {
	return s.entries(ctx, "SELECT "+entryColumns+" FROM entries ORDER BY at DESC, id DESC LIMIT ?", n)
}

func (s *Store) entries(ctx context.Context, query string, args ...any) ([]Entry, error) {
	var out []Entry
	err := s.readSealed(ctx, "entries", query, args, func(r *sealedRow) error {
		var e Entry
		var at, updated int64
		if err := r.scan(&e.ID, &at, &e.Mood, &updated); err != nil {
			return err
		}
		e.At, e.Updated = fromMoment(at), fromMoment(updated)
		var tagsText string
		e.Damaged = r.open(entryFields(&tagsText, &e.Text))
		var ok bool
		if e.Tags, ok = decodeTags(tagsText); !ok && !e.Damaged {
			e.Damaged = true
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// CountEntries is how many journal entries there are, or ErrLocked: even
// how many there are is not counted while the records are locked.
func (s *Store) CountEntries(ctx context.Context) (int, error) {
	if !s.Unlocked() {
		return 0, ErrLocked
	}
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM entries").Scan(&n); err != nil {
		return 0, classify(fmt.Errorf("store: count journal entries: %w", err))
	}
	return n, nil
}
