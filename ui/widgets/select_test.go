package widgets

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/ui/widgets/widgetstest"
)

func newTestSelect(t *testing.T) (*Select, fyne.Canvas, *fakeRouter, *[]string) {
	t.Helper()
	r := &fakeRouter{use: isCtrl(fyne.KeyG)}
	s := NewSelect([]string{"one", "two", "three"}, r)
	var changes []string
	s.OnChanged = func(v string) { changes = append(changes, v) }
	c := show(t, s)
	c.Focus(s)
	r.reset()
	return s, c, r, &changes
}

// openList is the open pop-up's list, failing the test when there is none.
func openList(t *testing.T, s *Select, c fyne.Canvas) *Choice {
	t.Helper()
	if !s.IsOpen() || c.Overlays().Top() != s.pop {
		t.Fatal("the list is not open")
	}
	list, ok := c.Focused().(*Choice)
	if !ok || list != s.list {
		t.Fatalf("focus is on %T, not the open list", c.Focused())
	}
	return list
}

func TestSelectEscapeClosesTheListAndCounts(t *testing.T) {
	s, c, r, changes := newTestSelect(t)
	press(c, fyne.KeySpace)
	openList(t, s, c)
	press(c, fyne.KeyEscape)
	if s.IsOpen() || c.Overlays().Top() != nil {
		t.Error("Escape left the list open")
	}
	if !slices.Equal(r.keys, []fyne.KeyName{fyne.KeyEscape}) {
		t.Errorf("the window got %v, want one Escape", r.keys)
	}
	if c.Focused() != s {
		t.Errorf("focus is on %T after closing, want the drop-down", c.Focused())
	}
	press(c, fyne.KeyEscape)
	press(c, fyne.KeyEscape)
	if len(r.keys) != 3 {
		t.Errorf("three Escapes reached the window as %v", r.keys)
	}
	if len(*changes) != 0 {
		t.Errorf("Escape changed the choice: %v", *changes)
	}
}

func TestSelectF1ClosesTheListAndPassesOn(t *testing.T) {
	s, c, r, _ := newTestSelect(t)
	press(c, fyne.KeyDown)
	openList(t, s, c)
	press(c, fyne.KeyF1)
	if s.IsOpen() {
		t.Error("F1 left the list open")
	}
	if !slices.Equal(r.keys, []fyne.KeyName{fyne.KeyF1}) {
		t.Errorf("the window got %v, want F1", r.keys)
	}
}

func TestSelectDownEnterPicks(t *testing.T) {
	s, c, r, changes := newTestSelect(t)
	press(c, fyne.KeySpace)
	list := openList(t, s, c)
	if w := list.Size().Width; w > s.Size().Width || w < s.Size().Width-20 {
		t.Errorf("list %v wide, drop-down %v", w, s.Size().Width)
	}
	press(c, fyne.KeyDown)
	press(c, fyne.KeyEnter)
	if s.IsOpen() {
		t.Error("Enter left the list open")
	}
	if s.Selected != "two" || s.SelectedIndex() != 1 || !slices.Equal(*changes, []string{"two"}) {
		t.Errorf("selected %q, changes %v; want two", s.Selected, *changes)
	}
	if len(r.keys) != 0 {
		t.Errorf("the window got %v", r.keys)
	}

	// Opened again, the cursor starts on the current option.
	press(c, fyne.KeyReturn)
	list = openList(t, s, c)
	if list.cursor != 1 || list.Selected != 1 {
		t.Errorf("cursor %d, selected %d; want both on two", list.cursor, list.Selected)
	}
	press(c, fyne.KeyDown)
	press(c, fyne.KeySpace)
	if s.Selected != "three" || s.IsOpen() {
		t.Errorf("Space picked %q, open %v", s.Selected, s.IsOpen())
	}
}

func TestSelectShortcutInOpenListClosesItAndReachesTheWindow(t *testing.T) {
	s, c, r, _ := newTestSelect(t)
	press(c, fyne.KeySpace)
	openList(t, s, c)
	widgetstest.PressKey(c, &fyne.KeyEvent{Name: "LeftControl"}, ctrl) // holding Ctrl does not close it
	if !s.IsOpen() {
		t.Fatal("holding Ctrl closed the list")
	}
	widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyG}, ctrl)
	if s.IsOpen() || !r.gotShortcut(fyne.KeyG) {
		t.Errorf("Ctrl+G: open %v, window got %v", s.IsOpen(), r.shortcuts)
	}
}

func TestSelectTapOpensAndTapOutsideCloses(t *testing.T) {
	s, c, _, changes := newTestSelect(t)
	c.Unfocus()
	test.Tap(s)
	openList(t, s, c)
	test.TapCanvas(c, fyne.NewPos(390, 690)) // far from the list
	if s.IsOpen() {
		t.Error("a tap outside left the list open")
	}
	if len(*changes) != 0 {
		t.Errorf("a tap outside changed the choice: %v", *changes)
	}
	press(c, fyne.KeyUp) // opens a fresh list
	list := openList(t, s, c)
	test.TapAt(list, fyne.NewPos(5, list.Size().Height-5)) // the last row
	if s.Selected != "three" || s.IsOpen() {
		t.Errorf("a tap on a row picked %q, open %v", s.Selected, s.IsOpen())
	}
}

func TestSelectLeftRightStepWhileClosed(t *testing.T) {
	s, c, r, changes := newTestSelect(t)
	press(c, fyne.KeyRight)
	press(c, fyne.KeyRight)
	press(c, fyne.KeyLeft)
	if !slices.Equal(*changes, []string{"one", "two", "one"}) || s.IsOpen() || len(r.keys) != 0 {
		t.Errorf("changes %v, open %v, window got %v", *changes, s.IsOpen(), r.keys)
	}
	press(c, fyne.KeyPageDown)
	if !r.gotKey(fyne.KeyPageDown) {
		t.Error("Page Down did not reach the window")
	}
}

func TestSelectHideClosesTheList(t *testing.T) {
	s, c, _, _ := newTestSelect(t)
	press(c, fyne.KeySpace)
	openList(t, s, c)
	s.Hide()
	if s.IsOpen() || c.Overlays().Top() != nil {
		t.Error("hiding the drop-down left its list open")
	}
}

// A long list fits the window and scrolls to keep the cursor in view.
func TestSelectLongListScrollsToCursor(t *testing.T) {
	opts := make([]string, 60)
	for i := range opts {
		opts[i] = string(rune('A'+i%26)) + "option"
	}
	s := NewSelect(opts, nil)
	c := show(t, s)
	c.Focus(s)
	press(c, fyne.KeySpace)
	list := openList(t, s, c)
	if h := s.pop.Content.Size().Height; h > c.Size().Height {
		t.Errorf("list %v tall in a %v window", h, c.Size().Height)
	}
	press(c, fyne.KeyEnd)
	top, h, _ := list.rowBounds(59)
	if off, view := s.scroll.Offset.Y, s.scroll.Size().Height; top+h > off+view+0.5 || top < off {
		t.Errorf("last row at %v..%v, view %v..%v", top, top+h, off, off+view)
	}
}
