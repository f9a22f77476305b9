package ui

import (
	"strings"
	"testing"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// A lesson lists its sources under it, each a link named as the lesson
// names it; the page opens in the browser only when the link is pressed.
func TestLessonListsItsSources(t *testing.T) {
	for _, lang := range translations.Supported {
		t.Run(lang, func(t *testing.T) {
			f := newFixture(t, map[store.Setting]string{store.SettingLanguage: lang})
			var opened []string
			f.sh.app = recordingOpener{f.app, &opened}
			m, _ := f.deps.Learn.Module(lang, content.ParentsLessonModule)
			i := 0
			for j, les := range m.Lessons {
				if les.ID == content.ParentsLessonID {
					i = j
				}
			}
			les := m.Lessons[i]
			f.must(len(les.Sources) > 1, "the lesson cites %d sources", len(les.Sources))
			f.sh.Go(page.SectionLearn)
			f.sh.Push(f.sh.learnScreens().LessonPage(m, i))
			f.must(strings.Contains(f.texts(), map[string]string{"en": "Sources", "es": "Fuentes"}[lang]), "no Sources heading:\n%s", f.texts())
			links := map[string]*widgets.Hyperlink{}
			for _, h := range f.links() {
				links[h.Text] = h
			}
			for _, s := range les.Sources {
				h := links[s.Name]
				if h == nil || h.URL == nil || h.URL.String() != s.URL {
					t.Errorf("source %q (%s) is not a link to its page: %+v", s.Name, s.URL, h)
				}
			}
			f.must(len(opened) == 0, "showing the lesson opened %v", opened)
			last := les.Sources[len(les.Sources)-1]
			f.follow(last.Name)
			f.must(len(opened) == 1 && opened[0] == last.URL, "following the link opened %v, want %s", opened, last.URL)
		})
	}
}

// Get help now says in words when a line rests on news reports rather than
// an official page (Mexico's Línea de la Vida), and when calls cost money
// (Germany's Sucht & Drogen Hotline); other lines say neither.
func TestHelpSaysReportedByAndPaid(t *testing.T) {
	tests := []struct {
		country, lang string
		has, hasNot   []string
	}{
		{"MX", "", []string{"Reported by El Universal (December 24, 2025), Proceso (October 11, 2025), La Crónica de Hoy (September 19, 2025). Not yet confirmed on an official page."},
			[]string{"Calls cost money."}},
		{"MX", translations.Spanish, []string{"Según informaron El Universal (24 de diciembre de 2025), Proceso (11 de octubre de 2025), La Crónica de Hoy (19 de septiembre de 2025). Aún no se ha confirmado en una página oficial."}, nil},
		{"DE", "", []string{"Calls cost money."}, []string{"Reported by"}},
		{"DE", translations.Spanish, []string{"Llamar cuesta dinero."}, []string{"Según informaron"}},
		{"US", "", nil, []string{"Calls cost money.", "Reported by"}},
	}
	for _, c := range tests {
		f := helpFor(t, c.country, c.lang)
		txt := f.texts()
		for _, s := range c.has {
			if !strings.Contains(txt, s) {
				t.Errorf("%s %s: no %q in:\n%s", c.country, c.lang, s, txt)
			}
		}
		for _, s := range c.hasNot {
			if strings.Contains(txt, s) {
				t.Errorf("%s %s: %q shown", c.country, c.lang, s)
			}
		}
		if n := strings.Count(txt, "Calls cost money."); c.country == "DE" && c.lang == "" && n != 1 {
			t.Errorf("DE: %d lines marked paid, want 1", n)
		}
	}
}
