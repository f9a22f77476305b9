package theme

import (
	"testing"

	"fyne.io/fyne/v2"
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
