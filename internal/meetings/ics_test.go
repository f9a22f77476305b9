package meetings

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
)

// TestICSParsesBack writes meetings in zones with and without summer time
// and reads them back with a calendar parser (arran4/golang-ical).
func TestICSParsesBack(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		zone      string
		wantStart time.Time
		observe   int // VTIMEZONE observances
	}{
		{"America/New_York", time.Date(2026, 3, 3, 19, 30, 0, 0, mustZone(t, "America/New_York")), 2},
		{"Europe/Madrid", time.Date(2026, 3, 3, 19, 30, 0, 0, mustZone(t, "Europe/Madrid")), 2},
		{"Asia/Tokyo", time.Date(2026, 3, 3, 19, 30, 0, 0, mustZone(t, "Asia/Tokyo")), 1},
	}
	for _, c := range cases {
		m := Meeting{
			Slug: "hope-2", Name: "Hope, Courage; Serenity", Days: []time.Weekday{time.Tuesday, time.Thursday},
			Start: ClockOf(19, 30), End: ClockOf(21, 0), TimeZone: c.zone, Location: "St. Mark's", Address: "1 Main St, Anytown",
			Notes: "Side door\nupstairs " + strings.Repeat("ñ", 60), ConferenceURL: "https://zoom.us/j/1", HasCoords: true, Lat: 40.7, Lng: -74,
		}
		var b bytes.Buffer
		if err := WriteICS(&b, &m, now, nil); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\r\n"), "\r\n") {
			if len(line) > 75 || strings.Contains(line, "\n") {
				t.Fatalf("%s: line of %d octets or a bare LF: %q", c.zone, len(line), line)
			}
		}
		cal, err := ics.ParseCalendar(&b)
		if err != nil {
			t.Fatalf("%s: %v\n%s", c.zone, err, b.String())
		}
		events := cal.Events()
		if len(events) != 1 || len(cal.Timezones()) != 1 {
			t.Fatalf("%s: %d events, %d zones", c.zone, len(events), len(cal.Timezones()))
		}
		ev := events[0]
		start, err := ev.GetStartAt()
		if err != nil || !start.Equal(c.wantStart) {
			t.Errorf("%s: start %v %v, want %v", c.zone, start, err, c.wantStart)
		}
		end, err := ev.GetEndAt()
		if err != nil || end.Sub(start) != 90*time.Minute {
			t.Errorf("%s: end %v %v", c.zone, end, err)
		}
		prop := func(p ics.ComponentProperty) string {
			if v := ev.GetProperty(p); v != nil {
				return v.Value
			}
			return ""
		}
		if got := prop(ics.ComponentPropertyRrule); got != "FREQ=WEEKLY;BYDAY=TU,TH" {
			t.Errorf("%s: RRULE %q", c.zone, got)
		}
		if got := prop(ics.ComponentPropertySummary); got != "Hope, Courage; Serenity" {
			t.Errorf("%s: SUMMARY %q", c.zone, got)
		}
		if got := prop(ics.ComponentPropertyDescription); !strings.HasSuffix(got, strings.Repeat("ñ", 60)+"\nhttps://zoom.us/j/1") {
			t.Errorf("%s: DESCRIPTION folded wrong: %q", c.zone, got)
		}
		if tz := cal.Timezones()[0]; tz.GetProperty(ics.ComponentPropertyTzid).Value != c.zone || len(tz.Components) != c.observe {
			t.Errorf("%s: VTIMEZONE %+v", c.zone, tz)
		}
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no zone data: %v", err)
	}
	return loc
}

func TestVTimezoneRulesMatchGo(t *testing.T) {
	for _, zone := range []string{"America/New_York", "Europe/Madrid", "Australia/Sydney", "America/Santiago", "Asia/Tehran", "Africa/Casablanca", "America/Mexico_City"} {
		loc := mustZone(t, zone)
		from := time.Date(2026, 1, 1, 0, 0, 0, 0, loc)
		ts := transitionsIn(loc, from, from.AddDate(1, 0, 0))
		all := transitionsIn(loc, from, from.AddDate(ruleYears, 0, 0))
		if !rulesHold(ts, all) {
			continue // written as a list of changes, which is exact
		}
		for _, tr := range all {
			l := localBefore(tr)
			if l.Month() != localBefore(ts[0]).Month() && l.Month() != localBefore(ts[len(ts)-1]).Month() {
				t.Errorf("%s: change %v in an unexpected month", zone, tr.at)
			}
		}
	}
}

func TestICSRefusesAppointments(t *testing.T) {
	m := Meeting{Slug: "x", Name: "X", Start: NoClock, End: NoClock}
	if err := WriteICS(&bytes.Buffer{}, &m, time.Now(), nil); !errors.Is(err, ErrNoSchedule) {
		t.Errorf("%v", err)
	}
}

func TestICSEndPastMidnightAndFloating(t *testing.T) {
	m := Meeting{Slug: "late", Name: "Late", Days: []time.Weekday{time.Friday}, Start: ClockOf(23, 30), End: ClockOf(0, 30)}
	if d := duration(&m); d != time.Hour {
		t.Errorf("duration %v", d)
	}
	var b bytes.Buffer
	if err := WriteICS(&b, &m, time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC), time.FixedZone("", 3600)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\r\nDTSTART:20260306T233000\r\n") || strings.Contains(b.String(), "VTIMEZONE") {
		t.Errorf("a zone without a name should give floating times:\n%s", b.String())
	}
}
