package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// The focus ring: a 2 px outline drawn just outside a focused control, with
// a 2 px gap of window background between it and the control, so it shows
// even on a teal button whose own colour equals the theme's focus colour.
const (
	ringWidth = 2
	ringGap   = 2
)

// ringOwner is a widget that shows a focus ring through ringRenderer.
type ringOwner interface {
	fyne.Widget
	Theme() fyne.Theme
	ringShown() bool
	// ringArea is the part of the widget the ring goes around, in the
	// widget's own coordinates.
	ringArea() (fyne.Position, fyne.Size)
	// ringUnder is the widget's own fill next to the ring (nil: none).
	ringUnder(th fyne.Theme, v fyne.ThemeVariant) color.Color
}

// ringRenderer wraps a Fyne renderer and adds the focus ring on top of its
// objects. Fyne's own drawing is left as it is.
type ringRenderer struct {
	fyne.WidgetRenderer
	owner ringOwner
	ring  *canvas.Rectangle

	base []fyne.CanvasObject // the wrapped renderer's objects last seen
	objs []fyne.CanvasObject // base + ring
}

func withRing(base fyne.WidgetRenderer, owner ringOwner) *ringRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	ring.StrokeWidth = ringWidth
	ring.Hide()
	r := &ringRenderer{WidgetRenderer: base, owner: owner, ring: ring}
	r.update()
	return r
}

// Objects are the wrapped renderer's objects with the ring last (on top).
func (r *ringRenderer) Objects() []fyne.CanvasObject {
	b := r.WidgetRenderer.Objects()
	if !sameObjects(b, r.base) {
		r.base = b
		r.objs = append(append(make([]fyne.CanvasObject, 0, len(b)+1), b...), r.ring)
	}
	return r.objs
}

func sameObjects(a, b []fyne.CanvasObject) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Layout lays out the wrapped renderer, then places the ring.
func (r *ringRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.place()
}

// Refresh refreshes the wrapped renderer, then the ring.
func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.update()
	r.place()
	r.ring.Refresh()
}

func (r *ringRenderer) place() {
	pos, size := r.owner.ringArea()
	th := r.owner.Theme()
	placeRing(r.ring, pos, size, th.Size(theme.SizeNameInputRadius))
}

// placeRing puts ring around the area at pos/size, ringGap outside it. The
// stroke is centred on the rectangle's edge, so the edge goes half a
// stroke further out.
func placeRing(ring *canvas.Rectangle, pos fyne.Position, size fyne.Size, radius float32) {
	off := float32(ringGap + ringWidth/2)
	ring.Move(pos.SubtractXY(off, off))
	ring.Resize(size.AddWidthHeight(2*off, 2*off))
	ring.CornerRadius = radius + off
}

func (r *ringRenderer) update() {
	th := r.owner.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.ring.StrokeColor = ringColor(th, v, r.owner.ringUnder(th, v))
	r.ring.Hidden = !r.owner.ringShown()
}

// ringColor is the theme's focus colour made opaque, or the foreground
// colour when the focus colour would not stand out: against the window
// background (contrast below 3:1) or next to a control of nearly the same
// colour (below 1.5:1), as on a teal button when focus is teal too.
func ringColor(th fyne.Theme, v fyne.ThemeVariant, under color.Color) color.Color {
	bg := th.Color(theme.ColorNameBackground, v)
	focus := opaque(th.Color(theme.ColorNameFocus, v))
	if contrast(focus, bg) >= 3 && (under == nil || contrast(focus, over(bg, under)) >= 1.5) {
		return focus
	}
	return opaque(th.Color(theme.ColorNameForeground, v))
}

// opaque is c with full alpha.
func opaque(c color.Color) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = 0xff
	return n
}

// over is top painted over an opaque bottom.
func over(bottom, top color.Color) color.NRGBA {
	b := opaque(bottom)
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	a := float64(t.A) / 0xff
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(t.R, b.R), G: mix(t.G, b.G), B: mix(t.B, b.B), A: 0xff}
}

// contrast is the WCAG contrast ratio of two colours (alpha ignored).
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	n := opaque(c)
	lin := func(v uint8) float64 {
		s := float64(v) / 0xff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}
