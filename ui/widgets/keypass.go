package widgets

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A focused widget gets every key, so the window's own keys (Escape three
// times to hide, F1 for help) would stop working once the person moves
// with Tab onto a button. These widgets pass those keys on instead.

// route hands a key that belongs to the window (Escape, F1) to pass, and
// any other key to the widget's own handler.
func route(ev *fyne.KeyEvent, pass, own func(*fyne.KeyEvent)) {
	if (ev.Name == fyne.KeyEscape || ev.Name == fyne.KeyF1) && pass != nil {
		pass(ev)
		return
	}
	own(ev)
}

// Button is a widget.Button that passes the window's keys to pass.
type Button struct {
	widget.Button
	pass func(*fyne.KeyEvent)
}

// NewButton makes a button with an optional icon.
func NewButton(text string, icon fyne.Resource, tapped func(), pass func(*fyne.KeyEvent)) *Button {
	b := &Button{pass: pass}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey passes the window's keys on and handles the rest as a button.
func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	route(ev, b.pass, b.Button.TypedKey)
}

// Select is a widget.Select that passes the window's keys to pass.
type Select struct {
	widget.Select
	pass func(*fyne.KeyEvent)
}

// NewSelect makes a drop-down list of options.
func NewSelect(options []string, pass func(*fyne.KeyEvent)) *Select {
	s := &Select{pass: pass}
	s.Options = options
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey passes the window's keys on and handles the rest as a select.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	route(ev, s.pass, s.Select.TypedKey)
}

// Hyperlink is a widget.Hyperlink that passes the window's keys to pass.
type Hyperlink struct {
	widget.Hyperlink
	pass func(*fyne.KeyEvent)
}

// NewHyperlink makes a link that opens u.
func NewHyperlink(text string, u *url.URL, pass func(*fyne.KeyEvent)) *Hyperlink {
	h := &Hyperlink{pass: pass}
	h.Text, h.URL = text, u
	h.ExtendBaseWidget(h)
	return h
}

// TypedKey passes the window's keys on and handles the rest as a link.
func (h *Hyperlink) TypedKey(ev *fyne.KeyEvent) {
	route(ev, h.pass, h.Hyperlink.TypedKey)
}
