package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Entry is a widget.Entry that keeps the window's keys working. It keeps
// its own typing and editing keys (arrows, Home/End, Page Up/Down,
// Backspace, Delete, Enter ...), but passes Escape and the function keys
// F1-F12, which it has no use for, to the Router. A Ctrl (Cmd on macOS)
// shortcut goes to the router first; one the router does not use (Ctrl+C,
// V, X, A, Z, Ctrl+Left ...) then goes to the entry. Fyne's focused border
// marks it while it has focus.
type Entry struct {
	widget.Entry
	r Router
}

var (
	_ fyne.Focusable    = (*Entry)(nil)
	_ fyne.Shortcutable = (*Entry)(nil)
)

// NewEntry makes a one-line text field. r may be nil.
func NewEntry(r Router) *Entry {
	e := &Entry{r: r}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry makes a text field of several lines. r may be nil.
func NewMultiLineEntry(r Router) *Entry {
	e := &Entry{r: r}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewMultiLineEntry
	e.ExtendBaseWidget(e)
	return e
}

// FocusGained focuses the field and tells the router.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	reportFocus(e.r, e)
}

// TypedKey passes Escape and F1-F12 to the router and gives every other
// key to the field.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if passedByEntry(ev.Name) {
		passKey(e.r, ev)
		return
	}
	e.Entry.TypedKey(ev)
}

func passedByEntry(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyEscape, fyne.KeyF1, fyne.KeyF2, fyne.KeyF3, fyne.KeyF4, fyne.KeyF5, fyne.KeyF6,
		fyne.KeyF7, fyne.KeyF8, fyne.KeyF9, fyne.KeyF10, fyne.KeyF11, fyne.KeyF12:
		return true
	}
	return false
}

// TypedShortcut offers a Ctrl/Cmd shortcut to the router first; the field
// gets it, and every other shortcut, when the router does not use it.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok &&
		cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 && passShortcut(e.r, s) {
		return
	}
	e.Entry.TypedShortcut(s)
}
