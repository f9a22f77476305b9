package meetings

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// builder turns raw records into meetings as they are read: it checks
// and cleans each, leaves out a record that repeats an earlier meeting,
// and counts the evidence of whose meetings these are; finish settles
// the fellowship, the codes and the slugs. Records it cannot use become
// skips.
type builder struct {
	opt    Options
	zones  zoneCache
	bySlug map[string][]int // the list's slugs: the meetings that have each
	res    Result
	signs  tally
}

func newBuilder(opt Options, hint int) *builder {
	hint = min(hint, 1<<20)
	return &builder{
		opt: opt, zones: zoneCache{}, bySlug: make(map[string][]int, hint),
		res: Result{TimeZone: opt.TimeZone, Meetings: make([]Meeting, 0, hint)},
	}
}

// add builds one record, or records why it is skipped.
func (b *builder) add(r *rawMeeting) {
	m, reason := b.meeting(r)
	if reason == 0 && m.Slug != "" && b.repeats(&m) {
		reason = SkipRepeated
	}
	if reason != 0 {
		b.res.Skipped = append(b.res.Skipped, Skip{Record: r.record, Slug: clip(string(r.Slug)), Name: clip(string(r.Name)), Reason: reason})
		return
	}
	b.signs.add(recordSigns(r), m.Name)
	if m.Slug != "" {
		b.bySlug[m.Slug] = append(b.bySlug[m.Slug], len(b.res.Meetings))
	}
	b.res.Meetings = append(b.res.Meetings, m)
	if m.Updated.After(b.res.Updated) {
		b.res.Updated = m.Updated
	}
}

// repeats reports an earlier meeting with m's slug that is the same
// meeting: a list that gives one meeting twice. A different meeting with
// the same slug is kept (finish gives it a slug of its own).
func (b *builder) repeats(m *Meeting) bool {
	for _, i := range b.bySlug[m.Slug] {
		if sameMeeting(&b.res.Meetings[i], m) {
			return true
		}
	}
	return false
}

func sameMeeting(a, b *Meeting) bool {
	return a.Name == b.Name && slices.Equal(a.Days, b.Days) && a.Start == b.Start && a.End == b.End && a.TimeZone == b.TimeZone &&
		a.Location == b.Location && a.Address == b.Address && a.ConferenceURL == b.ConferenceURL && a.ConferencePhone == b.ConferencePhone
}

// finish settles the fellowship and program, applies the program's codes,
// gives every meeting its slug and returns the result; a list without one
// usable meeting is ErrNoMeetings.
func (b *builder) finish(format Format, skips []Skip) (Result, error) {
	res := b.res
	res.Format = format
	res.Skipped = append(skips, res.Skipped...)
	sortSkips(res.Skipped)
	res.Evidence = b.signs.evidence()
	res.Program, res.Fellowship = b.opt.Program, b.opt.Fellowship
	res.chosen = res.Program != "" || res.Fellowship != ""
	switch {
	case res.Program == "" && res.Fellowship == "":
		res.Program, res.Fellowship, res.ProgramDetected = b.signs.decide()
	case res.Program == "":
		res.Program = ProgramFor(res.Fellowship)
	case res.Fellowship == "":
		res.Fellowship = fellowshipFor(res.Program)
	}
	if len(res.Meetings) == 0 {
		res.Meetings = nil
		return res, fmt.Errorf("%w (%d records skipped)", ErrNoMeetings, len(res.Skipped))
	}
	res.listTypes = make([][]string, len(res.Meetings))
	for i := range res.Meetings {
		res.listTypes[i] = res.Meetings[i].Types
	}
	res.apply()
	b.assignSlugs(res.Meetings)
	return res, nil
}

// apply gives every meeting the result's program and fellowship, and its
// codes as that program's table writes them.
func (r *Result) apply() {
	for i := range r.Meetings {
		m := &r.Meetings[i]
		m.Program, m.Fellowship, m.Types = r.Program, r.Fellowship, canonicalTypes(r.Program, r.listTypes[i])
	}
}

// Choose applies the person's answer to whose meetings these are, for a
// list whose evidence was not clear (or to correct one that was): the
// fellowship's directory id (FellowshipChoices, FellowshipNotStated for
// "I don't know") and the code table, "" for the fellowship's own
// (ProgramFor). It changes the result in place, without reading the list
// again; ProgramDetected becomes false.
func (r *Result) Choose(fellowship string, program Program) error {
	if !ValidFellowship(fellowship) {
		return fmt.Errorf("%w: fellowship %q", ErrBadProgram, fellowship)
	}
	if program == "" {
		program = ProgramFor(fellowship)
	}
	if !program.Valid() {
		return fmt.Errorf("%w: %q", ErrBadProgram, program)
	}
	if len(r.listTypes) != len(r.Meetings) {
		return fmt.Errorf("%w: the result did not come from Parse", ErrBadProgram)
	}
	r.Fellowship, r.Program, r.ProgramDetected, r.chosen = fellowship, program, false, true
	r.apply()
	return nil
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
	m.Slug = cleanLine(string(r.Slug)) // finish makes one for a record without
	if m.Slug == "" {
		m.Slug = cleanLine(string(r.ID))
	}
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

// canonicalTypes is codes as program p's table writes them, without
// repeats, in a new slice (codes are kept as the list gave them for Choose).
func canonicalTypes(p Program, codes []string) []string {
	if len(codes) == 0 {
		return nil
	}
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		if c = canonicalCode(p, c); !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// assignSlugs makes every slug unique and stable across imports. A slug
// the list gives once is kept. Meetings that share one are put in order
// of their days, time and name: the first keeps it, the others get it
// with their day and time added ("x-6-1000"), so that neither their
// order in the list nor another meeting's change moves them. A meeting
// without one gets "name-day-hhmm". A clash adds "-2", "-3"...
func (b *builder) assignSlugs(ms []Meeting) {
	used := make(map[string]bool, len(ms))
	var shared []string
	for slug, idx := range b.bySlug {
		used[slug] = true
		if len(idx) > 1 {
			shared = append(shared, slug)
		}
	}
	unique := func(base string) string {
		s := base
		for n := 2; used[s]; n++ {
			s = base + "-" + strconv.Itoa(n)
		}
		used[s] = true
		return s
	}
	slices.Sort(shared)
	for _, slug := range shared {
		idx := b.bySlug[slug]
		slices.SortStableFunc(idx, func(i, j int) int { return compareMeetings(&ms[i], &ms[j]) })
		for _, i := range idx[1:] {
			ms[i].Slug = unique(slug + "-" + whenSlug(&ms[i]))
		}
	}
	for i := range ms {
		if ms[i].Slug == "" {
			ms[i].Slug = unique(makeSlug(&ms[i]))
		}
	}
}

// compareMeetings orders meetings that share a slug.
func compareMeetings(a, b *Meeting) int {
	return cmp.Or(slices.Compare(a.Days, b.Days), cmp.Compare(a.Start, b.Start), strings.Compare(a.Name, b.Name),
		strings.Compare(a.Address, b.Address), strings.Compare(a.Location, b.Location))
}

// whenSlug is "day-hhmm" for a weekly meeting, "appointment" otherwise.
func whenSlug(m *Meeting) string {
	if m.ByAppointment() {
		return "appointment"
	}
	return fmt.Sprintf("%d-%02d%02d", m.Days[0], m.Start.Hour(), m.Start.Minute())
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
