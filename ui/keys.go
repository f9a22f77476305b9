package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/alongside-app/alongside/ui/page"
)

// panicPresses and panicGap define the Hide key: Escape three times, each
// press within a second of the one before. It is easy to hit in a hurry and
// hard to hit by accident.
const (
	panicPresses = 3
	panicGap     = time.Second
)

// keyRouter is the window's side of the keyboard (widgets.Router): every
// control hands it the keys it does not use, so Hide, Get help now,
// section shortcuts and scrolling work whatever has focus.
type keyRouter struct {
	sh         *Shell
	escapes    int
	lastEscape time.Time
	now        func() time.Time // replaced in tests
	shortcuts  map[desktop.CustomShortcut]func()
}

// pageShortcuts are the keys a page on top may use (see page.shortcuts):
// Alt+Left and Alt+Right move between lessons.
var pageShortcuts = []desktop.CustomShortcut{
	{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt},
	{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt},
}

func newKeyRouter(sh *Shell) *keyRouter {
	k := &keyRouter{sh: sh, now: time.Now, shortcuts: map[desktop.CustomShortcut]func(){}}
	ctrl := fyne.KeyModifierShortcutDefault
	k.shortcuts[desktop.CustomShortcut{KeyName: fyne.KeyH, Modifier: ctrl | fyne.KeyModifierShift}] = sh.Hide
	k.shortcuts[desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: ctrl}] = sh.ShowHelp
	for i, s := range sections {
		id := page.Section(i)
		k.shortcuts[desktop.CustomShortcut{KeyName: s.key, Modifier: ctrl}] = func() { sh.Go(id) }
	}
	return k
}

// install makes the keys work when no control has focus.
func (k *keyRouter) install(c fyne.Canvas) {
	c.SetOnTypedKey(k.TypedKey)
	for sc := range k.shortcuts {
		sc := sc
		c.AddShortcut(&sc, func(s fyne.Shortcut) { k.TypedShortcut(s) })
	}
	for _, sc := range pageShortcuts {
		sc := sc
		c.AddShortcut(&sc, func(s fyne.Shortcut) { k.TypedShortcut(s) })
	}
}

// TypedKey gets a key no control used.
func (k *keyRouter) TypedKey(ev *fyne.KeyEvent) {
	if k.sh.hidden {
		return
	}
	k.sh.idle.touch()
	switch ev.Name {
	case fyne.KeyEscape:
		k.escape()
	case fyne.KeyF1:
		k.sh.ShowHelp()
	case fyne.KeyF2:
		k.sh.ShowSafetyPlan()
	default:
		if s := k.sh.scroller(); s != nil {
			page.ScrollByKey(s, ev.Name)
		}
	}
}

// TypedShortcut runs a window shortcut and reports whether s was one.
func (k *keyRouter) TypedShortcut(s fyne.Shortcut) bool {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return false
	}
	key := desktop.CustomShortcut{KeyName: cs.KeyName, Modifier: cs.Modifier}
	run, ok := k.shortcuts[key]
	if !ok {
		run, ok = k.sh.Top().Shortcuts[key]
	}
	if !ok {
		return false
	}
	if !k.sh.hidden {
		k.sh.idle.touch()
		run()
	}
	return true
}

// FocusGained scrolls a control that Tab moved to into view.
func (k *keyRouter) FocusGained(o fyne.CanvasObject) {
	k.sh.idle.touch()
	if s := k.sh.scroller(); s != nil {
		page.ScrollIntoView(s, o)
	}
}

// escape counts presses; the third in a row, each within panicGap of the
// one before, hides the window.
func (k *keyRouter) escape() {
	now := k.now()
	if k.escapes > 0 && now.Sub(k.lastEscape) > panicGap {
		k.escapes = 0
	}
	k.escapes++
	k.lastEscape = now
	if k.escapes >= panicPresses {
		k.escapes = 0
		k.sh.Hide()
	}
}

// scroller is the scrolling part of the page on screen, if it has one.
func (sh *Shell) scroller() *container.Scroll {
	s, _ := sh.Top().Obj.(*container.Scroll)
	return s
}
