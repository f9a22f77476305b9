// Package theme is Alongside's calm look: Fyne's default theme with a
// quiet teal accent, following the system's light or dark mode unless the
// person chose one.
package theme

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Modes as stored in settings.
const (
	ModeSystem = "system"
	ModeLight  = "light"
	ModeDark   = "dark"
)

// Modes lists the choices in the order Settings shows them.
var Modes = []string{ModeSystem, ModeLight, ModeDark}

type calm struct {
	fyne.Theme
	forced *fyne.ThemeVariant // nil follows the system
}

// New returns the theme for a mode (ModeSystem for anything unknown).
func New(mode string) fyne.Theme {
	t := &calm{Theme: theme.DefaultTheme()}
	switch mode {
	case ModeLight:
		v := theme.VariantLight
		t.forced = &v
	case ModeDark:
		v := theme.VariantDark
		t.forced = &v
	}
	return t
}

// ColorNameCard is the background of a card: a little lighter than the
// window in both variants, so cards stand apart from it.
const ColorNameCard fyne.ThemeColorName = "alongside.card"

var (
	cardLight      = color.NRGBA{R: 0xff, G: 0xfd, B: 0xf9, A: 0xff}
	cardDark       = color.NRGBA{R: 0x26, G: 0x2b, B: 0x30, A: 0xff}
	selectionLight = color.NRGBA{R: 0x1f, G: 0x6f, B: 0x78, A: 0x33}
	selectionDark  = color.NRGBA{R: 0x6f, G: 0xc2, B: 0xc4, A: 0x40}
	borderLight    = color.NRGBA{R: 0x7d, G: 0x86, B: 0x8a, A: 0xff} // radio circles, check boxes, field edges
	borderDark     = color.NRGBA{R: 0x8c, G: 0x96, B: 0x9b, A: 0xff}
	tealLight      = color.NRGBA{R: 0x1f, G: 0x6f, B: 0x78, A: 0xff}
	tealDark       = color.NRGBA{R: 0x6f, G: 0xc2, B: 0xc4, A: 0xff}
	sandLight      = color.NRGBA{R: 0xf6, G: 0xf3, B: 0xee, A: 0xff}
	inkOnTeal      = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	inkOnLight     = color.NRGBA{R: 0x10, G: 0x28, B: 0x2b, A: 0xff}
	buttonSand     = color.NRGBA{R: 0xe6, G: 0xe0, B: 0xd5, A: 0xff}

	// The light theme's error, success and warning are darker than Fyne's
	// (#F44336, #43F436, #FF9800), so that white words on a button of that
	// importance, and the colour as words on the window, reach WCAG AA's
	// 4.5:1: "It happened" was white on #F44336, 3.7:1. The dark theme has
	// dark words on Fyne's bright colours, which do, but its red is a little
	// lighter so that error words on a card do too (#F44336: 3.9:1).
	errorLight   = color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff} // 5.6:1 with white
	successLight = color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff} // 5.1:1
	warningLight = color.NRGBA{R: 0xb4, G: 0x53, B: 0x09, A: 0xff} // 5.0:1
	errorDark    = color.NRGBA{R: 0xe5, G: 0x73, B: 0x73, A: 0xff} // 4.8:1 on a card
)

// Color overrides a few colours for a softer look.
func (t *calm) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced != nil {
		v = *t.forced
	}
	dark := v == theme.VariantDark
	if c, ok := pick(name, dark); ok {
		return c
	}
	switch name {
	case theme.ColorNamePrimary, theme.ColorNameFocus, theme.ColorNameHyperlink:
		if dark {
			return tealDark
		}
		return tealLight
	case theme.ColorNameForegroundOnPrimary:
		if dark {
			return inkOnLight
		}
		return inkOnTeal
	case theme.ColorNameBackground:
		if !dark {
			return sandLight
		}
	case theme.ColorNameButton:
		if !dark {
			return buttonSand
		}
	case theme.ColorNameError:
		if dark {
			return errorDark
		}
		return errorLight
	case theme.ColorNameSuccess:
		if !dark {
			return successLight
		}
	case theme.ColorNameWarning:
		if !dark {
			return warningLight
		}
	}
	return t.Theme.Color(name, v)
}

// pairs are colours that differ only by variant: light, then dark.
var pairs = map[fyne.ThemeColorName][2]color.Color{
	ColorNameCard:              {cardLight, cardDark},
	theme.ColorNameSelection:   {selectionLight, selectionDark},
	theme.ColorNameInputBorder: {borderLight, borderDark},
}

func pick(name fyne.ThemeColorName, dark bool) (color.Color, bool) {
	p, ok := pairs[name]
	if !ok {
		return nil, false
	}
	if dark {
		return p[1], true
	}
	return p[0], true
}
