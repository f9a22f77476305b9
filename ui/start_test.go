package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/ui/page"
)

// startFixture calls Start as main.go does, with the build held until the
// test closes release (as if the fonts were still loading).
func startFixture(t *testing.T) (f *fixture, holder *fyne.Container, release chan struct{}, shown func()) {
	t.Helper()
	f = newUnbuiltFixture(t, nil)
	release = make(chan struct{})
	f.sh, shown = Start(f.app, f.win, f.deps, func() { <-release })
	holder, ok := f.win.Content().(*fyne.Container)
	if !ok {
		t.Fatalf("the window's content is a %T, want a container", f.win.Content())
	}
	if len(holder.Objects) != 0 || f.win.Title() == "Alongside" {
		t.Fatal("Start put the interface in the window before it was built")
	}
	return f, holder, release, shown
}

// The interface is built on another goroutine while the window is made;
// the first time the window asks its content for a minimum size (Fyne does
// once the window exists, before drawing it), the content waits for the
// interface and takes it, with the window's title and keys.
func TestStartTakesTheInterfaceWhenTheWindowAsksForItsSize(t *testing.T) {
	f, holder, release, shown := startFixture(t)
	close(release)
	f.win.Content().MinSize()
	if len(holder.Objects) != 1 {
		t.Fatalf("after the window asked for its size the content holds %d objects, want the interface", len(holder.Objects))
	}
	shown() // already taken: nothing more to do
	checkStarted(t, f)
}

// If Fyne has not asked for a size by the time the window is shown, shown
// takes the interface, before the app runs.
func TestStartTakesTheInterfaceWhenShown(t *testing.T) {
	f, holder, release, shown := startFixture(t)
	close(release)
	shown()
	if len(holder.Objects) != 1 {
		t.Fatalf("after shown the content holds %d objects, want the interface", len(holder.Objects))
	}
	checkStarted(t, f)
}

// checkStarted checks the started window: Home at the start size, the
// title, and the crisis keys.
func checkStarted(t *testing.T, f *fixture) {
	t.Helper()
	f.useManualBackground()
	if got := f.win.Title(); got != "Alongside" {
		t.Errorf("title = %q, want Alongside", got)
	}
	if f.sh.Current() != page.SectionHome || !strings.Contains(f.texts(), "Get help now") {
		t.Errorf("the started window does not show Home: section %d, text %q", f.sh.Current(), f.texts())
	}
	if got := f.sh.root.Size(); got != startWindowSize {
		t.Errorf("the interface is %v, want the start size %v", got, startWindowSize)
	}
	f.press(fyne.KeyF1)
	if !f.sh.InHelp() {
		t.Error("F1 does not open Get help now in a window made by Start")
	}
	f.escapes(3)
	if !f.sh.Hidden() {
		t.Error("Escape three times does not hide a window made by Start")
	}
}
