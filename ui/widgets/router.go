package widgets

import (
	"fyne.io/fyne/v2"
)

// A focused widget gets every key (see Fyne's internal/driver/glfw/window.go,
// processKeyPressed), so the window's own keys - Escape three times to hide,
// F1 for Get help now, Ctrl+G, Ctrl+Shift+H, Ctrl+1..9, and Page Up/Down,
// Home/End and the arrows to scroll - would stop working once a control has
// focus. Every control in this package therefore hands the keys it does not
// use to a Router, and forwards modifier shortcuts to it as well.

// Router is the window's side of the keyboard.
type Router interface {
	// TypedKey gets a key the focused widget did not use (Escape, F1,
	// PageUp, Down ...).
	TypedKey(*fyne.KeyEvent)
	// TypedShortcut gets a shortcut; it returns true when the window used
	// it (Ctrl+G, Ctrl+Shift+H, Ctrl+1..9).
	TypedShortcut(fyne.Shortcut) bool
	// FocusGained says the widget now has focus: the window scrolls it
	// into view.
	FocusGained(fyne.CanvasObject)
}

// passKey hands ev to r; with no router the key is dropped.
func passKey(r Router, ev *fyne.KeyEvent) {
	if r != nil {
		r.TypedKey(ev)
	}
}

// passShortcut offers s to r and reports whether r used it.
func passShortcut(r Router, s fyne.Shortcut) bool {
	return r != nil && r.TypedShortcut(s)
}

// reportFocus tells r that o gained focus.
func reportFocus(r Router, o fyne.CanvasObject) {
	if r != nil {
		r.FocusGained(o)
	}
}

// isActivate reports whether a key presses a control: Space, Enter or
// Return.
func isActivate(k fyne.KeyName) bool {
	return k == fyne.KeySpace || k == fyne.KeyReturn || k == fyne.KeyEnter
}

// focusSelf gives w keyboard focus, as a click on it does on the desktop.
func focusSelf(w fyne.Focusable) {
	if fyne.CurrentDevice().IsMobile() {
		return
	}
	o, ok := w.(fyne.CanvasObject)
	if !ok {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil && c.Focused() != w {
		c.Focus(w)
	}
}

// unfocusSelf lets go of focus held by w (used when w is hidden).
func unfocusSelf(w fyne.Focusable) {
	o, ok := w.(fyne.CanvasObject)
	if !ok {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil && c.Focused() == w {
		c.Unfocus()
	}
}
