// Package widgets holds Alongside's own small widgets.
package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NewEmptyState is the calm panel a section shows when it has nothing yet:
// an icon, a heading and a sentence or two saying what will be there.
func NewEmptyState(icon fyne.Resource, heading, body string) fyne.CanvasObject {
	img := canvas.NewImageFromResource(theme.NewDisabledResource(icon))
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSquareSize(64))
	title := widget.NewLabelWithStyle(heading, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	text := widget.NewLabel(body)
	text.Alignment = fyne.TextAlignCenter
	text.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(img, title, text)
	return container.NewCenter(container.New(&maxWidth{width: 520}, box))
}

// maxWidth lays its objects out no wider than width, so long text wraps
// into a readable column.
type maxWidth struct{ width float32 }

func (m *maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = fyne.Max(h, o.MinSize().Height)
	}
	return fyne.NewSize(m.width, h)
}

func (m *maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}
