package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
)

// newMinSize keeps obj at least size, which sets the window's minimum size.
func newMinSize(size fyne.Size, obj fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&minSizeLayout{min: size}, obj)
}

type minSizeLayout struct{ min fyne.Size }

func (m *minSizeLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return m.min.Max(layout.NewStackLayout().MinSize(objs))
}

func (m *minSizeLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objs, size)
}
