package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

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

// textSpec is one labelled text field bound to a string of a record.
type textSpec struct {
	label *i18n.Message
	hint  *i18n.Message // optional
	ptr   *string
	rows  int // 1 for a one-line field
}

// textFields makes a field for each spec, filled from its string; read
// copies what was typed back into the strings.
func (k kit) textFields(specs []textSpec) (fields []field, read func()) {
	fields, _, read = k.textEntries(specs)
	return fields, read
}

// textEntries is textFields with the text fields themselves, in the
// specs' order (to keep their drafts).
func (k kit) textEntries(specs []textSpec) (fields []field, entries []*widgets.Entry, read func()) {
	entries = make([]*widgets.Entry, len(specs))
	for i, s := range specs {
		e := k.entry("")
		if s.rows > 1 {
			e = k.text("", s.rows)
		}
		e.SetText(*s.ptr)
		entries[i] = e
		f := field{label: k.l.T(s.label), input: e}
		if s.hint != nil {
			f.hint = k.l.T(s.hint)
		}
		fields = append(fields, f)
	}
	return fields, entries, func() {
		for i, s := range specs {
			*s.ptr = entries[i].Text
		}
	}
}

// draftSpecs keeps each of entries, made from specs, under its label's ID.
func (d *formDraft) draftSpecs(specs []textSpec, entries []*widgets.Entry) {
	for i, s := range specs {
		d.entry(s.label.ID, entries[i])
	}
}

// saveButton runs save when pressed and says in msg whether it worked:
// done on success, or why it was not saved.
func (sh *Shell) saveButton(label, done *i18n.Message, msg *widget.Label, save func() error) *widgets.Button {
	l := sh.l
	b := sh.kit().button(l.T(label), fynetheme.DocumentSaveIcon(), func() {
		if err := save(); err != nil {
			msg.Importance = widget.DangerImportance
			msg.SetText(failText(l, msgNotSaved, err))
		} else {
			msg.Importance = widget.SuccessImportance
			msg.SetText(l.T(done))
		}
		msg.Show()
	})
	b.Importance = widget.HighImportance
	return b
}
