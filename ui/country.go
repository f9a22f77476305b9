package ui

import (
	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/translations"
)

// defaultCountry is the computer's region when Get help now covers it,
// otherwise "another country".
func defaultCountry(h *content.Help) string {
	if c, ok := h.Country(translations.SystemRegion()); ok {
		return c.Code
	}
	return content.OtherCountry
}

// countryChoices lists the countries' codes and translated names in order.
func countryChoices(sh *Shell) (codes, names []string) {
	for _, c := range sh.deps.Help.Countries {
		codes = append(codes, c.Code)
		names = append(names, sh.l.ID(c.NameID()))
	}
	return codes, names
}
