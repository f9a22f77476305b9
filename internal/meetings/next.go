package meetings

import "time"

// NextStart is when m next starts at or after now, in m's time zone (its
// own, else local, else the computer's), and false for a meeting by
// appointment. Days and times are the meeting's own wall clock, so a
// change to or from summer time keeps the meeting at its hour.
func NextStart(m *Meeting, now time.Time, local *time.Location) (time.Time, bool) {
	if m.ByAppointment() {
		return time.Time{}, false
	}
	loc := Location(m, local)
	t := now.In(loc)
	y, mo, d := t.Date()
	var best time.Time
	for _, wd := range m.Days {
		delta := (int(wd) - int(t.Weekday()) + 7) % 7
		c := time.Date(y, mo, d+delta, m.Start.Hour(), m.Start.Minute(), 0, 0, loc)
		if c.Before(now) {
			c = time.Date(y, mo, d+delta+7, m.Start.Hour(), m.Start.Minute(), 0, 0, loc)
		}
		if best.IsZero() || c.Before(best) {
			best = c
		}
	}
	return best, true
}

// zoneNow caches, for one time zone, what NextStart needs to know about
// "now" there, so a search over many meetings in few zones is quick.
type zoneNow struct {
	loc      *time.Location
	now      time.Time
	midnight time.Time // the start of today there
	weekday  time.Weekday
	stable   bool // no change of offset in the coming eight days
}

func newZoneNow(now time.Time, loc *time.Location) *zoneNow {
	t := now.In(loc)
	y, mo, d := t.Date()
	mid := time.Date(y, mo, d, 0, 0, 0, 0, loc)
	start, end := mid.ZoneBounds()
	stable := !start.After(mid) && (end.IsZero() || end.After(mid.AddDate(0, 0, 9)))
	return &zoneNow{loc: loc, now: now, midnight: mid, weekday: t.Weekday(), stable: stable}
}

// next is NextStart for a meeting in this zone.
func (z *zoneNow) next(m *Meeting) time.Time {
	if !z.stable {
		t, _ := NextStart(m, z.now, z.loc)
		return t
	}
	best := -1
	for _, wd := range m.Days {
		delta := (int(wd) - int(z.weekday) + 7) % 7
		mins := delta*24*60 + int(m.Start)
		if delta == 0 && !z.notBefore(m.Start) {
			mins += 7 * 24 * 60
		}
		if best < 0 || mins < best {
			best = mins
		}
	}
	return z.midnight.Add(time.Duration(best) * time.Minute)
}

// notBefore reports whether today's start at c is not before now.
func (z *zoneNow) notBefore(c Clock) bool {
	at := z.midnight.Add(time.Duration(c) * time.Minute)
	return !at.Before(z.now)
}

// InZone is t (a meeting's start in its own zone) on the person's clock in
// local, and whether that clock differs from the meeting's at that moment,
// so a screen shows both times only when they differ.
func InZone(t time.Time, local *time.Location) (time.Time, bool) {
	if local == nil {
		local = time.Local
	}
	u := t.In(local)
	_, a := t.Zone()
	_, b := u.Zone()
	return u, a != b
}
