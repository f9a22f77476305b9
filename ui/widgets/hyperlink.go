package widgets

import (
	"image/color"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Hyperlink is a widget.Hyperlink that Space, Enter and Return open, that
// hands every other key and every shortcut to the window's Router, and that
// shows a focus ring while it has focus.
//
// Like Fyne's, it opens URL with the system browser unless OnTapped is set;
// set OnTapped to open it yourself (and say on screen when that fails).
type Hyperlink struct {
	widget.Hyperlink
	r       Router
	focused bool
}

var (
	_ fyne.Focusable    = (*Hyperlink)(nil)
	_ fyne.Shortcutable = (*Hyperlink)(nil)
)

// NewHyperlink makes a link that opens u. r may be nil.
func NewHyperlink(text string, u *url.URL, r Router) *Hyperlink {
	h := &Hyperlink{r: r}
	h.Text, h.URL = text, u
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer adds the focus ring to Fyne's hyperlink renderer.
func (h *Hyperlink) CreateRenderer() fyne.WidgetRenderer {
	h.ExtendBaseWidget(h)
	return withRing(h.Hyperlink.CreateRenderer(), h)
}

// FocusGained shows the ring (in place of Fyne's thinner focus box) and
// tells the router.
func (h *Hyperlink) FocusGained() {
	h.focused = true
	h.Refresh()
	reportFocus(h.r, h)
}

// FocusLost hides the ring.
func (h *Hyperlink) FocusLost() {
	h.focused = false
	h.Refresh()
}

// TypedKey opens the link on Space, Enter or Return (OnTapped if set) and
// passes every other key to the router.
func (h *Hyperlink) TypedKey(ev *fyne.KeyEvent) {
	if isActivate(ev.Name) {
		h.Hyperlink.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace, Physical: ev.Physical})
		return
	}
	passKey(h.r, ev)
}

// TypedShortcut passes shortcuts to the router.
func (h *Hyperlink) TypedShortcut(s fyne.Shortcut) { passShortcut(h.r, s) }

// Hide also lets go of focus.
func (h *Hyperlink) Hide() {
	unfocusSelf(h)
	h.Hyperlink.Hide()
}

func (h *Hyperlink) ringShown() bool { return h.focused && h.Visible() }

// ringArea is the text, not the whole width a layout may give the link.
func (h *Hyperlink) ringArea() (fyne.Position, fyne.Size) {
	size := h.Size()
	if h.Wrapping != fyne.TextWrapOff || h.Truncation != fyne.TextTruncateOff {
		return fyne.NewPos(0, 0), size
	}
	w := fyne.Min(size.Width, h.MinSize().Width)
	x := float32(0)
	switch h.Alignment {
	case fyne.TextAlignCenter:
		x = (size.Width - w) / 2
	case fyne.TextAlignTrailing:
		x = size.Width - w
	}
	return fyne.NewPos(x, 0), fyne.NewSize(w, size.Height)
}

func (h *Hyperlink) ringUnder(fyne.Theme, fyne.ThemeVariant) color.Color { return nil }
