package content

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// validate checks the whole help data, facts and words; every error wraps ErrInvalid.
func validate(h *Help) error {
	checks := []func() error{
		h.checkHosts,
		func() error { return validateCountries(h.Countries) },
		h.checkSources,
		h.checkLines,
		h.checkLaws,
		h.checkCards,
		h.checkViolence,
		h.checkTexts,
		h.checkCardWords,
		h.checkViolenceWords,
		h.checkCostWords,
	}
	for _, check := range checks {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrInvalid)
}

// validateCountries wants exactly the required countries, in display order.
func validateCountries(cs []Country) error {
	have := map[string]bool{}
	for _, c := range cs {
		have[c.Code] = true
	}
	for _, code := range countryCodes {
		if !have[code] {
			return invalid("country %q is missing", code)
		}
	}
	for i, c := range cs {
		if i >= len(countryCodes) || c.Code != countryCodes[i] {
			return invalid("country %d is %q; want the order %v, each once", i, c.Code, countryCodes)
		}
	}
	return nil
}

var (
	lineID   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)+$`)
	sourceID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	hostName = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$`)
	kinds    = map[Kind]bool{KindEmergency: true, KindCrisis: true, KindSupport: true, KindViolence: true}
	costs    = map[Cost]bool{CostUnstated: true, CostFree: true, CostPaid: true}
	levels   = map[Verified]bool{VerifiedYes: true, VerifiedLikely: true, VerifiedUnverified: true}
)

// checkHosts wants each official host once, as a plain lower-case name, with its owner.
func (h *Help) checkHosts() error {
	seen := map[string]bool{}
	for _, o := range h.Hosts {
		switch {
		case !hostName.MatchString(o.Host):
			return invalid("official host %q: want a lower-case host name only", o.Host)
		case seen[o.Host]:
			return invalid("official host %q is listed twice", o.Host)
		case o.Owner == "" || o.Listed == "":
			return invalid("official host %q: say who owns it and where the fact check lists it", o.Host)
		}
		seen[o.Host] = true
	}
	return nil
}

// checkOfficial is nil when address may be shown to people: https, on an official host.
func (h *Help) checkOfficial(address string) error {
	u, err := url.Parse(address)
	if err != nil || u.Scheme != "https" || u.Host == "" || u.Opaque != "" {
		return invalid("%q must be an https address", address)
	}
	if u.User != nil || u.Port() != "" {
		return invalid("%q: no user or port in an address people see", address)
	}
	if !slices.ContainsFunc(h.Hosts, func(o OfficialHost) bool { return o.Host == u.Host }) {
		return invalid("%q: host %s is not in official-hosts.toml", address, u.Host)
	}
	return nil
}

// checkSources wants each shown page once, official, and used by a line or a card.
func (h *Help) checkSources() error {
	used := map[string]bool{}
	for _, c := range h.Countries {
		for _, l := range c.Lines {
			used[l.Source] = true
		}
		for _, id := range c.ViolenceSources {
			used[id] = true
		}
	}
	for _, c := range h.Cards {
		for _, id := range c.Sources {
			used[id] = true
		}
	}
	list := make([]sourceEntry, len(h.Sources))
	for i, src := range h.Sources {
		list[i] = sourceEntry{src.ID, src.URL}
	}
	if err := checkSources(list, used, "line or card", h.checkOfficial); err != nil {
		return err
	}
	return h.checkSourceLanguages()
}

var pageLang = regexp.MustCompile(`^[a-z]{2,3}$`)

// checkSourceLanguages wants each page of a source to say its language, once per language,
// and every page in another language to be official too.
func (h *Help) checkSourceLanguages() error {
	for _, src := range h.Sources {
		var langs []string
		for i, p := range src.pages() {
			switch {
			case !pageLang.MatchString(p.Lang):
				return invalid("source %q: page %s needs its language (lang = \"en\", \"fr\"...)", src.ID, p.URL)
			case slices.Contains(langs, p.Lang):
				return invalid("source %q lists two pages in %q", src.ID, p.Lang)
			}
			langs = append(langs, p.Lang)
			if i == 0 {
				continue // checked with the list
			}
			if err := h.checkOfficial(p.URL); err != nil {
				return fmt.Errorf("source %q (%s): %w", src.ID, p.Lang, err)
			}
		}
	}
	return nil
}

// lineRules are the checks every line must pass on its own, each with the reason it fails.
var lineRules = []struct {
	ok     func(code string, l Line) bool
	reason string
}{
	{func(code string, l Line) bool { return lineID.MatchString(l.ID) }, "ID must be lowercase words joined by '-'"},
	{func(code string, l Line) bool { return strings.HasPrefix(l.ID, strings.ToLower(code)+"-") }, "ID must start with the country code"},
	{func(_ string, l Line) bool { return kinds[l.Kind] }, "unknown kind"},
	{func(_ string, l Line) bool { return levels[l.Verified] }, "unknown verified value"},
	{func(_ string, l Line) bool { return l.Verified != VerifiedUnverified || l.Kind == KindSupport }, "an unverified line cannot be a crisis, emergency or domestic-violence line"},
	{func(_ string, l Line) bool { return l.Phone != "" || l.Text != "" || l.URL != "" }, "needs a phone, text or URL"},
	{func(_ string, l Line) bool { return l.Source != "" || len(l.Evidence) > 0 }, "needs a source or evidence"},
	{func(_ string, l Line) bool { return allWebAddresses(l.Evidence) }, "evidence must be web addresses"},
	{func(_ string, l Line) bool { return !l.Checked.IsZero() }, "needs the date it was checked"},
	{func(_ string, l Line) bool { return costs[l.Cost] }, "unknown cost (want free, paid or none)"},
}

// minReports is how many national news reports a line needs when no official page shows it.
const minReports = 2

// checkReported holds a line shown on the word of news reports to CONTENT.md's rule: two or
// more reports from different outlets, each dated no later than the check and read at a web
// address; the line marked likely, never yes; and no official source beside them, since the
// reports stand in for one that could not be seen.
func checkReported(l Line) error {
	if !l.Reported() {
		return nil
	}
	outlets := map[string]bool{}
	for _, r := range l.ReportedBy {
		switch {
		case strings.TrimSpace(r.Outlet) == "":
			return invalid("line %q: a report needs the outlet's name", l.ID)
		case r.Date.IsZero() || r.Date.After(l.Checked):
			return invalid("line %q: the report by %s needs its date, no later than the date checked", l.ID, r.Outlet)
		case !isWebAddress(r.URL):
			return invalid("line %q: the report by %s needs the web address it was read at", l.ID, r.Outlet)
		}
		outlets[strings.ToLower(strings.TrimSpace(r.Outlet))] = true
	}
	switch {
	case len(outlets) < minReports:
		return invalid("line %q: reported by %d outlet(s); a line without an official page needs %d or more national news reports", l.ID, len(outlets), minReports)
	case l.Verified != VerifiedLikely:
		return invalid("line %q: a line reported by the news is verified likely, never %q", l.ID, l.Verified)
	case l.Source != "":
		return invalid("line %q: a line reported by the news cites no official source (it had none to see)", l.ID)
	}
	return nil
}

// checkLines checks every line on its own, then what it shows: its website and source.
func (h *Help) checkLines() error {
	seen := map[string]bool{}
	for _, c := range h.Countries {
		for _, l := range c.Lines {
			if seen[l.ID] {
				return invalid("line %q: duplicate ID", l.ID)
			}
			seen[l.ID] = true
			for _, r := range lineRules {
				if !r.ok(c.Code, l) {
					return invalid("country %s, line %q: %s", c.Code, l.ID, r.reason)
				}
			}
			if err := checkReported(l); err != nil {
				return err
			}
			if _, ok := h.Source(l.Source); l.Source != "" && !ok {
				return invalid("line %q: source %q is not in sources.toml", l.ID, l.Source)
			}
			if l.URL != "" {
				if err := h.checkOfficial(l.URL); err != nil {
					return fmt.Errorf("line %q: website: %w", l.ID, err)
				}
			}
		}
	}
	return nil
}

// checkViolence wants a domestic-violence line (or the page standing in for a national one) in
// every country but "another country"; a violence line marked verified yes cites the official
// page the fact check read it on (SOURCES-DV.md: SEEN); the violence note's sources exist.
func (h *Help) checkViolence() error {
	for _, c := range h.Countries {
		lines := c.ViolenceLines()
		if len(lines) == 0 && c.Code != OtherCountry {
			return invalid("country %s has no domestic-violence line (kind violence): add one, or the official page that stands in for a national line", c.Code)
		}
		for _, l := range lines {
			if l.Verified != VerifiedYes {
				continue
			}
			if src, ok := h.Source(l.Source); !ok || !src.Seen {
				return invalid("line %q: a domestic-violence line marked verified yes needs an official page the fact check read (a source with seen = true); otherwise mark it likely", l.ID)
			}
		}
		for _, id := range c.ViolenceSources {
			if _, ok := h.Source(id); !ok {
				return invalid("country %s: violence source %q is not in sources.toml", c.Code, id)
			}
		}
	}
	return nil
}

// traceTerms promise that contacting a line cannot be found out. No line may say so
// (CONTENT.md: Spain's 016 is not on the bill but stays in the phone's call history).
var traceTerms = []string{
	"untraceable", "cannot be traced", "can't be traced", "won't be traced", "will not be traced",
	"no trace", "leaves no trace", "leave no trace", "without a trace",
	"no deja rastro", "sin dejar rastro", "sin rastro", "ningún rastro", "no se puede rastrear",
	"imposible de rastrear", "irrastreable", "no deja huella", "sin dejar huella",
	"aucune trace", "sans laisser de trace", "ne laisse pas de trace", "ne laisse aucune trace",
	"intraçable", "impossible à retracer", "impossible à tracer",
	"keine Spur", "keine Spuren", "spurlos", "nicht nachverfolgbar", "nicht zurückverfolgbar",
	"nicht nachvollziehbar", "nicht rückverfolgbar",
}

// checkViolenceWords reads what the safety plan shows, in every language: the violence note
// names one of the country's emergency numbers, and nothing promises a call cannot be traced.
func (h *Help) checkViolenceWords() error {
	traced := wordsPattern(traceTerms)
	for _, c := range h.Countries {
		ids := []string{c.ViolenceNoteID()}
		for _, l := range c.ViolenceLines() {
			ids = append(ids, l.NameID(), l.AboutID())
		}
		for _, lang := range languages {
			t := h.texts[lang.String()]
			if w := traced.FindString(joined(t, ids)); w != "" {
				return invalid("country %s (%s): domestic-violence words promise a call cannot be found out (%q); say what stays in the call history instead", c.Code, lang, strings.TrimSpace(w))
			}
			note := t[c.ViolenceNoteID()]
			emergency := c.LinesOf(KindEmergency)
			if len(emergency) > 0 && !slices.ContainsFunc(emergency, func(l Line) bool { return mentionsNumber(note, l.Phone) }) {
				return invalid("country %s (%s): the violence note does not name an emergency number", c.Code, lang)
			}
		}
	}
	return nil
}

// freeTerms say a call costs nothing. A line the caller pays for must not use them.
var freeTerms = []string{"free", "freephone", "no cost", "gratis", "gratuito", "gratuita", "sin costo", "sin coste",
	"gratuit", "gratuite", "gratuits", "gratuites", "gratuitement", "sans frais",
	"kostenlos", "kostenfrei", "gebührenfrei", "umsonst"}

// checkCostWords reads a paid line's words, in every language: they must not call it free.
func (h *Help) checkCostWords() error {
	free := wordsPattern(freeTerms)
	for _, c := range h.Countries {
		for _, l := range c.Lines {
			if l.Cost != CostPaid {
				continue
			}
			for _, lang := range languages {
				if w := free.FindString(joined(h.texts[lang.String()], []string{l.NameID(), l.AboutID()})); w != "" {
					return invalid("line %q (%s) is paid but its words call it free (%q)", l.ID, lang, strings.TrimSpace(w))
				}
			}
		}
	}
	return nil
}

// checkLaws wants at most one law per country, each with its terms.
func (h *Help) checkLaws() error {
	seen := map[string]bool{}
	for _, law := range h.Laws {
		switch {
		case !slices.Contains(countryCodes, law.Country) || law.Country == OtherCountry:
			return invalid("law for %q: not a country of Get help now", law.Country)
		case seen[law.Country]:
			return invalid("law for %s is listed twice", law.Country)
		case len(law.Terms) == 0:
			return invalid("law for %s: list the terms that name it", law.Country)
		case !allWebAddresses(law.Evidence):
			return invalid("law for %s: evidence must be web addresses", law.Country)
		}
		seen[law.Country] = true
	}
	if len(h.LegalTerms) == 0 {
		return invalid("overdose: no legal_terms")
	}
	return nil
}

func (h *Help) law(code string) (Law, bool) {
	i := slices.IndexFunc(h.Laws, func(l Law) bool { return l.Country == code })
	if i < 0 {
		return Law{}, false
	}
	return h.Laws[i], true
}

// checkCards wants one card per country, in order, each complete and using only its own words.
func (h *Help) checkCards() error {
	if len(h.Cards) != len(countryCodes) {
		return invalid("overdose: %d cards, want one per country %v", len(h.Cards), countryCodes)
	}
	for i, c := range h.Cards {
		if c.Country != countryCodes[i] {
			return invalid("overdose card %d is for %q; want the order %v", i, c.Country, countryCodes)
		}
		if err := h.checkCard(c); err != nil {
			return fmt.Errorf("overdose card %s: %w", c.Country, err)
		}
	}
	return nil
}

func (h *Help) checkCard(c Overdose) error {
	required := []struct {
		name string
		list []string
	}{{"signs", c.Signs}, {"steps", c.Steps}, {"avoid", c.Avoid}, {"sources", c.Sources}}
	for _, r := range required {
		if len(r.list) == 0 {
			return invalid("no %s", r.name)
		}
	}
	if _, ok := h.law(c.Country); ok != (c.LawID != "") {
		return invalid("states legal protection = %v, but a law for it is listed = %v (overdose.toml [[law]])", c.LawID != "", ok)
	}
	if err := checkCardIDs(c); err != nil {
		return err
	}
	for _, id := range c.Sources {
		if _, ok := h.Source(id); !ok {
			return invalid("source %q is not in sources.toml", id)
		}
	}
	if !allWebAddresses(c.Evidence) {
		return invalid("evidence must be web addresses")
	}
	if c.Checked.IsZero() {
		return invalid("needs the date it was checked")
	}
	return checkAlcohol(c.Alcohol)
}

// checkAlcohol wants the alcohol-poisoning part whole: words for each part, the country's
// call first, how sure the check is (never unverified: it is what to do in an emergency),
// its evidence and the date it was checked.
func checkAlcohol(a Alcohol) error {
	switch {
	case a.TitleID == "" || a.IntroID == "" || len(a.Signs) == 0 || len(a.Avoid) == 0:
		return invalid("alcohol poisoning: needs a title, an intro, signs and what not to do")
	case len(a.Steps) < 2 || a.Steps[0] == "":
		return invalid("alcohol poisoning: needs alcohol_call on the card, then the steps")
	case a.Verified != VerifiedYes && a.Verified != VerifiedLikely:
		return invalid("alcohol poisoning: verified must be yes or likely")
	case len(a.Evidence) == 0 || !allWebAddresses(a.Evidence):
		return invalid("alcohol poisoning: evidence must be web addresses, at least one")
	case a.Checked.IsZero():
		return invalid("alcohol poisoning: needs the date it was checked")
	}
	return nil
}

// checkCardIDs wants each message once, prefixed Overdose., and a country's own messages
// (Overdose.<CODE>.*) on that country's card only.
func checkCardIDs(c Overdose) error {
	seen := map[string]bool{}
	for _, id := range c.messageIDs() {
		if !strings.HasPrefix(id, "Overdose.") || seen[id] {
			return invalid("message ID %q is duplicated or lacks the Overdose. prefix", id)
		}
		seen[id] = true
		for _, code := range countryCodes {
			if code != c.Country && strings.HasPrefix(id, "Overdose."+code+".") {
				return invalid("message %q belongs to the card for %s", id, code)
			}
		}
	}
	return nil
}

// checkTexts wants every message, in every language, present and not blank.
func (h *Help) checkTexts() error {
	for _, lang := range languages {
		for _, id := range h.MessageIDs() {
			if strings.TrimSpace(h.texts[lang.String()][id]) == "" {
				return invalid("message %s is missing or empty in %s", id, lang)
			}
		}
	}
	return nil
}

// checkCardWords reads each card as people see it, in every language: its steps must name
// the country's emergency number, and only a country with a law may speak of one, its own.
func (h *Help) checkCardWords() error {
	legal := wordsPattern(h.LegalTerms)
	lawWords := make([]*wordFinder, len(h.Laws)) // compiled once: this runs at every start
	for i, law := range h.Laws {
		lawWords[i] = wordsPattern(law.Terms)
	}
	for _, c := range h.Cards {
		for _, lang := range languages {
			t := h.texts[lang.String()]
			if n := h.emergencyNumber(c.Country); n != "" && !mentionsNumber(joined(t, c.Steps), n) {
				return invalid("overdose card %s (%s): the steps do not name the emergency number %s", c.Country, lang, n)
			}
			if n := h.emergencyNumber(c.Country); n != "" && !mentionsNumber(t[c.AlcoholCall], n) {
				return invalid("overdose card %s (%s): the alcohol-poisoning call does not name the emergency number %s", c.Country, lang, n)
			}
			all := joined(t, c.messageIDs()) + "\n" + joined(t, h.sourceNameIDs(c.Sources))
			if _, ok := h.law(c.Country); !ok {
				if w := legal.FindString(all); w != "" {
					return invalid("overdose card %s (%s) speaks of legal protection (%q), but %s has no such law", c.Country, lang, strings.TrimSpace(w), c.Country)
				}
			}
			for i, law := range h.Laws {
				if law.Country == c.Country {
					continue
				}
				if w := lawWords[i].FindString(all); w != "" {
					return invalid("overdose card %s (%s) mentions %q, from the law of %s", c.Country, lang, strings.TrimSpace(w), law.Country)
				}
			}
		}
	}
	return nil
}

// emergencyNumber is the phone of the country's first emergency line, or "".
func (h *Help) emergencyNumber(code string) string {
	c, _ := h.Country(code)
	for _, l := range c.Lines {
		if l.Kind == KindEmergency {
			return l.Phone
		}
	}
	return ""
}

func (h *Help) sourceNameIDs(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = Source{ID: id}.NameID()
	}
	return out
}

func joined(t map[string]string, ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = t[id]
	}
	return strings.Join(parts, "\n")
}

// wordFinder finds any of its terms as a whole word, in any case.
type wordFinder struct {
	lower []string // the terms in lower case, to skip the pattern when none is there
	re    *regexp.Regexp
}

// wordsPattern matches any of the terms as whole words, in any case.
func wordsPattern(terms []string) *wordFinder {
	quoted := make([]string, len(terms))
	lower := make([]string, len(terms))
	for i, t := range terms {
		quoted[i] = regexp.QuoteMeta(t)
		lower[i] = strings.ToLower(t)
	}
	return &wordFinder{lower: lower,
		re: regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(?:` + strings.Join(quoted, "|") + `)(?:$|[^\pL\pN])`)}
}

// FindString returns the first match, with the characters around it, or "".
// The pattern runs only on text that holds a term: start-up checks every
// card and note, and nearly all of them hold none.
func (f *wordFinder) FindString(text string) string {
	lower := strings.ToLower(text)
	if !slices.ContainsFunc(f.lower, func(t string) bool { return strings.Contains(lower, t) }) {
		return ""
	}
	return f.re.FindString(text)
}

// MatchString reports whether text holds a term as a whole word.
func (f *wordFinder) MatchString(text string) bool { return f.FindString(text) != "" }

// mentionsNumber reports whether text has the number with no digit touching it ("15", not "150").
func mentionsNumber(text, number string) bool {
	return strings.Contains(text, number) &&
		regexp.MustCompile(`(?:^|\D)`+regexp.QuoteMeta(number)+`(?:$|\D)`).MatchString(text)
}

func allWebAddresses(list []string) bool {
	for _, s := range list {
		if !isWebAddress(s) {
			return false
		}
	}
	return true
}

func isHTTPS(s string) bool { return strings.HasPrefix(s, "https://") && len(s) > len("https://") }

// isWebAddress allows http too: evidence was sometimes only seen over http.
func isWebAddress(s string) bool {
	return isHTTPS(s) || (strings.HasPrefix(s, "http://") && len(s) > len("http://"))
}

// sourceEntry is one official page listed as a source: its ID and address.
type sourceEntry struct{ id, url string }

// checkSources checks a list of sources: well-formed IDs, each listed once
// and used by something (users names what, for the message), each on an
// official host.
func checkSources(list []sourceEntry, used map[string]bool, users string, official func(string) error) error {
	seen := map[string]bool{}
	for _, s := range list {
		switch {
		case !sourceID.MatchString(s.id):
			return invalid("source %q: ID must be lowercase words joined by '-'", s.id)
		case seen[s.id]:
			return invalid("source %q is listed twice", s.id)
		case !used[s.id]:
			return invalid("source %q is not used by any %s", s.id, users)
		}
		seen[s.id] = true
		if err := official(s.url); err != nil {
			return fmt.Errorf("source %q: %w", s.id, err)
		}
	}
	return nil
}
