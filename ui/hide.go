package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/ui/assets"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgHiddenTitle = &i18n.Message{
		ID: "Hide.WindowTitle", Description: "Neutral window title while the app is hidden; must not hint at the app",
		Other: "Untitled",
	}
	msgHiddenReturn = &i18n.Message{
		ID: "Hide.Return", Description: "Small, neutral button on the hidden screen that brings the app back",
		Other: "Continue",
	}
)

// hookKind names a moment other parts of the app can act on.
type hookKind int

const (
	hookHide   hookKind = iota // the window was just hidden (the lock will lock)
	hookReveal                 // the app came back from the neutral screen
)

// OnHide runs fn each time the window is hidden.
func (sh *Shell) OnHide(fn func()) { sh.addHook(hookHide, fn) }

// OnReveal runs fn each time the app comes back from the neutral screen.
func (sh *Shell) OnReveal(fn func()) { sh.addHook(hookReveal, fn) }

func (sh *Shell) addHook(k hookKind, fn func()) {
	if sh.hooks == nil {
		sh.hooks = map[hookKind][]func(){}
	}
	sh.hooks[k] = append(sh.hooks[k], fn)
}

func (sh *Shell) runHooks(k hookKind) {
	for _, fn := range sh.hooks[k] {
		fn()
	}
}

// Hide replaces the whole window at once with a plain, neutral screen, and
// the window's title and icon with neutral ones. Nothing on it names the
// app; only a deliberate click (or Tab and Enter) on its one small button
// brings the app back.
func (sh *Shell) Hide() {
	if sh.hidden {
		return
	}
	sh.hidden = true
	sh.win.SetTitle(sh.l.T(msgHiddenTitle))
	sh.setIcon(assets.Neutral)
	sh.coverOverlays()
	sh.root.Objects = []fyne.CanvasObject{sh.hiddenScreen()}
	sh.root.Refresh()
	sh.win.Canvas().Unfocus()
	sh.runHooks(hookHide)
}

// Reveal brings the app back from the hidden screen.
func (sh *Shell) Reveal() {
	if !sh.hidden {
		return
	}
	sh.hidden = false
	sh.win.SetTitle(sh.l.T(page.MsgAppName))
	sh.setIcon(assets.Icon)
	for _, o := range sh.covered {
		o.Show()
	}
	sh.covered = nil
	sh.root.Objects = []fyne.CanvasObject{sh.frame}
	sh.root.Refresh()
	sh.runHooks(hookReveal)
}

// Hidden reports whether the neutral screen is showing.
func (sh *Shell) Hidden() bool { return sh.hidden }

func (sh *Shell) hiddenScreen() fyne.CanvasObject {
	bg := canvas.NewRectangle(fynetheme.Color(fynetheme.ColorNameBackground))
	back := sh.kit().Button(sh.l.T(msgHiddenReturn), nil, sh.Reveal)
	back.Importance = widget.LowImportance
	corner := container.NewVBox(layout.NewSpacer(), container.NewHBox(layout.NewSpacer(), back))
	return container.NewStack(bg, container.NewPadded(corner))
}

// coverOverlays hides open dialogs and pop-up menus too, remembering them
// so Reveal can bring them back as they were.
func (sh *Shell) coverOverlays() {
	for _, o := range sh.win.Canvas().Overlays().List() {
		if o.Visible() {
			o.Hide()
			sh.covered = append(sh.covered, o)
		}
	}
}

// setIcon sets the window's icon and remembers it (the test driver keeps none).
func (sh *Shell) setIcon(r fyne.Resource) {
	sh.icon = r
	sh.win.SetIcon(r)
}
