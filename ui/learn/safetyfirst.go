package learn

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/ui/page"
)

// Safety first: before the boundary builder and the enabling self-check,
// one gentle question about violence at home. Some of their steps (letting
// consequences happen, saying a boundary out loud) can raise the risk with
// someone who has been violent, so a "yes" offers the safety plan and Get
// help now first. The answer is kept in memory for this session only,
// never written down, and forgotten when the records lock.

var (
	msgSfTitle    = &i18n.Message{ID: "SafetyFirst.Title", Description: "Heading of the safety question asked before the boundary builder and the enabling self-check", Other: "Before you start"}
	msgSfQuestion = &i18n.Message{ID: "SafetyFirst.Question", Description: "The safety question asked before the boundary builder and the enabling self-check; say it gently", Other: "Has your loved one ever hurt or threatened you or anyone at home?"}
	msgSfWhy      = &i18n.Message{ID: "SafetyFirst.Why", Description: "Under the safety question: why it is asked, and that the answer is not kept",
		Other: "This is asked because your safety comes before any exercise. Your answer is not saved: Alongside forgets it when it closes or locks."}
	MsgSafetyYes = &i18n.Message{ID: "SafetyFirst.Yes", Description: "Answer to the safety question", Other: "Yes"}
	MsgSafetyNo  = &i18n.Message{ID: "SafetyFirst.No", Description: "Answer to the safety question", Other: "No"}
	msgSfUnsaid  = &i18n.Message{ID: "SafetyFirst.Unsaid", Description: "Answer to the safety question: the person would rather not answer", Other: "I'd rather not say"}
	msgSfFirst   = &i18n.Message{ID: "SafetyFirst.First", Description: "Shown after Yes to the safety question, as a heading; calm and kind",
		Other: "Thank you for saying so. Your safety comes first, and so does the safety of anyone else at home."}
	msgSfBody = &i18n.Message{ID: "SafetyFirst.Body", Description: "Shown after Yes to the safety question, under SafetyFirst.First",
		Other: "Some steps in this exercise, like letting consequences happen or saying a boundary out loud, can make things more dangerous with someone who has been violent. Before you try them, make a safety plan: where you could go, whom you could call, what you would take. F2 opens your plan from anywhere. If you are in danger now, call your emergency number."}
	msgSfOpenPlan = &i18n.Message{ID: "SafetyFirst.OpenPlan", Description: "Button after Yes to the safety question: opens the person's safety plan (as F2 does)", Other: "Open my safety plan"}
	msgSfGoOn     = &i18n.Message{ID: "SafetyFirst.GoOn", Description: "Button after Yes to the safety question: show the exercise anyway", Other: "Go on to the exercise"}
	msgSfReminder = &i18n.Message{ID: "SafetyFirst.Reminder", Description: "At the top of the exercise once the person answered Yes to the safety question",
		Other: "Your safety comes first. Choose only steps you can take safely, and keep your safety plan up to date."}
	msgSfUnsaidNote = &i18n.Message{ID: "SafetyFirst.UnsaidNote", Description: "At the top of the exercise once the person chose not to answer the safety question",
		Other: "If you ever feel unsafe at home, your safety plan (F2) and Get help now (F1) are always one key away."}
)

// SafetyAnswer is the answer to the safety question this session.
type SafetyAnswer int

const (
	SafetyNotAsked SafetyAnswer = iota
	SafetyYes
	SafetyNo
	SafetyUnsaid
)

// safetyFirst asks the safety question in front of one exercise page.
type safetyFirst struct {
	sc   *Screens
	top  *fyne.Container // at the top of the exercise: a reminder after Yes or "rather not say"
	gate *fyne.Container // the question, its answer after Yes, or the exercise
	page fyne.CanvasObject
}

// newSafetyFirst makes the question for an exercise whose page puts top
// first: pageScroll(sf.top, ...).
func (sc *Screens) newSafetyFirst() *safetyFirst {
	top := container.NewVBox()
	top.Hide()
	return &safetyFirst{sc: sc, top: top}
}

// wrap puts the question in front of the exercise p, unless it was answered
// earlier this session.
func (sf *safetyFirst) wrap(p page.Page) page.Page {
	sf.page = p.Obj
	if (*sf.sc.Safety) != SafetyNotAsked {
		sf.showExercise()
		return p
	}
	sf.gate = container.NewStack(sf.question())
	p.Obj = sf.gate
	return p
}

func (sf *safetyFirst) question() fyne.CanvasObject {
	l, k := sf.sc.L, sf.sc.Kit
	answer := func(a SafetyAnswer) func() { return func() { sf.answered(a) } }
	buttons := page.NewFlow(k.Button(l.T(MsgSafetyYes), nil, answer(SafetyYes)), k.Button(l.T(MsgSafetyNo), nil, answer(SafetyNo)),
		k.Button(l.T(msgSfUnsaid), nil, answer(SafetyUnsaid)))
	// Not in a card: buttons stand out against the page's background.
	return page.Scroll(page.SectionHeading(l.T(msgSfTitle)), page.Heading(l.T(msgSfQuestion)), buttons, page.SmallPrint(l.T(msgSfWhy)))
}

// answered keeps the answer for the session; Yes shows what to do first.
func (sf *safetyFirst) answered(a SafetyAnswer) {
	(*sf.sc.Safety) = a
	if a == SafetyYes {
		sf.show(sf.safetyWords())
		return
	}
	sf.showExercise()
}

// safetyWords answer a Yes: calm words, the safety plan, Get help now, and
// the way on to the exercise.
func (sf *safetyFirst) safetyWords() fyne.CanvasObject {
	l := sf.sc.L
	goOn := sf.sc.Kit.Button(l.T(msgSfGoOn), fynetheme.NavigateNextIcon(), sf.showExercise)
	return page.Scroll(page.Heading(l.T(msgSfFirst)), page.Wrapped(l.T(msgSfBody)), page.NewFlow(sf.safetyButtons()...), page.NewFlow(goOn))
}

func (sf *safetyFirst) safetyButtons() []fyne.CanvasObject {
	l, k := sf.sc.L, sf.sc.Kit
	plan := k.Button(l.T(msgSfOpenPlan), fynetheme.WarningIcon(), sf.sc.ShowSafetyPlan)
	plan.Importance = widget.HighImportance
	return []fyne.CanvasObject{plan, k.Button(l.T(page.MsgGetHelp), fynetheme.HelpIcon(), sf.sc.ShowHelp)}
}

// showExercise shows the exercise, with a reminder at its top after Yes or
// "rather not say".
func (sf *safetyFirst) showExercise() {
	l := sf.sc.L
	sf.top.RemoveAll()
	switch *sf.sc.Safety {
	case SafetyYes:
		sf.top.Add(page.Wrapped(l.T(msgSfReminder)))
		sf.top.Add(page.NewFlow(sf.safetyButtons()...))
		sf.top.Show()
	case SafetyUnsaid:
		sf.top.Add(page.SmallPrint(l.T(msgSfUnsaidNote)))
		sf.top.Show()
	}
	if sf.gate != nil {
		sf.show(sf.page)
	}
}

// show puts obj in the gate's place; the keyboard leaves the button
// pressed, which is gone.
func (sf *safetyFirst) show(obj fyne.CanvasObject) {
	sf.gate.Objects = []fyne.CanvasObject{obj}
	sf.gate.Refresh()
	sf.sc.DropStaleFocus()
}
