package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgHapTitle  = &i18n.Message{ID: "Happened.Title", Description: "Title of the guided steps after a relapse", Other: "It happened"}
	msgHapStep   = &i18n.Message{ID: "Happened.Step", Description: "Which step is showing; Step and Count are numbers", Other: "Step {{.Step}} of {{.Count}}"}
	msgHapSafe   = &i18n.Message{ID: "Happened.Safe", Description: "First step heading", Other: "First, is anyone in danger?"}
	msgHapSafeBd = &i18n.Message{ID: "Happened.Safe.Body", Description: "First step body",
		Other: "If someone cannot be woken, is breathing strangely, or anyone is in danger, call your emergency number now. Get help now has the number and what to do in an overdose."}
	msgHapEmpty  = &i18n.Message{ID: "Happened.Empty", Description: "A plan step with nothing written", Other: "Nothing is written here in your plan yet. You can add it later, in a calmer moment."}
	msgHapNotes  = &i18n.Message{ID: "Happened.Notes", Description: "Last step heading", Other: "Write down what happened"}
	msgHapHint   = &i18n.Message{ID: "Happened.Notes.Hint", Description: "Last step hint", Other: "Only for you: what happened, what you did, how you feel. You can leave it empty."}
	msgHapRecord = &i18n.Message{ID: "Happened.Record", Description: "Button: save the event", Other: "Record it"}
	msgHapNext   = &i18n.Message{ID: "Happened.Next", Description: "Button: next step", Other: "Next"}
	msgHapPrev   = &i18n.Message{ID: "Happened.Previous", Description: "Button: previous step", Other: "Previous"}
	msgHapDone   = &i18n.Message{ID: "Happened.Done", Description: "Shown after the event is recorded",
		Other: "It is recorded. This was a hard moment, and you followed your plan. Be gentle with yourself, and reach out to someone you trust."}
)

// happenedFlow walks through the relapse plan one step at a time.
type happenedFlow struct {
	sh    *Shell
	k     kit
	plan  store.RelapsePlan
	step  int
	box   *fyne.Container
	notes *widgets.Entry
}

// happenedPage starts the guided steps.
func (sh *Shell) happenedPage(p store.RelapsePlan) page {
	f := &happenedFlow{sh: sh, k: sh.kit(), plan: p, box: container.NewVBox()}
	f.notes = f.k.text("", 5)
	f.show()
	return page{title: sh.l.T(msgHapTitle), obj: pageScroll(f.box)}
}

// planSteps are the plan's parts, in the order the flow shows them.
func (f *happenedFlow) planSteps() []struct {
	m    *i18n.Message
	text string
} {
	p := f.plan
	naloxone := p.NaloxoneWhere
	if r := naloxoneReminder(f.sh.l, p, f.sh.idle.now()); r != "" {
		naloxone += "\n\n" + r
	}
	return []struct {
		m    *i18n.Message
		text string
	}{{msgRelSigns, p.WarningSigns}, {msgRelSay, p.WhatISay}, {msgRelNotDo, p.WillNotDo},
		{msgRelSafety, p.SafetySteps}, {msgRelNaloxone, naloxone}, {msgRelCall, p.WhoToCall}, {msgRelWhere, p.WhereHelp}}
}

func (f *happenedFlow) count() int { return len(f.planSteps()) + 2 }

func (f *happenedFlow) show() {
	l := f.sh.l
	f.box.RemoveAll()
	f.box.Add(smallPrint(l.T(msgHapStep, map[string]any{"Step": f.step + 1, "Count": f.count()})))
	steps := f.planSteps()
	switch {
	case f.step == 0:
		help := f.k.button(l.T(msgGetHelp), fynetheme.HelpIcon(), f.sh.ShowHelp)
		help.Importance = widget.HighImportance
		overdose := f.k.button(l.T(msgHomeOverdose), fynetheme.WarningIcon(), f.sh.ShowOverdose)
		f.box.Add(heading(l.T(msgHapSafe)))
		f.box.Add(wrapped(l.T(msgHapSafeBd)))
		f.box.Add(newFlow(help, overdose))
	case f.step <= len(steps):
		s := steps[f.step-1]
		text := s.text
		if text == "" {
			text = l.T(msgHapEmpty)
		}
		f.box.Add(heading(l.T(s.m)))
		f.box.Add(wrapped(text))
	default:
		f.box.Add(heading(l.T(msgHapNotes)))
		f.box.Add(smallPrint(l.T(msgHapHint)))
		f.box.Add(f.notes)
	}
	f.box.Add(f.buttons())
}

func heading(text string) *widget.Label {
	h := sectionHeading(text)
	h.SizeName = fynetheme.SizeNameSubHeadingText
	return h
}

func (f *happenedFlow) buttons() fyne.CanvasObject {
	l := f.sh.l
	row := newFlow()
	if f.step > 0 {
		row.Add(f.k.button(l.T(msgHapPrev), fynetheme.NavigateBackIcon(), func() { f.step--; f.show() }))
	}
	if f.step < f.count()-1 {
		next := f.k.button(l.T(msgHapNext), fynetheme.NavigateNextIcon(), func() { f.step++; f.show() })
		next.Importance = widget.HighImportance
		row.Add(next)
		return row
	}
	record := f.k.button(l.T(msgHapRecord), fynetheme.ConfirmIcon(), f.record)
	record.Importance = widget.HighImportance
	row.Add(record)
	return row
}

func (f *happenedFlow) record() {
	l := f.sh.l
	e := store.RelapseEvent{At: f.sh.idle.now(), Notes: f.notes.Text}
	if _, err := f.sh.deps.Records.AddRelapseEvent(context.Background(), e); err != nil {
		f.sh.showError(failText(l, msgNotSaved, err))
		return
	}
	f.box.RemoveAll()
	back := f.k.button(l.T(msgBack), fynetheme.NavigateBackIcon(), f.sh.Back)
	f.box.Add(heading(l.T(msgHapTitle)))
	f.box.Add(wrapped(l.T(msgHapDone)))
	f.box.Add(newFlow(back))
}
