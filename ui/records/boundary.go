package records

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgBoundTitle       = &i18n.Message{ID: "Boundary.Title", Description: "Title of the page showing one boundary", Other: "Boundary"}
	msgBoundEditTitle   = &i18n.Message{ID: "Boundary.EditTitle", Description: "Title of the page writing a boundary", Other: "Write a boundary"}
	msgBoundText        = &i18n.Message{ID: "Boundary.Text", Description: "Label of the boundary field", Other: "The boundary"}
	msgBoundTextHint    = &i18n.Message{ID: "Boundary.Text.Hint", Description: "Example of a boundary", Other: "For example: If you come home drunk, I will sleep at my sister's."}
	msgBoundSituation   = &i18n.Message{ID: "Boundary.Situation", Description: "Label: what keeps happening, the situation the boundary answers (the boundary builder's first step)", Other: "What keeps happening"}
	msgBoundWhy         = &i18n.Message{ID: "Boundary.Why", Description: "Label: why the boundary matters", Other: "Why it matters to me"}
	msgBoundConsequence = &i18n.Message{ID: "Boundary.Consequence", Description: "Label: what the person will do when it is crossed", Other: "What I will do if it is crossed"}
	msgBoundToldToField = &i18n.Message{ID: "Boundary.ToldTo", Description: "Label: whom the boundary was told to", Other: "Who I told"}
	msgBoundSetOnField  = &i18n.Message{ID: "Boundary.SetOn", Description: "Label: the date the boundary was set", Other: "Date set (year-month-day)"}
	msgBoundActive      = &i18n.Message{ID: "Boundary.Active", Description: "Tick box: the boundary is still in use", Other: "Still in use"}
	msgBoundEdit        = &i18n.Message{ID: "Boundary.Edit", Description: "Button: change a boundary", Other: "Edit"}
	msgBoundDelete      = &i18n.Message{ID: "Boundary.Delete", Description: "Button: delete a boundary and its history", Other: "Delete boundary"}
	msgBoundDeleteQ     = &i18n.Message{ID: "Boundary.DeleteQ", Description: "Asks before deleting a boundary", Other: "Delete this boundary and every test you logged for it? It cannot be brought back."}
	msgBoundLog         = &i18n.Message{ID: "Boundary.Log", Description: "Card: record a time the boundary was tested", Other: "It was tested"}
	msgBoundLogButton   = &i18n.Message{ID: "Boundary.Log.Button", Description: "Button: save the test", Other: "Log it"}
	msgBoundLogDate     = &i18n.Message{ID: "Boundary.Log.Date", Description: "Label: the date of the test", Other: "Date (year-month-day)"}
	msgBoundLogNote     = &i18n.Message{ID: "Boundary.Log.Note", Description: "Label: a note about the test", Other: "What happened (optional)"}
	msgBoundHistory     = &i18n.Message{ID: "Boundary.History", Description: "Heading of the list of tests", Other: "History"}
	msgBoundNoHistory   = &i18n.Message{ID: "Boundary.NoHistory", Description: "No tests logged yet", Other: "Nothing logged yet."}
	msgBoundNeedText    = &i18n.Message{ID: "Boundary.NeedText", Description: "Save pressed with the boundary empty", Other: "Write the boundary first."}
	msgDelete           = &i18n.Message{ID: "Form.Delete", Description: "Small button that deletes one line of a history", Other: "Delete"}
	msgSave             = &i18n.Message{ID: "Form.Save", Description: "Button that saves a form", Other: "Save"}
)

// outcomes in the order they are offered, with their words.
var outcomes = []struct {
	o   store.Outcome
	msg *i18n.Message
}{
	{store.Held, &i18n.Message{ID: "Outcome.Held", Description: "A boundary test outcome: it held", Other: "Held"}},
	{store.Bent, &i18n.Message{ID: "Outcome.Bent", Description: "A boundary test outcome: it bent", Other: "Bent"}},
	{store.Broken, &i18n.Message{ID: "Outcome.Broken", Description: "A boundary test outcome: it was broken", Other: "Broken"}},
}

// BoundaryPage shows one boundary, logs its tests and lists its history.
func (sc *Screens) BoundaryPage(id int64) page.Page {
	box := container.NewVBox()
	p := page.Page{Title: sc.L.T(msgBoundTitle), Obj: page.Scroll(box)}
	p.OnShow = func() { sc.fillBoundary(box, id) }
	return p
}

func (sc *Screens) fillBoundary(box *fyne.Container, id int64) {
	box.RemoveAll()
	l, k, ctx := sc.L, sc.Kit, context.Background()
	b, tests, err := sc.loadBoundary(ctx, id)
	if err != nil {
		box.Add(page.Wrapped(page.FailText(l, msgBoundFailed, err)))
		return
	}
	head := page.SectionHeading(b.Text)
	head.SizeName = fynetheme.SizeNameSubHeadingText
	edit := k.Button(l.T(msgBoundEdit), fynetheme.DocumentCreateIcon(), func() { sc.Push(sc.BoundaryEditPage(b)) })
	del := k.Button(l.T(msgBoundDelete), fynetheme.DeleteIcon(), func() {
		sc.Confirm(l.T(msgBoundDelete), l.T(msgBoundDeleteQ), l.T(msgBoundDelete), func() {
			err := sc.Records.DeleteBoundary(ctx, id)
			if err == nil {
				sc.Drafts.Drop(draftBoundary, id)
			}
			sc.saved(err, true)
		})
	})
	box.Add(head)
	box.Add(page.Wrapped(tallyText(l, store.TallyOf(tests))))
	box.Add(page.SmallPrint(boundaryFacts(l, b)))
	for _, f := range []struct {
		label *i18n.Message
		text  string
	}{{msgBoundSituation, b.Situation}, {msgBoundWhy, b.Why}, {msgBoundConsequence, b.Consequence}} {
		if f.text != "" {
			box.Add(page.Form(page.Field{Label: l.T(f.label), Input: page.Wrapped(f.text)}))
		}
	}
	box.Add(page.NewFlow(edit, del))
	box.Add(sc.testLogger(box, id))
	box.Add(sc.testHistory(box, id, tests))
}

func (sc *Screens) loadBoundary(ctx context.Context, id int64) (store.Boundary, []store.BoundaryTest, error) {
	bs, err := sc.Records.Boundaries(ctx)
	if err != nil {
		return store.Boundary{}, nil, err
	}
	for _, b := range bs {
		if b.ID == id {
			tests, err := sc.Records.BoundaryTests(ctx, id)
			return b, tests, err
		}
	}
	return store.Boundary{}, nil, store.ErrNotFound
}

// testLogger records a test: its outcome, date and a note.
func (sc *Screens) testLogger(box *fyne.Container, id int64) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	labels := make([]string, len(outcomes))
	for i, o := range outcomes {
		labels[i] = l.T(o.msg)
	}
	outcome := k.Radio(labels)
	outcome.SetSelected(0)
	date := k.Entry(page.DateLayout)
	date.SetText(sc.Now().Format(page.DateLayout))
	note := k.Text("", 2)
	msg := page.Wrapped("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	logIt := k.Button(l.T(msgBoundLogButton), fynetheme.ConfirmIcon(), func() {
		on, ok := page.ParseWhen(date.Text)
		if !ok {
			msg.SetText(l.T(page.MsgBadDate))
			msg.Show()
			return
		}
		t := store.BoundaryTest{BoundaryID: id, On: on, Outcome: outcomes[max(outcome.Selected, 0)].o, Note: note.Text}
		if _, err := sc.Records.AddBoundaryTest(context.Background(), t); err != nil {
			msg.SetText(page.FailText(l, page.MsgNotSaved, err))
			msg.Show()
			return
		}
		sc.fillBoundary(box, id)
	})
	logIt.Importance = widget.HighImportance
	f := page.Form(page.Field{Label: l.T(msgBoundLogDate), Input: date}, page.Field{Label: l.T(msgBoundLogNote), Input: note})
	return page.NewCard(l.T(msgBoundLog), container.NewVBox(outcome, f, page.NewFlow(logIt), msg))
}

func (sc *Screens) testHistory(box *fyne.Container, id int64, tests []store.BoundaryTest) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	list := container.NewVBox()
	if len(tests) == 0 {
		list.Add(page.Wrapped(l.T(msgBoundNoHistory)))
	}
	for _, t := range tests {
		line := l.Date(t.On) + " · " + outcomeName(l, t.Outcome)
		if t.Note != "" {
			line += "\n" + t.Note
		}
		if t.Damaged {
			line = l.Date(t.On) + " · " + l.T(page.MsgDamaged)
		}
		del := k.Button(l.T(msgDelete), fynetheme.DeleteIcon(), func() {
			if err := sc.Records.DeleteBoundaryTest(context.Background(), t.ID); err != nil {
				sc.ShowError(page.FailText(l, page.MsgNotSaved, err))
			}
			sc.fillBoundary(box, id)
		})
		del.Importance = widget.LowImportance
		list.Add(container.NewBorder(nil, nil, nil, del, page.Wrapped(line)))
	}
	return page.NewCard(l.T(msgBoundHistory), list)
}

func outcomeName(l *translations.Localizer, o store.Outcome) string {
	for _, x := range outcomes {
		if x.o == o {
			return l.T(x.msg)
		}
	}
	return string(o)
}

// BoundaryEditPage writes a new boundary or changes one.
func (sc *Screens) BoundaryEditPage(b store.Boundary) page.Page {
	l, k := sc.L, sc.Kit
	textF, text := k.TextField(l.T(msgBoundText), l.T(msgBoundTextHint), b.Text, 2)
	sitF, sit := k.TextField(l.T(msgBoundSituation), "", b.Situation, 2)
	whyF, why := k.TextField(l.T(msgBoundWhy), "", b.Why, 3)
	consF, cons := k.TextField(l.T(msgBoundConsequence), "", b.Consequence, 2)
	told := k.Entry("")
	told.SetText(b.ToldTo)
	setOn := k.Entry(page.DateLayout)
	if b.SetOn.IsZero() {
		b.SetOn = sc.Now()
	}
	setOn.SetText(b.SetOn.Format(page.DateLayout))
	active := k.Check(l.T(msgBoundActive), nil)
	active.SetChecked(b.Active)
	draft := sc.Context.NewDraft(draftBoundary, b.ID)
	draft.Entries([]string{"text", "situation", "why", "consequence", "toldTo", "setOn"}, []*widgets.Entry{text, sit, why, cons, told, setOn})
	draft.Check("active", active)
	draft.Restore()
	msg := page.Wrapped("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	save := k.Button(l.T(msgSave), fynetheme.DocumentSaveIcon(), func() {
		nb, problem := readBoundary(b, boundaryInputs{text, sit, why, cons, told, setOn}, active.Checked)
		if problem != nil {
			msg.SetText(l.T(problem))
			msg.Show()
			return
		}
		err := sc.saveBoundary(nb)
		if err == nil {
			draft.Close()
		}
		sc.saved(err, false)
	})
	save.Importance = widget.HighImportance
	f := page.Form(textF, sitF, whyF, consF, page.Field{Label: l.T(msgBoundToldToField), Input: told},
		page.Field{Label: l.T(msgBoundSetOnField), Input: setOn}, page.Field{Label: "", Input: active})
	return page.Page{Title: l.T(msgBoundEditTitle), Obj: page.Scroll(draft.Note, f, page.NewFlow(save), msg)}
}

// draftBoundary is the kind of a boundary's draft.
const draftBoundary = "boundary"

// boundaryInputs are the fields of the boundary form.
type boundaryInputs struct{ text, situation, why, cons, told, setOn *widgets.Entry }

func readBoundary(b store.Boundary, in boundaryInputs, active bool) (store.Boundary, *i18n.Message) {
	if strings.TrimSpace(in.text.Text) == "" {
		return b, msgBoundNeedText
	}
	on, ok := page.ParseWhen(in.setOn.Text)
	if !ok {
		return b, page.MsgBadDate
	}
	b.Text, b.Situation, b.Why, b.Consequence, b.ToldTo = in.text.Text, in.situation.Text, in.why.Text, in.cons.Text, in.told.Text
	b.SetOn, b.Active = on, active
	return b, nil
}

func (sc *Screens) saveBoundary(b store.Boundary) error {
	if b.ID == 0 {
		_, err := sc.Records.AddBoundary(context.Background(), b)
		return err
	}
	return sc.Records.UpdateBoundary(context.Background(), b)
}

// saved goes back after a change, or says why it was not saved; toList
// goes back to the section's list (the record shown is gone).
func (sc *Screens) saved(err error, toList bool) {
	if err != nil {
		sc.ShowError(page.FailText(sc.L, page.MsgNotSaved, err))
		return
	}
	if toList {
		sc.Go(sc.Top().Section)
		return
	}
	sc.Back()
}
