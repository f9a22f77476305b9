package help

import (
	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// DefaultCountry is the computer's region when Get help now covers it,
// otherwise "another country".
func DefaultCountry(h *content.Help) string {
	if c, ok := h.Country(translations.SystemRegion()); ok {
		return c.Code
	}
	return content.OtherCountry
}

// BrowseCountry is a country looked at for a while, on one page, kept in memory only: it
// starts at the help country and never changes it.
type BrowseCountry struct{ code string }

// CountryPicker lists the countries by their translated names with the
// chosen one selected; a new choice is saved, then onSaved runs.
func CountryPicker(k page.Kit, h *content.Help, setting CountrySetting, onSaved func()) *widgets.Select {
	var codes, names []string
	for _, c := range h.Countries {
		codes = append(codes, c.Code)
		names = append(names, k.L.ID(c.NameID()))
	}
	sel := k.Choice(names)
	ShowCountry(sel, h, setting.Country())
	sel.OnChanged = func(string) {
		i := sel.SelectedIndex()
		if i < 0 || codes[i] == setting.Country() { // shown again, not chosen (showCountry)
			return
		}
		if !setting.SetCountry(codes[i]) {
			ShowCountry(sel, h, setting.Country()) // not saved (already explained): show what is
			return
		}
		if onSaved != nil {
			onSaved()
		}
	}
	return sel
}

// ShowCountry selects code in a CountryPicker without choosing it again.
func ShowCountry(sel *widgets.Select, h *content.Help, code string) {
	for i, c := range h.Countries {
		if c.Code == code && sel.SelectedIndex() != i {
			sel.SetSelectedIndex(i)
		}
	}
}

func (b *BrowseCountry) Country() string { return b.code }

func (b *BrowseCountry) SetCountry(code string) bool { b.code = code; return true }

// Browse starts browsing at code, the help country.
func Browse(code string) *BrowseCountry { return &BrowseCountry{code: code} }
