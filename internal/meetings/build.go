package meetings

import (
	"fmt"
	"strconv"
	"strings"
)

// builder turns raw records into meetings as they are read: it checks
// and cleans each, makes slugs where the list has none, and counts the
// signs of the list's program; finish settles the program and the codes.
// Records it cannot use become skips.
type builder struct {
	opt    Options
	zones  zoneCache
	slugs  map[string]bool
	res    Result
	alanon int // records that look Al-Anon
	aa     int // records that look AA
}

func newBuilder(opt Options, hint int) *builder {
	hint = min(hint, 1<<20)
	return &builder{
		opt: opt, zones: zoneCache{}, slugs: make(map[string]bool, hint),
		res: Result{TimeZone: opt.TimeZone, Meetings: make([]Meeting, 0, hint)},
	}
}

// add builds one record, or records why it is skipped.
func (b *builder) add(r *rawMeeting) {
	if b.opt.Program == "" {
		switch recordProgram(r) {
		case ProgramAlAnon:
			b.alanon++
		case ProgramAA:
			b.aa++
		}
	}
	m, reason := b.meeting(r)
	if reason != 0 {
		b.res.Skipped = append(b.res.Skipped, Skip{Record: r.record, Slug: clip(string(r.Slug)), Name: clip(string(r.Name)), Reason: reason})
		return
	}
	b.res.Meetings = append(b.res.Meetings, m)
	if m.Updated.After(b.res.Updated) {
		b.res.Updated = m.Updated
	}
}

// finish settles the program, canonicalises the type codes and returns
// the result; a list without one usable meeting is ErrNoMeetings.
func (b *builder) finish(format Format, skips []Skip) (Result, error) {
	res := b.res
	res.Format = format
	res.Skipped = append(skips, res.Skipped...)
	sortSkips(res.Skipped)
	res.Program = b.opt.Program
	if res.Program == "" {
		res.Program, res.ProgramDetected = vote(b.alanon, b.aa)
	}
	fellowship := b.opt.Fellowship
	if fellowship == "" {
		fellowship = string(res.Program)
	}
	for i := range res.Meetings {
		m := &res.Meetings[i]
		m.Program, m.Fellowship, m.Types = res.Program, fellowship, canonicalTypes(res.Program, m.Types)
	}
	if len(res.Meetings) == 0 {
		res.Meetings = nil
		return res, fmt.Errorf("%w (%d records skipped)", ErrNoMeetings, len(res.Skipped))
	}
	return res, nil
}

// clip shortens a skipped record's name or slug for the report.
func clip(s string) string {
	s = cleanLine(s)
	if len(s) <= 120 {
		return s
	}
	cut := 120
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

// meeting checks and cleans one record, or says why it is skipped.
func (b *builder) meeting(r *rawMeeting) (Meeting, SkipReason) {
	if tooLong(r) {
		return Meeting{}, SkipTooLong
	}
	m := Meeting{Name: cleanLine(string(r.Name))}
	if m.Name == "" {
		return m, SkipNoName
	}
	if reason := b.schedule(r, &m); reason != 0 {
		return m, reason
	}
	fillPlace(r, &m)
	fillText(r, &m)
	m.Types = cleanTypes(r.Types)
	m.Attendance = attendance(r, &m)
	m.Updated = parseUpdated(string(r.Updated))
	slug, reason := b.slug(r, &m)
	if reason != 0 {
		return m, reason
	}
	m.Slug = slug
	return m, 0
}

// schedule reads the days, times and time zone.
func (b *builder) schedule(r *rawMeeting, m *Meeting) SkipReason {
	ds, ok := parseDays(r.Day)
	if !ok {
		return SkipBadDay
	}
	start, ok := ParseClock(string(r.Time))
	if !ok {
		return SkipBadTime
	}
	if len(ds) > 0 && start == NoClock {
		return SkipNoTime
	}
	if len(ds) == 0 {
		start = NoClock // by appointment: a time without a day means nothing
	}
	end, ok := ParseClock(string(r.EndTime))
	if !ok || start == NoClock {
		end = NoClock
	}
	m.Days, m.Start, m.End = ds, start, end
	m.TimeZone = b.opt.TimeZone
	if z := strings.TrimSpace(string(r.TimeZone)); z != "" && b.zones.valid(z) {
		m.TimeZone = z
	}
	return 0
}

// cleanTypes cleans the codes, dropping empty ones.
func cleanTypes(codes []string) []string {
	var out []string
	for _, c := range codes {
		if c = cleanLine(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// canonicalTypes writes the codes as program p's table does and drops repeats.
func canonicalTypes(p Program, codes []string) []string {
	out := codes[:0]
	for _, c := range codes {
		if c = canonicalCode(p, c); !contains(out, c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// slug is the list's slug (or id), or one made from the name, day and
// time, made unique; a repeated slug from the list is skipped.
func (b *builder) slug(r *rawMeeting, m *Meeting) (string, SkipReason) {
	s := cleanLine(string(r.Slug))
	if s == "" {
		s = cleanLine(string(r.ID))
	}
	if s != "" {
		if b.slugs[s] {
			return "", SkipDuplicateSlug
		}
		b.slugs[s] = true
		return s, 0
	}
	base := makeSlug(m)
	s = base
	for n := 2; b.slugs[s]; n++ {
		s = base + "-" + strconv.Itoa(n)
	}
	b.slugs[s] = true
	return s, 0
}

// makeSlug is "name-day-hhmm" in lower-case ASCII letters and digits.
func makeSlug(m *Meeting) string {
	var sb strings.Builder
	dash := false
	for _, r := range fold(m.Name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			sb.WriteRune(r)
			dash = false
		case !dash && sb.Len() > 0:
			sb.WriteByte('-')
			dash = true
		}
		if sb.Len() >= 48 {
			break
		}
	}
	s := strings.TrimSuffix(sb.String(), "-")
	if s == "" {
		s = "meeting"
	}
	if len(m.Days) > 0 {
		s += fmt.Sprintf("-%d", m.Days[0])
	}
	if m.Start.Valid() {
		s += fmt.Sprintf("-%02d%02d", m.Start.Hour(), m.Start.Minute())
	}
	return s
}

// tooLong reports a field longer than MaxField.
func tooLong(r *rawMeeting) bool {
	for _, s := range []text{r.Name, r.Slug, r.Notes, r.LocationNotes, r.GroupNotes, r.Location, r.FormattedAddress,
		r.Address, r.Group, r.ConferenceURL, r.ConferenceURLNotes, r.ConferencePhone, r.ConferencePhoneNotes, r.URL, r.FeedbackURL} {
		if len(s) > MaxField {
			return true
		}
	}
	for _, l := range [][]string{r.Types, r.Regions, r.FeedbackEmails, r.Day} {
		n := 0
		for _, s := range l {
			n += len(s)
		}
		if n > MaxField {
			return true
		}
	}
	return false
}

// zoneCache remembers which zone names load.
type zoneCache map[string]bool

func (z zoneCache) valid(name string) bool {
	ok, seen := z[name]
	if !seen {
		_, err := loadZone(name)
		ok = err == nil
		z[name] = ok
	}
	return ok
}
