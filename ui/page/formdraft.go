package page

import (
	"context"
	"encoding/json"
	"log"
	"maps"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgDraftKept = &i18n.Message{ID: "Form.DraftKept", Description: "Quiet line on a form whose unsaved writing came back; When is a date and time",
		Other: "What you wrote on {{.When}} and did not save is back here. Save it to keep it."}
	msgDraftDiscard  = &i18n.Message{ID: "Form.DraftDiscard", Description: "Small button: throw away the unsaved writing that came back", Other: "Discard it"}
	msgDraftDiscardQ = &i18n.Message{ID: "Form.DraftDiscardQ", Description: "Asks before throwing away unsaved writing", Other: "Throw away what you wrote and did not save? It cannot be brought back."}
)

// Draft keeps a form's unsaved writing, as the journal keeps an
// entry's: a moment after each change, and before the records lock, the
// fields go into one sealed draft (field name to text, as JSON) of its
// kind and record. A form made again finds it there; Save drops it.
// Screens that read their record again each time they show ask dirty
// first, so what was typed since is never replaced.
type Draft struct {
	c       Context
	kind    string // "form:relapse", "form:boundary"...
	ref     int64  // the record's id, 0 for a new one
	fields  []draftField
	base    map[string]string // the fields as the record had them
	Dirty   bool              // changed since loaded or saved
	unkept  bool              // changed since the draft was last kept
	pending bool              // keeping is scheduled
	filling bool              // the form is setting its own fields
	closed  bool
	Note    *fyne.Container // says the unsaved writing came back
	noteMsg *widget.Label
	Said    *widget.Label // the form's message, hidden on a change once it said "saved"
}

// draftField reads and writes one field of a form as text.
type draftField struct {
	name string
	get  func() string
	set  func(string)
}

// DraftKindPrefix starts the kind of every form's draft (the journal's is
// "journal").
const DraftKindPrefix = "form:"

// NewDraft keeps the drafts of the form of kind (without the prefix)
// for record ref.
func (c Context) NewDraft(kind string, ref int64) *Draft {
	d := &Draft{c: c, kind: DraftKindPrefix + kind, ref: ref, noteMsg: SmallPrint("")}
	discard := c.Kit.Button(c.L.T(msgDraftDiscard), fynetheme.ContentUndoIcon(), d.askDiscard)
	discard.Importance = widget.LowImportance
	d.Note = container.NewVBox(d.noteMsg, NewFlow(discard))
	d.Note.Hide()
	return d
}

// Entry keeps e under name.
func (d *Draft) Entry(name string, e *widgets.Entry) {
	prev := e.OnChanged
	e.OnChanged = func(s string) {
		if prev != nil {
			prev(s)
		}
		d.changed()
	}
	d.fields = append(d.fields, draftField{name, func() string { return e.Text }, e.SetText})
}

// Entries keeps each of es under its name.
func (d *Draft) Entries(names []string, es []*widgets.Entry) {
	for i, e := range es {
		d.Entry(names[i], e)
	}
}

// Check keeps c under name.
func (d *Draft) Check(name string, c *widgets.Check) {
	prev := c.OnChanged
	c.OnChanged = func(b bool) {
		if prev != nil {
			prev(b)
		}
		d.changed()
	}
	d.fields = append(d.fields, draftField{name, func() string { return strconv.FormatBool(c.Checked) },
		func(s string) { c.SetChecked(s == "true") }})
}

// Choice keeps which of c's rows is chosen under name.
func (d *Draft) Choice(name string, c *widgets.Choice) {
	prev := c.OnChanged
	c.OnChanged = func(i int) {
		if prev != nil {
			prev(i)
		}
		d.changed()
	}
	d.fields = append(d.fields, draftField{name, func() string { return strconv.Itoa(c.Selected) },
		func(s string) {
			if i, err := strconv.Atoi(s); err == nil {
				c.SetSelected(i)
			}
		}})
}

// Values are the fields as they are now.
func (d *Draft) Values() map[string]string {
	out := make(map[string]string, len(d.fields))
	for _, f := range d.fields {
		out[f.name] = f.get()
	}
	return out
}

// Fill sets the fields from vs without counting it as a change.
func (d *Draft) Fill(vs map[string]string) {
	d.filling = true
	defer func() { d.filling = false }()
	for _, f := range d.fields {
		if v, ok := vs[f.name]; ok && v != f.get() {
			f.set(v)
		}
	}
}

// Restore is called once the fields show the record: it keeps those as
// the record's, and when a draft of this form holds other words, puts
// them back and says so. It reports whether it did.
func (d *Draft) Restore() bool {
	d.base = d.Values()
	d.c.Drafts.KeepAll() // a form of the same record left a moment ago
	draft, ok := d.find()
	if !ok {
		return false
	}
	var vs map[string]string
	if err := json.Unmarshal([]byte(draft.Text), &vs); err != nil {
		log.Printf("form draft %s cannot be read: %v", d.kind, err)
		return false
	}
	if !differs(vs, d.base) {
		return false
	}
	d.Fill(vs)
	d.Dirty = true
	l := d.c.L
	d.noteMsg.SetText(l.T(msgDraftKept, map[string]any{"When": DateTime(l, draft.Updated)}))
	d.Note.Show()
	return true
}

func differs(vs, base map[string]string) bool {
	for k, v := range vs {
		if b, ok := base[k]; ok && b != v {
			return true
		}
	}
	return false
}

func (d *Draft) find() (store.Draft, bool) {
	drafts, err := d.c.Drafts.keeper().Drafts(context.Background())
	if err != nil {
		log.Printf("form drafts: %v", err)
	}
	for _, x := range drafts {
		if x.Kind == d.kind && x.Ref == d.ref {
			return x, true
		}
	}
	return store.Draft{}, false
}

// changed schedules keeping a draft, once per pause in typing.
func (d *Draft) changed() {
	if d.filling || d.closed {
		return
	}
	d.Dirty, d.unkept = true, true
	if d.Said != nil && d.Said.Importance == widget.SuccessImportance {
		d.Said.Hide() // "saved" is no longer true
	}
	d.c.Drafts.live[d] = true
	if d.pending {
		return
	}
	d.pending = true
	d.c.BG.After(DraftDelay, func() { d.pending = false; d.keep() })
}

// keep stores what is typed now, sealed like every private word.
func (d *Draft) keep() {
	if !d.unkept || d.closed || d.c.Locked() {
		return
	}
	text, _ := json.Marshal(d.Values())
	if err := d.c.Drafts.keeper().SaveDraft(context.Background(), store.Draft{Kind: d.kind, Ref: d.ref, Text: string(text)}); err != nil {
		log.Printf("keep form draft %s: %v", d.kind, err)
		return
	}
	d.unkept = false
	d.forget()
}

// forget takes the form off the list of those with writing to keep.
func (d *Draft) forget() {
	delete(d.c.Drafts.live, d)
}

// Saved says the form's record was saved (as record ref, for a new one):
// the draft is dropped, and what is on screen is now the record.
func (d *Draft) Saved(ref int64) {
	d.Drop()
	if ref != 0 {
		d.ref = ref
	}
	d.base = d.Values()
}

// Drop deletes the draft and forgets the changes.
func (d *Draft) Drop() {
	d.Dirty, d.unkept = false, false
	d.forget()
	d.Note.Hide()
	if err := d.c.Drafts.keeper().DeleteDraft(context.Background(), d.kind, d.ref); err != nil {
		log.Printf("drop form draft %s: %v", d.kind, err)
	}
}

// Close drops the draft for good: the record was deleted.
func (d *Draft) Close() {
	d.Drop()
	d.closed = true
}

// askDiscard puts the record's words back, after asking.
func (d *Draft) askDiscard() {
	l := d.c.L
	d.c.Confirm(l.T(msgDraftDiscard), l.T(msgDraftDiscardQ), l.T(msgDraftDiscard), func() {
		d.Fill(d.base)
		d.Drop()
	})
}

// Rebase makes vals the record's words, which Discard puts back (a save
// sent vals while the person went on typing); writing that differs from
// them is kept as a draft.
func (d *Draft) Rebase(vals map[string]string) {
	d.base = vals
	if !maps.Equal(d.Values(), vals) {
		d.changed()
	}
}

// DraftDelay is how long after the last keystroke a draft is kept.
const DraftDelay = 2 * time.Second
