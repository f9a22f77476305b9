package store

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/alongside-app/alongside/internal/meetings"
)

// codecSample is a meeting with every field set, for seeds.
func codecSample() meetings.Meeting {
	return meetingFromParts("slug|Name|al-anon|al-anon|America/Denver|hybrid|O|C|Hall|1 Main St|Town|CA|98765|US|Downtown|North|Downtown|notes|loc notes|Group|group notes|https://zoom.us/j/1|code 1|+1 555|pin|https://example.org|https://example.org/f|x@example.org",
		[]byte{1, 3}, 19*60, 20*60, 42.5, -71.25, 3, time.Date(2023, 8, 29, 15, 56, 59, 0, time.UTC).UnixNano())
}

// meetingFromParts builds a meeting the parser could make. Its string
// fields, and two items for each list field, are taken in field order
// from parts split at "|" (missing parts are empty; empty items are left
// out, and an empty list is nil); days are taken modulo 7; times are a
// valid clock or NoClock; updated 0 is no time.
func meetingFromParts(parts string, days []byte, start, end int, lat, lng float64, flags byte, updated int64) meetings.Meeting {
	var m meetings.Meeting
	p := strings.Split(parts, "|")
	next := func() string {
		if len(p) == 0 {
			return ""
		}
		s := p[0]
		p = p[1:]
		return s
	}
	rv := reflect.ValueOf(&m).Elem()
	for i := range rv.NumField() {
		f := rv.Field(i)
		switch {
		case f.Kind() == reflect.String:
			f.SetString(next())
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
			var l []string
			for _, s := range []string{next(), next()} {
				if s != "" {
					l = append(l, s)
				}
			}
			f.Set(reflect.ValueOf(l))
		}
	}
	for _, d := range days {
		m.Days = append(m.Days, time.Weekday(d%7))
	}
	clock := func(x int) meetings.Clock { return meetings.Clock((x%1441+1441)%1441 - 1) } // -1 (NoClock) to 1439
	m.Start, m.End = clock(start), clock(end)
	m.Lat, m.Lng, m.HasCoords, m.Approximate = lat, lng, flags&1 != 0, flags&2 != 0
	if updated != 0 {
		m.Updated = time.Unix(0, updated).UTC()
	}
	return m
}

// FuzzDecodeMeeting: any bytes decode without panicking, and what
// decodes encodes and decodes again to the same meeting.
func FuzzDecodeMeeting(f *testing.F) {
	m := codecSample()
	enc := appendMeeting(nil, &m)
	empty := appendMeeting(nil, &meetings.Meeting{Start: meetings.NoClock, End: meetings.NoClock})
	for _, b := range [][]byte{
		nil, {}, {codecVersion}, {codecVersion + 1}, enc, empty, enc[:len(enc)/2], append(bytes.Clone(enc), 0),
		{codecVersion, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, // a length that overflows
	} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := decodeMeeting(b)
		if err != nil {
			return
		}
		for _, d := range m.Days {
			if d < time.Sunday || d > time.Saturday {
				t.Fatalf("decoded day %d", d)
			}
		}
		enc := appendMeeting(nil, &m)
		again, err := decodeMeeting(enc)
		if err != nil {
			t.Fatalf("a decoded meeting does not decode once encoded: %v", err)
		}
		if !bytes.Equal(appendMeeting(nil, &again), enc) {
			t.Fatalf("decode, encode, decode changed the meeting:\n %+v\n %+v", m, again)
		}
	})
}

// FuzzMeetingCodecRoundTrip: a meeting encodes and decodes to itself.
func FuzzMeetingCodecRoundTrip(f *testing.F) {
	f.Add("slug|Name|al-anon", []byte{0, 6}, 19*60, -1, 42.5, -71.25, byte(1), int64(1693324619000000000))
	f.Add("", []byte{}, -1, -1, 0.0, 0.0, byte(0), int64(0))
	f.Add("é|\x00|\xff\xfe|||||", []byte{7, 255}, 1439, 1440, math.Inf(-1), math.NaN(), byte(255), int64(-1))
	f.Add(strings.Repeat("x|", 40), []byte{3, 3, 3}, 1<<40, -(1 << 40), -90.0, 180.0, byte(2), int64(math.MaxInt64))
	f.Fuzz(func(t *testing.T, parts string, days []byte, start, end int, lat, lng float64, flags byte, updated int64) {
		m := meetingFromParts(parts, days, start, end, lat, lng, flags, updated)
		enc := appendMeeting(nil, &m)
		got, err := decodeMeeting(enc)
		if err != nil {
			t.Fatalf("%v: %+v", err, m)
		}
		// Coordinates compare as bits (NaN is not equal to itself).
		if math.Float64bits(got.Lat) != math.Float64bits(m.Lat) || math.Float64bits(got.Lng) != math.Float64bits(m.Lng) {
			t.Fatalf("coordinates %v,%v became %v,%v", m.Lat, m.Lng, got.Lat, got.Lng)
		}
		got.Lat, got.Lng, m.Lat, m.Lng = 0, 0, 0, 0
		if !reflect.DeepEqual(got, m) {
			t.Fatalf("\n got %+v\nwant %+v", got, m)
		}
	})
}

// TestDecodeMeetingRefusesImpossibleValues: a day past Saturday, a time
// past 23:59 or a list longer than the bytes left is damage, not a meeting.
func TestDecodeMeetingRefusesImpossibleValues(t *testing.T) {
	good := codecSample()
	for name, change := range map[string]func(*meetings.Meeting){
		"day 7":      func(m *meetings.Meeting) { m.Days = []time.Weekday{1, 7} },
		"start 1440": func(m *meetings.Meeting) { m.Start = 1440 },
		"end -2":     func(m *meetings.Meeting) { m.End = -2 },
	} {
		m := good
		change(&m)
		if _, err := decodeMeeting(appendMeeting(nil, &m)); err == nil {
			t.Errorf("%s decoded", name)
		}
	}
	// A types list that claims more items than there are bytes left,
	// followed by the rest of a good meeting.
	m := good
	m.Types = nil
	plain := appendMeeting(nil, &m)
	m.Types = []string{""}
	one := appendMeeting(nil, &m)
	at := 0
	for plain[at] == one[at] {
		at++
	}
	damaged := append(append(bytes.Clone(plain[:at]), 0xff, 0xff, 0x01), plain[at+1:]...) // 32,767 items
	if _, err := decodeMeeting(damaged); err == nil {
		t.Error("a list longer than the bytes left decoded")
	}
}
