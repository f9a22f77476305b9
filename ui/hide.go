package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"
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

// Hide replaces the whole window at once with a plain, neutral screen.
// Nothing on it names the app; only a deliberate click (or Tab and Enter)
// on its one small button brings the app back.
func (sh *Shell) Hide() {
	if sh.hidden {
		return
	}
	sh.hidden = true
	sh.win.SetTitle(sh.l.T(msgHiddenTitle))
	sh.coverOverlays()
	sh.root.Objects = []fyne.CanvasObject{sh.hiddenScreen()}
	sh.root.Refresh()
	sh.win.Canvas().Unfocus()
}

// Reveal brings the app back from the hidden screen.
func (sh *Shell) Reveal() {
	if !sh.hidden {
		return
	}
	sh.hidden = false
	sh.win.SetTitle(sh.l.T(msgAppName))
	for _, o := range sh.covered {
		o.Show()
	}
	sh.covered = nil
	sh.root.Objects = []fyne.CanvasObject{sh.main}
	sh.root.Refresh()
}

// Hidden reports whether the neutral screen is showing.
func (sh *Shell) Hidden() bool { return sh.hidden }

func (sh *Shell) hiddenScreen() fyne.CanvasObject {
	bg := canvas.NewRectangle(fynetheme.Color(fynetheme.ColorNameBackground))
	back := widget.NewButton(sh.l.T(msgHiddenReturn), sh.Reveal)
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
