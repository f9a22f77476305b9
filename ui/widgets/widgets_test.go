package widgets

import (
	"image/color"
	"net/url"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/ui/widgets/widgetstest"
)

const ctrl = fyne.KeyModifierShortcutDefault

// fakeRouter records what reaches the window.
type fakeRouter struct {
	keys      []fyne.KeyName
	shortcuts []fyne.Shortcut
	focus     []fyne.CanvasObject
	use       func(fyne.Shortcut) bool // which shortcuts the window uses; nil: none
}

func (f *fakeRouter) TypedKey(ev *fyne.KeyEvent) { f.keys = append(f.keys, ev.Name) }

func (f *fakeRouter) TypedShortcut(s fyne.Shortcut) bool {
	f.shortcuts = append(f.shortcuts, s)
	return f.use != nil && f.use(s)
}

func (f *fakeRouter) FocusGained(o fyne.CanvasObject) { f.focus = append(f.focus, o) }

func (f *fakeRouter) gotKey(k fyne.KeyName) bool { return slices.Contains(f.keys, k) }

// gotShortcut reports whether the router was offered Ctrl+key.
func (f *fakeRouter) gotShortcut(key fyne.KeyName) bool {
	for _, s := range f.shortcuts {
		if cs, ok := s.(*desktop.CustomShortcut); ok && cs.KeyName == key && cs.Modifier == ctrl {
			return true
		}
	}
	return false
}

func (f *fakeRouter) reset() { f.keys, f.shortcuts, f.focus = nil, nil, nil }

// isCtrl is a fakeRouter.use that takes Ctrl+key.
func isCtrl(key fyne.KeyName) func(fyne.Shortcut) bool {
	return func(s fyne.Shortcut) bool {
		cs, ok := s.(*desktop.CustomShortcut)
		return ok && cs.KeyName == key && cs.Modifier == ctrl
	}
}

// show puts objects in a test window and returns its canvas.
func show(t *testing.T, objs ...fyne.CanvasObject) fyne.Canvas {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewWindow(container.NewVBox(objs...))
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(400, 700))
	return w.Canvas()
}

func press(c fyne.Canvas, k fyne.KeyName) {
	widgetstest.PressKey(c, &fyne.KeyEvent{Name: k}, 0)
}

// visibleRings are the focus rings shown among a renderer's objects,
// looking into containers and widgets (Choice keeps them in its rows).
func visibleRings(objs []fyne.CanvasObject) []*canvas.Rectangle {
	var out []*canvas.Rectangle
	for _, o := range objs {
		switch x := o.(type) {
		case *canvas.Rectangle:
			if x.StrokeWidth == ringWidth && x.FillColor == color.Transparent && x.Visible() {
				out = append(out, x)
			}
		case *fyne.Container:
			out = append(out, visibleRings(x.Objects)...)
		case fyne.Widget:
			out = append(out, visibleRings(test.WidgetRenderer(x).Objects())...)
		}
	}
	return out
}

func ringsOf(w fyne.Widget) []*canvas.Rectangle {
	return visibleRings(test.WidgetRenderer(w).Objects())
}

// focusable is what every widget of the package is.
type focusable interface {
	fyne.Widget
	fyne.Focusable
}

type widgetCase struct {
	name string
	make func(Router) focusable
	ring bool // draws our focus ring outside its bounds
}

var u = &url.URL{Scheme: "https", Host: "example.org"}

var cases = []widgetCase{
	{"Button", func(r Router) focusable { return NewButton("Go", nil, func() {}, r) }, true},
	{"HighImportanceButton", func(r Router) focusable {
		b := NewButton("Go", theme.HelpIcon(), func() {}, r)
		b.Importance = widget.HighImportance
		return b
	}, true},
	{"Hyperlink", func(r Router) focusable {
		h := NewHyperlink("Site", u, r)
		h.OnTapped = func() {}
		return h
	}, true},
	{"Check", func(r Router) focusable { return NewCheck("Yes", nil, r) }, true},
	{"Select", func(r Router) focusable { return NewSelect([]string{"a", "b"}, r) }, true},
	{"Choice", func(r Router) focusable {
		return NewChoice([]ChoiceOption{{Label: "a"}, {Label: "b"}}, r)
	}, false},
	{"RadioChoice", func(r Router) focusable {
		c := NewChoice([]ChoiceOption{{Label: "a"}, {Label: "b"}}, r)
		c.Radio = true
		return c
	}, false},
	{"Entry", func(r Router) focusable { return NewEntry(r) }, false},
	{"MultiLineEntry", func(r Router) focusable { return NewMultiLineEntry(r) }, false},
}

// Escape and F1 reach the window from every focused widget, and so does
// Ctrl+G, pressed as the desktop driver delivers it.
func TestWindowKeysPassThroughFocusedWidgets(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := &fakeRouter{use: isCtrl(fyne.KeyG)}
			w := tc.make(r)
			c := show(t, w)
			c.Focus(w)
			if c.Focused() != w {
				t.Fatal("the widget did not take focus")
			}
			for _, k := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyEscape, fyne.KeyEscape, fyne.KeyF1} {
				press(c, k)
			}
			if want := []fyne.KeyName{fyne.KeyEscape, fyne.KeyEscape, fyne.KeyEscape, fyne.KeyF1}; !slices.Equal(r.keys, want) {
				t.Errorf("the window got keys %v, want %v", r.keys, want)
			}
			widgetstest.PressKey(c, &fyne.KeyEvent{Name: fyne.KeyG}, ctrl)
			if !r.gotShortcut(fyne.KeyG) {
				t.Error("Ctrl+G did not reach the window")
			}
			if c.Focused() != w {
				t.Error("the widget lost focus")
			}
		})
	}
}

// Gaining focus is reported, so the window can scroll the widget into
// view; the ring shows only while focused.
func TestFocusIsReportedAndRinged(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := &fakeRouter{}
			w := tc.make(r)
			other := NewButton("other", nil, nil, nil)
			c := show(t, w, other)
			_, isEntry := w.(*Entry)
			if n := len(ringsOf(w)); n != 0 && !isEntry {
				t.Errorf("%d rings before focus", n)
			}
			c.Focus(w)
			if len(r.focus) != 1 || r.focus[0] != w {
				t.Errorf("FocusGained reported %v, want the widget", r.focus)
			}
			if isEntry {
				return // Fyne's focused border marks an entry
			}
			rings := ringsOf(w)
			if len(rings) != 1 {
				t.Fatalf("%d rings while focused, want 1", len(rings))
			}
			ring := rings[0]
			if ring.StrokeColor == nil || opaque(ring.StrokeColor).A != 0xff {
				t.Errorf("ring colour %v is not opaque", ring.StrokeColor)
			}
			if tc.ring {
				p, s := ring.Position(), ring.Size()
				if p.X >= 0 || p.Y >= 0 || p.Y+s.Height <= w.Size().Height {
					t.Errorf("ring at %v size %v is not outside the widget's %v", p, s, w.Size())
				}
			}
			c.Focus(other)
			if n := len(ringsOf(w)); n != 0 {
				t.Errorf("%d rings after focus moved on", n)
			}
		})
	}
}

// Keys a widget uses itself do not reach the window.
func TestOwnKeysStayWithTheWidget(t *testing.T) {
	own := map[string][]fyne.KeyName{
		"Button":               {fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter},
		"HighImportanceButton": {fyne.KeySpace, fyne.KeyEnter},
		"Hyperlink":            {fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter},
		"Check":                {fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter},
		"Select":               {fyne.KeyLeft, fyne.KeyRight},
		"Choice":               {fyne.KeyDown, fyne.KeyUp, fyne.KeyEnd, fyne.KeyHome, fyne.KeyReturn},
		"RadioChoice":          {fyne.KeyDown, fyne.KeyRight, fyne.KeyLeft, fyne.KeyUp, fyne.KeySpace},
		// Page Up/Down go on to the page when a field's text cannot move
		// (TestPageKeysScrollThePageWhenTheTextCannotMove).
		"Entry":          {fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd, fyne.KeyBackspace, fyne.KeyReturn},
		"MultiLineEntry": {fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd, fyne.KeyReturn, fyne.KeyDelete},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			keys, ok := own[tc.name]
			if !ok {
				t.Fatal("no own keys listed")
			}
			r := &fakeRouter{}
			w := tc.make(r)
			c := show(t, w)
			c.Focus(w)
			for _, k := range keys {
				press(c, k)
			}
			if len(r.keys) != 0 {
				t.Errorf("the window got the widget's own keys %v", r.keys)
			}
		})
	}
}

func TestButtonSpaceEnterAndReturnPressIt(t *testing.T) {
	r := &fakeRouter{}
	tapped := 0
	b := NewButton("Go", nil, func() { tapped++ }, r)
	c := show(t, b)
	c.Focus(b)
	for _, k := range []fyne.KeyName{fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter} {
		before := tapped
		press(c, k)
		if tapped != before+1 {
			t.Errorf("%s pressed the button %d times", k, tapped-before)
		}
	}
	press(c, fyne.KeyPageDown)
	if tapped != 3 || !r.gotKey(fyne.KeyPageDown) {
		t.Errorf("Page Down: tapped %d, window got %v", tapped, r.keys)
	}
}

func TestDisabledButtonIsNotPressed(t *testing.T) {
	tapped := 0
	b := NewButton("Go", nil, func() { tapped++ }, nil)
	b.Disable()
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if tapped != 0 {
		t.Error("Enter pressed a disabled button")
	}
}

func TestHiddenButtonLetsGoOfFocus(t *testing.T) {
	b := NewButton("Go", nil, nil, nil)
	c := show(t, b)
	c.Focus(b)
	b.Hide()
	if c.Focused() != nil {
		t.Error("a hidden button kept focus")
	}
}

func TestHyperlinkKeysOpenIt(t *testing.T) {
	opened := 0
	h := NewHyperlink("Site", u, nil)
	h.OnTapped = func() { opened++ }
	c := show(t, h)
	c.Focus(h)
	for _, k := range []fyne.KeyName{fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter} {
		press(c, k)
	}
	if opened != 3 {
		t.Errorf("Space, Return and Enter opened the link %d times, want 3", opened)
	}
}

func TestCheckSpaceAndEnterToggle(t *testing.T) {
	var changes []bool
	ch := NewCheck("Yes", func(b bool) { changes = append(changes, b) }, nil)
	c := show(t, ch)
	c.Focus(ch)
	press(c, fyne.KeySpace)
	ch.TypedRune(' ') // the driver also sends Space as a character
	press(c, fyne.KeyReturn)
	press(c, fyne.KeyEnter)
	if want := []bool{true, false, true}; !slices.Equal(changes, want) {
		t.Errorf("changes %v, want %v (Space must toggle once)", changes, want)
	}
}

// The ring is the focus colour made opaque, unless that would not show:
// next to a button of the same colour (the app's teal), or on the window
// background.
func TestRingColour(t *testing.T) {
	teal := color.NRGBA{R: 0x1f, G: 0x6f, B: 0x78, A: 0xff}
	sand := color.NRGBA{R: 0xf6, G: 0xf3, B: 0xee, A: 0xff}
	ink := color.NRGBA{R: 0x10, G: 0x28, B: 0x2b, A: 0xff}
	th := &fixedTheme{Theme: theme.DefaultTheme(), colors: map[fyne.ThemeColorName]color.Color{
		theme.ColorNameFocus: teal, theme.ColorNamePrimary: teal,
		theme.ColorNameBackground: sand, theme.ColorNameForeground: ink,
	}}
	v := theme.VariantLight
	if got := ringColor(th, v, sand); got != teal {
		t.Errorf("ring beside a sand button is %v, want the teal focus colour", got)
	}
	if got := ringColor(th, v, teal); got != ink {
		t.Errorf("ring beside a teal button is %v, want the foreground colour", got)
	}
	th.colors[theme.ColorNameFocus] = color.NRGBA{R: 0xf0, G: 0xf0, B: 0xe8, A: 0x40}
	if got := ringColor(th, v, nil); got != ink {
		t.Errorf("a focus colour close to the background gave %v, want the foreground colour", got)
	}
	th.colors[theme.ColorNameFocus] = color.NRGBA{R: 0x1f, G: 0x6f, B: 0x78, A: 0x40}
	if got := ringColor(th, v, nil); got != teal {
		t.Errorf("a translucent focus colour gave %v, want it made opaque", got)
	}
}

type fixedTheme struct {
	fyne.Theme
	colors map[fyne.ThemeColorName]color.Color
}

func (f *fixedTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c, ok := f.colors[n]; ok {
		return c
	}
	return f.Theme.Color(n, v)
}

// A teal HighImportance button in the app's theme gets a ring that is not
// teal.
func TestHighImportanceButtonRingIsNotItsOwnColour(t *testing.T) {
	b := NewButton("Go", nil, nil, nil)
	b.Importance = widget.HighImportance
	c := show(t, b)
	fyne.CurrentApp().Settings().SetTheme(&fixedTheme{Theme: theme.DefaultTheme(), colors: map[fyne.ThemeColorName]color.Color{
		theme.ColorNameFocus:   color.NRGBA{R: 0x1f, G: 0x6f, B: 0x78, A: 0xff},
		theme.ColorNamePrimary: color.NRGBA{R: 0x1f, G: 0x6f, B: 0x78, A: 0xff},
	}})
	c.Focus(b)
	rings := ringsOf(b)
	if len(rings) != 1 {
		t.Fatalf("%d rings", len(rings))
	}
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if got := opaque(rings[0].StrokeColor); contrast(got, b.Theme().Color(theme.ColorNamePrimary, v)) < 3 {
		t.Errorf("ring %v does not stand out from the teal button", got)
	}
}
