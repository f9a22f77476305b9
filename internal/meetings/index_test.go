package meetings

import (
	"math"
	"slices"
	"testing"
	"time"
)

func testMeetings() []Meeting {
	ny := "America/New_York"
	return []Meeting{
		{Slug: "tue-eve", Name: "Tuesday Hope", Program: ProgramAlAnon, Fellowship: FellowshipAlAnon, Days: []time.Weekday{2}, Start: ClockOf(19, 0), End: NoClock,
			TimeZone: ny, Attendance: Online, Types: []string{"O", "ONL"}, City: "Boston", PostalCode: "02108", Lat: 42.3588, Lng: -71.0707, HasCoords: true},
		{Slug: "tue-morn", Name: "Café Serenidad", Program: ProgramAlAnon, Fellowship: FellowshipAlAnon, Days: []time.Weekday{2}, Start: ClockOf(9, 0), End: NoClock,
			TimeZone: ny, Attendance: InPerson, Types: []string{"C", "S", "Y"}, City: "Cambridge", Notes: "Entrada por la puerta lateral", Lat: 42.3736, Lng: -71.1097, HasCoords: true},
		{Slug: "wed-hybrid", Name: "Midweek", Program: ProgramAA, Fellowship: FellowshipAA, Days: []time.Weekday{3, 5}, Start: ClockOf(18, 30), End: NoClock,
			TimeZone: ny, Attendance: Hybrid, Types: []string{"AL-AN"}, City: "Worcester", Region: "Central", Lat: 42.2626, Lng: -71.8023, HasCoords: true},
		{Slug: "appt", Name: "By appointment", Program: ProgramAA, Fellowship: FellowshipAA, Start: NoClock, End: NoClock, Attendance: InPerson, City: "Boston"},
		{Slug: "closed", Name: "Closed for now", Program: ProgramAA, Fellowship: FellowshipAA, Days: []time.Weekday{2}, Start: ClockOf(20, 0), End: NoClock, TimeZone: ny, Attendance: Inactive},
	}
}

func slugsOf(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Meeting.Slug)
	}
	return out
}

func TestSearch(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	now := time.Date(2026, 3, 3, 12, 0, 0, 0, ny) // a Tuesday, noon in Boston
	ix := NewIndex(testMeetings())
	boston, ok := ix.Place("boston")
	if !ok || math.Abs(boston.Lat-42.3588) > 1e-9 {
		t.Fatalf("Place(boston) = %+v %v", boston, ok)
	}
	cases := []struct {
		name string
		q    Query
		want []string
	}{
		{"everything, soonest first, appointments last", Query{}, []string{"tue-eve", "closed", "wed-hybrid", "tue-morn", "appt"}},
		{"Tuesday", Query{Days: []time.Weekday{2}}, []string{"tue-eve", "closed", "tue-morn"}},
		{"evening", Query{From: ClockOf(18, 0)}, []string{"tue-eve", "closed", "wed-hybrid"}},
		{"morning", Query{Before: ClockOf(12, 0)}, []string{"tue-morn"}},
		{"later today", Query{FromNow: true}, []string{"tue-eve", "closed"}},
		{"can join online", Query{Attendance: []Attendance{Online, Hybrid}}, []string{"tue-eve", "wed-hybrid"}},
		{"in person", Query{Attendance: []Attendance{InPerson, Hybrid}}, []string{"wed-hybrid", "tue-morn", "appt"}},
		{"accent-insensitive text", Query{Text: "CAFE serenidad"}, []string{"tue-morn"}},
		{"text in notes", Query{Text: "puerta"}, []string{"tue-morn"}},
		{"text in region", Query{Text: "central"}, []string{"wed-hybrid"}},
		{"Al-Anon, with AA concurrent", Query{Fellowship: FellowshipAlAnon}, []string{"tue-eve", "wed-hybrid", "tue-morn"}},
		{"Alateen", Query{Fellowship: FellowshipAlateen}, []string{"tue-morn"}},
		{"type", Query{Types: []string{"onl"}}, []string{"tue-eve"}},
		{"language", Query{Language: "es"}, []string{"tue-morn"}},
		{"favourites", Query{Slugs: map[string]bool{"appt": true, "tue-eve": true}}, []string{"tue-eve", "appt"}},
		{"within 10 km of Boston, nearest first", Query{Near: &boston, WithinKm: 10, Sort: ByDistance}, []string{"tue-eve", "tue-morn"}},
		{"by distance, unknown last", Query{Near: &boston, Sort: ByDistance, Days: []time.Weekday{2, 3}}, []string{"tue-eve", "tue-morn", "wed-hybrid", "closed"}},
		{"Al-Anon online on Tuesday evening", Query{Fellowship: FellowshipAlAnon, Attendance: []Attendance{Online, Hybrid}, Days: []time.Weekday{2}, From: ClockOf(17, 0)}, []string{"tue-eve"}},
	}
	for _, c := range cases {
		c.q.Now, c.q.Local = now, ny
		if got := slugsOf(ix.Search(c.q)); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	hits := ix.Search(Query{Now: now, Near: &boston, Sort: ByDistance})
	if hits[0].DistanceKm != 0 || math.Abs(hits[1].DistanceKm-3.6) > 0.3 {
		t.Errorf("distances %v %v", hits[0].DistanceKm, hits[1].DistanceKm)
	}
	if m, ok := ix.Meeting("wed-hybrid"); !ok || m.Name != "Midweek" {
		t.Errorf("Meeting by slug: %v", ok)
	}
}

func TestPlaces(t *testing.T) {
	ix := NewIndex(testMeetings())
	for _, s := range []string{"42.36,-71.06", "42.36 -71.06", "02108", "CAMBRIDGE", "central"} {
		if _, ok := ix.Place(s); !ok {
			t.Errorf("Place(%q) not found", s)
		}
	}
	for _, s := range []string{"Atlantis", "91,0", ""} {
		if p, ok := ix.Place(s); ok {
			t.Errorf("Place(%q) = %+v", s, p)
		}
	}
	if names := ix.PlaceNames(); !slices.Contains(names, "Boston") || !slices.Contains(names, "02108") {
		t.Errorf("names %v", names)
	}
	if d := DistanceKm(40.7128, -74.0060, 51.5074, -0.1278); math.Abs(d-5570) > 10 {
		t.Errorf("New York to London %v km", d)
	}
}

func TestNextStart(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	m := Meeting{Days: []time.Weekday{time.Sunday}, Start: ClockOf(10, 0), TimeZone: "America/New_York"}
	// Saturday before the spring change: the next start is 10:00 EDT on Sunday.
	sat := time.Date(2026, 3, 7, 12, 0, 0, 0, ny)
	next, ok := NextStart(&m, sat, nil)
	if !ok || !next.Equal(time.Date(2026, 3, 8, 10, 0, 0, 0, ny)) {
		t.Errorf("NextStart = %v", next)
	}
	if z := newZoneNow(sat, ny); z.stable || !z.next(&m).Equal(next) {
		t.Errorf("zone cache: stable %v next %v", z.stable, z.next(&m))
	}
	// On the day, after the start: next week.
	if next, _ := NextStart(&m, time.Date(2026, 3, 8, 10, 1, 0, 0, ny), nil); next.Day() != 15 {
		t.Errorf("after the start: %v", next)
	}
	// Shown on a Madrid clock, it differs; on New York's, it does not.
	mad := mustZone(t, "Europe/Madrid")
	if u, differs := InZone(next, mad); !differs || u.Hour() != 15 {
		t.Errorf("InZone Madrid %v %v", u, differs)
	}
	if _, differs := InZone(next, ny); differs {
		t.Error("InZone New York differs")
	}
	// The fast path agrees with NextStart over a week of moments.
	ms := testMeetings()
	for h := 0; h < 7*24; h += 5 {
		at := time.Date(2026, 6, 1, h, 17, 0, 0, ny)
		z := newZoneNow(at, ny)
		for i := range ms {
			if ms[i].ByAppointment() {
				continue
			}
			want, _ := NextStart(&ms[i], at, nil)
			if got := z.next(&ms[i]); !got.Equal(want) {
				t.Fatalf("%s at %v: %v, want %v", ms[i].Slug, at, got, want)
			}
		}
	}
}
