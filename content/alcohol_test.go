package content

import (
	"regexp"
	"strings"
	"testing"
)

// Every country's overdose card also says what to do in alcohol poisoning: the signs, a first
// step that calls that country's emergency number, keeping them on their side, never leaving
// them, and no coffee or cold shower; in every language, in the informal "tú" in Spanish.
func TestEveryCardCoversAlcoholPoisoning(t *testing.T) {
	h := loadHelp(t)
	usted := regexp.MustCompile(`(?i)\b(usted|ustedes)\b`)
	for _, c := range h.Cards {
		a := c.Alcohol
		if a.TitleID == "" || len(a.Signs) < 5 || len(a.Steps) < 3 || len(a.Avoid) == 0 {
			t.Errorf("%s: the alcohol-poisoning part is missing or short: %+v", c.Country, a)
			continue
		}
		if a.Steps[0] != "Overdose."+c.Country+".AlcoholCall" {
			t.Errorf("%s: the alcohol steps start with %q; want the country's own call", c.Country, a.Steps[0])
		}
		if a.Verified == VerifiedUnverified || a.Verified == "" || a.Checked.IsZero() || len(a.Evidence) == 0 {
			t.Errorf("%s: the alcohol-poisoning part needs how sure, when checked and its evidence", c.Country)
		}
		for _, lang := range languages {
			words := joined(h.texts[lang.String()], a.messageIDs())
			if n := h.emergencyNumber(c.Country); n != "" && !mentionsNumber(h.texts[lang.String()][a.Steps[0]], n) {
				t.Errorf("%s (%s): the alcohol call step does not name %s", c.Country, lang, n)
			}
			if lang.String() == "es" && usted.MatchString(words) {
				t.Errorf("%s: the Spanish alcohol words use usted; write tú", c.Country)
			}
		}
	}
	en := h.texts["en"]
	all := strings.ToLower(joined(en, h.Cards[0].Alcohol.messageIDs()))
	for _, want := range []string{"cannot wake", "breathing", "vomit", "bluish", "seizure", "on their side", "coffee", "cold shower", "alone"} {
		if !strings.Contains(all, want) {
			t.Errorf("the English alcohol-poisoning words do not say %q:\n%s", want, all)
		}
	}
}
