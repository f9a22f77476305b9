package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Select is a widget.Select (Options, Selected, SetSelected,
// SetSelectedIndex, SelectedIndex, ClearSelected and OnChanged work as
// there) whose open list also keeps the window's keys working.
//
// Fyne's own pop-up menu swallows every key, so Select opens its own: a
// list-mode Choice in a pop-up under the drop-down, as wide as it, with
// keyboard focus. In it Up and Down move, Home and End jump, Enter or
// Space picks and closes, and a click outside closes it. Escape and F1
// close it and then go to the window's Router (so Escape still counts
// towards the three that hide the window); so does any other key the list
// does not use, and a shortcut closes it before it goes to the router.
//
// Closed, the drop-down opens on a click, Space, Enter, Up or Down; Left
// and Right step through the options as in Fyne; other keys and all
// shortcuts go to the router.
type Select struct {
	widget.Select
	r       Router
	focused bool

	pop    *widget.PopUp // the open list, or one closed by a click outside
	list   *Choice
	scroll *container.Scroll
}

var (
	_ fyne.Focusable    = (*Select)(nil)
	_ fyne.Shortcutable = (*Select)(nil)
	_ fyne.Tappable     = (*Select)(nil)
)

// NewSelect makes a drop-down list of options. r may be nil.
func NewSelect(options []string, r Router) *Select {
	s := &Select{r: r}
	s.Options = options
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer adds the focus ring to Fyne's select renderer.
func (s *Select) CreateRenderer() fyne.WidgetRenderer {
	s.ExtendBaseWidget(s)
	return withRing(s.Select.CreateRenderer(), s)
}

// FocusGained shows the ring and tells the router. Fyne's focus colour
// fill is not used: the app's focus colour is opaque teal, on which the
// text would be hard to read.
func (s *Select) FocusGained() {
	s.focused = true
	s.Refresh()
	reportFocus(s.r, s)
}

// FocusLost hides the ring.
func (s *Select) FocusLost() {
	s.focused = false
	s.Refresh()
}

// Tapped opens the list and focuses the drop-down.
func (s *Select) Tapped(*fyne.PointEvent) {
	if s.Disabled() {
		return
	}
	focusSelf(s)
	s.open()
}

// TypedKey opens the list, steps through the options, or passes the key
// to the router.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyUp, fyne.KeyDown:
		s.open()
	case fyne.KeyLeft, fyne.KeyRight:
		s.Select.TypedKey(ev)
	default:
		passKey(s.r, ev)
	}
}

// TypedShortcut passes shortcuts to the router.
func (s *Select) TypedShortcut(sc fyne.Shortcut) { passShortcut(s.r, sc) }

// Hide closes the list and lets go of focus.
func (s *Select) Hide() {
	s.close()
	unfocusSelf(s)
	s.Select.Hide()
}

// Move keeps the open list under the drop-down.
func (s *Select) Move(pos fyne.Position) {
	s.Select.Move(pos)
	s.placePopUp()
}

// Resize keeps the open list as wide as the drop-down.
func (s *Select) Resize(size fyne.Size) {
	s.Select.Resize(size)
	s.placePopUp()
}

// IsOpen reports whether the list is showing.
func (s *Select) IsOpen() bool { return s.pop != nil && s.pop.Visible() }

// open shows the list, focused, with the cursor on the current option.
func (s *Select) open() {
	if s.Disabled() || s.IsOpen() {
		return
	}
	s.close() // one closed by a click outside
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	if c == nil {
		return
	}
	opts := make([]ChoiceOption, len(s.Options))
	for i, o := range s.Options {
		opts[i] = ChoiceOption{Label: o}
	}
	list := NewChoice(opts, popUpKeys{s})
	list.SetSelected(s.SelectedIndex())
	scroll := container.NewVScroll(list)
	pop := widget.NewPopUp(scroll, c)
	list.OnChanged = func(i int) {
		s.closePopUp(pop)
		s.SetSelectedIndex(i)
	}
	list.onCursor = func(int) { s.scrollToCursor() }
	s.pop, s.list, s.scroll = pop, list, scroll
	pop.Show()
	s.placePopUp()
	s.scrollToCursor()
	c.Focus(list)
}

// close closes the list, if any.
func (s *Select) close() {
	if s.pop != nil {
		s.closePopUp(s.pop)
	}
}

func (s *Select) closePopUp(pop *widget.PopUp) {
	pop.Hide()
	if s.pop == pop {
		s.pop, s.list, s.scroll = nil, nil, nil
	}
}

// placePopUp puts the list just under the drop-down, as wide as it and as
// tall as its options, or as the window allows (it then scrolls).
func (s *Select) placePopUp() {
	if !s.IsOpen() {
		return
	}
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(s)
	if c == nil {
		return
	}
	th := s.Theme()
	pos := d.AbsolutePositionForObject(s).AddXY(0, s.Size().Height-th.Size(theme.SizeNameInputBorder))
	pad := th.Size(theme.SizeNameInnerPadding) // the pop-up's own padding
	h := fyne.Min(s.list.MinSize().Height+pad, c.Size().Height)
	s.pop.Move(pos)
	s.pop.Resize(fyne.NewSize(s.Size().Width, h))
}

// scrollToCursor scrolls the open list so the cursor's row shows.
func (s *Select) scrollToCursor() {
	if !s.IsOpen() {
		return
	}
	top, h, ok := s.list.rowBounds(s.list.cursor)
	if !ok {
		return
	}
	view := s.scroll.Size().Height
	y := s.scroll.Offset.Y
	if top < y {
		y = top
	} else if top+h > y+view {
		y = top + h - view
	}
	if y != s.scroll.Offset.Y {
		s.scroll.ScrollToOffset(fyne.NewPos(0, y))
	}
}

func (s *Select) ringShown() bool { return s.focused && !s.Disabled() && s.Visible() }

func (s *Select) ringArea() (fyne.Position, fyne.Size) { return fyne.NewPos(0, 0), s.Size() }

func (s *Select) ringUnder(th fyne.Theme, v fyne.ThemeVariant) color.Color {
	return th.Color(theme.ColorNameInputBackground, v)
}

// popUpKeys is the open list's Router: it closes the list before the
// window gets a key or shortcut the list did not use.
type popUpKeys struct{ s *Select }

func (k popUpKeys) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight, desktop.KeyControlLeft, desktop.KeyControlRight,
		desktop.KeyAltLeft, desktop.KeyAltRight, desktop.KeySuperLeft, desktop.KeySuperRight:
		return // the start of a shortcut, not a reason to close
	}
	k.s.close()
	passKey(k.s.r, ev)
}

func (k popUpKeys) TypedShortcut(sc fyne.Shortcut) bool {
	k.s.close()
	return passShortcut(k.s.r, sc)
}

func (k popUpKeys) FocusGained(fyne.CanvasObject) {} // the window need not scroll
