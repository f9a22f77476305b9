package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/alongside-app/alongside/internal/meetings"
)

// Imported meeting lists are public data: they are kept plain and can be
// read while the private records are locked. A list is replaced whole in
// one transaction, so an import that fails leaves the stored meetings as
// they were. The meetings a person adds by hand are in meetings_my.go.

// Feed is one imported meeting list.
type Feed struct {
	ID       int64
	Source   string // the file's path or the https address it came from
	Program  meetings.Program
	Format   meetings.Format
	TimeZone string    // applied to meetings the list gives none for ("" = the computer's)
	Imported time.Time // when it was last imported
	Updated  time.Time // the newest meeting's date in the list; zero when it gives none
	Meetings int       // how many meetings the last import took
	Skipped  int       // how many records it left out
}

const feedColumns = "id, source, program, format, time_zone, imported, updated, meetings, skipped"

// ImportFeed stores the meetings of res as the list from source, all or
// nothing: a list already imported from source has its meetings replaced
// (favourites are kept, being by slug); a new source adds a list. A result
// with no meetings, a bad program or two meetings with one slug is
// ErrInvalid and changes nothing.
func (s *Store) ImportFeed(ctx context.Context, source string, res meetings.Result) (Feed, error) {
	if err := checkImport(source, res); err != nil {
		return Feed{}, err
	}
	f := Feed{
		Source: source, Program: res.Program, Format: res.Format, TimeZone: res.TimeZone,
		Imported: time.Now(), Updated: res.Updated, Meetings: len(res.Meetings), Skipped: len(res.Skipped),
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		id, err := upsertFeed(ctx, tx, f)
		if err != nil {
			return err
		}
		f.ID = id
		return replaceMeetings(ctx, tx, id, res.Meetings)
	})
	if err != nil {
		return Feed{}, fmt.Errorf("store: import %d meetings: %w", len(res.Meetings), err)
	}
	return f, nil
}

func checkImport(source string, res meetings.Result) error {
	switch {
	case source == "":
		return fmt.Errorf("store: a meeting list with no source: %w", ErrInvalid)
	case len(res.Meetings) == 0:
		return fmt.Errorf("store: a meeting list with no meetings: %w", ErrInvalid)
	case !res.Program.Valid():
		return fmt.Errorf("store: meeting program %q: %w", res.Program, ErrInvalid)
	case !res.Format.Valid():
		return fmt.Errorf("store: meeting list format %q: %w", res.Format, ErrInvalid)
	}
	seen := make(map[string]bool, len(res.Meetings))
	for i := range res.Meetings {
		slug := res.Meetings[i].Slug
		if slug == "" || seen[slug] {
			return fmt.Errorf("store: meeting slug %q missing or repeated: %w", slug, ErrInvalid)
		}
		seen[slug] = true
	}
	return nil
}

// upsertFeed adds the feed for f.Source or updates it, and returns its id.
func upsertFeed(ctx context.Context, tx *sql.Tx, f Feed) (int64, error) {
	updated, err := nullMoment(f.Updated, "list date")
	if err != nil {
		updated = nil // a list's date out of range is not worth refusing it for
	}
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO meeting_feeds (source, program, format, time_zone, imported, updated, meetings, skipped)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (source) DO UPDATE SET program = excluded.program, format = excluded.format,
			time_zone = excluded.time_zone, imported = excluded.imported, updated = excluded.updated,
			meetings = excluded.meetings, skipped = excluded.skipped
		RETURNING id`,
		f.Source, string(f.Program), string(f.Format), f.TimeZone, f.Imported.UnixNano(), updated, f.Meetings, f.Skipped).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: save meeting list: %w", err)
	}
	return id, nil
}

// insertBatch is how many meetings one INSERT writes: fewer statements
// make a large import quicker.
const insertBatch = 64

// replaceMeetings puts ms in place of feed id's meetings.
func replaceMeetings(ctx context.Context, tx *sql.Tx, id int64, ms []meetings.Meeting) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM meetings WHERE feed_id = ?", id); err != nil {
		return fmt.Errorf("store: clear meeting list %d: %w", id, err)
	}
	var full *sql.Stmt
	buf := make([]byte, 0, 64<<10)
	args := make([]any, 0, 3*insertBatch)
	for start := 0; start < len(ms); start += insertBatch {
		batch := ms[start:min(start+insertBatch, len(ms))]
		args, buf = args[:0], buf[:0]
		for i := range batch {
			if err := checkStorable(&batch[i]); err != nil {
				return err
			}
			n := len(buf)
			buf = appendMeeting(buf, &batch[i])
			args = append(args, id, batch[i].Slug, buf[n:len(buf):len(buf)])
		}
		stmt, err := batchStmt(ctx, tx, &full, len(batch))
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("store: save meetings: %w", err)
		}
	}
	if full != nil {
		full.Close()
	}
	return nil
}

// batchStmt is the INSERT for n meetings; the full-size one is prepared once.
func batchStmt(ctx context.Context, tx *sql.Tx, full **sql.Stmt, n int) (*sql.Stmt, error) {
	if n == insertBatch && *full != nil {
		return *full, nil
	}
	q := "INSERT INTO meetings (feed_id, slug, data) VALUES (?, ?, ?)" + strings.Repeat(", (?, ?, ?)", n-1)
	stmt, err := tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: save meetings: %w", err)
	}
	if n == insertBatch {
		*full = stmt
	}
	return stmt, nil
}

// checkStorable refuses what the encoding cannot keep faithfully.
func checkStorable(m *meetings.Meeting) error {
	if math.IsNaN(m.Lat) || math.IsNaN(m.Lng) || math.IsInf(m.Lat, 0) || math.IsInf(m.Lng, 0) {
		return fmt.Errorf("store: meeting %q has no real position: %w", m.Slug, ErrInvalid)
	}
	for _, d := range m.Days {
		if d < time.Sunday || d > time.Saturday {
			return fmt.Errorf("store: meeting %q: weekday %d: %w", m.Slug, d, ErrInvalid)
		}
	}
	return nil
}

// Feeds lists the imported lists, by source.
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	return s.feeds(ctx, "SELECT "+feedColumns+" FROM meeting_feeds ORDER BY source")
}

// Feed returns one imported list, or ErrNotFound.
func (s *Store) Feed(ctx context.Context, id int64) (Feed, error) {
	fs, err := s.feeds(ctx, "SELECT "+feedColumns+" FROM meeting_feeds WHERE id = ?", id)
	if err != nil {
		return Feed{}, err
	}
	if len(fs) == 0 {
		return Feed{}, fmt.Errorf("store: meeting list %d: %w", id, ErrNotFound)
	}
	return fs[0], nil
}

func (s *Store) feeds(ctx context.Context, query string, args ...any) ([]Feed, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, classify(fmt.Errorf("store: read meeting lists: %w", err))
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		var f Feed
		var program, format string
		var imported int64
		var updated sql.NullInt64
		if err := rows.Scan(&f.ID, &f.Source, &program, &format, &f.TimeZone, &imported, &updated, &f.Meetings, &f.Skipped); err != nil {
			return nil, classify(fmt.Errorf("store: read meeting lists: %w", err))
		}
		f.Program, f.Format = meetings.Program(program), meetings.Format(format)
		f.Imported, f.Updated = fromMoment(imported), fromNullMoment(updated)
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(fmt.Errorf("store: read meeting lists: %w", err))
	}
	return out, nil
}

// RemoveFeed deletes an imported list and its meetings (favourites stay,
// for a later import). A missing list is ErrNotFound.
func (s *Store) RemoveFeed(ctx context.Context, id int64) error {
	return s.inTx(ctx, func(tx *sql.Tx) error { return deleteRow(ctx, tx, "meeting_feeds", id) })
}

// Meetings returns every imported meeting, with FeedID set, by list and
// slug: what a search index is built from (add MyMeetings for the person's
// own). It works while the private records are locked.
func (s *Store) Meetings(ctx context.Context) ([]meetings.Meeting, error) {
	return s.meetings(ctx, "SELECT feed_id, data FROM meetings ORDER BY feed_id, slug")
}

// FeedMeetings returns the meetings of one list, by slug.
func (s *Store) FeedMeetings(ctx context.Context, feedID int64) ([]meetings.Meeting, error) {
	return s.meetings(ctx, "SELECT feed_id, data FROM meetings WHERE feed_id = ? ORDER BY slug", feedID)
}

func (s *Store) meetings(ctx context.Context, query string, args ...any) ([]meetings.Meeting, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, classify(fmt.Errorf("store: read meetings: %w", err))
	}
	defer rows.Close()
	var out []meetings.Meeting
	for rows.Next() {
		var feed int64
		var data sql.RawBytes
		if err := rows.Scan(&feed, &data); err != nil {
			return nil, classify(fmt.Errorf("store: read meetings: %w", err))
		}
		m, err := decodeMeeting(data)
		if err != nil {
			return nil, fmt.Errorf("store: meeting in list %d: %w: %w", feed, ErrDamaged, err)
		}
		m.FeedID = feed
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(fmt.Errorf("store: read meetings: %w", err))
	}
	return out, nil
}

// CountMeetings is how many imported meetings are stored.
func (s *Store) CountMeetings(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM meetings").Scan(&n); err != nil {
		return 0, classify(fmt.Errorf("store: count meetings: %w", err))
	}
	return n, nil
}
