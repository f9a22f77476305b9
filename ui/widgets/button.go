package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Button is a widget.Button that Space, Enter and Return press, that hands
// every other key and every shortcut to the window's Router, and that shows
// a focus ring while it has focus.
type Button struct {
	widget.Button
	r       Router
	focused bool
}

var (
	_ fyne.Focusable    = (*Button)(nil)
	_ fyne.Shortcutable = (*Button)(nil)
)

// NewButton makes a button with an optional icon. r may be nil (keys are
// then dropped).
func NewButton(text string, icon fyne.Resource, tapped func(), r Router) *Button {
	b := &Button{r: r}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer adds the focus ring to Fyne's button renderer.
func (b *Button) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	return withRing(b.Button.CreateRenderer(), b)
}

// FocusGained shows the ring and tells the router. Fyne's own focus tint
// is not used: with the app's opaque teal focus colour it would turn the
// button solid teal, hiding the text.
func (b *Button) FocusGained() {
	b.focused = true
	b.Refresh()
	reportFocus(b.r, b)
}

// FocusLost hides the ring.
func (b *Button) FocusLost() {
	b.focused = false
	b.Refresh()
}

// TypedKey presses the button on Space, Enter or Return and passes every
// other key to the router.
func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	if isActivate(ev.Name) {
		b.Button.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace, Physical: ev.Physical})
		return
	}
	passKey(b.r, ev)
}

// TypedShortcut passes shortcuts to the router: a button has none of its own.
func (b *Button) TypedShortcut(s fyne.Shortcut) { passShortcut(b.r, s) }

// Hide also lets go of focus, so Space cannot press a hidden button.
func (b *Button) Hide() {
	unfocusSelf(b)
	b.Button.Hide()
}

func (b *Button) ringShown() bool { return b.focused && !b.Disabled() && b.Visible() }

func (b *Button) ringArea() (fyne.Position, fyne.Size) { return fyne.NewPos(0, 0), b.Size() }

// ringUnder is the button's fill, as Fyne picks it by importance.
func (b *Button) ringUnder(th fyne.Theme, v fyne.ThemeVariant) color.Color {
	var name fyne.ThemeColorName
	switch b.Importance {
	case widget.HighImportance:
		name = theme.ColorNamePrimary
	case widget.DangerImportance:
		name = theme.ColorNameError
	case widget.SuccessImportance:
		name = theme.ColorNameSuccess
	case widget.WarningImportance:
		name = theme.ColorNameWarning
	case widget.LowImportance:
		return nil
	default:
		name = theme.ColorNameButton
	}
	return th.Color(name, v)
}
