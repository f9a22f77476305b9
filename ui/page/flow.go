package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
)

// NewFlow lays objects out in a row, moving the ones that do not fit onto
// the next line, so a row of buttons fits a phone-width window.
func NewFlow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(&flowLayout{}, objs...)
}

// flowLayout is a row that wraps. Like wrapping text, its height depends
// on its width: MinSize answers for the width it was last given.
type flowLayout struct{ width float32 }

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.place(objs, size.Width, true)
}

func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	widest := float32(0)
	for _, o := range objs {
		if o.Visible() {
			widest = fyne.Max(widest, o.MinSize().Width)
		}
	}
	width := f.width
	if width == 0 {
		width = 1 << 20 // not laid out yet: one row
	}
	return fyne.NewSize(widest, f.place(objs, fyne.Max(width, widest), false))
}

// place positions the objects (when move is set) and returns the height used.
func (f *flowLayout) place(objs []fyne.CanvasObject, width float32, move bool) float32 {
	pad := fynetheme.Padding()
	x, y, rowH := float32(0), float32(0), float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > width {
			x, y, rowH = 0, y+rowH+pad, 0
		}
		if move {
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(fyne.Min(m.Width, width), m.Height))
		}
		x += m.Width + pad
		rowH = fyne.Max(rowH, m.Height)
	}
	return y + rowH
}

// FlowHeight is the height objs take laid out in a row that wraps at width.
func FlowHeight(objs []fyne.CanvasObject, width float32) float32 {
	return (&flowLayout{}).place(objs, width, false)
}
