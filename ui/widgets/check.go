package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Check is a widget.Check that Space, Enter and Return toggle, that hands
// every other key and every shortcut to the window's Router, and that shows
// a focus ring while it has focus.
type Check struct {
	widget.Check
	r       Router
	focused bool
}

var (
	_ fyne.Focusable    = (*Check)(nil)
	_ fyne.Shortcutable = (*Check)(nil)
)

// NewCheck makes a check box; changed (may be nil) gets each new state.
func NewCheck(text string, changed func(bool), r Router) *Check {
	c := &Check{r: r}
	c.Text, c.OnChanged = text, changed
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer adds the focus ring to Fyne's check renderer.
func (c *Check) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	return withRing(c.Check.CreateRenderer(), c)
}

// FocusGained shows the ring and tells the router.
func (c *Check) FocusGained() {
	if c.Disabled() {
		return
	}
	c.focused = true
	c.Refresh()
	reportFocus(c.r, c)
}

// FocusLost hides the ring.
func (c *Check) FocusLost() {
	c.focused = false
	c.Refresh()
}

// TypedKey toggles on Space, Enter or Return and passes every other key to
// the router.
func (c *Check) TypedKey(ev *fyne.KeyEvent) {
	if isActivate(ev.Name) {
		if !c.Disabled() {
			c.SetChecked(!c.Checked)
		}
		return
	}
	passKey(c.r, ev)
}

// TypedRune ignores text. Fyne's check toggles on the ' ' rune, but the
// desktop driver sends Space both as a key and as a rune; the key already
// toggled it.
func (c *Check) TypedRune(rune) {}

// TypedShortcut passes shortcuts to the router.
func (c *Check) TypedShortcut(s fyne.Shortcut) { passShortcut(c.r, s) }

// Hide also lets go of focus.
func (c *Check) Hide() {
	unfocusSelf(c)
	c.Check.Hide()
}

func (c *Check) ringShown() bool { return c.focused && !c.Disabled() && c.Visible() }

// ringArea is the box and its label, not the whole width a layout may give.
func (c *Check) ringArea() (fyne.Position, fyne.Size) {
	size := c.Size()
	return fyne.NewPos(0, 0), fyne.NewSize(fyne.Min(size.Width, c.MinSize().Width), size.Height)
}

func (c *Check) ringUnder(fyne.Theme, fyne.ThemeVariant) color.Color { return nil }
