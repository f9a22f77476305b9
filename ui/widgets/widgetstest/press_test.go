package widgetstest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// keyWidget records what a focused widget gets.
type keyWidget struct {
	widget.BaseWidget
	keys      []fyne.KeyName
	shortcuts []string
	down, up  int
}

func newKeyWidget() *keyWidget {
	k := &keyWidget{}
	k.ExtendBaseWidget(k)
	return k
}

func (k *keyWidget) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(widget.NewLabel("k"))
}
func (k *keyWidget) FocusGained()               {}
func (k *keyWidget) FocusLost()                 {}
func (k *keyWidget) TypedRune(rune)             {}
func (k *keyWidget) TypedKey(ev *fyne.KeyEvent) { k.keys = append(k.keys, ev.Name) }
func (k *keyWidget) TypedShortcut(s fyne.Shortcut) {
	k.shortcuts = append(k.shortcuts, s.ShortcutName())
}
func (k *keyWidget) KeyDown(*fyne.KeyEvent) { k.down++ }
func (k *keyWidget) KeyUp(*fyne.KeyEvent)   { k.up++ }

func TestPressKeyDispatchesLikeTheDesktopDriver(t *testing.T) {
	test.NewTempApp(t)
	a, b := newKeyWidget(), newKeyWidget()
	w := test.NewWindow(container.NewVBox(a, b))
	defer w.Close()
	c := w.Canvas()

	var canvasKeys []fyne.KeyName
	var canvasShortcuts int
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { canvasKeys = append(canvasKeys, ev.Name) })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { canvasShortcuts++ })

	PressKey(c, &fyne.KeyEvent{Name: fyne.KeyF1}, 0)
	PressKey(c, &fyne.KeyEvent{Name: fyne.KeyG}, fyne.KeyModifierShortcutDefault)
	if len(canvasKeys) != 1 || canvasShortcuts != 1 {
		t.Errorf("nothing focused: canvas got keys %v, %d shortcuts", canvasKeys, canvasShortcuts)
	}

	PressKey(c, &fyne.KeyEvent{Name: fyne.KeyTab}, 0)
	if c.Focused() != a {
		t.Fatalf("Tab focused %v", c.Focused())
	}
	PressKey(c, &fyne.KeyEvent{Name: fyne.KeyUp}, fyne.KeyModifierShift)
	PressKey(c, &fyne.KeyEvent{Name: fyne.KeyG}, fyne.KeyModifierShortcutDefault)
	PressKey(c, &fyne.KeyEvent{Name: fyne.KeyC}, fyne.KeyModifierShortcutDefault)
	if len(a.keys) != 1 || a.keys[0] != fyne.KeyUp {
		t.Errorf("focused widget got keys %v, want Up (Shift+Up is not a shortcut)", a.keys)
	}
	if len(a.shortcuts) != 2 || a.shortcuts[1] != "Copy" || canvasShortcuts != 1 {
		t.Errorf("focused widget got shortcuts %v, canvas %d", a.shortcuts, canvasShortcuts)
	}
	// The first Tab went down with nothing focused and came up on a.
	if a.down != 3 || a.up != 4 {
		t.Errorf("KeyDown %d, KeyUp %d; want 3 and 4", a.down, a.up)
	}
	PressKey(c, &fyne.KeyEvent{Name: fyne.KeyTab}, 0)
	PressKey(c, &fyne.KeyEvent{Name: fyne.KeyTab}, fyne.KeyModifierShift)
	if c.Focused() != a || len(a.keys) != 1 {
		t.Errorf("Tab then Shift+Tab: focus on %v, keys %v", c.Focused(), a.keys)
	}
}
