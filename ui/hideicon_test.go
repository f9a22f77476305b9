package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/ui/assets"
	"github.com/alongside-app/alongside/ui/page"
)

// iconWindow is a test window that keeps the icon it was given last (the
// test driver's window drops it).
type iconWindow struct {
	fyne.Window
	icon fyne.Resource
	sets int
}

func (w *iconWindow) SetIcon(r fyne.Resource) { w.icon, w.sets = r, w.sets+1 }

// While hidden the window itself is given the neutral icon, what taskbars
// and docks show; Continue gives it the app's icon back.
func TestHideGivesTheWindowANeutralIcon(t *testing.T) {
	f := newUnbuiltFixture(t, nil)
	win := &iconWindow{Window: f.win}
	f.win = win
	f.sh = Create(f.app, win, f.deps)
	f.useManualBackground()
	f.win.Resize(startWindowSize)
	f.sh.Go(page.SectionJournal)
	f.escapes(3)
	f.must(f.sh.Hidden(), "Escape three times did not hide the window")
	f.must(win.icon == assets.Neutral, "while hidden the window's icon is %v, not the neutral sheet (%d icons set)", win.icon, win.sets)
	test.Tap(f.button("Continue"))
	f.must(!f.sh.Hidden() && win.icon == assets.Icon, "after Continue the window's icon is %v, not the app's", win.icon)
}
