package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store/seal"
)

// MyMeeting is a meeting the person added by hand. Every string field is
// their own words and is sealed at rest; days, times, attendance and
// program stay plain. It is readable only while unlocked (ErrLocked).
type MyMeeting struct {
	ID         int64
	Fellowship string // the directory's id ("al-anon", "nar-anon"...) or the person's words
	Name       string
	Days       []time.Weekday // empty: by appointment
	Start, End meetings.Clock // meetings.NoClock when not given
	TimeZone   string         // IANA; "" means the computer's zone
	Attendance meetings.Attendance
	Program    meetings.Program // the code table Types use; "" for none
	Types      []string         // sealed as one value
	Location   string
	Address    string
	Link       string // the video link
	Phone      string
	Notes      string
	Updated    time.Time // set by the store
	Damaged    bool      // a sealed value did not open; that field is empty
}

// MySlugPrefix starts the slug of every meeting added by hand.
const MySlugPrefix = "my-"

// Meeting is m as a meeting the search index and the screens take.
func (m MyMeeting) Meeting() meetings.Meeting {
	return meetings.Meeting{
		Slug: MySlugPrefix + strconv.FormatInt(m.ID, 10), Name: m.Name, Program: m.Program, Fellowship: m.Fellowship,
		Days: slices.Clone(m.Days), Start: m.Start, End: m.End, TimeZone: m.TimeZone,
		Types: slices.Clone(m.Types), Attendance: m.Attendance, Location: m.Location, Address: m.Address,
		ConferenceURL: m.Link, ConferencePhone: m.Phone, Notes: m.Notes, Updated: m.Updated, MyID: m.ID,
	}
}

const myMeetingColumns = "id, updated, days, start_min, end_min, attendance, program, " +
	"fellowship, name, time_zone, types, location, address, link, phone, notes"

// myMeetingFields are the sealed columns, in myMeetingColumns' order.
func myMeetingFields(m *MyMeeting, types *string) []field {
	return []field{
		{"fellowship", &m.Fellowship}, {"name", &m.Name}, {"time_zone", &m.TimeZone}, {"types", types},
		{"location", &m.Location}, {"address", &m.Address}, {"link", &m.Link}, {"phone", &m.Phone}, {"notes", &m.Notes},
	}
}

// myMeetingPlain checks m's plain values and returns them as columns.
func myMeetingPlain(m MyMeeting) ([]column, error) {
	days, err := encodeDays(m.Days)
	if err != nil {
		return nil, err
	}
	for _, c := range []meetings.Clock{m.Start, m.End} {
		if c != meetings.NoClock && !c.Valid() {
			return nil, fmt.Errorf("store: meeting time %d: %w", c, ErrInvalid)
		}
	}
	if m.Attendance != "" && !slices.Contains(meetings.Attendances(), m.Attendance) {
		return nil, fmt.Errorf("store: attendance %q: %w", m.Attendance, ErrInvalid)
	}
	if m.Program != "" && !m.Program.Valid() {
		return nil, fmt.Errorf("store: program %q: %w", m.Program, ErrInvalid)
	}
	return []column{
		{"updated", time.Now().UnixNano()}, {"days", days}, {"start_min", int(m.Start)}, {"end_min", int(m.End)},
		{"attendance", string(m.Attendance)}, {"program", string(m.Program)},
	}, nil
}

func encodeDays(days []time.Weekday) (string, error) {
	parts := make([]string, 0, len(days))
	for _, d := range slices.Sorted(slices.Values(days)) {
		if d < time.Sunday || d > time.Saturday {
			return "", fmt.Errorf("store: weekday %d: %w", d, ErrInvalid)
		}
		if s := strconv.Itoa(int(d)); !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ","), nil
}

func decodeDays(s string) []time.Weekday {
	var out []time.Weekday
	for p := range strings.SplitSeq(s, ",") {
		if d, err := strconv.Atoi(p); err == nil && d >= 0 && d <= 6 {
			out = append(out, time.Weekday(d))
		}
	}
	return out
}

// AddMyMeeting saves a meeting added by hand and returns its id. A zero
// Start means midnight: use meetings.NoClock for none. Locked: ErrLocked.
func (s *Store) AddMyMeeting(ctx context.Context, m MyMeeting) (int64, error) {
	plain, err := myMeetingPlain(m)
	if err != nil {
		return 0, err
	}
	types := encodeTags(m.Types)
	var id int64
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		id, err = insertSealed(ctx, tx, box, "my_meetings", plain, myMeetingFields(&m, &types))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: add my meeting: %w", err)
	}
	return id, nil
}

// UpdateMyMeeting saves changes to a meeting added by hand; a missing one
// is ErrNotFound.
func (s *Store) UpdateMyMeeting(ctx context.Context, m MyMeeting) error {
	plain, err := myMeetingPlain(m)
	if err != nil {
		return err
	}
	types := encodeTags(m.Types)
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		return updateSealed(ctx, tx, box, "my_meetings", m.ID, plain, myMeetingFields(&m, &types))
	})
	if err != nil {
		return fmt.Errorf("store: save my meeting: %w", err)
	}
	return nil
}

// DeleteMyMeeting deletes a meeting added by hand; a missing one is
// ErrNotFound. Its favourite mark goes with it.
func (s *Store) DeleteMyMeeting(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		if err := deleteRow(ctx, tx, "my_meetings", id); err != nil {
			return err
		}
		favs, err := favourites(ctx, tx, box)
		if err != nil {
			return err
		}
		slug := MySlugPrefix + strconv.FormatInt(id, 10)
		if !favs[slug] {
			return nil
		}
		delete(favs, slug)
		return setPrivate(ctx, tx, box, SettingFavourites, joinSet(favs))
	})
}

// MyMeetings returns the meetings added by hand, in the order they were
// added. A meeting whose words do not open comes back with Damaged set.
// Locked: ErrLocked.
func (s *Store) MyMeetings(ctx context.Context) ([]MyMeeting, error) {
	var out []MyMeeting
	err := s.readSealed(ctx, "my_meetings", "SELECT "+myMeetingColumns+" FROM my_meetings ORDER BY id", nil,
		func(r *sealedRow) error {
			m, err := scanMyMeeting(r)
			if err != nil {
				return err
			}
			out = append(out, m)
			return nil
		})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func scanMyMeeting(r *sealedRow) (MyMeeting, error) {
	var m MyMeeting
	var updated int64
	var days, attendance, program, types string
	if err := r.scan(&m.ID, &updated, &days, &m.Start, &m.End, &attendance, &program); err != nil {
		return m, err
	}
	m.Updated, m.Days = fromMoment(updated), decodeDays(days)
	m.Attendance, m.Program = meetings.Attendance(attendance), meetings.Program(program)
	m.Damaged = r.open(myMeetingFields(&m, &types))
	var ok bool
	if m.Types, ok = decodeTags(types); !ok && !m.Damaged {
		m.Damaged = true
	}
	return m, nil
}

// CountMyMeetings is how many meetings the person added, or ErrLocked:
// nothing private is counted while the records are locked.
func (s *Store) CountMyMeetings(ctx context.Context) (int, error) {
	if !s.Unlocked() {
		return 0, ErrLocked
	}
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM my_meetings").Scan(&n); err != nil {
		return 0, classify(fmt.Errorf("store: count my meetings: %w", err))
	}
	return n, nil
}
