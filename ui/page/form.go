package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/ui/widgets"
)

// Field is one labelled input on a form: a bold label, an optional hint
// under it, then the input.
type Field struct {
	Label string
	Hint  string
	Input fyne.CanvasObject
}

// Form lays fields out one under another, so they fit a phone's width.
func Form(fields ...Field) *fyne.Container {
	box := container.NewVBox()
	for _, f := range fields {
		box.Add(SectionHeading(f.Label))
		if f.Hint != "" {
			box.Add(SmallPrint(f.Hint))
		}
		box.Add(f.Input)
	}
	return box
}

// TextField is a labelled field for writing, filled with value.
func (k Kit) TextField(label, hint, value string, rows int) (Field, *widgets.Entry) {
	e := k.Text("", rows)
	e.SetText(value)
	return Field{Label: label, Hint: hint, Input: e}, e
}

// Scroll is a page's scrolling body, padded, with its parts one under
// another; the window's scroll keys move it.
func Scroll(objs ...fyne.CanvasObject) *container.Scroll {
	return container.NewVScroll(container.NewPadded(container.NewVBox(objs...)))
}

// TextSpec is one labelled text field bound to a string of a record.
type TextSpec struct {
	Label *i18n.Message
	Hint  *i18n.Message // optional
	Ptr   *string
	Rows  int // 1 for a one-line field
}

// TextFields makes a field for each spec, filled from its string; read
// copies what was typed back into the strings.
func (k Kit) TextFields(specs []TextSpec) (fields []Field, read func()) {
	fields, _, read = k.TextEntries(specs)
	return fields, read
}

// TextEntries is textFields with the text fields themselves, in the
// specs' order (to keep their drafts).
func (k Kit) TextEntries(specs []TextSpec) (fields []Field, entries []*widgets.Entry, read func()) {
	entries = make([]*widgets.Entry, len(specs))
	for i, s := range specs {
		e := k.Entry("")
		if s.Rows > 1 {
			e = k.Text("", s.Rows)
		}
		e.SetText(*s.Ptr)
		entries[i] = e
		f := Field{Label: k.L.T(s.Label), Input: e}
		if s.Hint != nil {
			f.Hint = k.L.T(s.Hint)
		}
		fields = append(fields, f)
	}
	return fields, entries, func() {
		for i, s := range specs {
			*s.Ptr = entries[i].Text
		}
	}
}

// Specs keeps each of entries, made from specs, under its label's ID.
func (d *Draft) Specs(specs []TextSpec, entries []*widgets.Entry) {
	for i, s := range specs {
		d.Entry(s.Label.ID, entries[i])
	}
}

// SaveButton runs save when pressed and says in msg whether it worked:
// done on success, or why it was not saved.
func (k Kit) SaveButton(label, done *i18n.Message, msg *widget.Label, save func() error) *widgets.Button {
	l := k.L
	b := k.Button(l.T(label), fynetheme.DocumentSaveIcon(), func() {
		if err := save(); err != nil {
			msg.Importance = widget.DangerImportance
			msg.SetText(FailText(l, MsgNotSaved, err))
		} else {
			msg.Importance = widget.SuccessImportance
			msg.SetText(l.T(done))
		}
		msg.Show()
	})
	b.Importance = widget.HighImportance
	return b
}
