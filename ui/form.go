package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/alongside-app/alongside/ui/widgets"
)

// field is one labelled input on a form: a bold label, an optional hint
// under it, then the input.
type field struct {
	label string
	hint  string
	input fyne.CanvasObject
}

// form lays fields out one under another, so they fit a phone's width.
func form(fields ...field) *fyne.Container {
	box := container.NewVBox()
	for _, f := range fields {
		box.Add(sectionHeading(f.label))
		if f.hint != "" {
			box.Add(smallPrint(f.hint))
		}
		box.Add(f.input)
	}
	return box
}

// textField is a labelled field for writing, filled with value.
func (k kit) textField(label, hint, value string, rows int) (field, *widgets.Entry) {
	e := k.text("", rows)
	e.SetText(value)
	return field{label: label, hint: hint, input: e}, e
}

// pageScroll is a page's scrolling body, padded, with its parts one under
// another; the window's scroll keys move it.
func pageScroll(objs ...fyne.CanvasObject) *container.Scroll {
	return container.NewVScroll(container.NewPadded(container.NewVBox(objs...)))
}
