package page

import (
	"net/url"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/widgets"
)

// Kit makes the controls screens are built from, in the current language.
// Every control it makes leaves the window's keys (Hide, Get help now,
// section shortcuts, scrolling) working while it has focus.
type Kit struct {
	L    *translations.Localizer
	Keys widgets.Router
	Open func(*url.URL) // opens a page, or explains why it could not
	Copy func(string)   // puts text on the clipboard
	BG   Background
	// Active, when set, is told the person did something (auto-lock).
	Active func()
}

func (k Kit) Button(text string, icon fyne.Resource, tapped func()) *widgets.Button {
	return widgets.NewButton(text, icon, func() {
		k.Touch()
		if tapped != nil {
			tapped()
		}
	}, k.Keys)
}

// RecordLink opens something the person wrote or chose, named by text cut
// short with an ellipsis to fit the window. (A button keeps its whole text,
// so a long entry or name would make a phone-width window wider.)
func (k Kit) RecordLink(text string, open func()) *widgets.Hyperlink {
	h := widgets.NewHyperlink(text, nil, k.Keys)
	h.Truncation = fyne.TextTruncateEllipsis
	h.OnTapped = func() {
		k.Touch()
		open()
	}
	return h
}

// Link opens u in the browser, and says on screen when it cannot.
func (k Kit) Link(text string, u *url.URL) *widgets.Hyperlink {
	h := widgets.NewHyperlink(text, u, k.Keys)
	h.OnTapped = func() { k.Open(u) }
	return h
}

// Choice is a drop-down list.
func (k Kit) Choice(options []string) *widgets.Select {
	return widgets.NewSelect(options, k.Keys)
}

// Radio is a set of choices shown together, one of which is chosen.
func (k Kit) Radio(labels []string) *widgets.Choice {
	opts := make([]widgets.ChoiceOption, len(labels))
	for i, l := range labels {
		opts[i] = widgets.ChoiceOption{Label: l}
	}
	c := widgets.NewChoice(opts, k.Keys)
	c.Radio = true
	c.Wrap = true
	return c
}

// Entry is a one-line text field.
func (k Kit) Entry(placeholder string) *widgets.Entry {
	e := widgets.NewEntry(k.Keys)
	e.PlaceHolder = placeholder
	e.OnChanged = func(string) { k.Touch() }
	return e
}

// Text is a field for writing of any length; its lines wrap.
func (k Kit) Text(placeholder string, rows int) *widgets.Entry {
	e := widgets.NewMultiLineEntry(k.Keys)
	e.PlaceHolder = placeholder
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	e.OnChanged = func(string) { k.Touch() }
	return e
}

// ReadOnly shows text to select and copy, not to change, on rows lines
// that wrap at words and scroll. A text longer than a few pages is added a
// piece at a time (see widgets.Entry.SetLongText).
func (k Kit) ReadOnly(text string, rows int) *widgets.ReadOnlyText {
	t := widgets.NewReadOnlyText("", true, k.Keys)
	t.SetMinRowsVisible(rows)
	t.SetLongText(text, nil)
	return t
}

// Password is a one-line field that hides what is typed.
func (k Kit) Password(placeholder string) *widgets.Entry {
	e := k.Entry(placeholder)
	e.Password = true
	return e
}

// Check is a tick box.
func (k Kit) Check(label string, changed func(bool)) *widgets.Check {
	return widgets.NewCheck(label, changed, k.Keys)
}

// List is a virtual list: it makes widgets only for the rows on screen.
func (k Kit) List(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *widgets.List {
	return widgets.NewList(length, create, update, k.Keys)
}

// Touch tells the auto-lock the person is here.
func (k Kit) Touch() {
	if k.Active != nil {
		k.Active()
	}
}

func ParseURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

// SourceLink is a link whose words wrap at any width.
func SourceLink(k Kit, text string, u *url.URL) fyne.CanvasObject {
	link := k.Link(text, u)
	link.Wrapping = fyne.TextWrapWord
	return link
}

// CopiedFeedback is how long a "Copied" confirmation stays.
const CopiedFeedback = 2 * time.Second
