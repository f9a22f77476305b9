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
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgHapTitle  = &i18n.Message{ID: "Happened.Title", Description: "Title of the guided steps after a relapse", Other: "It happened"}
	msgHapStep   = &i18n.Message{ID: "Happened.Step", Description: "Which step is showing; Step and Count are numbers", Other: "Step {{.Step}} of {{.Count}}"}
	msgHapSafe   = &i18n.Message{ID: "Happened.Safe", Description: "First step heading", Other: "First, is anyone in danger?"}
	msgHapSafeBd = &i18n.Message{ID: "Happened.Safe.Body", Description: "First step body",
		Other: "If someone cannot be woken, is breathing strangely, or anyone is in danger, call your emergency number now. Get help now has the number and what to do in an overdose."}
	msgHapEmpty  = &i18n.Message{ID: "Happened.Empty", Description: "Above the lessons' suggestion, on a plan step with nothing written", Other: "Nothing is written here in your plan yet. What the lessons suggest:"}
	msgHapNotes  = &i18n.Message{ID: "Happened.Notes", Description: "Last step heading", Other: "Write down what happened"}
	msgHapHint   = &i18n.Message{ID: "Happened.Notes.Hint", Description: "Last step hint", Other: "Only for you: what happened, what you did, how you feel. You can leave it empty."}
	msgHapRecord = &i18n.Message{ID: "Happened.Record", Description: "Button: save the event", Other: "Record it"}
	msgHapNext   = &i18n.Message{ID: "Happened.Next", Description: "Button: next step", Other: "Next"}
	msgHapPrev   = &i18n.Message{ID: "Happened.Previous", Description: "Button: previous step", Other: "Previous"}
	msgHapDone   = &i18n.Message{ID: "Happened.Done", Description: "Shown after the event is recorded",
		Other: "It is recorded. This was a hard moment, and you went through your plan one step at a time. Be gentle with yourself, and reach out to someone you trust."}
	msgHapDoneNoPlan = &i18n.Message{ID: "Happened.Done.NoPlan", Description: "Shown after the event is recorded, when the person had written no plan",
		Other: "It is recorded. This was a hard moment, and you took it one step at a time. On a calmer day, you could write your own plan under Relapse plan, so that the next hard day has your own words. Be gentle with yourself, and reach out to someone you trust."}

	// What the relapse lessons suggest for each step of the plan, shown
	// when the person has written nothing there.
	msgHapDefSigns = &i18n.Message{ID: "Happened.Default.Signs", Description: "Suggestion for the warning-signs step when the plan has none",
		Other: "Pause, and take a breath before you react. This is not your failure: many things affect whether someone uses again, and most of them are outside your control."}
	msgHapDefSay = &i18n.Message{ID: "Happened.Default.Say", Description: "Suggestion for the what-I-will-say step when the plan has nothing",
		Other: "If they are drunk or high now, keep it short, calm and safe: \"I can see you've been using. We'll talk tomorrow.\" Later, when they are sober: \"This doesn't undo everything you've done. What would help right now?\""}
	msgHapDefNotDo = &i18n.Message{ID: "Happened.Default.NotDo", Description: "Suggestion for the what-I-will-not-do step when the plan has nothing",
		Other: "Don't argue, lecture or say \"I told you so\" while they are drunk or high, and avoid labels such as addict or liar. Don't rescue them or cover up for them, and don't make threats in anger that you won't carry out. Your boundaries still stand."}
	msgHapDefSafety = &i18n.Message{ID: "Happened.Default.Safety", Description: "Suggestion for the safety step when the plan has nothing",
		Other: "You can go to another room, stay with a friend, or step back from the evening. Keep children away from the argument. If anyone is in danger, call your emergency number: Get help now has it."}
	msgHapDefNaloxone = &i18n.Message{ID: "Happened.Default.Naloxone", Description: "Suggestion for the naloxone step when the plan has nothing",
		Other: "If they use opioids, have used them in the past, or use any street drugs, naloxone can reverse an opioid overdose for a while. Ask a pharmacist, a doctor or a drug service for a kit. If you ever use it, call for emergency help and stay with them, even if they wake up."}
	msgHapDefCall = &i18n.Message{ID: "Happened.Default.Call", Description: "Suggestion for the whom-to-call step when the plan has nothing",
		Other: "Tell at least one person what is happening: a friend you trust, a counsellor, your doctor or a family support group. You don't have to hold this alone."}
	msgHapDefWhere = &i18n.Message{ID: "Happened.Default.Where", Description: "Suggestion for the where-to-get-help step when the plan has nothing",
		Other: "A doctor, a drug or alcohol service or a counsellor can help them, and you. A family support group can help you. Get help now lists the helplines for your country."}
)

// happenedFlow walks through the relapse plan one step at a time.
type happenedFlow struct {
	sc    *Screens
	k     page.Kit
	plan  store.RelapsePlan
	step  int
	box   *fyne.Container
	notes *widgets.Entry
}

// HappenedPage starts the guided steps.
func (sc *Screens) HappenedPage(p store.RelapsePlan) page.Page {
	f := &happenedFlow{sc: sc, k: sc.Kit, plan: p, box: container.NewVBox()}
	f.notes = f.k.Text("", 5)
	f.show()
	return page.Page{Title: sc.L.T(msgHapTitle), Obj: page.Scroll(f.box)}
}

// planStep is one part of the plan as the flow shows it: its heading,
// what the person wrote, and what the lessons suggest when that is empty.
type planStep struct {
	m, fallback *i18n.Message
	text        string
}

// planSteps are the plan's parts, in the order the flow shows them.
func (f *happenedFlow) planSteps() []planStep {
	p := f.plan
	return []planStep{{msgRelSigns, msgHapDefSigns, p.WarningSigns}, {msgRelSay, msgHapDefSay, p.WhatISay},
		{msgRelNotDo, msgHapDefNotDo, p.WillNotDo}, {msgRelSafety, msgHapDefSafety, p.SafetySteps},
		{msgRelNaloxone, msgHapDefNaloxone, p.NaloxoneWhere}, {msgRelCall, msgHapDefCall, p.WhoToCall},
		{msgRelWhere, msgHapDefWhere, p.WhereHelp}}
}

// hasPlan reports whether anything is written in the plan's steps.
func (f *happenedFlow) hasPlan() bool {
	for _, s := range f.planSteps() {
		if strings.TrimSpace(s.text) != "" {
			return true
		}
	}
	return false
}

func (f *happenedFlow) count() int { return len(f.planSteps()) + 2 }

func (f *happenedFlow) show() {
	l := f.sc.L
	f.box.RemoveAll()
	f.box.Add(page.SmallPrint(l.T(msgHapStep, map[string]any{"Step": f.step + 1, "Count": f.count()})))
	steps := f.planSteps()
	switch {
	case f.step == 0:
		help := f.k.Button(l.T(page.MsgGetHelp), fynetheme.HelpIcon(), f.sc.ShowHelp)
		help.Importance = widget.HighImportance
		overdose := f.k.Button(l.T(page.MsgOverdose), fynetheme.WarningIcon(), f.sc.ShowOverdose)
		f.box.Add(page.Heading(l.T(msgHapSafe)))
		f.box.Add(page.Wrapped(l.T(msgHapSafeBd)))
		f.box.Add(page.NewFlow(help, overdose))
	case f.step <= len(steps):
		s := steps[f.step-1]
		f.box.Add(page.Heading(l.T(s.m)))
		if strings.TrimSpace(s.text) == "" {
			f.box.Add(page.SmallPrint(l.T(msgHapEmpty)))
			f.box.Add(page.Wrapped(l.T(s.fallback)))
		} else {
			f.box.Add(page.Wrapped(s.text))
		}
		if s.m == msgRelNaloxone {
			if r := NaloxoneReminder(l, f.plan, f.sc.Now()); r != "" {
				f.box.Add(page.WarningText(r))
			}
		}
	default:
		f.box.Add(page.Heading(l.T(msgHapNotes)))
		f.box.Add(page.SmallPrint(l.T(msgHapHint)))
		f.box.Add(f.notes)
	}
	f.box.Add(f.buttons())
}

func (f *happenedFlow) buttons() fyne.CanvasObject {
	l := f.sc.L
	row := page.NewFlow()
	if f.step > 0 {
		row.Add(f.k.Button(l.T(msgHapPrev), fynetheme.NavigateBackIcon(), func() { f.step--; f.show() }))
	}
	if f.step < f.count()-1 {
		next := f.k.Button(l.T(msgHapNext), fynetheme.NavigateNextIcon(), func() { f.step++; f.show() })
		next.Importance = widget.HighImportance
		row.Add(next)
		return row
	}
	record := f.k.Button(l.T(msgHapRecord), fynetheme.ConfirmIcon(), f.record)
	record.Importance = widget.HighImportance
	row.Add(record)
	return row
}

func (f *happenedFlow) record() {
	l := f.sc.L
	e := store.RelapseEvent{At: f.sc.Now(), Notes: f.notes.Text}
	if _, err := f.sc.Records.AddRelapseEvent(context.Background(), e); err != nil {
		f.sc.ShowError(page.FailText(l, page.MsgNotSaved, err))
		return
	}
	f.box.RemoveAll()
	back := f.k.Button(l.T(page.MsgBack), fynetheme.NavigateBackIcon(), f.sc.Back)
	f.box.Add(page.Heading(l.T(msgHapTitle)))
	done := msgHapDone
	if !f.hasPlan() {
		done = msgHapDoneNoPlan
	}
	f.box.Add(page.Wrapped(l.T(done)))
	f.box.Add(page.NewFlow(back))
}
