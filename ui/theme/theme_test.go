package theme

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestForcedVariantWins(t *testing.T) {
	light, dark := New(ModeLight), New(ModeDark)
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		if light.Color(theme.ColorNameBackground, v) != sandLight {
			t.Errorf("light mode with system variant %d: background not light", v)
		}
		if dark.Color(theme.ColorNamePrimary, v) != tealDark {
			t.Errorf("dark mode with system variant %d: primary not the dark teal", v)
		}
	}
	sys := New(ModeSystem)
	if sys.Color(theme.ColorNamePrimary, theme.VariantDark) != tealDark || sys.Color(theme.ColorNamePrimary, theme.VariantLight) != tealLight {
		t.Error("system mode does not follow the variant it is given")
	}
}

// luminance is WCAG's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Radio circles and field edges must be visible (WCAG's 3:1 for controls),
// on the window and on a card, in both variants.
func TestControlEdgesAreVisible(t *testing.T) {
	test.NewTempApp(t)
	for _, mode := range []string{ModeLight, ModeDark} {
		th := New(mode)
		edge := th.Color(theme.ColorNameInputBorder, theme.VariantLight)
		for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, ColorNameCard} {
			if c := contrast(edge, th.Color(bg, theme.VariantLight)); c < 3 {
				t.Errorf("%s: edge on %s has contrast %.2f, want at least 3", mode, bg, c)
			}
		}
	}
}

// Cards stand apart from the window, and selection is the app's teal.
func TestCardsAndSelection(t *testing.T) {
	test.NewTempApp(t)
	for _, mode := range []string{ModeLight, ModeDark} {
		th := New(mode)
		if th.Color(ColorNameCard, 0) == th.Color(theme.ColorNameBackground, 0) {
			t.Errorf("%s: cards have the window's colour", mode)
		}
		sel := th.Color(theme.ColorNameSelection, 0).(color.NRGBA)
		pri := th.Color(theme.ColorNamePrimary, 0).(color.NRGBA)
		if sel.R != pri.R || sel.G != pri.G || sel.B != pri.B || sel.A == 0xff {
			t.Errorf("%s: selection %v is not a see-through teal like %v", mode, sel, pri)
		}
	}
}
