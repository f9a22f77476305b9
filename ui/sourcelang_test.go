package ui

import (
	"strings"
	"testing"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/help"
)

// Sources are linked in the reader's language where the fact check lists such a page, and a
// link to a page in another language says which, in the reader's words; in F1 and in F2.
func TestSourcesInTheReadersLanguage(t *testing.T) {
	h := loadHelp(t)
	ecPage := map[string]string{translations.English: "/en/policies/112", translations.Spanish: "/es/policies/112"}
	for _, lang := range []string{translations.English, translations.Spanish} {
		for _, code := range []string{"DE", "FR", "ES", content.OtherCountry} {
			f := helpFor(t, code, lang)
			for _, panel := range []string{"F1", "F2"} {
				if panel == "F2" {
					f.sh.ShowSafetyPlan()
				}
				sawEC := false
				for _, l := range f.links() {
					u := l.URL.String()
					if strings.Contains(u, "digital-strategy.ec.europa.eu") {
						sawEC = true
						if !strings.HasSuffix(u, ecPage[lang]) {
							t.Errorf("%s, %s, %s: the European Commission's 112 page is %s; want the page in the reader's language (%s)", lang, code, panel, u, ecPage[lang])
						}
					}
					src, ok := sourceAt(h, u)
					if !ok || l.Text == f.sh.l.T(help.MsgWebsite) {
						continue
					}
					page := src.Page(lang, code)
					suffix := " " + f.sh.l.ID(content.SourceInID(page.Lang))
					if page.URL != u {
						t.Errorf("%s, %s, %s: %s links %s; want %s", lang, code, panel, src.ID, u, page.URL)
					}
					if says := strings.HasSuffix(l.Text, suffix); says != (page.Lang != lang) {
						t.Errorf("%s, %s, %s: link %q to a page in %q: says its language %v, want %v", lang, code, panel, l.Text, page.Lang, says, page.Lang != lang)
					}
					if src.ID == "ec-112" && strings.Contains(l.Text, "(") {
						t.Errorf("%s, %s, %s: link %q: the European Commission's page is in the reader's language", lang, code, panel, l.Text)
					}
				}
				if code != content.OtherCountry && panel == "F1" && !sawEC {
					t.Errorf("%s, %s: no link to the European Commission's 112 page", lang, code)
				}
			}
		}
	}
}

// sourceAt is the source one of whose pages is at address u.
func sourceAt(h *content.Help, u string) (content.Source, bool) {
	for _, s := range h.Sources {
		for _, lang := range []string{"en", "es", "fr", "de", "sw"} {
			for _, code := range content.CountryCodes() {
				if s.Page(lang, code).URL == u {
					return s, true
				}
			}
		}
	}
	return content.Source{}, false
}

// Germany's safety plan says "call 110 (police) or 112": both are cards in F1 and F2.
func TestGermanyShowsThePoliceNumber(t *testing.T) {
	for _, lang := range []string{translations.English, translations.Spanish} {
		f := helpFor(t, "DE", lang)
		police := f.sh.l.ID("Help.de-110.Name")
		for _, panel := range []string{"F1", "F2"} {
			if panel == "F2" {
				f.sh.ShowSafetyPlan()
			}
			screen := f.texts()
			if !strings.Contains(screen, "\n110\n") || police == "" || !strings.Contains(screen, police+"\n") {
				t.Errorf("%s, %s for Germany has no 110 (police) card", lang, panel)
			}
		}
	}
}
