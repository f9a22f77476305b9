package learn

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgAgeQuestion = &i18n.Message{ID: "EnablingCheck.Age.Question", Description: "Asked once, before the enabling self-check's situations", Other: "First: is the person you are thinking of under 18?"}
	msgAgeWhy      = &i18n.Message{ID: "EnablingCheck.Age.Why", Description: "Under the age question of the enabling self-check: why it is asked, and that the answer is private",
		Other: "With a child under 18, some things in this check, like knowing where they are or checking their phone, are part of parenting, not enabling, so they are not counted. Your answer is kept private, sealed with your records, and you can change it here at any time."}
	msgAgeUnder18 = &i18n.Message{ID: "EnablingCheck.Age.Under18", Description: "Answer to the age question: the loved one is under 18", Other: "Under 18"}
	msgAgeAdult   = &i18n.Message{ID: "EnablingCheck.Age.Adult", Description: "Answer to the age question: the loved one is 18 or older", Other: "18 or older"}
	msgAgeUnsaid  = &i18n.Message{ID: "EnablingCheck.Age.Unsaid", Description: "Answer to the age question: the person would rather not say", Other: "I'd rather not say"}
	msgAgeIsMinor = &i18n.Message{ID: "EnablingCheck.Age.IsUnder18", Description: "Shown once the age question is answered: under 18", Other: "You are answering about someone under 18."}
	msgAgeIsAdult = &i18n.Message{ID: "EnablingCheck.Age.IsAdult", Description: "Shown once the age question is answered: 18 or older", Other: "You are answering about someone 18 or older."}
	msgAgeIsNot   = &i18n.Message{ID: "EnablingCheck.Age.IsUnsaid", Description: "Shown once the person chose not to say the loved one's age",
		Other: "You chose not to say how old they are, so the check counts everything, as it does for an adult."}
	msgAgeChange = &i18n.Message{ID: "EnablingCheck.Age.Change", Description: "Button: answer the age question again", Other: "Change"}

	msgEnNotCounted = &i18n.Message{ID: "EnablingCheck.NotCounted", Description: "Under a situation of the enabling self-check that is part of parenting a child under 18",
		Other: "For a child under 18, this is part of parenting: it is not counted in your score."}
	msgEnParenting = &i18n.Message{ID: "EnablingCheck.Parenting", Description: "Heading in the self-check's result, for a child under 18: what is parenting, and the lesson for parents", Other: "Part of parenting, not enabling"}
)

// ageWords are what the answered age question says, by answer.
var ageWords = map[store.Age]*i18n.Message{store.AgeUnder18: msgAgeIsMinor, store.AgeAdult: msgAgeIsAdult, store.AgeUnsaid: msgAgeIsNot}

// enablingAge asks whether the loved one is under 18, once: the answer is
// kept sealed (store.SettingLovedOneAge) and can be changed here.
type enablingAge struct {
	sc      *Screens
	box     *fyne.Container
	msg     *widget.Label // why the answer could not be kept, below the buttons
	age     store.Age
	changed func()
	// relayout lays the page out again once the box changed height.
	relayout func()
	// picks counts the answers chosen on this page: an answer read before
	// the last of them is older, and not shown.
	picks int
}

func newEnablingAge(sc *Screens, changed func()) *enablingAge {
	msg := page.Wrapped("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	return &enablingAge{sc: sc, box: container.NewVBox(), msg: msg, changed: changed, relayout: func() {}}
}

// read returns how to show the answer kept, once read off the UI goroutine.
func (a *enablingAge) read() func(store.Age) {
	picks := a.picks
	return func(age store.Age) {
		if a.picks == picks {
			a.set(age)
		}
	}
}

// set shows the answer kept: the question when there is none.
func (a *enablingAge) set(age store.Age) {
	a.age = age
	if age == store.AgeNotAsked {
		a.ask()
		return
	}
	a.showAnswer()
}

// ask shows the question and its three answers; it returns the first.
func (a *enablingAge) ask() fyne.Focusable {
	l, k := a.sc.L, a.sc.Kit
	choose := func(age store.Age) func() { return func() { a.choose(age) } }
	first := k.Button(l.T(msgAgeUnder18), nil, choose(store.AgeUnder18))
	buttons := page.NewFlow(first, k.Button(l.T(msgAgeAdult), nil, choose(store.AgeAdult)),
		k.Button(l.T(msgAgeUnsaid), nil, choose(store.AgeUnsaid)))
	a.box.Objects = []fyne.CanvasObject{page.Heading(l.T(msgAgeQuestion)), page.SmallPrint(l.T(msgAgeWhy)), buttons, a.msg}
	a.relayout()
	return first
}

// showAnswer says what was answered, with a way to change it; it returns
// the Change button.
func (a *enablingAge) showAnswer() fyne.Focusable {
	l := a.sc.L
	change := a.sc.Kit.Button(l.T(msgAgeChange), fynetheme.DocumentCreateIcon(), func() { a.focus(a.ask()) })
	a.box.Objects = []fyne.CanvasObject{page.Wrapped(l.T(ageWords[a.age])), page.NewFlow(change), a.msg}
	a.relayout()
	return change
}

// choose applies the answer at once and keeps it off the UI goroutine;
// if it cannot be kept, it still counts for this visit and says so.
func (a *enablingAge) choose(age store.Age) {
	a.picks++
	a.age = age
	a.msg.Hide()
	a.focus(a.showAnswer())
	a.changed()
	var err error
	rec := a.sc.Records
	a.sc.BG.Do(func() { err = rec.SetLovedOneAge(context.Background(), age) }, func() {
		if err != nil {
			a.msg.SetText(page.FailText(a.sc.L, page.MsgNotSaved, err))
			a.msg.Show()
			a.relayout()
		}
	})
}

// focus gives the keyboard to o, as the button pressed is gone.
func (a *enablingAge) focus(o fyne.Focusable) {
	a.sc.Focus(o)
}
