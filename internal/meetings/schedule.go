package meetings

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// dayNames are the day names lists use, in English and Spanish, full and
// short, folded.
var dayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday, "domingo": time.Sunday, "dom": time.Sunday,
	"monday": time.Monday, "mon": time.Monday, "lunes": time.Monday, "lun": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday, "martes": time.Tuesday, "mar": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "miercoles": time.Wednesday, "mie": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "jueves": time.Thursday, "jue": time.Thursday,
	"friday": time.Friday, "fri": time.Friday, "viernes": time.Friday, "vie": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday, "sabado": time.Saturday, "sab": time.Saturday,
}

// ParseDay reads one day: 0 (Sunday) to 6 (Saturday), or a day's name in
// English or Spanish, full or short, in any case and with or without accents.
func ParseDay(s string) (time.Weekday, bool) {
	s = strings.TrimSuffix(fold(strings.TrimSpace(s)), ".")
	if n, err := strconv.Atoi(s); err == nil {
		if n < 0 || n > 6 {
			return 0, false
		}
		return time.Weekday(n), true
	}
	d, ok := dayNames[s]
	return d, ok
}

// parseDays reads a day field's items: sorted, without repeats. No items
// means by appointment; one that is not a day makes ok false.
func parseDays(items []string) ([]time.Weekday, bool) {
	var seen [7]bool
	n := 0
	for _, it := range items {
		d, ok := ParseDay(it)
		if !ok {
			return nil, false
		}
		if !seen[d] {
			seen[d] = true
			n++
		}
	}
	if n == 0 {
		return nil, true
	}
	out := make([]time.Weekday, 0, n)
	for d, ok := range seen {
		if ok {
			out = append(out, time.Weekday(d))
		}
	}
	return out, true
}

// ParseClock reads a time of day: 24-hour "19:30" (also "7:30", "19.30",
// "1930", "19:30:00") or 12-hour "7:30 PM" ("7:30pm", "7 p.m."), and
// "noon" and "midnight". Empty gives NoClock and true; anything else
// unreadable NoClock and false.
func ParseClock(s string) (Clock, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "":
		return NoClock, true
	case "noon":
		return ClockOf(12, 0), true
	case "midnight":
		return ClockOf(0, 0), true
	}
	s, half := cutMeridiem(s)
	h, m, ok := splitClock(s)
	if !ok {
		return NoClock, false
	}
	switch {
	case half == "" && h == 24 && m == 0:
		h = 0
	case half != "" && (h < 1 || h > 12):
		return NoClock, false
	case half == "am" && h == 12:
		h = 0
	case half == "pm" && h < 12:
		h += 12
	}
	c := ClockOf(h, m)
	return c, c != NoClock
}

// cutMeridiem removes a trailing AM or PM (any case, dots or spaces).
func cutMeridiem(s string) (string, string) {
	t := strings.TrimRight(strings.ReplaceAll(s, ".", ""), " ")
	for _, half := range []string{"am", "pm"} {
		if strings.HasSuffix(t, half) {
			return strings.TrimSpace(strings.TrimSuffix(t, half)), half
		}
		if strings.HasSuffix(t, half[:1]) && len(t) > 1 && (t[len(t)-2] >= '0' && t[len(t)-2] <= '9' || t[len(t)-2] == ' ') {
			return strings.TrimSpace(t[:len(t)-1]), half
		}
	}
	return s, ""
}

// splitClock reads "H", "H:MM", "H.MM", "HMM", "HHMM" or "H:MM:SS".
func splitClock(s string) (int, int, bool) {
	hs, ms, found := strings.Cut(s, ":")
	if !found {
		hs, ms, found = strings.Cut(s, ".")
	}
	if !found && len(s) >= 3 && len(s) <= 4 {
		hs, ms = s[:len(s)-2], s[len(s)-2:]
	}
	if mins, secs, ok := strings.Cut(ms, ":"); ok {
		if n, err := strconv.Atoi(secs); err != nil || len(secs) != 2 || n > 59 {
			return 0, 0, false
		}
		ms = mins
	}
	h, err1 := strconv.Atoi(hs)
	m := 0
	var err2 error
	if ms != "" || found {
		if len(ms) != 2 {
			return 0, 0, false
		}
		m, err2 = strconv.Atoi(ms)
	}
	if err1 != nil || err2 != nil || len(hs) == 0 || len(hs) > 2 {
		return 0, 0, false
	}
	return h, m, true
}

// updatedLayouts are the forms "updated" takes: the spec's UTC
// "2006-01-02 15:04:05", RFC 3339, a date, and a US-style "1/2/2006 3:04:05 PM".
var updatedLayouts = []string{
	"2006-01-02 15:04:05", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02",
	"1/2/2006 3:04:05 PM", "1/2/2006 15:04:05", "1/2/2006",
}

// parseUpdated reads an "updated" value as UTC, or the zero time. A date
// before 1970 or after 2200 is a placeholder or a typo ("0000-00-00",
// "9999-12-31"), and the store could not keep it in Unix nanoseconds.
func parseUpdated(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range updatedLayouts {
		if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
			if t.Unix() <= 0 || t.Year() > 2200 {
				return time.Time{}
			}
			return t
		}
	}
	return time.Time{}
}

var (
	zonesMu sync.Mutex
	zones   = map[string]*time.Location{}
)

// loadZone loads an IANA time zone once; "Local" is refused (it is no
// place).
func loadZone(name string) (*time.Location, error) {
	zonesMu.Lock()
	defer zonesMu.Unlock()
	if loc, ok := zones[name]; ok {
		return loc, nil
	}
	if name == "" || name == "Local" || strings.ContainsAny(name, " \\") || len(name) > 64 {
		return nil, ErrBadTimeZone
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	zones[name] = loc
	return loc, nil
}

// Location is the time zone of m: its own, else local (the zone the
// person chose at import, or the computer's when nil).
func Location(m *Meeting, local *time.Location) *time.Location {
	if m.TimeZone != "" {
		if loc, err := loadZone(m.TimeZone); err == nil {
			return loc
		}
	}
	if local == nil {
		return time.Local
	}
	return local
}
