package ui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

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
	// active, when set, is told the person did something (auto-lock).
	active func()
}

func (k kit) button(text string, icon fyne.Resource, tapped func()) *widgets.Button {
	return widgets.NewButton(text, icon, func() {
		k.touch()
		if tapped != nil {
			tapped()
		}
	}, k.keys)
}

// recordLink opens something the person wrote or chose, named by text cut
// short with an ellipsis to fit the window. (A button keeps its whole text,
// so a long entry or name would make a phone-width window wider.)
func (k kit) recordLink(text string, open func()) *widgets.Hyperlink {
	h := widgets.NewHyperlink(text, nil, k.keys)
	h.Truncation = fyne.TextTruncateEllipsis
	h.OnTapped = func() {
		k.touch()
		open()
	}
	return h
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

// entry is a one-line text field.
func (k kit) entry(placeholder string) *widgets.Entry {
	e := widgets.NewEntry(k.keys)
	e.PlaceHolder = placeholder
	e.OnChanged = func(string) { k.touch() }
	return e
}

// text is a field for writing of any length; its lines wrap.
func (k kit) text(placeholder string, rows int) *widgets.Entry {
	e := widgets.NewMultiLineEntry(k.keys)
	e.PlaceHolder = placeholder
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	e.OnChanged = func(string) { k.touch() }
	return e
}

// readOnly shows text to select and copy, not to change, on rows lines
// that wrap at words and scroll. A text longer than a few pages is added a
// piece at a time (see widgets.Entry.SetLongText).
func (k kit) readOnly(text string, rows int) *widgets.ReadOnlyText {
	t := widgets.NewReadOnlyText("", true, k.keys)
	t.SetMinRowsVisible(rows)
	t.SetLongText(text, nil)
	return t
}

// password is a one-line field that hides what is typed.
func (k kit) password(placeholder string) *widgets.Entry {
	e := k.entry(placeholder)
	e.Password = true
	return e
}

// check is a tick box.
func (k kit) check(label string, changed func(bool)) *widgets.Check {
	return widgets.NewCheck(label, changed, k.keys)
}

// list is a virtual list: it makes widgets only for the rows on screen.
func (k kit) list(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *widgets.List {
	return widgets.NewList(length, create, update, k.keys)
}

// touch tells the auto-lock the person is here.
func (k kit) touch() {
	if k.active != nil {
		k.active()
	}
}
