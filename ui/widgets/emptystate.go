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
	return container.New(&maxWidth{width: 520}, box)
}

// maxWidth centres its objects in a column no wider than width, so long
// text wraps into a readable column, and narrower on a narrow window.
type maxWidth struct{ width float32 }

func (m *maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		min = min.Max(o.MinSize())
	}
	return min
}

func (m *maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Min(size.Width, m.width)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(w, h))
		o.Move(fyne.NewPos((size.Width-w)/2, fyne.Max(0, (size.Height-h)/2)))
	}
}
