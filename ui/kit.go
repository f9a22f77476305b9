package ui

import (
	"net/url"

	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/widgets"
)

// kit makes the controls screens are built from, in the current language.
// Every control it makes leaves the window's keys (Hide, Get help now,
// section shortcuts, scrolling) working while it has focus.
type kit struct {
	l    *translations.Localizer
	keys widgets.Router
	open func(*url.URL) // opens a page, or explains why it could not
	copy func(string)   // puts text on the clipboard
	bg   background
}

func (k kit) button(text string, icon fyne.Resource, tapped func()) *widgets.Button {
	return widgets.NewButton(text, icon, tapped, k.keys)
}

// link opens u in the browser, and says on screen when it cannot.
func (k kit) link(text string, u *url.URL) *widgets.Hyperlink {
	h := widgets.NewHyperlink(text, u, k.keys)
	h.OnTapped = func() { k.open(u) }
	return h
}

// choice is a drop-down list.
func (k kit) choice(options []string) *widgets.Select {
	return widgets.NewSelect(options, k.keys)
}

// radio is a set of choices shown together, one of which is chosen.
func (k kit) radio(labels []string) *widgets.Choice {
	opts := make([]widgets.ChoiceOption, len(labels))
	for i, l := range labels {
		opts[i] = widgets.ChoiceOption{Label: l}
	}
	c := widgets.NewChoice(opts, k.keys)
	c.Radio = true
	c.Wrap = true
	return c
}
