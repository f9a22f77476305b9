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
