package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
)

// NewMinSize keeps obj at least size, which sets the window's minimum size.
func NewMinSize(size fyne.Size, obj fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&MinSizeLayout{Min: size}, obj)
}

type MinSizeLayout struct{ Min fyne.Size }

func (m *MinSizeLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return m.Min.Max(layout.NewStackLayout().MinSize(objs))
}

func (m *MinSizeLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objs, size)
}

// RefreshIfShown lays c out again only once it has a size: before the
// window is shown, wrapping text at zero width is costly and thrown away.
func RefreshIfShown(c *fyne.Container) {
	if !c.Size().IsZero() {
		c.Refresh()
	}
}

// SetObjects replaces what c shows with objs in one go. Adding them one by
// one lays c out again after each (at no size at all while c is new), and
// the text in it is measured again each time: Home's first frame paid
// about 8 ms for that.
func SetObjects(c *fyne.Container, objs ...fyne.CanvasObject) {
	c.Objects = objs
	RefreshIfShown(c)
}

// NarrowMinWidth is the narrowest window every screen must fit.
const NarrowMinWidth = 360
