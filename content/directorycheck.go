package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// validateDirectory checks the directory's facts and words; every error wraps ErrInvalid.
func validateDirectory(d *Directory) error {
	checks := []func() error{
		d.official().checkHosts,
		d.checkFellowships,
		d.checkResources,
		d.checkSources, // after the entries, so a wrong or missing reference is named as such
		d.checkTexts,
	}
	for _, check := range checks {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

// official is a Help holding only the official hosts, so both lists share one address rule.
func (d *Directory) official() *Help { return &Help{Hosts: d.hosts} }

// checkShown is nil when a shown address is https on an official host and not unverified.
func (d *Directory) checkShown(l Link) error {
	if !levels[l.Verified] {
		return invalid("%q: unknown verified value %q", l.URL, l.Verified)
	}
	if l.Verified == VerifiedUnverified {
		return invalid("%q is unverified: leave it out (link the home page instead)", l.URL)
	}
	return d.official().checkOfficial(l.URL)
}

var (
	fellowshipID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	typeCode     = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9-]{0,9}$`)
)

// checkSources wants each page once, with a good id, official, and used by an entry.
func (d *Directory) checkSources() error {
	used := map[string]bool{}
	for _, f := range d.Fellowships {
		for _, id := range f.Sources {
			used[id] = true
		}
	}
	for _, r := range d.Resources {
		used[r.Source] = true
	}
	list := make([]sourceEntry, len(d.Sources))
	for i, src := range d.Sources {
		list[i] = sourceEntry{src.ID, src.URL}
	}
	if err := checkSources(list, used, "fellowship or resource", d.official().checkOfficial); err != nil {
		return err
	}
	return nil
}

// fellowshipRules are the checks every fellowship must pass on its own, with the reason.
var fellowshipRules = []struct {
	ok     func(f Fellowship) bool
	reason string
}{
	{func(f Fellowship) bool { return fellowshipID.MatchString(f.ID) }, "ID must be lowercase words joined by '-'"},
	{func(f Fellowship) bool { return slices.Contains(approaches, f.Approach) }, "unknown approach"},
	{func(f Fellowship) bool { return knownSet(f.Audiences, audiences) }, "list who it is for (for), each a known audience, once"},
	{func(f Fellowship) bool { return knownSet(f.Formats, formats) }, "list its formats, each a known format, once"},
	{func(f Fellowship) bool { return knownCountries(f.Countries) }, "countries must be codes from CountryCodes (not other), each once"},
	{func(f Fellowship) bool { return len(f.Sources) > 0 }, "needs at least one source"},
	{func(f Fellowship) bool { return allWebAddresses(f.Evidence) }, "evidence must be web addresses"},
	{func(f Fellowship) bool { return checkedDate(f.Checked) }, "needs the date it was checked (not in the future)"},
}

// checkFellowships checks each fellowship, its addresses, sources and meeting links.
func (d *Directory) checkFellowships() error {
	if len(d.Fellowships) == 0 {
		return invalid("no fellowships")
	}
	seen := map[string]bool{}
	for _, f := range d.Fellowships {
		if seen[f.ID] {
			return invalid("fellowship %q: duplicate ID", f.ID)
		}
		seen[f.ID] = true
		for _, r := range fellowshipRules {
			if !r.ok(f) {
				return invalid("fellowship %q: %s", f.ID, r.reason)
			}
		}
		if err := d.checkShown(f.Site); err != nil {
			return fmt.Errorf("fellowship %q: website: %w", f.ID, err)
		}
		if f.Finder.URL != "" || f.Finder.Verified != "" {
			if err := d.checkShown(f.Finder); err != nil {
				return fmt.Errorf("fellowship %q: meeting finder: %w", f.ID, err)
			}
		}
		if err := d.checkSourceIDs(f.Sources); err != nil {
			return fmt.Errorf("fellowship %q: %w", f.ID, err)
		}
		if err := checkMeetingLinks(f.Meetings); err != nil {
			return fmt.Errorf("fellowship %q: %w", f.ID, err)
		}
	}
	return nil
}

func (d *Directory) checkSourceIDs(ids []string) error {
	for i, id := range ids {
		if _, ok := d.Source(id); !ok {
			return invalid("source %q is not in directory/sources.toml", id)
		}
		if slices.Contains(ids[:i], id) {
			return invalid("source %q is listed twice", id)
		}
	}
	return nil
}

// checkMeetingLinks wants known programs, plausible type codes and no repeats.
func checkMeetingLinks(links []MeetingLink) error {
	for i, m := range links {
		switch {
		case !slices.Contains(meetingPrograms, m.Program):
			return invalid("meetings: unknown program %q (want one of %v)", m.Program, meetingPrograms)
		case m.Type != "" && !typeCode.MatchString(m.Type):
			return invalid("meetings: %q is not a meeting type code", m.Type)
		case slices.ContainsFunc(links[:i], func(o MeetingLink) bool {
			return o.Program == m.Program && strings.EqualFold(o.Type, m.Type)
		}):
			return invalid("meetings: program %q type %q is listed twice", m.Program, m.Type)
		}
	}
	return nil
}

// resourceRules are the checks every resource must pass on its own, with the reason.
var resourceRules = []struct {
	ok     func(r Resource) bool
	reason string
}{
	{func(r Resource) bool { return slices.Contains(countryCodes, r.Country) }, "unknown country code"},
	{func(r Resource) bool { return lineID.MatchString(r.ID) }, "ID must be lowercase words joined by '-'"},
	{func(r Resource) bool { return strings.HasPrefix(r.ID, strings.ToLower(r.Country)+"-") }, "ID must start with the country code"},
	{func(r Resource) bool { return knownSet(r.Categories, categories) }, "list its categories, each a known category, once"},
	// The window lists a resource under each of its categories' headings, so a second category
	// shows the same page twice (issue 23: FindTreatment.gov twice, one NHS page under two).
	{func(r Resource) bool { return len(r.Categories) == 1 }, "list it under one category, its main one; say in its words what else it covers"},
	{func(r Resource) bool { return r.Source != "" }, "needs a source"},
	{func(r Resource) bool { return allWebAddresses(r.Evidence) }, "evidence must be web addresses"},
	{func(r Resource) bool { return checkedDate(r.Checked) }, "needs the date it was checked (not in the future)"},
}

// checkResources checks each resource and wants them grouped by country in display order.
func (d *Directory) checkResources() error {
	seen := map[string]bool{}
	last := -1
	for _, r := range d.Resources {
		if seen[r.ID] {
			return invalid("resource %q: duplicate ID", r.ID)
		}
		seen[r.ID] = true
		for _, rule := range resourceRules {
			if !rule.ok(r) {
				return invalid("resource %q (country %q): %s", r.ID, r.Country, rule.reason)
			}
		}
		i := slices.Index(countryCodes, r.Country)
		if i < last {
			return invalid("resource %q: resources must be grouped by country in the order %v", r.ID, countryCodes)
		}
		last = i
		if err := d.checkShown(Link{URL: r.URL, Verified: r.Verified}); err != nil {
			return fmt.Errorf("resource %q: %w", r.ID, err)
		}
		if err := d.checkSourceIDs([]string{r.Source}); err != nil {
			return fmt.Errorf("resource %q: %w", r.ID, err)
		}
	}
	return nil
}

var (
	// sentenceEnd counts sentences in an About text.
	sentenceEnd = regexp.MustCompile(`[.!?](\s|$)`)
	// webInWords finds an address written into words: addresses belong in the facts, where
	// they are checked.
	webInWords = regexp.MustCompile(`(?i)https?://|www\.|\.(org|com|gov|net)\b`)
)

// checkTexts wants every message in every language, not blank, without web addresses, and
// each fellowship's About two to four sentences long.
func (d *Directory) checkTexts() error {
	for _, lang := range languages {
		t := d.texts[lang.String()]
		for _, id := range d.MessageIDs() {
			s := strings.TrimSpace(t[id])
			if s == "" {
				return invalid("message %s is missing or empty in %s", id, lang)
			}
			if w := webInWords.FindString(s); w != "" && !d.nameMayHaveDomain(id) {
				return invalid("message %s (%s) contains a web address (%q): put it in the facts", id, lang, w)
			}
		}
		for _, f := range d.Fellowships {
			if n := len(sentenceEnd.FindAllString(t[f.AboutID()], -1)); n < 2 || n > 4 {
				return invalid("message %s (%s) has %d sentences; want 2 to 4", f.AboutID(), lang, n)
			}
		}
	}
	return nil
}

// nameMayHaveDomain allows a domain in the name of a resource or page that is called by it
// ("FindTreatment.gov").
func (d *Directory) nameMayHaveDomain(id string) bool {
	return strings.HasPrefix(id, "Directory.Source.") ||
		(strings.HasPrefix(id, "Resource.") && strings.HasSuffix(id, ".Name"))
}

// knownSet reports whether list is non-empty, each value known and listed once.
func knownSet[T comparable](list, known []T) bool {
	if len(list) == 0 {
		return false
	}
	for i, v := range list {
		if !slices.Contains(known, v) || slices.Contains(list[:i], v) {
			return false
		}
	}
	return true
}

// knownCountries allows no countries (many countries), or real country codes, each once.
func knownCountries(list []string) bool {
	for i, c := range list {
		if c == OtherCountry || !slices.Contains(countryCodes, c) || slices.Contains(list[:i], c) {
			return false
		}
	}
	return true
}

func checkedDate(t time.Time) bool { return !t.IsZero() && !t.After(time.Now()) }
