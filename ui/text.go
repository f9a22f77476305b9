package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/translations"
)

// wrapped is body text that wraps to the width it is given.
func wrapped(text string) *widget.Label {
	lbl := widget.NewLabel(text)
	lbl.Wrapping = fyne.TextWrapWord
	return lbl
}

// sectionHeading is a bold heading inside a screen.
func sectionHeading(text string) *widget.Label {
	lbl := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	lbl.Wrapping = fyne.TextWrapWord
	return lbl
}

// smallPrint is quieter, smaller text for notes and sources.
func smallPrint(text string) *widget.Label {
	lbl := wrapped(text)
	lbl.SizeName = fynetheme.SizeNameCaptionText
	return lbl
}

// bullets lists messages by ID, numbered or with bullets.
func bullets(l *translations.Localizer, ids []string, numbered bool) fyne.CanvasObject {
	items := make([]fyne.CanvasObject, 0, len(ids))
	for i, id := range ids {
		mark := "•"
		if numbered {
			mark = fmt.Sprintf("%d.", i+1)
		}
		items = append(items, container.NewBorder(nil, nil, container.NewVBox(widget.NewLabel(mark)), nil, wrapped(l.ID(id))))
	}
	return container.NewVBox(items...)
}
