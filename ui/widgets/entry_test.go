package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/ui/widgets/widgetstest"
)

func TestEntryTypesAndPassesEscape(t *testing.T) {
	r := &fakeRouter{}
	e := NewEntry(r)
	c := show(t, e)
	c.Focus(e)
	test.Type(e, "ab")
	press(c, fyne.KeyEscape)
	press(c, fyne.KeyF1)
	if e.Text != "ab" {
		t.Errorf("text %q, want ab", e.Text)
	}
	if len(r.keys) != 2 || r.keys[0] != fyne.KeyEscape || r.keys[1] != fyne.KeyF1 {
		t.Errorf("the window got %v", r.keys)
	}
	press(c, fyne.KeyBackspace)
	press(c, fyne.KeyHome)
	press(c, fyne.KeyDelete)
	if e.Text != "" || len(r.keys) != 2 {
		t.Errorf("editing keys: text %q, window got %v", e.Text, r.keys)
	}
}

func TestEntrySelectAllStillWorks(t *testing.T) {
	r := &fakeRouter{}
	e := NewEntry(r)
	c := show(t, e)
	c.Focus(e)
	test.Type(e, "ab")
	widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyA}, ctrl)
	if e.SelectedText() != "ab" {
		t.Errorf("Ctrl+A selected %q", e.SelectedText())
	}
}

// A Ctrl shortcut goes to the window first; only when the window does not
// use it does the entry get it.
func TestEntryOffersCtrlShortcutsToTheWindowFirst(t *testing.T) {
	for _, windowUses := range []bool{false, true} {
		r := &fakeRouter{}
		if windowUses {
			r.use = isCtrl(fyne.KeyLeft)
		}
		e := NewEntry(r)
		c := show(t, e)
		c.Focus(e)
		test.Type(e, "one two")
		widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyLeft}, ctrl) // word left
		if !r.gotShortcut(fyne.KeyLeft) {
			t.Error("the window was not offered Ctrl+Left")
		}
		moved := e.CursorColumn != 7
		if moved == windowUses {
			t.Errorf("window uses Ctrl+Left %v: cursor at %d", windowUses, e.CursorColumn)
		}
	}
}

func TestEntryCtrlGGoesToTheWindowOnly(t *testing.T) {
	r := &fakeRouter{use: isCtrl(fyne.KeyG)}
	e := NewMultiLineEntry(r)
	c := show(t, e)
	c.Focus(e)
	test.Type(e, "ab")
	widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyG}, ctrl)
	if !r.gotShortcut(fyne.KeyG) || e.Text != "ab" || len(r.keys) != 0 {
		t.Errorf("Ctrl+G: window shortcuts %v, keys %v, text %q", r.shortcuts, r.keys, e.Text)
	}
	press(c, fyne.KeyReturn)
	if e.Text != "ab\n" {
		t.Errorf("Enter in a multi-line entry gave %q", e.Text)
	}
}
