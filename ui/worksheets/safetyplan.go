package worksheets

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/help"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	MsgSafetyPlan = &i18n.Message{ID: "SafetyPlan.Title", Description: "Title of the personal safety plan", Other: "My safety plan"}
	msgSpDanger   = &i18n.Message{ID: "SafetyPlan.Danger", Description: "Shown first on the safety plan", Other: "If you are in danger now, call your emergency number. Leave first, write later."}
	msgSpIntro    = &i18n.Message{ID: "SafetyPlan.Intro", Description: "Explains the safety plan",
		Other: "Write this in a calm moment, so that on a frightening day you do not have to think. Keep it private: a plan found by the wrong person can itself be a danger."}
	msgSpNumbers  = &i18n.Message{ID: "SafetyPlan.Numbers", Description: "Card: emergency and domestic-violence lines for the country", Other: "Numbers that matter"}
	msgSpCountry  = &i18n.Message{ID: "SafetyPlan.Country", Description: "Field: the country whose numbers are shown", Other: "Country"}
	msgSpSigns    = &i18n.Message{ID: "SafetyPlan.Signs", Description: "Plan field", Other: "Warning signs that things may turn dangerous"}
	msgSpSignsH   = &i18n.Message{ID: "SafetyPlan.Signs.Hint", Description: "Hint", Other: "Threats, breaking things, a weapon in reach, a certain drug or amount, a certain mood or time."}
	msgSpPlaces   = &i18n.Message{ID: "SafetyPlan.Places", Description: "Plan field", Other: "Safe places I can go, any time of day"}
	msgSpPeople   = &i18n.Message{ID: "SafetyPlan.People", Description: "Plan field", Other: "People I can call, and their numbers"}
	msgSpCode     = &i18n.Message{ID: "SafetyPlan.CodeWord", Description: "Plan field", Other: "A code word that means \"call for help\", and who knows it"}
	msgSpTake     = &i18n.Message{ID: "SafetyPlan.ToTake", Description: "Plan field", Other: "What to take (documents, medicines, keys, money, phone and charger)"}
	msgSpTakeH    = &i18n.Message{ID: "SafetyPlan.ToTake.Hint", Description: "Hint", Other: "Some people keep a bag ready at a friend's house."}
	msgSpLeave    = &i18n.Message{ID: "SafetyPlan.Leave", Description: "Plan field", Other: "How I can leave quickly (which door, which room has no weapons, where the keys are)"}
	msgSpChildren = &i18n.Message{ID: "SafetyPlan.Children", Description: "Plan field", Other: "Keeping children safe (a safe room, a neighbour, what they know to do)"}
	msgSpNotes    = &i18n.Message{ID: "SafetyPlan.Notes", Description: "Plan field", Other: "Anything else"}
	msgSpSave     = &i18n.Message{ID: "SafetyPlan.Save", Description: "Button", Other: "Save my plan"}
	msgSpSaved    = &i18n.Message{ID: "SafetyPlan.Saved", Description: "The plan was saved", Other: "Your plan is saved."}
	msgSpPrint    = &i18n.Message{ID: "SafetyPlan.Print", Description: "Button: write the plan to a file to print", Other: "Print or export…"}
	msgSpPrintW   = &i18n.Message{ID: "SafetyPlan.Print.Warning", Description: "Warning before writing the safety plan to a file",
		Other: "A printed or saved safety plan can be found by the person you are afraid of, and that can put you in more danger. Only do this if you can keep it somewhere they will never look, and delete the file once it is printed."}
	msgSpPrintGo  = &i18n.Message{ID: "SafetyPlan.Print.Go", Description: "Button in the warning: write the file anyway", Other: "I understand, write it"}
	msgSpLocked   = &i18n.Message{ID: "SafetyPlan.Locked", Description: "Shown instead of the plan while the records are locked", Other: "Your written plan opens when you unlock your records. The numbers above work now."}
	msgSpRekey    = &i18n.Message{ID: "SafetyPlan.Rekey", Description: "Shown instead of the plan while the passphrase is being set", Other: "Your written plan shows here again once your passphrase is set. The numbers above work now."}
	msgSpDamaged  = &i18n.Message{ID: "SafetyPlan.Damaged", Description: "Part of the plan cannot be read", Other: "Part of this plan is damaged and cannot be read. What can be read is below."}
	MsgPlanFailed = &i18n.Message{ID: "SafetyPlan.Failed", Description: "The plan could not be read; Reason explains", Other: "Your plan could not be opened. {{.Reason}}"}
)

func safetyFields(p *store.SafetyPlan) []page.TextSpec {
	return []page.TextSpec{{Label: msgSpSigns, Hint: msgSpSignsH, Ptr: &p.WarningSigns, Rows: 3}, {Label: msgSpPlaces, Hint: nil, Ptr: &p.SafePlaces, Rows: 2},
		{Label: msgSpPeople, Hint: nil, Ptr: &p.People, Rows: 3}, {Label: msgSpCode, Hint: nil, Ptr: &p.CodeWord, Rows: 1}, {Label: msgSpTake, Hint: msgSpTakeH, Ptr: &p.ToTake, Rows: 3},
		{Label: msgSpLeave, Hint: nil, Ptr: &p.HowToLeave, Rows: 3}, {Label: msgSpChildren, Hint: nil, Ptr: &p.Children, Rows: 3}, {Label: msgSpNotes, Hint: nil, Ptr: &p.Notes, Rows: 2}}
}

// ShowSafetyPlan opens the personal safety plan (F2), from anywhere; on
// the lock screen it shows the numbers, and the plan after unlocking.
func (sc *Screens) ShowSafetyPlan() {
	if sc.Hidden() {
		return
	}
	sc.Push(sc.SafetyPlanPage())
}

// SafetyPlanPage is the personal safety plan, with the country's numbers.
func (sc *Screens) SafetyPlanPage() page.Page {
	sp := &safetyPage{sc: sc, box: container.NewVBox()}
	// Like Get help now it lies over the screen it was opened from, and is
	// not kept as a section's place.
	p := page.Page{Title: sc.L.T(MsgSafetyPlan), Obj: page.Scroll(sp.box), Help: true, Remake: func() page.Page { return sc.fresh().SafetyPlanPage() }}
	p.OnShow = sp.fill
	return p
}

// safetyPage is the safety plan's page; its form is kept while it holds
// writing not saved yet.
type safetyPage struct {
	sc    *Screens
	box   *fyne.Container
	form  fyne.CanvasObject
	draft *page.Draft
}

// draftSafety is the kind of the safety plan's draft (there is one plan).
const draftSafety = "safety"

func (sp *safetyPage) fill() {
	sc, l, box := sp.sc, sp.sc.L, sp.box
	box.RemoveAll()
	box.Add(page.WarningText(l.T(msgSpDanger)))
	box.Add(sc.safetyNumbers(sp.fill))
	switch sc.PlanState() {
	case PlanNoData:
		box.Add(page.Wrapped(l.T(msgStartupNoPlan)))
		return
	case PlanLocked:
		box.Add(page.Wrapped(l.T(msgSpLocked)))
		return
	case PlanRekeying: // reading it now would wait for the new key
		box.Add(page.Wrapped(l.T(msgSpRekey)))
		return
	}
	p, err := sc.Records.SafetyPlan(context.Background())
	if err != nil {
		box.Add(page.Wrapped(page.FailText(l, MsgPlanFailed, err)))
		return
	}
	box.Add(page.Wrapped(l.T(msgSpIntro)))
	if p.Damaged {
		box.Add(page.WarningText(l.T(msgSpDamaged)))
	}
	if sp.draft == nil || !sp.draft.Dirty {
		sp.form, sp.draft = sc.safetyForm(p)
	}
	box.Add(sp.form)
}

// PlanState says whether the written plan can be read now.
type PlanState int

const (
	PlanOpen     PlanState = iota
	PlanNoData             // the data could not be opened
	PlanLocked             // the records are locked
	PlanRekeying           // the passphrase is being set: reading would wait for the new key
)

// safetyNumbers are the country's emergency and domestic-violence lines,
// from the help data, with a choice of country.
func (sc *Screens) safetyNumbers(changed func()) fyne.CanvasObject {
	if sc.Help == nil {
		return container.NewVBox()
	}
	hs := help.NewScreen(sc.Kit, sc.Help, sc.HelpCountry, changed)
	box := container.NewVBox(page.Form(page.Field{Label: sc.L.T(msgSpCountry), Input: help.CountryPicker(sc.Kit, sc.Help, sc.HelpCountry, changed)}))
	box.Add(page.Wrapped(sc.L.ID(hs.Shown().ViolenceNoteID())))
	for _, line := range hs.Shown().SafetyLines() {
		box.Add(hs.LineCard(line))
	}
	return page.NewCard(sc.L.T(msgSpNumbers), box)
}

func (sc *Screens) safetyForm(p store.SafetyPlan) (fyne.CanvasObject, *page.Draft) {
	l, k := sc.L, sc.Kit
	specs := safetyFields(&p)
	fields, entries, read := k.TextEntries(specs)
	draft := sc.Context.NewDraft(draftSafety, 0)
	draft.Specs(specs, entries)
	draft.Restore()
	msg := page.Wrapped("")
	msg.Hide()
	draft.Said = msg
	save := sc.Kit.SaveButton(msgSpSave, msgSpSaved, msg, func() error {
		read()
		if err := sc.Records.SaveSafetyPlan(context.Background(), p); err != nil {
			return err
		}
		draft.Saved(0)
		return nil
	})
	printBtn := k.Button(l.T(msgSpPrint), fynetheme.DocumentPrintIcon(), func() {
		sc.Confirm(l.T(msgSpPrint), safetyPrintWarning(l), l.T(msgSpPrintGo), func() {
			read()
			sc.exportSafetyPlan(msg, p)
		})
	})
	return container.NewVBox(draft.Note, page.Form(fields...), page.NewFlow(save, printBtn), msg), draft
}

var (
	msgStartupNoPlan = &i18n.Message{ID: "SafetyPlan.NoData", Description: "Shown instead of the written safety plan when the data could not be opened at all (nothing is locked)",
		Other: "Your written plan cannot be shown, because your data could not be opened. The numbers above work now."}
)
