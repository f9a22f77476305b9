package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// ReadOnlyText shows text the person can read, select and copy but not
// change: a path, a licence. It is an Entry that refuses every edit
// (typing, Backspace, Delete, Enter, paste, cut, undo, Ctrl+Backspace),
// so it keeps the Entry's keyboard selection (Shift+arrows, Ctrl+A,
// Ctrl+C), its scrolling and its way of passing the window's keys on.
// (Fyne's selectable Label would do the selecting, but once it has focus
// it keeps Escape, F1 and Ctrl+G to itself.)
type ReadOnlyText struct {
	Entry
}

var (
	_ fyne.Focusable         = (*ReadOnlyText)(nil)
	_ fyne.Shortcutable      = (*ReadOnlyText)(nil)
	_ fyne.SecondaryTappable = (*ReadOnlyText)(nil)
)

// NewReadOnlyText shows text on one line, or, when multiLine, on lines
// that wrap at words and scroll. r may be nil.
func NewReadOnlyText(text string, multiLine bool, r Router) *ReadOnlyText {
	t := &ReadOnlyText{}
	t.r = r
	t.MultiLine = multiLine
	t.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	if multiLine {
		t.Wrapping = fyne.TextWrapWord
	}
	t.ExtendBaseWidget(t)
	t.Entry.SetText(text)
	return t
}

// TypedRune ignores typing.
func (t *ReadOnlyText) TypedRune(rune) {}

// TypedKey lets through the keys that move (arrows, Home, End, Page Up and
// Down) and the window's keys (Escape, F1-F12); it drops the keys that edit.
func (t *ReadOnlyText) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd,
		fyne.KeyPageUp, fyne.KeyPageDown:
		t.Entry.TypedKey(ev)
	default:
		if passedByEntry(ev.Name) {
			t.Entry.TypedKey(ev) // the Entry hands them to the window
		}
	}
}

// TypedShortcut offers Ctrl shortcuts to the window first, as an Entry
// does, and keeps only those that copy, select or move.
func (t *ReadOnlyText) TypedShortcut(s fyne.Shortcut) {
	switch cs := s.(type) {
	case *fyne.ShortcutCopy, *fyne.ShortcutSelectAll:
		t.Entry.Entry.TypedShortcut(s)
	case *desktop.CustomShortcut:
		if cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 && passShortcut(t.r, s) {
			return // the window's
		}
		if moves(cs.KeyName) {
			t.Entry.Entry.TypedShortcut(s) // Ctrl+arrows move by words, with Shift select
		}
	}
}

func moves(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd:
		return true
	}
	return false
}

// TappedSecondary offers Copy and Select all, not the Entry's Cut, Paste
// and Undo.
func (t *ReadOnlyText) TappedSecondary(pe *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(t)
	if c == nil {
		return
	}
	c.Focus(t)
	clip := fyne.CurrentApp().Clipboard()
	menu := fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("Copy"), func() { t.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip}) }),
		fyne.NewMenuItem(lang.L("Select all"), func() { t.TypedShortcut(&fyne.ShortcutSelectAll{}) }),
	)
	widget.ShowPopUpMenuAtPosition(menu, c, pe.AbsolutePosition)
}
