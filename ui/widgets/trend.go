package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Trend is a small line chart of values on a fixed scale (say 1 to 10),
// evenly spaced in the order given: a line through the points, a dot on
// each, a faint line at the middle of the scale, and the scale's ends and
// the first and last labels written as text the caller has translated.
// It draws nothing for no points; one point is a dot.
type Trend struct {
	widget.BaseWidget
	Min, Max    float64
	Values      []float64
	Low, High   string // the scale's ends, e.g. "1" and "10"
	First, Last string // under the first and last points, e.g. dates
}

// NewTrend makes a chart for values from lo to hi.
func NewTrend(lo, hi float64) *Trend {
	t := &Trend{Min: lo, Max: hi}
	t.ExtendBaseWidget(t)
	return t
}

// Set replaces the points and labels and redraws.
func (t *Trend) Set(values []float64, first, last string) {
	t.Values, t.First, t.Last = values, first, last
	t.Refresh()
}

// MinSize is a short chart that fits a phone's width.
func (t *Trend) MinSize() fyne.Size { return fyne.NewSize(200, 140) }

// CreateRenderer draws the chart.
func (t *Trend) CreateRenderer() fyne.WidgetRenderer {
	r := &trendRenderer{t: t}
	r.rebuild()
	return r
}

type trendRenderer struct {
	t       *Trend
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *trendRenderer) Layout(s fyne.Size) {
	r.size = s
	r.rebuild()
}

func (r *trendRenderer) MinSize() fyne.Size           { return r.t.MinSize() }
func (r *trendRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *trendRenderer) Destroy()                     {}
func (r *trendRenderer) Refresh() {
	r.rebuild()
	canvas.Refresh(r.t)
}

// rebuild makes the chart's objects for the current size and values.
func (r *trendRenderer) rebuild() {
	t, s := r.t, r.size
	fg := theme.Color(theme.ColorNameForeground)
	accent := theme.Color(theme.ColorNamePrimary)
	low, high := label(t.Low, fg), label(t.High, fg)
	first, last := label(t.First, fg), label(t.Last, fg)
	axisW := fyne.Max(low.MinSize().Width, high.MinSize().Width) + theme.Padding()
	textH := first.MinSize().Height
	plot := fyne.NewSize(s.Width-axisW-theme.Padding(), s.Height-textH-theme.Padding())
	if plot.Width <= 0 || plot.Height <= 0 {
		r.objects = nil
		return
	}
	y := func(v float64) float32 {
		if t.Max == t.Min {
			return plot.Height / 2
		}
		return plot.Height * float32(1-(v-t.Min)/(t.Max-t.Min))
	}
	x := func(i int) float32 {
		if len(t.Values) < 2 {
			return axisW + plot.Width/2
		}
		return axisW + plot.Width*float32(i)/float32(len(t.Values)-1)
	}
	high.Move(fyne.NewPos(0, 0))
	low.Move(fyne.NewPos(0, plot.Height-low.MinSize().Height))
	mid := canvas.NewLine(faint(fg))
	mid.Position1, mid.Position2 = fyne.NewPos(axisW, y((t.Min+t.Max)/2)), fyne.NewPos(axisW+plot.Width, y((t.Min+t.Max)/2))
	frame := canvas.NewLine(faint(fg))
	frame.Position1, frame.Position2 = fyne.NewPos(axisW, plot.Height), fyne.NewPos(axisW+plot.Width, plot.Height)
	objs := []fyne.CanvasObject{frame, mid, low, high}
	for i, v := range t.Values {
		if i > 0 {
			seg := canvas.NewLine(accent)
			seg.StrokeWidth = 2
			seg.Position1, seg.Position2 = fyne.NewPos(x(i-1), y(t.Values[i-1])), fyne.NewPos(x(i), y(v))
			objs = append(objs, seg)
		}
		dot := canvas.NewCircle(accent)
		d := float32(7)
		dot.Resize(fyne.NewSize(d, d))
		dot.Move(fyne.NewPos(x(i)-d/2, y(v)-d/2))
		objs = append(objs, dot)
	}
	if len(t.Values) > 0 {
		first.Move(fyne.NewPos(axisW, plot.Height+theme.Padding()))
		last.Move(fyne.NewPos(axisW+plot.Width-last.MinSize().Width, plot.Height+theme.Padding()))
		objs = append(objs, first)
		if len(t.Values) > 1 {
			objs = append(objs, last)
		}
	}
	r.objects = objs
}

func label(text string, c color.Color) *canvas.Text {
	l := canvas.NewText(text, c)
	l.TextSize = theme.CaptionTextSize()
	l.Resize(l.MinSize())
	return l
}

// faint is c at a quarter of its strength, for guide lines.
func faint(c color.Color) color.Color {
	r, g, b, a := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: uint8(a >> 10)}
}
