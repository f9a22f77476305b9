package page

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/translations"
)

// Wrapped is body text that wraps to the width it is given.
func Wrapped(text string) *widget.Label {
	lbl := widget.NewLabel(text)
	lbl.Wrapping = fyne.TextWrapWord
	return lbl
}

// SectionHeading is a bold heading inside a screen.
func SectionHeading(text string) *widget.Label {
	lbl := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	lbl.Wrapping = fyne.TextWrapWord
	return lbl
}

// SmallPrint is quieter, smaller text for notes and sources.
func SmallPrint(text string) *widget.Label {
	lbl := Wrapped(text)
	lbl.SizeName = fynetheme.SizeNameCaptionText
	return lbl
}

// Bullets lists messages by ID, numbered or with Bullets.
func Bullets(l *translations.Localizer, ids []string, numbered bool) fyne.CanvasObject {
	items := make([]fyne.CanvasObject, 0, len(ids))
	for i, id := range ids {
		mark := "•"
		if numbered {
			mark = fmt.Sprintf("%d.", i+1)
		}
		items = append(items, container.NewBorder(nil, nil, container.NewVBox(widget.NewLabel(mark)), nil, Wrapped(l.ID(id))))
	}
	return container.NewVBox(items...)
}

func Heading(text string) *widget.Label {
	h := SectionHeading(text)
	h.SizeName = fynetheme.SizeNameSubHeadingText
	return h
}

func WarningText(text string) *widget.Label {
	w := Wrapped(text)
	w.Importance = widget.DangerImportance
	return w
}

// Snippet is the start of text on one line, at most n runes.
func Snippet(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if r := []rune(text); len(r) > n {
		return string(r[:n]) + "…"
	}
	return text
}

// UpperFirst capitalises a link's first letter, as it now starts a line.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// SetMessage shows text in msg, and makes its card measure it again.
func SetMessage(msg *widget.Label, imp widget.Importance, text string) {
	msg.Importance = imp
	msg.SetText(text)
	msg.Show()
	msg.Refresh()
}
