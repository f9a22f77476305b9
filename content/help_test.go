package content

import (
	"io/fs"
	"path"
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

// Lines are shown as written, so the file must list emergency, then crisis, then support.
func TestLinesAreInKindOrder(t *testing.T) {
	rank := map[Kind]int{KindEmergency: 0, KindCrisis: 1, KindSupport: 2}
	for _, c := range loadHelp(t).Countries {
		sorted := slices.IsSortedFunc(c.Lines, func(a, b Line) int { return rank[a.Kind] - rank[b.Kind] })
		if !sorted {
			t.Errorf("%s: lines are not in the order emergency, crisis, support", c.Code)
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
		{"US", "us-samhsa", KindCrisis, "1-800-662-4357", "435748"},
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
	}
	for _, tt := range tests {
		for name, text := range readHelpFiles(t, tt.prefix) {
			if strings.Contains(text, tt.forbidden) {
				t.Errorf("%s contains %q (%s)", name, tt.forbidden, tt.why)
			}
		}
	}
}

// Lines whose cost is not confirmed must not be called free.
func TestUnconfirmedCostNotCalledFree(t *testing.T) {
	b := newBundle(t)
	for _, id := range []string{"es-esperanza", "de-sucht-drogen", "au-lifeline", "gb-frank"} {
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
		for _, s := range h.Sources {
			ids = append(ids, s.NameID())
		}
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
	if want := 2 * (len(CountryCodes()) + 2); len(files) != want {
		t.Errorf("%d message files, want %d (each country, the overdose cards and the sources, in en and es)", len(files), want)
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
