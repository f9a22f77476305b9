package meetings

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// ErrNoSchedule means a meeting by appointment has no weekly event to write.
var ErrNoSchedule = errors.New("meetings: the meeting has no weekly day and time")

// WriteICS writes m as an iCalendar (RFC 5545) file: one weekly event
// from its next start after now, repeating on each of its days, in its
// time zone (described by a VTIMEZONE) so calendars keep it at its hour
// across summer time. local is the zone of a meeting without one (nil:
// the computer's); when that zone has no IANA name the times are written
// floating (the calendar's own zone). A meeting by appointment is
// ErrNoSchedule.
func WriteICS(w io.Writer, m *Meeting, now time.Time, local *time.Location) error {
	start, ok := NextStart(m, now, local)
	if !ok {
		return ErrNoSchedule
	}
	loc := start.Location()
	tzid := zoneName(loc)
	iw := &icsWriter{w: bufio.NewWriter(w)}
	iw.line("BEGIN:VCALENDAR")
	iw.line("VERSION:2.0")
	iw.line("PRODID:-//Alongside//Meetings//EN")
	iw.line("CALSCALE:GREGORIAN")
	iw.line("METHOD:PUBLISH")
	if tzid != "" {
		writeVTimezone(iw, loc, tzid, start.Year())
	}
	writeEvent(iw, m, start, tzid, now)
	iw.line("END:VCALENDAR")
	if iw.err != nil {
		return iw.err
	}
	return iw.w.Flush()
}

func writeEvent(iw *icsWriter, m *Meeting, start time.Time, tzid string, now time.Time) {
	iw.line("BEGIN:VEVENT")
	iw.line("UID:" + escapeICS(m.Slug) + "@meetings.alongside.invalid")
	iw.line("DTSTAMP:" + now.UTC().Format("20060102T150405Z"))
	iw.line(timeProp("DTSTART", start, tzid))
	iw.line(timeProp("DTEND", start.Add(duration(m)), tzid))
	iw.line("RRULE:FREQ=WEEKLY;BYDAY=" + byDays(m.Days))
	iw.line("SUMMARY:" + escapeICS(m.Name))
	if place := joinAddress(m.Location, m.Address); place != "" {
		iw.line("LOCATION:" + escapeICS(place))
	}
	if m.HasCoords {
		iw.line(fmt.Sprintf("GEO:%.6f;%.6f", m.Lat, m.Lng))
	}
	if d := description(m); d != "" {
		iw.line("DESCRIPTION:" + escapeICS(d))
	}
	if u := firstNonEmpty(m.ConferenceURL, m.URL); strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		iw.line("URL:" + u)
	}
	iw.line("END:VEVENT")
}

// duration is the meeting's length: to its end time (past midnight if
// need be), else one hour as the spec says.
func duration(m *Meeting) time.Duration {
	if !m.End.Valid() || m.End == m.Start {
		return time.Hour
	}
	mins := int(m.End) - int(m.Start)
	if mins < 0 {
		mins += 24 * 60
	}
	return time.Duration(mins) * time.Minute
}

var icsDays = [7]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

func byDays(ds []time.Weekday) string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = icsDays[d]
	}
	return strings.Join(out, ",")
}

func timeProp(name string, t time.Time, tzid string) string {
	if tzid == "" {
		return name + ":" + t.Format("20060102T150405")
	}
	return name + ";TZID=" + tzid + ":" + t.Format("20060102T150405")
}

// description gathers the notes and how to join online.
func description(m *Meeting) string {
	var parts []string
	for _, s := range []string{m.Notes, m.LocationNotes, m.ConferenceURL, m.ConferenceURLNotes, m.ConferencePhone, m.ConferencePhoneNotes} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// escapeICS escapes a TEXT value.
func escapeICS(s string) string {
	return icsEscaper.Replace(strings.ReplaceAll(s, "\r\n", "\n"))
}

var icsEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`, "\r", `\n`)

// zoneName is loc's IANA name, or "" when it has none (the computer's
// zone when Go knows it only as "Local" and it cannot be found out).
func zoneName(loc *time.Location) string {
	if name := loc.String(); name != "Local" {
		if name == "UTC" {
			return "Etc/UTC"
		}
		return name
	}
	if tz := os.Getenv("TZ"); tz != "" {
		if _, err := loadZone(strings.TrimPrefix(tz, ":")); err == nil {
			return strings.TrimPrefix(tz, ":")
		}
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			if name := filepath.ToSlash(target[i+len("zoneinfo/"):]); name != "" {
				if _, err := loadZone(name); err == nil {
					return name
				}
			}
		}
	}
	return ""
}

// icsWriter writes content lines with CRLF, folded at 75 octets without
// splitting a character.
type icsWriter struct {
	w   *bufio.Writer
	err error
}

func (iw *icsWriter) line(s string) {
	if iw.err != nil {
		return
	}
	first := true
	for len(s) > 0 {
		max := 75
		if !first {
			max = 74 // the leading space counts
			iw.w.WriteByte(' ')
		}
		cut := min(len(s), max)
		for cut < len(s) && cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		iw.w.WriteString(s[:cut])
		_, iw.err = iw.w.WriteString("\r\n")
		s, first = s[cut:], false
	}
}
