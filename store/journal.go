package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

type entryWords struct {
	Text string   `json:"text"`
	Tags []string `json:"tags,omitempty"`
}

// now is the store's clock; tests may set it.
var now = time.Now

func checkMood(m Mood) error {
	if m < 0 || m > 5 {
		return fmt.Errorf("mood %d: %w", m, ErrInvalid)
	}
	return nil
}

// AddEntry saves a new journal entry (At defaults to now) and returns its id.
// When it returns without an error, the entry is on disk.
func (s *Store) AddEntry(ctx context.Context, e Entry) (int64, error) {
	if err := checkMood(e.Mood); err != nil {
		return 0, err
	}
	if e.At.IsZero() {
		e.At = now()
	}
	return s.insertSealed(ctx, "entries", []string{"at", "mood", "updated"},
		[]any{unix(e.At), int(e.Mood), now().Unix()}, entryWords{e.Text, e.Tags})
}

// UpdateEntry changes an entry's time, mood, tags and text.
func (s *Store) UpdateEntry(ctx context.Context, e Entry) error {
	if err := checkMood(e.Mood); err != nil {
		return err
	}
	return s.updateSealed(ctx, "entries", e.ID, []string{"at", "mood", "updated"},
		[]any{unix(e.At), int(e.Mood), now().Unix()}, entryWords{e.Text, e.Tags})
}

// DeleteEntry removes an entry.
func (s *Store) DeleteEntry(ctx context.Context, id int64) error {
	return s.deleteRow(ctx, "entries", id)
}

const entryCols = "SELECT id, at, mood, updated, words FROM entries"

// Entry reads one entry.
func (s *Store) Entry(ctx context.Context, id int64) (Entry, error) {
	es, err := s.entries(ctx, entryCols+" WHERE id = ?", id)
	if err != nil {
		return Entry{}, err
	}
	if len(es) == 0 {
		return Entry{}, fmt.Errorf("entry %d: %w", id, ErrNotFound)
	}
	return es[0], nil
}

// Entries reads every entry, newest first.
func (s *Store) Entries(ctx context.Context) ([]Entry, error) {
	return s.entries(ctx, entryCols+" ORDER BY at DESC, id DESC")
}

// CountEntries counts entries; it works while locked (a count is not private).
func (s *Store) CountEntries(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM entries").Scan(&n); err != nil {
		return 0, classify(fmt.Errorf("store: count entries: %w", err))
	}
	return n, nil
}

func (s *Store) entries(ctx context.Context, q string, args ...any) ([]Entry, error) {
	var out []Entry
	err := s.readSealed(ctx, q, args, func(rows *sql.Rows) error {
		var e Entry
		var at, updated int64
		var mood int
		var words []byte
		if err := rows.Scan(&e.ID, &at, &mood, &updated, &words); err != nil {
			return err
		}
		e.At, e.Updated, e.Mood = fromUnix(at), fromUnix(updated), Mood(mood)
		var w entryWords
		damaged, err := s.openWords("entries", e.ID, words, &w)
		e.Text, e.Tags, e.Damaged = w.Text, w.Tags, damaged
		out = append(out, e)
		return err
	})
	return out, err
}

// readSealed runs a query over sealed rows, failing early when locked.
func (s *Store) readSealed(ctx context.Context, q string, args []any, scan func(*sql.Rows) error) error {
	if err := s.requireKey(); err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return classify(fmt.Errorf("store: read: %w", err))
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			if errors.Is(err, ErrLocked) {
				return err
			}
			return classify(fmt.Errorf("store: read: %w", err))
		}
	}
	return classify(rows.Err())
}
