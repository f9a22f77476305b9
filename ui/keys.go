package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// panicPresses and panicWindow define the Hide key: Escape three times
// within a second and a half. It is easy to hit in a hurry and hard to hit
// by accident.
const (
	panicPresses = 3
	panicWindow  = 1500 * time.Millisecond
)

// keyRouter turns keys into window actions: Hide, Get help now and
// jumping to a section.
type keyRouter struct {
	sh      *Shell
	escapes []time.Time
	now     func() time.Time // replaced in tests
}

func newKeyRouter(sh *Shell) *keyRouter {
	return &keyRouter{sh: sh, now: time.Now}
}

// shortcuts with a modifier; they work while a button or the list has focus.
var (
	shortcutHide = &desktop.CustomShortcut{KeyName: fyne.KeyH, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutHelp = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault}
)

// sectionKeys are Ctrl+1 to Ctrl+8, one per section in order.
var sectionKeys = [sectionCount]fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8}

func (k *keyRouter) install(c fyne.Canvas) {
	c.SetOnTypedKey(k.typedKey)
	c.AddShortcut(shortcutHide, func(fyne.Shortcut) { k.sh.Hide() })
	c.AddShortcut(shortcutHelp, func(fyne.Shortcut) { k.sh.showHelp() })
	for i, key := range sectionKeys {
		id := sectionID(i)
		sc := &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
		c.AddShortcut(sc, func(fyne.Shortcut) { k.sh.onNavSelected(id) })
	}
}

// typedKey sees keys no focused widget used.
func (k *keyRouter) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		k.escape()
	case fyne.KeyF1:
		k.sh.showHelp()
	}
}

// escape counts presses; the third within panicWindow hides the window.
func (k *keyRouter) escape() {
	now := k.now()
	recent := k.escapes[:0]
	for _, t := range k.escapes {
		if now.Sub(t) <= panicWindow {
			recent = append(recent, t)
		}
	}
	k.escapes = append(recent, now)
	if len(k.escapes) >= panicPresses {
		k.escapes = k.escapes[:0]
		k.sh.Hide()
	}
}
