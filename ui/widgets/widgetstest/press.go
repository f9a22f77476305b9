// Package widgetstest helps tests drive Alongside's widgets by keyboard.
package widgetstest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// PressKey presses and releases one key with modifiers held on canvas c,
// dispatching it as Fyne's desktop driver does. It mirrors
// processKeyPressed and triggersShortcut in
// fyne.io/fyne/v2@v2.7.1/internal/driver/glfw/window.go:
//
//  1. KeyDown goes to the focused widget if it is desktop.Keyable, or to
//     the canvas's OnKeyDown when nothing has focus.
//  2. Tab without Ctrl, Alt or Super moves focus (Shift+Tab backwards)
//     unless the focused widget is fyne.Tabbable and accepts Tab.
//  3. A shortcut is made: with the platform's shortcut modifier alone (Ctrl;
//     Cmd on macOS) Z, Y, V, C/Insert, X and A become Fyne's Undo, Redo,
//     Paste, Copy, Cut and SelectAll (with the app's clipboard);
//     Shift+Insert and Shift+Delete become Paste and Cut; any other
//     modifier but Shift alone makes a desktop.CustomShortcut. A
//     shortcut goes to the focused widget if it is fyne.Shortcutable (a
//     disabled text widget only gets Copy), otherwise to the canvas's
//     shortcuts, and the key goes no further.
//  4. Otherwise the focused widget's TypedKey gets the key, or the
//     canvas's OnTypedKey when nothing has focus.
//  5. KeyUp, like KeyDown.
//
// Left out: the main menu's shortcuts, the Alt and Escape handling of the
// window menu, key repeat, and text input - the driver sends a printable
// key's character separately to TypedRune, so type text with test.Type.
// Shift with a key that is not a shortcut (Shift+Up) reaches TypedKey as
// the plain key, as in the driver.
func PressKey(c fyne.Canvas, ev *fyne.KeyEvent, mods fyne.KeyModifier) {
	keyDown(c, ev)
	defer keyUp(c, ev)

	other := mods & (fyne.KeyModifierControl | fyne.KeyModifierAlt | fyne.KeyModifierSuper)
	if ev.Name == fyne.KeyTab && other == 0 && !capturesTab(c, mods) {
		return
	}
	if triggersShortcut(c, ev.Name, mods) {
		return
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

func keyDown(c fyne.Canvas, ev *fyne.KeyEvent) {
	if f := c.Focused(); f != nil {
		if k, ok := f.(desktop.Keyable); ok {
			k.KeyDown(ev)
		}
	} else if dc, ok := c.(desktop.Canvas); ok && dc.OnKeyDown() != nil {
		dc.OnKeyDown()(ev)
	}
}

func keyUp(c fyne.Canvas, ev *fyne.KeyEvent) {
	if f := c.Focused(); f != nil {
		if k, ok := f.(desktop.Keyable); ok {
			k.KeyUp(ev)
		}
	} else if dc, ok := c.(desktop.Canvas); ok && dc.OnKeyUp() != nil {
		dc.OnKeyUp()(ev)
	}
}

func capturesTab(c fyne.Canvas, mods fyne.KeyModifier) bool {
	if t, ok := c.Focused().(fyne.Tabbable); ok && t.AcceptsTab() {
		return true
	}
	switch mods {
	case 0:
		c.FocusNext()
	case fyne.KeyModifierShift:
		c.FocusPrevious()
	}
	return false
}

func triggersShortcut(c fyne.Canvas, key fyne.KeyName, mods fyne.KeyModifier) bool {
	var shortcut fyne.Shortcut
	if mods == fyne.KeyModifierShortcutDefault {
		switch key {
		case fyne.KeyZ:
			shortcut = &fyne.ShortcutUndo{}
		case fyne.KeyY:
			shortcut = &fyne.ShortcutRedo{}
		case fyne.KeyV:
			shortcut = &fyne.ShortcutPaste{Clipboard: clipboard()}
		case fyne.KeyC, fyne.KeyInsert:
			shortcut = &fyne.ShortcutCopy{Clipboard: clipboard()}
		case fyne.KeyX:
			shortcut = &fyne.ShortcutCut{Clipboard: clipboard()}
		case fyne.KeyA:
			shortcut = &fyne.ShortcutSelectAll{}
		}
	}
	if mods == fyne.KeyModifierShift {
		switch key {
		case fyne.KeyInsert:
			shortcut = &fyne.ShortcutPaste{Clipboard: clipboard()}
		case fyne.KeyDelete:
			shortcut = &fyne.ShortcutCut{Clipboard: clipboard()}
		}
	}
	if shortcut == nil && mods != 0 && !isKeyModifier(key) && mods != fyne.KeyModifierShift {
		shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: mods}
	}
	if shortcut == nil {
		return false
	}

	if focused, ok := c.Focused().(fyne.Shortcutable); ok {
		run := true
		type selectableText interface {
			fyne.Disableable
			SelectedText() string
		}
		if st, ok := focused.(selectableText); ok && st.Disabled() {
			run = shortcut.ShortcutName() == "Copy"
		}
		if run {
			focused.TypedShortcut(shortcut)
		}
		return run
	}
	if sc, ok := c.(fyne.Shortcutable); ok {
		sc.TypedShortcut(shortcut)
	}
	return true
}

func isKeyModifier(k fyne.KeyName) bool {
	switch k {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight, desktop.KeyControlLeft, desktop.KeyControlRight,
		desktop.KeyAltLeft, desktop.KeyAltRight, desktop.KeySuperLeft, desktop.KeySuperRight:
		return true
	}
	return false
}

func clipboard() fyne.Clipboard {
	if a := fyne.CurrentApp(); a != nil {
		return a.Clipboard()
	}
	return nil
}
