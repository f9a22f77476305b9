// Package ui is Alongside's window: the navigation, one file per screen,
// Get help now and Hide. Screens reach data only through the store and
// content packages they are given.
package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/theme"
)

// Deps is what the window needs from the composition root.
type Deps struct {
	Store   *store.Store
	Bundle  *i18n.Bundle
	Help    *content.Help
	DataDir string
}

// minWindowSize keeps every screen usable; the window opens a little larger.
var (
	minWindowSize   = fyne.NewSize(860, 600)
	startWindowSize = fyne.NewSize(1000, 700)
)

var msgAppName = &i18n.Message{ID: "App.Name", Description: "The app's name, shown as the window title", Other: "Alongside"}

// Create builds Alongside's interface into w, applying the stored
// language and theme. It returns the shell so tests can drive it.
func Create(a fyne.App, w fyne.Window, d Deps) *Shell {
	ctx := context.Background()
	sh := &Shell{app: a, win: w, deps: d, current: sectionHome, root: container.NewStack(), later: after}
	sh.applyTheme(d.Store.GetOr(ctx, store.SettingTheme, theme.ModeSystem))
	sh.setLanguage(d.Store.GetOr(ctx, store.SettingLanguage, translations.System))
	sh.keys = newKeyRouter(sh)
	sh.keys.install(w.Canvas())
	sh.rebuild()
	setContentOnce(w, sh.root)
	return sh
}

// setContentOnce shows content at the start size with a single layout
// pass. Fyne first lays new content out at its minimum size and then at the
// window's; asking for the start size as the minimum while the content is
// set makes the two passes one, and wrapping text is what start-up spends
// most on. The real minimum applies from the next frame.
func setContentOnce(w fyne.Window, content fyne.CanvasObject) {
	frame := &minSizeLayout{min: startWindowSize}
	w.SetPadded(false) // the content size is then the window size
	w.Resize(startWindowSize)
	w.SetContent(container.New(frame, container.NewPadded(content)))
	frame.min = minWindowSize
}
