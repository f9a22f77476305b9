package widgets

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Entry is a widget.Entry that keeps the window's keys working. It keeps
// its own typing and editing keys (arrows, Home/End, Backspace, Delete,
// Enter ...), but passes Escape and the function keys F1-F12, which it has
// no use for, to the Router, and Page Up/Down too when its text cannot move
// that way (so the page scrolls). Tab and Shift+Tab always move to the next
// or previous control: a tab character is never wanted here. A Ctrl (Cmd on
// macOS) shortcut goes to the router first; one the router does not use
// (Ctrl+C, V, X, A, Z, Ctrl+Left ...) then goes to the entry. Fyne's focused
// border marks it while it has focus.
type Entry struct {
	widget.Entry
	r Router

	// rest is the text still to be added by SetLongText, and then what
	// runs once it is all there.
	rest string
	then func()
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

// AcceptsTab is false: Tab leaves the field, in one-line and multi-line
// fields alike.
func (e *Entry) AcceptsTab() bool { return false }

// TypedKey passes Escape and F1-F12 to the router, and Page Up/Down when
// the text cannot scroll that way, and gives every other key to the field.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if passedByEntry(ev.Name) || e.pageKeyForWindow(ev.Name) {
		passKey(e.r, ev)
		return
	}
	e.Entry.TypedKey(ev)
}

// SetText replaces the text, and stops what SetLongText had left to add.
func (e *Entry) SetText(text string) {
	e.rest, e.then = "", nil
	e.Entry.SetText(text)
}

// pageKeyForWindow tells whether Page Up or Page Down should scroll the
// page: always in a one-line field, and in a multi-line one once its text
// is at the top (Page Up) or the bottom (Page Down), or has no scrolling.
func (e *Entry) pageKeyForWindow(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyPageUp:
		return !e.MultiLine || !e.CanScrollText(1)
	case fyne.KeyPageDown:
		return !e.MultiLine || !e.CanScrollText(-1)
	}
	return false
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

// LongTextPiece is about how much text SetLongText adds at a time: enough
// that a long text is all there within a second or two, little enough that
// each piece is laid out well within the time Hide may take.
const LongTextPiece = 4000

// SetLongText shows text in the field. A short text is set at once. A long
// one is set a piece at a time, each piece ending at a line break where
// there is one, each added on a later turn of the window's loop, so the
// window keeps drawing and answering keys (Hide above all) while a long
// text is laid out. Meanwhile FullText is the whole text, OnChanged is not
// called for the pieces added, and the person may already read, scroll and
// type in what is shown (the rest is added after it, where it belongs);
// then runs once it is all there (at once for a short text). Setting the
// text again stops what was left.
func (e *Entry) SetLongText(text string, then func()) {
	first, rest := splitPiece(text, LongTextPiece)
	e.rest, e.then = "", nil
	changed := e.OnChanged
	e.OnChanged = nil
	e.SetText(first)
	e.OnChanged = changed
	e.rest, e.then = rest, then
	if rest == "" {
		e.addRest() // runs then
		return
	}
	later(e.addRest)
}

// addRest adds the next piece, then asks for the one after it.
func (e *Entry) addRest() {
	if e.rest == "" {
		if then := e.then; then != nil {
			e.then = nil
			then()
		}
		return
	}
	piece, rest := splitPiece(e.rest, LongTextPiece)
	changed := e.OnChanged
	e.OnChanged = nil
	e.Append(piece)
	e.OnChanged = changed
	e.rest = rest
	later(e.addRest)
}

// later runs fn on a later turn of the window's loop (at once in tests,
// where the test driver runs it in place).
var later = func(fn func()) { fyne.Do(fn) }

// Loading tells whether SetLongText is still adding text.
func (e *Entry) Loading() bool { return e.rest != "" }

// FullText is the field's text, all of it even while SetLongText is still
// adding it: what is read to save or to keep as a draft.
func (e *Entry) FullText() string { return e.Text + e.rest }

// splitPiece cuts text after about n bytes: after the last line break
// before n when there is one in the second half, else after a space, and
// never inside a character.
func splitPiece(text string, n int) (string, string) {
	if len(text) <= n {
		return text, ""
	}
	cut := strings.LastIndexByte(text[:n], '\n') + 1
	if cut < n/2 {
		cut = strings.LastIndexByte(text[:n], ' ') + 1
	}
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return text[:cut], text[cut:]
}
