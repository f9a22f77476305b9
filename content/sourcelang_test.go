package content

import (
	"regexp"
	"slices"
	"testing"
)

// A source is linked in the reader's language where the fact check lists that page; else in
// English; else in the country's language; else in the one language it has.
func TestSourcePageInReadersLanguage(t *testing.T) {
	h := loadHelp(t)
	ec, ok := h.Source("ec-112")
	if !ok {
		t.Fatal("no source ec-112")
	}
	const ecEN, ecES = "https://digital-strategy.ec.europa.eu/en/policies/112", "https://digital-strategy.ec.europa.eu/es/policies/112"
	lila, _ := h.Source("lila-help-about")
	twoForeign := Source{ID: "x", URL: "https://example.de/x", Lang: "de", Pages: []SourcePage{{Lang: "fr", URL: "https://example.fr/x"}}}
	tests := []struct {
		src             Source
		reader, country string
		url, lang       string
	}{
		{ec, "en", "DE", ecEN, "en"},
		{ec, "en", "ES", ecEN, "en"},
		{ec, "en", OtherCountry, ecEN, "en"},
		{ec, "es", "FR", ecES, "es"},
		{ec, "es", "DE", ecES, "es"},
		{ec, "de", "ES", ecEN, "en"}, // no German page listed: English first
		{lila, "en", OtherCountry, "https://lila.help/swa/kuhusu-lila-help", "sw"},
		{twoForeign, "es", "FR", "https://example.fr/x", "fr"}, // neither the reader's nor English: the country's
		{twoForeign, "es", "US", "https://example.de/x", "de"}, // none of those: its own
	}
	for _, tt := range tests {
		got := tt.src.Page(tt.reader, tt.country)
		if got.URL != tt.url || got.Lang != tt.lang {
			t.Errorf("%s for a %s reader in %s: %s (%s); want %s (%s)", tt.src.ID, tt.reader, tt.country, got.URL, got.Lang, tt.url, tt.lang)
		}
	}
}

// The window says a page is in another language when it is (Source.In.<lang>); a source's
// name never says so itself, or it would be wrong for the reader whose language it is in.
func TestSourceNamesDoNotNameTheirLanguage(t *testing.T) {
	h := loadHelp(t)
	says := regexp.MustCompile(`(?i)\((in|en) (english|spanish|french|german|swahili|inglés|español|francés|alemán|suajili)\)`)
	for _, lang := range languages {
		for _, s := range h.Sources {
			if name := h.texts[lang.String()][s.NameID()]; says.MatchString(name) {
				t.Errorf("%s: %s is named %q: the window adds the page's language", lang, s.ID, name)
			}
			for _, p := range s.pages() {
				if h.texts[lang.String()][SourceInID(p.Lang)] == "" {
					t.Errorf("%s: no words for a page in %q (%s)", lang, p.Lang, SourceInID(p.Lang))
				}
			}
		}
	}
}

// Germany's safety plan says "call 110 (police) or 112": both have a card, 112 first (the
// number the overdose card names).
func TestGermanyHasThePoliceNumber(t *testing.T) {
	h := loadHelp(t)
	de, _ := h.Country("DE")
	var phones []string
	for _, l := range de.LinesOf(KindEmergency) {
		phones = append(phones, l.Phone)
	}
	if !slices.Equal(phones, []string{"112", "110"}) {
		t.Errorf("Germany's emergency lines are %q; want 112, then 110 (police)", phones)
	}
	if !slices.ContainsFunc(de.SafetyLines(), func(l Line) bool { return l.Phone == "110" }) {
		t.Error("the safety plan for Germany has no 110 card")
	}
}
