package content

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"
)

//go:embed help
var files embed.FS

// Kind says how a line is shown: emergency numbers first, then lines to call now, then other
// support. Domestic-violence lines are a kind of their own, for the personal safety plan.
type Kind string

// The kinds of line, in the order lines.toml lists them.
const (
	KindEmergency Kind = "emergency" // 911, 112, 999 ...
	KindCrisis    Kind = "crisis"    // call-now lines (24/7 or long hours, free or clearly stated)
	KindSupport   Kind = "support"   // information, family support, schedule-a-call, websites
	// KindViolence is a domestic-violence or domestic-abuse line, or, where a country has no
	// national line, the official page or directory that stands in for one (SOURCES-DV.md).
	// Get help now lists lines by the kinds above; the safety plan asks for SafetyLines.
	KindViolence Kind = "violence"
)

// Verified is how sure the fact check is about an entry.
type Verified string

// The levels of the fact check.
const (
	VerifiedYes        Verified = "yes"        // seen on the organisation's own or a government page
	VerifiedLikely     Verified = "likely"     // reputable secondary sources
	VerifiedUnverified Verified = "unverified" // weak or no source: never a crisis or emergency line
)

// Cost is what a call costs, where the fact check confirmed it.
type Cost string

// The costs. A line with no cost says nothing about what a call costs.
const (
	CostUnstated Cost = ""     // not confirmed: never call it free
	CostFree     Cost = "free" // free to call
	CostPaid     Cost = "paid" // the caller pays: the line's words say how much, where known
)

// Report is a national news report that quotes a service or its ministry. Where no official
// page could be seen, two or more of them let a line be shown as "verified: likely", never as
// an official source (CONTENT.md, "Sources shown to people").
type Report struct {
	Outlet string    `toml:"outlet"` // the newspaper or broadcaster, as it names itself
	Date   time.Time `toml:"date"`   // the date of the report
	URL    string    `toml:"url"`    // where the report was read: evidence, never a link people follow
}

// OtherCountry is the code for "another country" (general guidance).
const OtherCountry = "other"

// countryCodes is the display order, and every code must be present.
var countryCodes = []string{"US", "CA", "GB", "AU", "ES", "MX", "FR", "DE", OtherCountry}

// CountryCodes returns the country codes in display order.
func CountryCodes() []string { return append([]string(nil), countryCodes...) }

// Line is one helpline, emergency number or service.
type Line struct {
	ID       string   `toml:"id"`    // stable, lowercase, e.g. "us-samhsa"
	Kind     Kind     `toml:"kind"`  // how the line is shown
	Phone    string   `toml:"phone"` // as shown to people; empty for a web-only entry
	Text     string   `toml:"text"`  // number or short code for text messages; optional
	URL      string   `toml:"url"`   // the service's own website, https on an official host; optional
	Verified Verified `toml:"verified"`
	// Source is the official page people see as where the fact comes from: the ID of an
	// entry in sources.toml. Empty when no official page is known.
	Source string `toml:"source"`
	// Evidence is what the fact check read (copies, news, proxies): for maintainers, never shown.
	Evidence []string `toml:"evidence"`
	// ReportedBy are the national news reports that confirm a line no official page showed.
	// The window shows them as "Reported by <outlet> (<date>), ..." beside "verified: likely",
	// in place of a source; their addresses are not links.
	ReportedBy []Report  `toml:"reported_by"`
	Cost       Cost      `toml:"cost"`    // free, paid or unstated; the window marks paid lines
	Checked    time.Time `toml:"checked"` // when the entry was checked
}

// Reported reports whether the line rests on news reports rather than an official page.
func (l Line) Reported() bool { return len(l.ReportedBy) > 0 }

// NameID is the message ID of the line's name.
func (l Line) NameID() string { return "Help." + l.ID + ".Name" }

// AboutID is the message ID of the line's short description.
func (l Line) AboutID() string { return "Help." + l.ID + ".About" }

// Country is the help for one country.
type Country struct {
	Code string `toml:"code"` // ISO 3166-1 alpha-2 upper case ("US"), or OtherCountry
	// ViolenceSources are the official pages (IDs in sources.toml) behind the facts in the
	// violence note that no line carries, such as how to call the police when you cannot speak.
	ViolenceSources []string `toml:"violence_sources"`
	Lines           []Line   `toml:"line"` // display order
}

// NameID is the message ID of the country's name.
func (c Country) NameID() string { return "Help.Country." + c.Code }

// NoteID is the message ID of a short paragraph of guidance for the country.
func (c Country) NoteID() string { return c.NameID() + ".Note" }

// ViolenceNoteID is the message ID of the country's guidance for the safety plan: the
// emergency number first, who the domestic-violence lines serve, and, where there is no
// national line, what to use instead.
func (c Country) ViolenceNoteID() string { return c.NameID() + ".Violence" }

// LinesOf returns the country's lines of the given kinds, kind by kind in the order given,
// each kind in display order.
func (c Country) LinesOf(kinds ...Kind) []Line {
	var out []Line
	for _, k := range kinds {
		for _, l := range c.Lines {
			if l.Kind == k {
				out = append(out, l)
			}
		}
	}
	return out
}

// ViolenceLines returns the country's domestic-violence and domestic-abuse lines (and, for a
// country with no national line, the pages that stand in for one), in display order.
func (c Country) ViolenceLines() []Line { return c.LinesOf(KindViolence) }

// SafetyLines are the numbers that matter for a safety plan: the emergency numbers first,
// then the domestic-violence lines. "Another country" has no emergency line of its own: its
// violence note says to call the local emergency number.
func (c Country) SafetyLines() []Line { return c.LinesOf(KindEmergency, KindViolence) }

// Source is an official page shown to people as a source: a government's or the
// organisation's own canonical address, on a host in official-hosts.toml. A page may be
// listed in more than one language (Pages); Page chooses the one a reader is shown.
type Source struct {
	ID  string `toml:"id"`
	URL string `toml:"url"`
	// Lang is the language URL's page is written in ("en", "es", "fr", "de", "sw").
	Lang string `toml:"lang"`
	// Seen is true when the fact check read a stored copy of this very address; false
	// marks a canonical address to open live before a release.
	Seen bool `toml:"seen"`
	// Pages are the same page in other languages, each an address the fact check lists.
	Pages []SourcePage `toml:"page"`
}

// SourcePage is an official page in one language.
type SourcePage struct {
	Lang string `toml:"lang"`
	URL  string `toml:"url"`
	Seen bool   `toml:"seen"`
}

// NameID is the message ID of the page's name, the text of its link. The name never says
// what language the page is in: the window adds SourceInID's words when it is not the
// reader's.
func (s Source) NameID() string { return "Source." + s.ID }

// SourceInID is the message ID of the words that follow a source's name when its page is in
// another language than the reader's: "(in French)".
func SourceInID(lang string) string { return "Source.In." + lang }

// pages is every language of the source, its first (URL) first.
func (s Source) pages() []SourcePage {
	return append([]SourcePage{{Lang: s.Lang, URL: s.URL, Seen: s.Seen}}, s.Pages...)
}

// Page is the page a reader of lang is shown, for help in the country code: in the reader's
// language where one is listed, else in English, else in the country's language, else the
// source's first page.
func (s Source) Page(lang, country string) SourcePage {
	all := s.pages()
	for _, want := range []string{lang, "en", CountryLanguage(country)} {
		if i := slices.IndexFunc(all, func(p SourcePage) bool { return want != "" && p.Lang == want }); i >= 0 {
			return all[i]
		}
	}
	return all[0]
}

// countryLanguages is the main language of each country's official pages.
var countryLanguages = map[string]string{"US": "en", "CA": "en", "GB": "en", "AU": "en", "ES": "es", "MX": "es", "FR": "fr", "DE": "de"}

// CountryLanguage is the main language of a country's official pages, or "" (another country).
func CountryLanguage(code string) string { return countryLanguages[strings.ToUpper(code)] }

// OfficialHost is a host whose pages may be shown to people.
type OfficialHost struct {
	Host   string `toml:"host"`   // exact, lower case: "www.gov.uk"
	Owner  string `toml:"owner"`  // who runs it
	Listed string `toml:"listed"` // where the fact check names it
}

// Law is legal protection for the person who calls for help in an overdose, in the one
// country where it exists.
type Law struct {
	Country string `toml:"country"`
	// Terms name the law or its country; no other country's card may contain them.
	Terms    []string `toml:"terms"`
	Evidence []string `toml:"evidence"`
}

// Overdose is the overdose-response card for one country. All cards share the title,
// intro, signs and what not to do; steps, notes, the law and the sources are the country's.
type Overdose struct {
	Country  string    `toml:"country"` // a code from CountryCodes
	TitleID  string    `toml:"-"`
	IntroID  string    `toml:"-"`
	Signs    []string  `toml:"-"`     // message IDs in order
	Steps    []string  `toml:"steps"` // message IDs in order; they name the emergency number
	Avoid    []string  `toml:"-"`     // message IDs in order ("what not to do")
	Notes    []string  `toml:"notes"` // message IDs: naloxone where you live, how long it lasts
	LawID    string    `toml:"law"`   // message ID of the legal protection; only where a Law exists
	Sources  []string  `toml:"sources"`
	Evidence []string  `toml:"evidence"` // for maintainers, never shown
	Checked  time.Time `toml:"checked"`
	// AlcoholCall is the message ID of the first alcohol-poisoning step: call the country's
	// emergency number (Overdose.<CODE>.AlcoholCall).
	AlcoholCall string `toml:"alcohol_call"`
	// Alcohol is what to do in alcohol poisoning, the same in every country but its call.
	Alcohol Alcohol `toml:"-"`
}

// Alcohol is the alcohol-poisoning part of an overdose card. No page in SOURCES-OFFICIAL.md
// covers alcohol poisoning, so it shows no source: only how sure the check is and when it
// was made, as a line resting on evidence does. Its evidence is for maintainers.
type Alcohol struct {
	TitleID  string    `toml:"title"`
	IntroID  string    `toml:"intro"`
	Signs    []string  `toml:"signs"`
	Steps    []string  `toml:"steps"` // after the country's call (the card's AlcoholCall)
	Avoid    []string  `toml:"avoid"`
	Verified Verified  `toml:"verified"`
	Evidence []string  `toml:"evidence"`
	Checked  time.Time `toml:"checked"`
}

// messageIDs is the alcohol part's words in display order.
func (a Alcohol) messageIDs() []string {
	ids := []string{a.TitleID, a.IntroID}
	for _, list := range [][]string{a.Signs, a.Steps, a.Avoid} {
		ids = append(ids, list...)
	}
	return ids
}

// overdoseFile is overdose.toml: what the cards share, the laws, and one card per country.
type overdoseFile struct {
	Title      string     `toml:"title"`
	Intro      string     `toml:"intro"`
	Signs      []string   `toml:"signs"`
	Avoid      []string   `toml:"avoid"`
	Evidence   []string   `toml:"evidence"`
	LegalTerms []string   `toml:"legal_terms"`
	Laws       []Law      `toml:"law"`
	Alcohol    Alcohol    `toml:"alcohol"` // its steps follow each card's alcohol_call
	Cards      []Overdose `toml:"card"`
}

// Help is all of Get help now.
type Help struct {
	Countries []Country  // in the order of CountryCodes
	Cards     []Overdose // one per country, in the same order
	Sources   []Source
	Hosts     []OfficialHost
	Laws      []Law
	// LegalTerms are words that state legal protection: only a country with a Law may use them.
	LegalTerms []string
	texts      texts // every message, to check the words as well as the facts
}

// texts holds message text by language ("en") and message ID.
type texts map[string]map[string]string

// ErrInvalid is wrapped by every validation error from LoadHelp.
var ErrInvalid = errors.New("invalid help data")

// LoadHelp reads the embedded help data and its words in every language, and checks them.
func LoadHelp() (*Help, error) {
	var lines struct {
		Country []Country `toml:"country"`
	}
	var sources struct {
		Source []Source `toml:"source"`
	}
	var od overdoseFile
	err := decodeFiles(files, tomlFile{"help/lines.toml", &lines}, tomlFile{"help/sources.toml", &sources},
		tomlFile{"help/overdose.toml", &od})
	if err != nil {
		return nil, err
	}
	hosts, err := officialHosts()
	if err != nil {
		return nil, err
	}
	t, err := readTexts()
	if err != nil {
		return nil, err
	}
	h := &Help{Countries: lines.Country, Cards: od.cards(), Sources: sources.Source, Hosts: hosts,
		Laws: od.Laws, LegalTerms: od.LegalTerms, texts: t}
	if err := validate(h); err != nil {
		return nil, fmt.Errorf("content: %w", err)
	}
	return h, nil
}

// cards gives each card the parts all cards share.
func (f overdoseFile) cards() []Overdose {
	out := make([]Overdose, len(f.Cards))
	for i, c := range f.Cards {
		c.TitleID, c.IntroID, c.Signs, c.Avoid = f.Title, f.Intro, f.Signs, f.Avoid
		c.Evidence = append(slices.Clone(f.Evidence), c.Evidence...)
		c.Alcohol = f.Alcohol
		c.Alcohol.Steps = append([]string{c.AlcoholCall}, f.Alcohol.Steps...)
		c.Alcohol.Signs, c.Alcohol.Avoid = slices.Clone(f.Alcohol.Signs), slices.Clone(f.Alcohol.Avoid)
		c.Alcohol.Evidence = slices.Clone(f.Alcohol.Evidence)
		out[i] = c
	}
	return out
}

// readTexts parses every help message file, in every language, into texts.
func readTexts() (texts, error) {
	return readTextsFS(files, func(lang string) ([]string, error) { return fs.Glob(files, "help/*."+lang+".toml") })
}

// Country returns the help for a country code, ignoring case.
func (h *Help) Country(code string) (Country, bool) {
	for _, c := range h.Countries {
		if strings.EqualFold(c.Code, code) {
			return c, true
		}
	}
	return Country{}, false
}

// Overdose returns the overdose card for a country code, ignoring case.
func (h *Help) Overdose(code string) (Overdose, bool) {
	for _, c := range h.Cards {
		if strings.EqualFold(c.Country, code) {
			return c, true
		}
	}
	return Overdose{}, false
}

// Source returns the official page with this ID.
func (h *Help) Source(id string) (Source, bool) {
	i := slices.IndexFunc(h.Sources, func(s Source) bool { return s.ID == id })
	if i < 0 {
		return Source{}, false
	}
	return h.Sources[i], true
}

// Official reports whether an address may be shown to people: https, on an official host.
func (h *Help) Official(address string) bool { return h.checkOfficial(address) == nil }

// MessageIDs returns every message ID the help data refers to, each once, in display order.
func (h *Help) MessageIDs() []string {
	var ids []string
	for _, c := range h.Countries {
		ids = append(ids, c.messageIDs()...)
	}
	ids = append(ids, h.overdoseMessageIDs()...)
	return append(ids, h.sourceMessageIDs()...)
}

// sourceMessageIDs is the names of the official pages, then the words for each language a
// page is in ("(in French)"), each once.
func (h *Help) sourceMessageIDs() []string {
	var ids, langs []string
	for _, s := range h.Sources {
		ids = append(ids, s.NameID())
		for _, p := range s.pages() {
			if !slices.Contains(langs, p.Lang) {
				langs = append(langs, p.Lang)
			}
		}
	}
	for _, lang := range langs {
		ids = append(ids, SourceInID(lang))
	}
	return ids
}

// overdoseMessageIDs is every card's words, each once, in display order.
func (h *Help) overdoseMessageIDs() []string {
	var ids []string
	for _, c := range h.Cards {
		for _, id := range c.messageIDs() {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

func (c Country) messageIDs() []string {
	ids := []string{c.NameID(), c.NoteID(), c.ViolenceNoteID()}
	for _, l := range c.Lines {
		ids = append(ids, l.NameID(), l.AboutID())
	}
	return ids
}

// messageIDs is the card's words in display order.
func (o Overdose) messageIDs() []string {
	ids := []string{o.TitleID, o.IntroID}
	for _, list := range [][]string{o.Signs, o.Steps, o.Avoid, o.Notes} {
		ids = append(ids, list...)
	}
	if o.LawID != "" {
		ids = append(ids, o.LawID)
	}
	return append(ids, o.Alcohol.messageIDs()...)
}
