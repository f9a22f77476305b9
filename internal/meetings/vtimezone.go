package meetings

import (
	"fmt"
	"time"
)

// A VTIMEZONE tells a calendar a zone's offsets. Go's zone data lists
// transitions, not rules, so the rule is worked out from the start year's
// transitions ("the second Sunday of March") and checked against the next
// ten years; a zone whose changes follow no such rule gets each change of
// those years listed instead.

// transition is one change of offset.
type transition struct {
	at       time.Time // the instant
	from, to int       // offsets in seconds east of UTC
	name     string    // the abbreviation after it
	dst      bool      // summer time after it
}

const ruleYears = 10

// transitionsIn lists loc's changes of offset in [from, to).
func transitionsIn(loc *time.Location, from, to time.Time) []transition {
	var out []transition
	t := from.In(loc)
	for {
		_, end := t.ZoneBounds()
		if end.IsZero() || !end.Before(to) {
			return out
		}
		_, before := end.Add(-time.Second).Zone()
		name, after := end.Zone()
		out = append(out, transition{at: end, from: before, to: after, name: name, dst: end.IsDST()})
		t = end
	}
}

func writeVTimezone(iw *icsWriter, loc *time.Location, tzid string, year int) {
	iw.line("BEGIN:VTIMEZONE")
	iw.line("TZID:" + tzid)
	from := time.Date(year, 1, 1, 0, 0, 0, 0, loc)
	ts := transitionsIn(loc, from, from.AddDate(1, 0, 0))
	all := transitionsIn(loc, from, from.AddDate(ruleYears, 0, 0))
	switch {
	case len(ts) == 0:
		name, off := from.Zone()
		observance(iw, "STANDARD", time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), off, off, name, "")
	case rulesHold(ts, all):
		for _, t := range ts {
			observance(iw, kind(t), localBefore(t), t.from, t.to, t.name, yearlyRule(t))
		}
	default:
		for _, t := range all {
			observance(iw, kind(t), localBefore(t), t.from, t.to, t.name, "")
		}
	}
	iw.line("END:VTIMEZONE")
}

func kind(t transition) string {
	if t.dst {
		return "DAYLIGHT"
	}
	return "STANDARD"
}

// localBefore is the wall-clock time of t in the offset before it, as
// DTSTART of an observance must be written.
func localBefore(t transition) time.Time {
	return t.at.In(time.FixedZone("", t.from))
}

func observance(iw *icsWriter, kind string, start time.Time, from, to int, name, rule string) {
	iw.line("BEGIN:" + kind)
	iw.line("DTSTART:" + start.Format("20060102T150405"))
	iw.line("TZOFFSETFROM:" + offset(from))
	iw.line("TZOFFSETTO:" + offset(to))
	if rule != "" {
		iw.line("RRULE:" + rule)
	}
	if name != "" {
		iw.line("TZNAME:" + escapeICS(name))
	}
	iw.line("END:" + kind)
}

// offset writes seconds east of UTC as +hhmm (or +hhmmss).
func offset(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	h, m, s := sec/3600, sec/60%60, sec%60
	if s != 0 {
		return fmt.Sprintf("%c%02d%02d%02d", sign, h, m, s)
	}
	return fmt.Sprintf("%c%02d%02d", sign, h, m)
}

// nthWeekday says which weekday of its month the local date of t is:
// 1 to 4, or -1 for the last.
func nthWeekday(t time.Time) int {
	lastDay := time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if t.Day()+7 > lastDay {
		return -1
	}
	return (t.Day()-1)/7 + 1
}

func yearlyRule(t transition) string {
	l := localBefore(t)
	return fmt.Sprintf("FREQ=YEARLY;BYMONTH=%d;BYDAY=%d%s", int(l.Month()), nthWeekday(l), icsDays[l.Weekday()])
}

// rulesHold reports whether every change in all matches one of the first
// year's, by the yearly rule and the wall-clock time.
func rulesHold(first, all []transition) bool {
	if len(all) != len(first)*ruleYears {
		return false
	}
	for _, t := range all {
		l := localBefore(t)
		ok := false
		for _, f := range first {
			fl := localBefore(f)
			if yearlyRule(t) == yearlyRule(f) && t.from == f.from && t.to == f.to &&
				l.Hour() == fl.Hour() && l.Minute() == fl.Minute() {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
