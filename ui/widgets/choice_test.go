package widgets

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	calmtheme "github.com/alongside-app/alongside/ui/theme"
)

func abc() []ChoiceOption {
	return []ChoiceOption{{Label: "Alpha"}, {Label: "Beta", Icon: theme.HomeIcon()}, {Label: "Gamma"}}
}

func TestRadioChoiceArrowsChoose(t *testing.T) {
	r := &fakeRouter{}
	ch := NewChoice(abc(), r)
	ch.Radio = true
	ch.SetSelected(0)
	var got []int
	ch.OnChanged = func(i int) { got = append(got, i) }
	c := show(t, ch)
	c.Focus(ch)
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyRight, fyne.KeyDown, fyne.KeyUp, fyne.KeyHome, fyne.KeyEnd} {
		press(c, k)
	}
	if want := []int{1, 2, 1, 0, 2}; !slices.Equal(got, want) {
		t.Errorf("OnChanged got %v, want %v (no call when the choice stays)", got, want)
	}
	if ch.Selected != 2 || len(r.keys) != 0 {
		t.Errorf("selected %d, window got %v", ch.Selected, r.keys)
	}
	press(c, fyne.KeySpace) // already chosen: no change
	if len(got) != 5 {
		t.Errorf("Space on the chosen radio called OnChanged: %v", got)
	}
}

func TestListChoiceArrowsMoveTheCursorAndEnterChooses(t *testing.T) {
	r := &fakeRouter{}
	ch := NewChoice(abc(), r)
	ch.SetSelected(0)
	var got []int
	ch.OnChanged = func(i int) { got = append(got, i) }
	c := show(t, ch)
	c.Focus(ch)
	press(c, fyne.KeyDown)
	press(c, fyne.KeyDown)
	if len(got) != 0 || ch.Selected != 0 || ch.cursor != 2 {
		t.Fatalf("after Down Down: OnChanged %v, selected %d, cursor %d", got, ch.Selected, ch.cursor)
	}
	rings := ringsOf(ch)
	if len(rings) != 1 || rings[0] != ch.rows[2].ring {
		t.Error("the ring is not on the cursor's row")
	}
	press(c, fyne.KeyEnter)
	if !slices.Equal(got, []int{2}) || ch.Selected != 2 {
		t.Errorf("Enter: OnChanged %v, selected %d", got, ch.Selected)
	}
	press(c, fyne.KeyHome)
	press(c, fyne.KeySpace)
	press(c, fyne.KeySpace) // choosing the chosen row again still reports it
	if !slices.Equal(got, []int{2, 0, 0}) {
		t.Errorf("Home Space Space: OnChanged %v", got)
	}
	press(c, fyne.KeyLeft)
	press(c, fyne.KeyPageDown)
	if !slices.Equal(r.keys, []fyne.KeyName{fyne.KeyLeft, fyne.KeyPageDown}) {
		t.Errorf("the window got %v, want Left and Page Down", r.keys)
	}
}

func TestChoiceSelectedRowHasSelectionBackground(t *testing.T) {
	ch := NewChoice(abc(), nil)
	show(t, ch)
	ch.SetSelected(1)
	v := fyne.CurrentApp().Settings().ThemeVariant()
	sel := ch.Theme().Color(theme.ColorNameSelection, v)
	for i, row := range ch.rows {
		if (row.bg.FillColor == sel) != (i == 1) {
			t.Errorf("row %d background %v", i, row.bg.FillColor)
		}
		if row.label.Importance != 0 || row.label.TextStyle.Bold {
			t.Errorf("row %d text is not plain", i)
		}
	}
}

func TestChoiceTapChoosesAndFocuses(t *testing.T) {
	r := &fakeRouter{}
	ch := NewChoice(abc(), r)
	var got []int
	ch.OnChanged = func(i int) { got = append(got, i) }
	c := show(t, ch)
	top, h, ok := ch.rowBounds(2)
	if !ok {
		t.Fatal("no row 2")
	}
	test.TapAt(ch, fyne.NewPos(10, top+h/2))
	if c.Focused() != ch || ch.Selected != 2 || !slices.Equal(got, []int{2}) {
		t.Errorf("tap: focused %v, selected %d, OnChanged %v", c.Focused() == ch, ch.Selected, got)
	}
	if len(r.focus) != 1 {
		t.Errorf("focus reported %d times", len(r.focus))
	}
	ch.Pick(0)
	if ch.Selected != 0 || !slices.Equal(got, []int{2, 0}) {
		t.Errorf("Pick: selected %d, OnChanged %v", ch.Selected, got)
	}

	// On the desktop a click lands on the row widget, which the driver
	// does not focus; the row focuses the list.
	c.Unfocus()
	test.Tap(ch.Row(1))
	if c.Focused() != ch || ch.Selected != 1 || !slices.Equal(got, []int{2, 0, 1}) {
		t.Errorf("tap on row 1: focused %v, selected %d, OnChanged %v", c.Focused() == ch, ch.Selected, got)
	}
	if ch.Row(3) != nil || ch.Row(-1) != nil {
		t.Error("Row out of range is not nil")
	}
}

func TestChoiceRowHoverHighlights(t *testing.T) {
	ch := NewChoice(abc(), nil)
	show(t, ch)
	v := fyne.CurrentApp().Settings().ThemeVariant()
	hover := ch.Theme().Color(theme.ColorNameHover, v)
	test.MoveMouse(fyne.CurrentApp().Driver().CanvasForObject(ch), fyne.NewPos(0, 0).Add(ch.Row(1).Position()).AddXY(10, 10))
	if ch.rows[1].bg.FillColor != hover || ch.rows[0].bg.FillColor == hover {
		t.Errorf("hovered row 1: backgrounds %v %v", ch.rows[0].bg.FillColor, ch.rows[1].bg.FillColor)
	}
}

func TestChoiceSetSelectedIsQuiet(t *testing.T) {
	ch := NewChoice(abc(), nil)
	called := false
	ch.OnChanged = func(int) { called = true }
	ch.SetSelected(2)
	ch.SetSelected(7)
	if called || ch.Selected != -1 {
		t.Errorf("called %v, selected %d", called, ch.Selected)
	}
	ch.SetSelected(1)
	ch.SetOptions(abc()[:1])
	if ch.Selected != -1 || len(ch.Options()) != 1 {
		t.Errorf("after fewer options: selected %d, options %v", ch.Selected, ch.Options())
	}
}

func TestChoiceRowsAreTallEnoughAndFitNarrow(t *testing.T) {
	opts := []ChoiceOption{{Label: "Home", Icon: theme.HomeIcon()},
		{Label: "A rather long section name that cannot fit in the list", Icon: theme.HelpIcon()}}
	ch := NewChoice(opts, nil)
	c := show(t, ch)
	_ = c
	if w := ch.MinSize().Width; w > 160 {
		t.Errorf("list needs %v px, want it to fit 160", w)
	}
	ch.Resize(fyne.NewSize(160, ch.MinSize().Height))
	th := ch.Theme()
	minH := th.Size(theme.SizeNameInlineIcon) + 2*th.Size(theme.SizeNamePadding)
	for i, row := range ch.rows {
		if h := row.Size().Height; h < minH {
			t.Errorf("row %d is %v tall, want at least %v", i, h, minH)
		}
		if row.label.Truncation != fyne.TextTruncateEllipsis {
			t.Errorf("row %d label does not end in an ellipsis", i)
		}
		if row.label.Position().X+row.label.Size().Width > 160.5 {
			t.Errorf("row %d label runs past the edge", i)
		}
	}
}

func TestRadioChoiceWrapsAndShowsCircles(t *testing.T) {
	long := strings.Repeat("Follow the computer's light or dark setting ", 3)
	ch := NewChoice([]ChoiceOption{{Label: "Light"}, {Label: long}}, nil)
	ch.Radio, ch.Wrap = true, true
	ch.SetSelected(0)
	show(t, ch)
	ch.Resize(fyne.NewSize(360, ch.MinSize().Height))
	ch.Resize(fyne.NewSize(360, ch.MinSize().Height)) // as the window settles wrapped text
	rows := ch.rows
	if rows[1].Size().Height <= rows[0].Size().Height+5 {
		t.Errorf("the long label did not wrap: rows %v and %v tall", rows[0].Size().Height, rows[1].Size().Height)
	}
	if rows[1].label.Wrapping != fyne.TextWrapWord {
		t.Error("labels do not wrap")
	}
	checked, ok := rows[0].radio.Resource.(*theme.ThemedResource)
	if !ok || checked.ColorName != theme.ColorNamePrimary || !rows[0].radio.Visible() {
		t.Errorf("chosen row circle %v", rows[0].radio.Resource)
	}
	empty, ok := rows[1].radio.Resource.(*theme.ThemedResource)
	if !ok || empty.ColorName != theme.ColorNameForeground {
		t.Errorf("empty circle %v, want the foreground colour", rows[1].radio.Resource)
	}
}

// countingIcon counts how often its SVG is read.
type countingIcon struct {
	fyne.Resource
	reads *int
}

func (c countingIcon) Content() []byte { *c.reads++; return c.Resource.Content() }

// TestChoiceRedrawsIconsOnlyWhenTheyChange checks that selecting a row
// does not read every row's icon again, while a new theme does draw it
// again.
func TestChoiceRedrawsIconsOnlyWhenTheyChange(t *testing.T) {
	reads := 0
	opts := abc()
	opts[1].Icon = countingIcon{theme.HomeIcon(), &reads}
	ch := NewChoice(opts, &fakeRouter{})
	show(t, ch)
	before := reads
	if before == 0 {
		t.Fatal("the icon was never read")
	}
	ch.SetSelected(1)
	ch.SetSelected(2)
	if reads != before {
		t.Errorf("selecting rows read the unchanged icon %d more times", reads-before)
	}
	row := ch.rows[1]
	fyne.CurrentApp().Settings().SetTheme(calmtheme.New(calmtheme.ModeLight))
	ch.Refresh()
	light := row.drawn[row.icon]
	fyne.CurrentApp().Settings().SetTheme(calmtheme.New(calmtheme.ModeDark))
	ch.Refresh()
	if dark := row.drawn[row.icon]; dark == light || row.imageChanged(row.icon) {
		t.Errorf("the icon was not drawn again for the dark theme: %q, then %q", light, dark)
	}
}
