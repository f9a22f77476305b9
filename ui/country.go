package ui

import (
	"context"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/widgets"
)

// defaultCountry is the computer's region when Get help now covers it,
// otherwise "another country".
func defaultCountry(h *content.Help) string {
	if c, ok := h.Country(translations.SystemRegion()); ok {
		return c.Code
	}
	return content.OtherCountry
}

// countryCode is the country chosen for Get help now.
func (sh *Shell) countryCode() string {
	return sh.deps.Store.GetOr(context.Background(), store.SettingCountry, defaultCountry(sh.deps.Help))
}

// countryPicker lists the countries by their translated names with the
// chosen one selected; a new choice is saved, then onSaved runs.
func (sh *Shell) countryPicker(onSaved func()) *widgets.Select {
	var codes, names []string
	for _, c := range sh.deps.Help.Countries {
		codes = append(codes, c.Code)
		names = append(names, sh.l.ID(c.NameID()))
	}
	sel := sh.choice(names)
	current := sh.countryCode()
	for i, code := range codes {
		if code == current {
			sel.SetSelectedIndex(i)
		}
	}
	sel.OnChanged = func(string) {
		if sh.save(store.SettingCountry, codes[sel.SelectedIndex()]) && onSaved != nil {
			onSaved()
		}
	}
	return sel
}
