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

// country is the country chosen for Get help now.
func (sh *Shell) country() string {
	return sh.deps.Prefs.GetOr(context.Background(), store.SettingCountry, defaultCountry(sh.deps.Help))
}

// setCountry saves the country for Get help now.
func (sh *Shell) setCountry(code string) bool { return sh.save(store.SettingCountry, code) }

// countryPicker lists the countries by their translated names with the
// chosen one selected; a new choice is saved, then onSaved runs.
func countryPicker(k kit, h *content.Help, setting countrySetting, onSaved func()) *widgets.Select {
	var codes, names []string
	for _, c := range h.Countries {
		codes = append(codes, c.Code)
		names = append(names, k.l.ID(c.NameID()))
	}
	sel := k.choice(names)
	current := setting.country()
	for i, code := range codes {
		if code == current {
			sel.SetSelectedIndex(i)
		}
	}
	sel.OnChanged = func(string) {
		if setting.setCountry(codes[sel.SelectedIndex()]) && onSaved != nil {
			onSaved()
		}
	}
	return sel
}
