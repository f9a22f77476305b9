package theme

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// buttonColours are the text and fill of a button of each importance, as
// Fyne's button picks them (widget/button.go, buttonColorNames). A
// low-importance button has no fill: its text is on the window or a card.
var buttonColours = []struct {
	importance string
	text       fyne.ThemeColorName
	fills      []fyne.ThemeColorName
}{
	{"medium", theme.ColorNameForeground, []fyne.ThemeColorName{theme.ColorNameButton}},
	{"high", theme.ColorNameForegroundOnPrimary, []fyne.ThemeColorName{theme.ColorNamePrimary}},
	{"danger", theme.ColorNameForegroundOnError, []fyne.ThemeColorName{theme.ColorNameError}},
	{"success", theme.ColorNameForegroundOnSuccess, []fyne.ThemeColorName{theme.ColorNameSuccess}},
	{"warning", theme.ColorNameForegroundOnWarning, []fyne.ThemeColorName{theme.ColorNameWarning}},
	{"low", theme.ColorNameForeground, []fyne.ThemeColorName{theme.ColorNameBackground, ColorNameCard}},
}

// Every button's words can be read: WCAG AA's 4.5:1 between text and fill,
// for every importance, in the light and the dark theme, whether forced or
// followed from the system, also under the mouse (the hover tint). The
// light theme's "It happened" was white on #F44336, 3.7:1.
func TestButtonTextContrast(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		mode    string
		variant fyne.ThemeVariant
	}{
		{ModeLight, theme.VariantLight}, {ModeDark, theme.VariantDark},
		{ModeSystem, theme.VariantLight}, {ModeSystem, theme.VariantDark},
	} {
		th := New(c.mode)
		for _, b := range buttonColours {
			text := th.Color(b.text, c.variant)
			for _, fill := range b.fills {
				bg := th.Color(fill, c.variant)
				if fill == theme.ColorNameButton || b.importance == "low" {
					bg = over(bg, th.Color(theme.ColorNameBackground, c.variant))
				}
				hover := over(th.Color(theme.ColorNameHover, c.variant), bg)
				for _, under := range []struct {
					name string
					c    color.Color
				}{{"", bg}, {" under the mouse", hover}} {
					if got := contrast(over(text, under.c), under.c); got < 4.5 {
						t.Errorf("%s theme (variant %d): %s button text %v on %s %v%s has contrast %.2f, want at least 4.5",
							c.mode, c.variant, b.importance, text, fill, under.c, under.name, got)
					}
				}
			}
		}
	}
}

// over is c drawn over an opaque bg.
func over(c, bg color.Color) color.Color {
	f := color.NRGBAModel.Convert(c).(color.NRGBA)
	g := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(f.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{R: mix(f.R, g.R), G: mix(f.G, g.G), B: mix(f.B, g.B), A: 0xff}
}

// Error, success and warning as words (a label of that importance, a
// field's error) can be read on the window and on a card.
func TestImportanceWordsContrast(t *testing.T) {
	test.NewTempApp(t)
	for _, mode := range []string{ModeLight, ModeDark} {
		th := New(mode)
		for _, name := range []fyne.ThemeColorName{theme.ColorNameError, theme.ColorNameSuccess, theme.ColorNameWarning, theme.ColorNamePrimary, theme.ColorNameHyperlink} {
			for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, ColorNameCard} {
				if got := contrast(th.Color(name, 0), th.Color(bg, 0)); got < 4.5 {
					t.Errorf("%s theme: %s words on %s have contrast %.2f, want at least 4.5", mode, name, bg, got)
				}
			}
		}
	}
}
