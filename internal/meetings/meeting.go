// Package meetings reads meeting lists (the Meeting Guide JSON format with
// its real-world variants, and the CSV layout meeting-list sites use),
// knows what their type codes mean for each program, searches them in
// memory, and writes a meeting as a calendar event. It knows nothing of
// widgets or of the database, and touches the network only in Fetch, which
// runs only when the person asks to import an address.
package meetings

import (
	"fmt"
	"time"
)

// Program says which table of type codes a list uses. TSML's Al-Anon
// feeds reuse codes with other meanings (Y is Alateen, POA Parents of
// Alcoholics), so every imported list records its program.
type Program string

// The programs whose code tables Alongside knows.
const (
	// ProgramAA is the Meeting Guide table that AA-style lists use (and
	// most other fellowships' lists copy).
	ProgramAA Program = "aa"
	// ProgramAlAnon is the table of TSML's Al-Anon program.
	ProgramAlAnon Program = "al-anon"
	// ProgramNotStated is a list that does not say clearly whose meetings
	// it holds. Its table has only the codes every program reads alike
	// (O, C, ONL, W...): never AA's own (a bare 11, B, AL-AN) nor
	// Al-Anon's (AC), and neither meaning of Y or POA.
	ProgramNotStated Program = "not-stated"
)

// Programs lists the known programs, AA-style first.
func Programs() []Program { return []Program{ProgramAA, ProgramAlAnon, ProgramNotStated} }

// Valid reports whether p is a known program.
func (p Program) Valid() bool { return p == ProgramAA || p == ProgramAlAnon || p == ProgramNotStated }

// Attendance says how a meeting can be attended.
type Attendance string

// The ways to attend; the values are TSML's attendance_option words.
const (
	InPerson Attendance = "in_person"
	Online   Attendance = "online"
	Hybrid   Attendance = "hybrid"
	// Inactive is a meeting the list marks as not meeting for now (its
	// place is temporarily closed and it has no online link).
	Inactive Attendance = "inactive"
)

// Attendances lists the ways to attend, in the order a filter shows them.
func Attendances() []Attendance { return []Attendance{InPerson, Online, Hybrid, Inactive} }

// CanJoinOnline reports whether a meeting can be joined online.
func (a Attendance) CanJoinOnline() bool { return a == Online || a == Hybrid }

// CanAttendInPerson reports whether a meeting can be attended in person.
func (a Attendance) CanAttendInPerson() bool { return a == InPerson || a == Hybrid }

// Clock is a time of day: minutes after midnight, 0 to 1439.
type Clock int

// NoClock marks a missing time (a meeting by appointment, no end time).
const NoClock Clock = -1

// ClockOf returns the time of day h:m, or NoClock when out of range.
func ClockOf(h, m int) Clock {
	if h < 0 || h > 23 || m < 0 || m > 59 {
		return NoClock
	}
	return Clock(h*60 + m)
}

// Valid reports whether c is a time of day rather than NoClock.
func (c Clock) Valid() bool { return c >= 0 && c < 24*60 }

// Hour and Minute split a valid Clock.
func (c Clock) Hour() int   { return int(c) / 60 }
func (c Clock) Minute() int { return int(c) % 60 }

// String is c as 24-hour "HH:MM", or "" for NoClock.
func (c Clock) String() string {
	if !c.Valid() {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", c.Hour(), c.Minute())
}

// Meeting is one weekly meeting, from an imported list or added by hand.
// Strings are plain text (HTML entities decoded). A meeting without Days
// is by appointment and has no Start.
type Meeting struct {
	Slug    string // unique within its list; favourites are kept by slug
	Name    string
	Program Program // which code table Types use
	// Fellowship is the directory's id of the fellowship that holds the
	// meeting ("aa", "al-anon", "nar-anon"...): the list's program for an
	// imported meeting, the person's choice for their own.
	Fellowship string

	Days     []time.Weekday // sorted, no repeats; empty: by appointment
	Start    Clock          // NoClock when by appointment
	End      Clock          // NoClock when the list gives none
	TimeZone string         // IANA name; "" means the computer's zone

	Types      []string // codes as the list gives them (known codes in canonical case)
	Attendance Attendance

	Location    string // a building or landmark
	Address     string // the full address as one line
	City        string
	State       string
	PostalCode  string
	Country     string
	Region      string   // the most specific region
	Regions     []string // general to specific
	Lat, Lng    float64  // valid when HasCoords
	HasCoords   bool
	Approximate bool // the address is only approximate (typical of online meetings)

	Notes         string
	LocationNotes string
	Group         string
	GroupNotes    string

	ConferenceURL        string
	ConferenceURLNotes   string
	ConferencePhone      string
	ConferencePhoneNotes string

	URL            string // the meeting's page on the list's site
	FeedbackURL    string
	FeedbackEmails []string
	Updated        time.Time // zero when the list does not say

	// Where the meeting is kept, filled by the store: the feed it came
	// from, or the id of a meeting the person added (then FeedID is 0).
	FeedID int64
	MyID   int64
}

// ByAppointment reports whether the meeting has no weekly day and time.
func (m *Meeting) ByAppointment() bool { return len(m.Days) == 0 || !m.Start.Valid() }

// Format is the layout of a meeting list.
type Format string

// The layouts Parse reads.
const (
	FormatJSON Format = "json" // Meeting Guide JSON (and TSML's variants)
	FormatCSV  Format = "csv"  // the spreadsheet layout (TSML's import CSV)
	FormatBMLT Format = "bmlt" // a BMLT server's GetSearchResults JSON (NA and others)
)

// Valid reports whether f is a layout Parse reads.
func (f Format) Valid() bool { return f == FormatJSON || f == FormatCSV || f == FormatBMLT }

// DefaultLimit is the largest list read unless Options or Limits say
// otherwise: 100 MB, in the decimal megabytes the messages name, so that
// the limit people read is the limit applied.
const DefaultLimit int64 = 100 * 1000 * 1000

// Options tell Parse what the list cannot.
type Options struct {
	// Program is the code table to use. Empty: the Fellowship's own when
	// one is given, else told from the list's words and codes; when they
	// do not say clearly, ProgramNotStated (Result.ProgramDetected is then
	// false and Result.Evidence says what the list does say, so a screen
	// can ask and then call Result.Choose).
	Program Program
	// TimeZone (IANA) applies to meetings the list gives none for. Empty:
	// the computer's zone.
	TimeZone string
	// Limit is the largest list read, in bytes; 0 means DefaultLimit.
	Limit int64
	// Format forces a layout; empty means tell from the content.
	Format Format
	// Fellowship is the directory's id of the fellowship whose meetings
	// these are ("al-anon", "nar-anon", "aa", FellowshipNotStated...);
	// empty means the one told from the list, or the given Program's own.
	Fellowship string
}

// Result is what Parse made of a list.
type Result struct {
	Meetings []Meeting
	Skipped  []Skip
	Program  Program
	// Fellowship is the directory id every meeting was given: the one
	// chosen, the one the list's evidence points to, or
	// FellowshipNotStated.
	Fellowship string
	// ProgramDetected is true when Program and Fellowship were told from
	// the list's own evidence; false when they were given (Options,
	// Choose) or the evidence was not clear (then both are "not stated").
	ProgramDetected bool
	// Evidence is what the list says about whose meetings these are, for
	// a screen to show when it asks.
	Evidence  Evidence
	Format    Format
	TimeZone  string     // the zone applied to meetings without one ("" = the computer's)
	Updated   time.Time  // the newest meeting's Updated, zero when none says
	listTypes [][]string // each meeting's codes before a program's table was applied, for Choose
	chosen    bool       // the fellowship or program was given (Options, Choose), not told from the list
}

// Skip is one record Parse left out, and why.
type Skip struct {
	Record int    // 1-based: the array element, or the CSV data row
	Slug   string // as the list gave them, when it did
	Name   string
	Reason SkipReason
}

// SkipReason says why a record was left out; the screens translate it
// with SkipMessage.
type SkipReason int

// The reasons a record is skipped.
const (
	SkipNotAMeeting SkipReason = iota + 1 // not an object (a number, a string, an array...)
	SkipNoName                            // no name
	SkipRepeated                          // the same meeting as an earlier record (same id, name, days, time and place)
	SkipBadDay                            // a day that is not Sunday to Saturday
	SkipBadTime                           // a start time that is not a time of day
	SkipNoTime                            // a day but no start time
	SkipTooLong                           // a field longer than MaxField
)

// MaxField bounds one text field of a meeting (64 KiB); a record with a
// longer one is skipped.
const MaxField = 64 << 10

// Limits bound a download.
type Limits struct {
	MaxBytes     int64         // 0: DefaultLimit
	Timeout      time.Duration // the whole download; 0: DefaultTimeout
	MaxRedirects int           // 0: DefaultRedirects; negative: none followed
}

// Defaults for Fetch.
const (
	DefaultTimeout   = 60 * time.Second
	DefaultRedirects = 3
)
