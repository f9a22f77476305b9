package ui

import (
	"strings"
	"testing"

	"github.com/alongside-app/alongside/translations"
)

// Get help now says what to do in alcohol poisoning too, with the country's emergency number,
// in the reader's language, and how sure the check is.
func TestHelpCoversAlcoholPoisoning(t *testing.T) {
	tests := []struct {
		country, lang string
		has           []string
	}{
		{"GB", translations.English, []string{"If someone may have alcohol poisoning", "Call 999 straight away (112 works too).",
			"They have a seizure (a fit).", "Do not give them coffee or put them under a cold shower", "Never leave them alone."}},
		{"other", translations.English, []string{"If someone may have alcohol poisoning", "Call your local emergency number straight away."}},
		{"MX", translations.Spanish, []string{"Si alguien puede tener una intoxicación por alcohol", "Llama al 911 de inmediato.", "posición lateral de seguridad"}},
	}
	for _, tt := range tests {
		screen := helpFor(t, tt.country, tt.lang).texts()
		for _, want := range tt.has {
			if !strings.Contains(screen, want) {
				t.Errorf("Get help now for %s (%s) lacks %q", tt.country, tt.lang, want)
			}
		}
	}
}
