package content

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

func loadHelp(t *testing.T) *Help {
	t.Helper()
	h, err := LoadHelp()
	if err != nil {
		t.Fatalf("LoadHelp: %v", err)
	}
	return h
}

func TestLoadHelpCountriesInOrder(t *testing.T) {
	h := loadHelp(t)
	var got []string
	for _, c := range h.Countries {
		got = append(got, c.Code)
	}
	want := []string{"US", "CA", "GB", "AU", "ES", "MX", "FR", "DE", "other"}
	if !slices.Equal(got, want) {
		t.Errorf("countries = %v, want %v", got, want)
	}
	if !slices.Equal(CountryCodes(), want) {
		t.Errorf("CountryCodes() = %v, want %v", CountryCodes(), want)
	}
}

func TestEveryCountryButOtherHasAnEmergencyLine(t *testing.T) {
	for _, c := range loadHelp(t).Countries {
		has := slices.ContainsFunc(c.Lines, func(l Line) bool { return l.Kind == KindEmergency })
		if want := c.Code != OtherCountry; has != want {
			t.Errorf("%s: has an emergency line = %v, want %v", c.Code, has, want)
		}
	}
}

// Lines are shown as written, so the file must list emergency, then crisis, then support, and
// the domestic-violence lines (for the safety plan) last.
func TestLinesAreInKindOrder(t *testing.T) {
	rank := map[Kind]int{KindEmergency: 0, KindCrisis: 1, KindSupport: 2, KindViolence: 3}
	for _, c := range loadHelp(t).Countries {
		sorted := slices.IsSortedFunc(c.Lines, func(a, b Line) int { return rank[a.Kind] - rank[b.Kind] })
		if !sorted {
			t.Errorf("%s: lines are not in the order emergency, crisis, support, violence", c.Code)
		}
	}
}

func TestNoUnverifiedCallNowLine(t *testing.T) {
	for _, c := range loadHelp(t).Countries {
		for _, l := range c.Lines {
			if l.Kind != KindSupport && l.Verified == VerifiedUnverified {
				t.Errorf("%s is a %s line but unverified", l.ID, l.Kind)
			}
		}
	}
}

func findLine(t *testing.T, h *Help, code, id string) Line {
	t.Helper()
	c, ok := h.Country(code)
	if !ok {
		t.Fatalf("country %s missing", code)
	}
	i := slices.IndexFunc(c.Lines, func(l Line) bool { return l.ID == id })
	if i < 0 {
		t.Fatalf("%s: line %s missing", code, id)
	}
	return c.Lines[i]
}

func TestKeyNumbers(t *testing.T) {
	h := loadHelp(t)
	tests := []struct {
		code, id    string
		kind        Kind
		phone, text string
	}{
		{"US", "us-911", KindEmergency, "911", ""},
		{"US", "us-988", KindCrisis, "988", "988"},
		{"US", "us-samhsa", KindSupport, "1-800-662-4357", "435748"},
		{"US", "us-partnership", KindSupport, "1-855-378-4373", ""},
		{"CA", "ca-911", KindEmergency, "911", ""},
		{"CA", "ca-988", KindCrisis, "988", "988"},
		{"GB", "gb-999", KindEmergency, "999", ""},
		{"GB", "gb-samaritans", KindCrisis, "116 123", ""},
		{"AU", "au-000", KindEmergency, "000", ""},
		{"AU", "au-lifeline", KindCrisis, "13 11 14", "0477 13 11 14"},
		{"ES", "es-024", KindCrisis, "024", ""},
		{"ES", "es-esperanza", KindCrisis, "717 003 717", ""},
		{"MX", "mx-linea-vida", KindCrisis, "800 911 2000", ""},
		{"FR", "fr-15", KindEmergency, "15", ""},
		{"FR", "fr-drogues-info", KindCrisis, "0 800 23 13 13", ""},
		{"DE", "de-telefonseelsorge", KindCrisis, "0800 111 0 111", ""},
		{"DE", "de-sucht-drogen", KindCrisis, "01806 313031", ""},
		// Domestic violence and abuse (SOURCES-DV.md).
		{"US", "us-dv-hotline", KindViolence, "1-800-799-7233", "88788"},
		{"CA", "ca-victimlinkbc", KindViolence, "1-800-563-0808", ""},
		{"CA", "ca-sos-violence-conjugale", KindViolence, "1-800-363-9010", ""},
		{"GB", "gb-da-helpline", KindViolence, "0808 2000 247", ""},
		{"GB", "gb-scotland-da-helpline", KindViolence, "0800 027 1234", ""},
		{"GB", "gb-live-fear-free", KindViolence, "0808 80 10 800", "07860 077333"},
		{"GB", "gb-ni-dsa-helpline", KindViolence, "0808 802 1414", ""},
		{"GB", "gb-mens-advice-line", KindViolence, "0808 801 0327", ""},
		{"GB", "gb-galop", KindViolence, "0800 999 5428", ""},
		{"AU", "au-1800respect", KindViolence, "1800 737 732", "0458 737 732"},
		{"ES", "es-016", KindViolence, "016", ""},
		{"MX", "mx-linea-mujeres", KindViolence, "079", ""},
		{"MX", "mx-sos-mujeres", KindViolence, "*765", ""},
		{"FR", "fr-3919", KindViolence, "3919", ""},
		{"FR", "fr-sms-114", KindViolence, "", "114"},
		{"DE", "de-hilfetelefon-frauen", KindViolence, "116 016", ""},
		{"DE", "de-hilfetelefon-maenner", KindViolence, "0800 123 99 00", ""},
	}
	for _, tt := range tests {
		l := findLine(t, h, tt.code, tt.id)
		if l.Kind != tt.kind || l.Phone != tt.phone || l.Text != tt.text {
			t.Errorf("%s = %s %q text %q, want %s %q text %q", tt.id, l.Kind, l.Phone, l.Text, tt.kind, tt.phone, tt.text)
		}
	}
}

// readHelpFiles returns every embedded help file whose name starts with prefix, by name.
func readHelpFiles(t *testing.T, prefix string) map[string]string {
	t.Helper()
	names, err := fs.Glob(files, "help/"+prefix+"*.toml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no help files for %q: %v", prefix, err)
	}
	out := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = string(data)
	}
	return out
}

// The fact check's corrections must stay applied, in facts, messages and comments alike.
func TestCorrectionsStayApplied(t *testing.T) {
	tests := []struct {
		prefix, forbidden, why string
	}{
		{"", "456-4566", "pre-988 Talk Suicide Canada number"},
		{"", "01 70 23 13 13", "old Drogues Info Service mobile number"},
		{"", "1300 660 068", "unverified Family Drug and Gambling Help number"},
		{"", "0800 77 66 00", "obsolete FRANK number"},
		{"", "82111", "unverified FRANK text number"},
		{"", "BZgA", "operator label in doubt"},
		{"de", "116 123", "unverified German number"},
		// Domestic violence: numbers SOURCES-DV.md marks NOT SEEN, or outdated.
		{"", "863-0511", "Ontario Assaulted Women's Helpline number, NOT SEEN"},
		{"", "438-601-1211", "SOS violence conjugale text number, NOT SEEN"},
		{"", "822 44 60", "Red Nacional de Refugios number, NOT SEEN"},
		{"", "08000 116 016", "old Hilfetelefon number, kept only a year after June 2023"},
	}
	for _, tt := range tests {
		for name, text := range readHelpFiles(t, tt.prefix) {
			if strings.Contains(text, tt.forbidden) {
				t.Errorf("%s contains %q (%s)", name, tt.forbidden, tt.why)
			}
		}
	}
}

// Lines whose cost is not confirmed must not be called free, nor given a price.
func TestUnconfirmedCostNotCalledFree(t *testing.T) {
	b := newBundle(t)
	for _, id := range []string{"es-esperanza", "au-lifeline", "gb-frank"} {
		l := Line{ID: id}
		for _, lang := range []string{"en", "es"} {
			about := strings.ToLower(localize(t, b, lang, l.AboutID()))
			for _, word := range []string{"free", "grat", "cost", "cent", "coste", "costo"} {
				if strings.Contains(about, word) {
					t.Errorf("%s (%s) mentions %q: %s", l.AboutID(), lang, word, about)
				}
			}
		}
	}
}

// Referral and information lines are support, not crisis lines (issue 20): SAMHSA refers and
// does not counsel; FRANK gives information about drugs.
func TestInformationLinesAreSupport(t *testing.T) {
	h := loadHelp(t)
	for _, tt := range []struct{ code, id string }{{"US", "us-samhsa"}, {"GB", "gb-frank"}} {
		if l := findLine(t, h, tt.code, tt.id); l.Kind != KindSupport {
			t.Errorf("%s is a %s line, want support", tt.id, l.Kind)
		}
	}
}

// Línea de la Vida has no official page the fact check could see: it is shown on the word of
// national newspapers quoting the ministry, marked likely, with no source (CONTENT.md).
func TestLineaDeLaVidaIsReportedByTheNews(t *testing.T) {
	l := findLine(t, loadHelp(t), "MX", "mx-linea-vida")
	if !l.Reported() || len(l.ReportedBy) < 2 || l.Verified != VerifiedLikely || l.Source != "" {
		t.Fatalf("mx-linea-vida: reported by %d, verified %s, source %q; want 2 or more reports, likely, no source",
			len(l.ReportedBy), l.Verified, l.Source)
	}
	if l.Cost != CostFree || l.Kind != KindCrisis {
		t.Errorf("mx-linea-vida: cost %q kind %s, want free crisis", l.Cost, l.Kind)
	}
	for _, r := range l.ReportedBy {
		if r.Outlet == "" || r.Date.IsZero() || !isHTTPS(r.URL) {
			t.Errorf("report %+v: want outlet, date and address", r)
		}
	}
}

// The Sucht & Drogen Hotline's 01806 number is paid: it is marked so, and its words give the
// regulated price in every language.
func TestPaidLinesSayWhatTheyCost(t *testing.T) {
	h := loadHelp(t)
	l := findLine(t, h, "DE", "de-sucht-drogen")
	if l.Cost != CostPaid {
		t.Fatalf("de-sucht-drogen cost = %q, want paid", l.Cost)
	}
	for lang, want := range map[string]string{"en": "20 cents a call", "es": "20 céntimos por llamada"} {
		if about := h.texts[lang][l.AboutID()]; !strings.Contains(about, want) {
			t.Errorf("%s (%s) lacks %q: %s", l.AboutID(), lang, want, about)
		}
	}
}

// --- domestic violence, for the personal safety plan ---

// violenceFallbacks are the countries with no national domestic-violence line to call, and the
// official pages that stand in for one (SOURCES-DV.md: Canada has no single national line;
// "another country" has a directory, and its note says to call the local emergency number).
var violenceFallbacks = map[string][]string{
	"CA":         {"ca-sheltersafe", "ca-justice-help"},
	OtherCountry: {"other-lila-help"},
}

// Every supported country but "another country" has a domestic-violence line to call, or a
// documented fallback; every country, "another country" too, has the note that goes with them.
func TestEveryCountryHasViolenceLinesOrAFallback(t *testing.T) {
	h := loadHelp(t)
	for _, c := range h.Countries {
		lines := c.ViolenceLines()
		callable := slices.ContainsFunc(lines, func(l Line) bool { return l.Phone != "" })
		fallback, documented := violenceFallbacks[c.Code]
		switch {
		case documented:
			for _, id := range fallback {
				i := slices.IndexFunc(lines, func(l Line) bool { return l.ID == id })
				if i < 0 {
					t.Errorf("%s: fallback %s is not among its violence lines", c.Code, id)
					continue
				}
				if l := lines[i]; l.URL == "" || l.Verified != VerifiedYes || !h.Official(l.URL) {
					t.Errorf("%s: fallback %s should be a confirmed official page (url %q, verified %s)", c.Code, id, l.URL, l.Verified)
				}
			}
		case !callable:
			t.Errorf("%s: no domestic-violence line with a number to call, and no documented fallback", c.Code)
		}
		for _, lang := range []string{"en", "es"} {
			if strings.TrimSpace(h.texts[lang][c.ViolenceNoteID()]) == "" {
				t.Errorf("%s: no violence note in %s", c.Code, lang)
			}
		}
	}
	other, _ := h.Country(OtherCountry)
	for lang, want := range map[string]string{"en": "call your local emergency number", "es": "llama al número de emergencias de tu país"} {
		if note := h.texts[lang][other.ViolenceNoteID()]; !strings.Contains(note, want) {
			t.Errorf("the violence note for another country (%s) lacks %q: %s", lang, want, note)
		}
	}
}

// The safety plan's numbers: the emergency numbers first, then the violence lines, nothing else.
func TestSafetyLines(t *testing.T) {
	for _, c := range loadHelp(t).Countries {
		got := c.SafetyLines()
		want := append(c.LinesOf(KindEmergency), c.ViolenceLines()...)
		if !slices.EqualFunc(got, want, func(a, b Line) bool { return a.ID == b.ID }) {
			t.Errorf("%s: SafetyLines = %v, want %v", c.Code, lineIDs(got), lineIDs(want))
		}
		if c.Code != OtherCountry && (len(got) == 0 || got[0].Kind != KindEmergency) {
			t.Errorf("%s: SafetyLines does not start with an emergency number: %v", c.Code, lineIDs(got))
		}
		for _, l := range c.ViolenceLines() {
			if l.Kind != KindViolence {
				t.Errorf("%s: ViolenceLines returned %s, a %s line", c.Code, l.ID, l.Kind)
			}
		}
		// Get help now asks for its three kinds; violence lines are never among them.
		for _, l := range c.LinesOf(KindEmergency, KindCrisis, KindSupport) {
			if l.Kind == KindViolence {
				t.Errorf("%s: %s is listed with Get help now's kinds", c.Code, l.ID)
			}
		}
	}
}

func lineIDs(lines []Line) []string {
	ids := make([]string, len(lines))
	for i, l := range lines {
		ids[i] = l.ID
	}
	return ids
}

// LinesOf keeps the order of the kinds asked for, then the order of the file.
func TestLinesOfOrder(t *testing.T) {
	c := Country{Code: "XX", Lines: []Line{
		{ID: "xx-a", Kind: KindCrisis}, {ID: "xx-b", Kind: KindViolence}, {ID: "xx-c", Kind: KindEmergency}, {ID: "xx-d", Kind: KindViolence},
	}}
	if got, want := lineIDs(c.LinesOf(KindViolence, KindEmergency)), []string{"xx-b", "xx-d", "xx-c"}; !slices.Equal(got, want) {
		t.Errorf("LinesOf = %v, want %v", got, want)
	}
	if got := c.LinesOf(KindSupport); got != nil {
		t.Errorf("LinesOf(support) = %v, want nil", lineIDs(got))
	}
	if got, want := c.ViolenceNoteID(), "Help.Country.XX.Violence"; got != want {
		t.Errorf("ViolenceNoteID = %q, want %q", got, want)
	}
}

// CONTENT.md and SOURCES-DV.md: say who each line serves, put the emergency number first, say
// which lines are not emergency services, tell people to delete 016 from the call history,
// and never tell general users in Canada to text 911.
func TestViolenceWording(t *testing.T) {
	h := loadHelp(t)
	tests := []struct{ lang, id, want string }{
		// Women-only lines say so.
		{"en", "Help.gb-da-helpline.About", "for women"},
		{"es", "Help.gb-da-helpline.About", "para mujeres"},
		{"en", "Help.es-016.About", "violence against women"},
		{"es", "Help.es-016.About", "violencia contra las mujeres"},
		{"en", "Help.mx-linea-mujeres.About", "for women"},
		{"es", "Help.mx-linea-mujeres.About", "para mujeres"},
		{"en", "Help.mx-sos-mujeres.About", "women and girls"},
		{"en", "Help.fr-3919.About", "For women"},
		{"es", "Help.fr-3919.About", "Para mujeres"},
		{"en", "Help.de-hilfetelefon-frauen.About", "all women"},
		{"es", "Help.de-hilfetelefon-frauen.About", "todas las mujeres"},
		// Men's lines say so.
		{"en", "Help.gb-mens-advice-line.About", "for men"},
		{"es", "Help.gb-mens-advice-line.About", "para hombres"},
		{"en", "Help.de-hilfetelefon-maenner.About", "For men"},
		{"es", "Help.de-hilfetelefon-maenner.About", "para hombres"},
		// Lines for everyone say so.
		{"en", "Help.us-dv-hotline.About", "For anyone"},
		{"en", "Help.au-1800respect.About", "family, friends"},
		{"en", "Help.gb-scotland-da-helpline.About", "anyone in Scotland"},
		{"en", "Help.gb-ni-dsa-helpline.About", "anyone in Northern Ireland"},
		// Regional lines say where they work.
		{"en", "Help.ca-victimlinkbc.About", "British Columbia"},
		{"es", "Help.ca-victimlinkbc.About", "Columbia Británica"},
		{"en", "Help.ca-sos-violence-conjugale.About", "Quebec"},
		{"es", "Help.mx-sos-mujeres.About", "Ciudad de México"},
		// Not emergency services, and what stays on the phone.
		{"en", "Help.Country.ES.Violence", "016 is not an emergency line"},
		{"es", "Help.Country.ES.Violence", "El 016 no es un teléfono de emergencias"},
		{"en", "Help.Country.ES.Violence", "stay in the phone's call history"},
		{"es", "Help.Country.ES.Violence", "queda en el registro de llamadas"},
		{"en", "Help.Country.FR.Violence", "it is not an emergency line"},
		{"en", "Help.Country.AU.Violence", "1800RESPECT is not an emergency service"},
		{"en", "Help.gb-galop.About", "not an emergency service"},
		// Silent calls, only as the official pages put them.
		{"en", "Help.Country.GB.Violence", "press 55 when a recorded message asks you to"},
		{"es", "Help.Country.GB.Violence", "pulsa 55 cuando un mensaje grabado te lo pida"},
		{"en", "Help.Country.US.Violence", "texting 911 works only in some areas"},
		{"en", "Help.Country.CA.Violence", "Texting 911 is only for deaf, hard-of-hearing or speech-impaired people who have registered"},
		{"es", "Help.Country.CA.Violence", "solo es posible para personas sordas"},
		{"en", "Help.Country.CA.Violence", "Canada has no single national domestic-violence line"},
		{"es", "Help.Country.CA.Violence", "Canadá no tiene una única línea nacional"},
	}
	for _, tt := range tests {
		if got := h.texts[tt.lang][tt.id]; !strings.Contains(got, tt.want) {
			t.Errorf("%s (%s) = %q, want it to contain %q", tt.id, tt.lang, got, tt.want)
		}
	}
	// Hours the fact check could not confirm are not stated.
	for _, id := range []string{"Help.gb-mens-advice-line.About", "Help.de-hilfetelefon-maenner.About", "Help.gb-galop.About", "Help.ca-victimlinkbc.About"} {
		for _, lang := range []string{"en", "es"} {
			if text := h.texts[lang][id]; regexp.MustCompile(`\d{1,2}(:\d\d)?\s*(am|pm|Uhr)\b|\d{1,2}(:\d\d)?\s*[-–]\s*\d{1,2}|\b\d{1,2} (to|a) \d{1,2}\b|\d{1,2}h\b`).MatchString(text) {
				t.Errorf("%s (%s) states hours the fact check did not confirm: %s", id, lang, text)
			}
		}
	}
}

func TestCountryLookupIgnoresCase(t *testing.T) {
	h := loadHelp(t)
	for _, code := range []string{"us", "US", "gB", "OTHER", "other"} {
		if _, ok := h.Country(code); !ok {
			t.Errorf("Country(%q) not found", code)
		}
	}
	if _, ok := h.Country("xx"); ok {
		t.Error("Country(\"xx\") found")
	}
}

func TestMessageIDHelpers(t *testing.T) {
	l := Line{ID: "us-samhsa"}
	c := Country{Code: "US"}
	got := []string{l.NameID(), l.AboutID(), c.NameID(), c.NoteID(), Country{Code: OtherCountry}.NameID()}
	want := []string{"Help.us-samhsa.Name", "Help.us-samhsa.About", "Help.Country.US", "Help.Country.US.Note", "Help.Country.other"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// --- messages ---

func newBundle(t *testing.T) *i18n.Bundle {
	t.Helper()
	b := i18n.NewBundle(language.English)
	if err := AddMessages(b); err != nil {
		t.Fatalf("AddMessages: %v", err)
	}
	return b
}

// localize renders a message and fails unless it comes from lang itself (no fallback).
func localize(t *testing.T, b *i18n.Bundle, lang, id string) string {
	t.Helper()
	s, tag, err := i18n.NewLocalizer(b, lang).LocalizeWithTag(&i18n.LocalizeConfig{MessageID: id})
	if err != nil {
		t.Errorf("%s (%s): %v", id, lang, err)
		return ""
	}
	if tag != language.Make(lang) {
		t.Errorf("%s (%s): only found in %s", id, lang, tag)
	}
	return s
}

// parseMessageFiles returns the message IDs of each embedded message file, by file name.
func parseMessageFiles(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, lang := range Languages() {
		names, err := messageFiles(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			data, err := fs.ReadFile(files, name)
			if err != nil {
				t.Fatal(err)
			}
			mf, err := i18n.ParseMessageFileBytes(data, name, map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if mf.Tag != lang {
				t.Errorf("%s: language %s, want %s", name, mf.Tag, lang)
			}
			for _, m := range mf.Messages {
				out[name] = append(out[name], m.ID)
			}
			slices.Sort(out[name])
		}
	}
	return out
}

// expectedIDs is what a message file should hold: "help/us.es.toml" holds the US messages,
// overdose.*.toml every card's words, sources.*.toml the names of the official pages.
func expectedIDs(h *Help, file string) []string {
	base := strings.SplitN(path.Base(file), ".", 2)[0]
	var ids []string
	switch c, ok := h.Country(base); {
	case base == "overdose":
		ids = h.overdoseMessageIDs()
	case base == "sources":
		ids = h.sourceMessageIDs()
	case ok:
		ids = c.messageIDs()
	}
	slices.Sort(ids)
	return ids
}

// Each file holds exactly its country's (or the overdose card's) messages, in every language,
// so nothing is missing, duplicated between files or left unused.
func TestMessageFilesMatchTheData(t *testing.T) {
	h := loadHelp(t)
	files := parseMessageFiles(t)
	if want := len(Languages()) * (len(CountryCodes()) + 2); len(files) != want {
		t.Errorf("%d message files, want %d (each country, the overdose cards and the sources, in every language)", len(files), want)
	}
	perLang := map[string][]string{}
	for name, ids := range files {
		if want := expectedIDs(h, name); !slices.Equal(ids, want) {
			t.Errorf("%s holds %v\nwant %v", name, ids, want)
		}
		lang := strings.Split(path.Base(name), ".")[1]
		perLang[lang] = append(perLang[lang], ids...)
	}
	want := slices.Clone(h.MessageIDs())
	slices.Sort(want)
	for _, lang := range Languages() {
		got := perLang[lang.String()]
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s messages differ from MessageIDs:\n got %v\nwant %v", lang, got, want)
		}
	}
}

func TestEveryMessageRendersInEveryLanguage(t *testing.T) {
	h := loadHelp(t)
	b := newBundle(t)
	for _, lang := range Languages() {
		for _, id := range h.MessageIDs() {
			if s := localize(t, b, lang.String(), id); strings.TrimSpace(s) == "" {
				t.Errorf("%s (%s) is empty", id, lang)
			}
		}
	}
}

// Only the languages Languages reports may have message files.
func TestNoMessageFilesInOtherLanguages(t *testing.T) {
	names, err := fs.Glob(files, "help/*.*.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		parts := strings.Split(path.Base(name), ".")
		lang := language.Make(parts[len(parts)-2])
		if !slices.Contains(Languages(), lang) {
			t.Errorf("%s is in %s, which Languages does not list", name, lang)
		}
	}
}

func TestMessageIDsAreUnique(t *testing.T) {
	ids := loadHelp(t).MessageIDs()
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	if len(slices.Compact(sorted)) != len(ids) {
		t.Error("MessageIDs has duplicates")
	}
}

func TestAddMessagesRegistersLanguages(t *testing.T) {
	got := newBundle(t).LanguageTags()
	for _, lang := range Languages() {
		if !slices.Contains(got, lang) {
			t.Errorf("bundle languages %v lack %s", got, lang)
		}
	}
}

// The safety plan lists the emergency number first, then the domestic-violence lines.
func ExampleCountry_SafetyLines() {
	h, err := LoadHelp()
	if err != nil {
		panic(err)
	}
	c, _ := h.Country("de")
	for _, l := range c.SafetyLines() {
		fmt.Println(l.Kind, l.ID, l.Phone, l.Verified)
	}
	// Output:
	// emergency de-112 112 likely
	// emergency de-110 110 likely
	// violence de-hilfetelefon-frauen 116 016 yes
	// violence de-hilfetelefon-maenner 0800 123 99 00 yes
}
