package records

import (
	"strings"
	"testing"
	"time"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

func localizer(t *testing.T, lang string) *translations.Localizer {
	t.Helper()
	b, err := translations.NewBundle(content.AddMessages)
	if err != nil {
		t.Fatal(err)
	}
	return translations.NewLocalizer(b, lang)
}

func TestBoundaryFiguresPluralInSpanish(t *testing.T) {
	l := localizer(t, "es")
	one := tallyText(l, store.Tally{Held: 1})
	many := tallyText(l, store.Tally{Held: 9, Bent: 1, Broken: 1})
	if one == many || !strings.Contains(one, "1") || !strings.Contains(many, "9") || !strings.Contains(many, "11") {
		t.Errorf("plural forms: %q / %q", one, many)
	}
	if strings.Contains(one+many, "Held") {
		t.Errorf("English in Spanish figures: %q / %q", one, many)
	}
}

func TestParseExpiry(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2027-05":    time.Date(2027, 5, 31, 0, 0, 0, 0, time.Local),
		" 2027/5 ":   time.Date(2027, 5, 31, 0, 0, 0, 0, time.Local),
		"05/2027":    time.Date(2027, 5, 31, 0, 0, 0, 0, time.Local),
		"2028-02":    time.Date(2028, 2, 29, 0, 0, 0, 0, time.Local),
		"2027-05-14": time.Date(2027, 5, 14, 0, 0, 0, 0, time.Local),
	} {
		got, ok := parseExpiry(in)
		if !ok || !got.Equal(want) {
			t.Errorf("%q: %v %v, want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"soon", "2027", "13/2027", "2027-13"} {
		if _, ok := parseExpiry(in); ok {
			t.Errorf("%q was read", in)
		}
	}
}
