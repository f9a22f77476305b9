package ui

import (
	"context"

	"github.com/alongside-app/alongside/ui/page"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/widgets"
)

// The help country is the person's own: the country whose emergency number and helplines
// Get help now (F1) and the safety plan (F2) show. It is one setting, chosen in Settings, in
// F1 or in F2, and each of them shows the one stored choice: F1 and F2 are made afresh each
// time they open, and Settings reads the choice again each time it comes on screen.
// Browsing another country's help (Meetings, Other help near you) uses a browseCountry,
// which never touches the setting.

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

// browseCountry is a country looked at for a while, on one page, kept in memory only: it
// starts at the help country and never changes it.
type browseCountry struct{ code string }

// browsing starts browsing at the help country.
func (sh *Shell) browsing() *browseCountry { return &browseCountry{code: sh.country()} }

func (b *browseCountry) country() string { return b.code }

func (b *browseCountry) setCountry(code string) bool { b.code = code; return true }

// countryPicker lists the countries by their translated names with the
// chosen one selected; a new choice is saved, then onSaved runs.
func countryPicker(k page.Kit, h *content.Help, setting countrySetting, onSaved func()) *widgets.Select {
	var codes, names []string
	for _, c := range h.Countries {
		codes = append(codes, c.Code)
		names = append(names, k.L.ID(c.NameID()))
	}
	sel := k.Choice(names)
	showCountry(sel, h, setting.country())
	sel.OnChanged = func(string) {
		i := sel.SelectedIndex()
		if i < 0 || codes[i] == setting.country() { // shown again, not chosen (showCountry)
			return
		}
		if !setting.setCountry(codes[i]) {
			showCountry(sel, h, setting.country()) // not saved (already explained): show what is
			return
		}
		if onSaved != nil {
			onSaved()
		}
	}
	return sel
}

// showCountry selects code in a countryPicker without choosing it again.
func showCountry(sel *widgets.Select, h *content.Help, code string) {
	for i, c := range h.Countries {
		if c.Code == code && sel.SelectedIndex() != i {
			sel.SetSelectedIndex(i)
		}
	}
}
