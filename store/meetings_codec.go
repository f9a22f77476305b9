package store

import (
	"encoding/binary"
	"errors"
	"math"
	"time"

	"github.com/alongside-app/alongside/internal/meetings"
)

// An imported meeting is stored as one value in a compact encoding
// rather than JSON: importing 50,000 meetings must stay within twice the
// time of decoding their JSON (docs/design.md), and reflection-based JSON is
// most of that. The encoding starts with a version byte; strings and
// lists are length-prefixed, numbers varints, coordinates float64 bits.
// A test holds that every field of meetings.Meeting round-trips.

const codecVersion = 1

var errCodec = errors.New("store: a stored meeting does not decode")

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendList(b []byte, l []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(l)))
	for _, s := range l {
		b = appendString(b, s)
	}
	return b
}

// appendMeeting appends m's encoding (without FeedID and MyID, which are
// where it is kept).
func appendMeeting(b []byte, m *meetings.Meeting) []byte {
	b = append(b, codecVersion)
	for _, s := range []string{m.Slug, m.Name, string(m.Program), m.Fellowship, m.TimeZone, string(m.Attendance)} {
		b = appendString(b, s)
	}
	b = binary.AppendUvarint(b, uint64(len(m.Days)))
	for _, d := range m.Days {
		b = append(b, byte(d))
	}
	b = binary.AppendVarint(b, int64(m.Start))
	b = binary.AppendVarint(b, int64(m.End))
	b = appendList(b, m.Types)
	for _, s := range []string{m.Location, m.Address, m.City, m.State, m.PostalCode, m.Country, m.Region} {
		b = appendString(b, s)
	}
	b = appendList(b, m.Regions)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(m.Lat))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(m.Lng))
	b = append(b, flags(m.HasCoords, m.Approximate))
	for _, s := range []string{m.Notes, m.LocationNotes, m.Group, m.GroupNotes, m.ConferenceURL, m.ConferenceURLNotes,
		m.ConferencePhone, m.ConferencePhoneNotes, m.URL, m.FeedbackURL} {
		b = appendString(b, s)
	}
	b = appendList(b, m.FeedbackEmails)
	var updated int64
	if !m.Updated.IsZero() {
		updated = m.Updated.UnixNano()
	}
	return binary.AppendVarint(b, updated)
}

func flags(bs ...bool) byte {
	var f byte
	for i, b := range bs {
		if b {
			f |= 1 << i
		}
	}
	return f
}

// decoder reads an encoding; the first problem sticks.
type decoder struct {
	b   []byte
	bad bool
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.b)) {
		d.bad, d.b = true, nil
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) str() string { return string(d.bytes(d.uvarint())) }

func (d *decoder) list() []string {
	n := d.uvarint()
	if n > uint64(len(d.b)) { // each item takes at least its length byte
		d.bad, d.b = true, nil
	}
	if n == 0 || d.bad {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) float() float64 {
	b := d.bytes(8)
	if len(b) < 8 {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}

func (d *decoder) strs(dst ...*string) {
	for _, p := range dst {
		*p = d.str()
	}
}

// decodeMeeting reads what appendMeeting wrote.
func decodeMeeting(b []byte) (meetings.Meeting, error) {
	var m meetings.Meeting
	if len(b) == 0 || b[0] != codecVersion {
		return m, errCodec
	}
	d := &decoder{b: b[1:]}
	var program, attendance string
	d.strs(&m.Slug, &m.Name, &program, &m.Fellowship, &m.TimeZone, &attendance)
	m.Program, m.Attendance = meetings.Program(program), meetings.Attendance(attendance)
	for _, day := range d.bytes(d.uvarint()) {
		m.Days = append(m.Days, time.Weekday(day))
	}
	m.Start, m.End = meetings.Clock(d.varint()), meetings.Clock(d.varint())
	m.Types = d.list()
	d.strs(&m.Location, &m.Address, &m.City, &m.State, &m.PostalCode, &m.Country, &m.Region)
	m.Regions = d.list()
	m.Lat, m.Lng = d.float(), d.float()
	if f := d.bytes(1); len(f) == 1 {
		m.HasCoords, m.Approximate = f[0]&1 != 0, f[0]&2 != 0
	}
	d.strs(&m.Notes, &m.LocationNotes, &m.Group, &m.GroupNotes, &m.ConferenceURL, &m.ConferenceURLNotes,
		&m.ConferencePhone, &m.ConferencePhoneNotes, &m.URL, &m.FeedbackURL)
	m.FeedbackEmails = d.list()
	if u := d.varint(); u != 0 {
		m.Updated = time.Unix(0, u).UTC()
	}
	if d.bad || len(d.b) != 0 || !validSchedule(&m) {
		return meetings.Meeting{}, errCodec
	}
	return m, nil
}

// validSchedule refuses a day or time no meeting has, as damage: search
// and the calendar look days up in arrays of seven.
func validSchedule(m *meetings.Meeting) bool {
	for _, d := range m.Days {
		if d > time.Saturday {
			return false
		}
	}
	return (m.Start == meetings.NoClock || m.Start.Valid()) && (m.End == meetings.NoClock || m.End.Valid())
}
