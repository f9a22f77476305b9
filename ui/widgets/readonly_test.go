package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/ui/widgets/widgetstest"
)

// Nothing the keyboard or the clipboard can do changes a read-only text.
func TestReadOnlyTextRefusesEveryEdit(t *testing.T) {
	for _, multi := range []bool{false, true} {
		r := &fakeRouter{}
		ro := NewReadOnlyText("one two", multi, r)
		c := show(t, ro)
		c.Focus(ro)
		fyne.CurrentApp().Clipboard().SetContent("pasted")
		test.Type(ro, "typed")
		for _, k := range []fyne.KeyName{fyne.KeyBackspace, fyne.KeyDelete, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEnd, fyne.KeyBackspace} {
			press(c, k)
		}
		for _, k := range []fyne.KeyName{fyne.KeyV, fyne.KeyX, fyne.KeyZ, fyne.KeyBackspace, fyne.KeyA, fyne.KeyX} {
			widgetstest.PressKey(c, &fyne.KeyEvent{Name: k}, ctrl)
		}
		widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyInsert}, fyne.KeyModifierShift)
		widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyDelete}, fyne.KeyModifierShift)
		if ro.Text != "one two" {
			t.Errorf("multiLine=%v: the read-only text became %q", multi, ro.Text)
		}
	}
}

// It can be selected and copied, by keyboard too.
func TestReadOnlyTextSelectsAndCopies(t *testing.T) {
	r := &fakeRouter{}
	ro := NewReadOnlyText("one two", true, r)
	c := show(t, ro)
	c.Focus(ro)
	widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyA}, ctrl)
	widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyC}, ctrl)
	if got := fyne.CurrentApp().Clipboard().Content(); got != "one two" {
		t.Errorf("Ctrl+A, Ctrl+C copied %q", got)
	}
	press(c, fyne.KeyHome)
	widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyRight}, ctrl|fyne.KeyModifierShift)
	if got := ro.SelectedText(); got != "one" {
		t.Errorf("Ctrl+Shift+Right from the start selected %q, want one", got)
	}
}

// The window's keys go through while it has focus: Escape, F1, Ctrl+G.
func TestReadOnlyTextPassesTheWindowKeys(t *testing.T) {
	for _, multi := range []bool{false, true} {
		r := &fakeRouter{use: isCtrl(fyne.KeyG)}
		ro := NewReadOnlyText("text", multi, r)
		c := show(t, ro)
		c.Focus(ro)
		press(c, fyne.KeyEscape)
		press(c, fyne.KeyF1)
		widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyG}, ctrl)
		if !r.gotKey(fyne.KeyEscape) || !r.gotKey(fyne.KeyF1) || !r.gotShortcut(fyne.KeyG) {
			t.Errorf("multiLine=%v: the window got keys %v and shortcuts %v", multi, r.keys, r.shortcuts)
		}
	}
}

// A right click offers only Copy and Select all.
func TestReadOnlyTextMenuOnlyCopies(t *testing.T) {
	ro := NewReadOnlyText("text", true, nil)
	c := show(t, ro)
	test.TapSecondary(ro)
	top := c.Overlays().Top()
	if top == nil {
		t.Fatal("no menu on a right click")
	}
	var items []string
	for _, o := range test.LaidOutObjects(top) {
		if txt, ok := o.(*canvas.Text); ok && txt.Visible() && txt.Text != "" {
			items = append(items, txt.Text)
		}
	}
	if len(items) != 2 || items[0] != "Copy" || items[1] != "Select all" {
		t.Errorf("the menu offers %q", items)
	}
}
