package learn

import (
	"context"
	"errors"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgExEnabling = &i18n.Message{ID: "Exercise.EnablingCheck", Description: "Exercise name", Other: "Enabling self-check"}
	msgEnIntro    = &i18n.Message{ID: "EnablingCheck.Intro", Description: "Explains the enabling self-check",
		Other: "How often do you do each of these? Answer for the last few months. There are no right answers and no one else sees them: this is only to help you choose where to step back."}
	msgEnRarely    = &i18n.Message{ID: "EnablingCheck.Rarely", Description: "Answer: the person rarely or never does this", Other: "Rarely or never"}
	msgEnSometimes = &i18n.Message{ID: "EnablingCheck.Sometimes", Description: "Answer: the person sometimes does this", Other: "Sometimes"}
	MsgOften       = &i18n.Message{ID: "EnablingCheck.Often", Description: "Answer: the person often does this", Other: "Often"}
	MsgSee         = &i18n.Message{ID: "EnablingCheck.See", Description: "Button: save the answers and show the result", Other: "See my result"}
	MsgMissing     = &i18n.Message{ID: "EnablingCheck.Missing", Description: "The result was asked for before every situation was answered; Count is how many are left", One: "One situation has no answer yet.", Other: "{{.Count}} situations have no answer yet."}
	msgEnWhich     = &i18n.Message{ID: "EnablingCheck.Missing.Which", Description: "After EnablingCheck.Missing: which situation (the first one) has no answer; Count is how many are left, Number its number and Text its first words",
		One: "It is number {{.Number}}: \"{{.Text}}\"", Other: "The first is number {{.Number}}: \"{{.Text}}\""}
	msgEnScore     = &i18n.Message{ID: "EnablingCheck.Score", Description: "The self-check's score; Score and Max are numbers", Other: "{{.Score}} of {{.Max}}"}
	msgEnResult    = &i18n.Message{ID: "EnablingCheck.Result", Description: "Heading of the self-check's result", Other: "Your result"}
	msgEnTry       = &i18n.Message{ID: "EnablingCheck.Try", Description: "Heading of the suggestions tied to the answers", Other: "Where you could step back"}
	msgEnHistory   = &i18n.Message{ID: "EnablingCheck.History", Description: "Heading of the list of earlier self-check results", Other: "Earlier results"}
	msgEnNoHistory = &i18n.Message{ID: "EnablingCheck.NoHistory", Description: "No self-check was saved before", Other: "Your results will be kept here, so you can see how things change when you take the check again in a few weeks."}
	msgEnAgain     = &i18n.Message{ID: "EnablingCheck.Again", Description: "Button: clear the answers and take the check again", Other: "Take it again"}
	msgEnHistoryAt = &i18n.Message{ID: "EnablingCheck.HistoryRow", Description: "One earlier result: Date, then the score as Score of Max", Other: "{{.Date}}: {{.Score}} of {{.Max}}"}
)

// enablingCheck is the enabling self-check page: first whether the loved
// one is under 18 (asked once, kept sealed, changed here), then one row of
// answers per situation, then the result, suggestions and earlier results.
type enablingCheck struct {
	sc        *Screens
	k         page.Kit
	answers   []*widgets.Choice
	msg       *widget.Label
	result    *fyne.Container
	history   *fyne.Container
	see       *widgets.Button
	scroll    *container.Scroll
	ages      *enablingAge
	questions *fyne.Container // the situations and See my result, shown once the age is answered
	notes     []*widget.Label // "not counted for a child under 18", under what is parenting
	shown     []int           // the answers of the result on screen; nil when there is none
	checks    []store.EnablingCheck
	checksErr error
}

func (sc *Screens) EnablingCheckPage() page.Page {
	e := &enablingCheck{sc: sc, k: sc.Kit, msg: page.Wrapped(""), result: container.NewVBox(), history: container.NewVBox()}
	e.msg.Importance = widget.DangerImportance
	e.msg.Hide()
	e.see = e.k.Button(sc.L.T(MsgSee), fynetheme.ConfirmIcon(), e.onSee)
	e.see.Importance = widget.HighImportance
	e.ages = newEnablingAge(sc, e.ageChanged)
	var rows []fyne.CanvasObject
	for i, s := range content.EnablingSituations() {
		c := e.k.Radio([]string{sc.L.T(msgEnRarely), sc.L.T(msgEnSometimes), sc.L.T(MsgOften)})
		c.SetSelected(-1)
		e.answers = append(e.answers, c)
		rows = append(rows, page.SectionHeading(sc.L.T(msgEnNumbered, map[string]any{"Number": i + 1, "Text": sc.L.T(s.Text)})))
		if s.Parenting {
			note := page.SmallPrint(sc.L.T(msgEnNotCounted))
			note.Hide()
			e.notes = append(e.notes, note)
			rows = append(rows, note)
		}
		rows = append(rows, c)
	}
	e.questions = container.NewVBox(append(rows, page.NewFlow(e.see))...)
	e.questions.Hide()
	sf := sc.newSafetyFirst()
	e.scroll = page.Scroll(sf.top, e.ages.box, page.Wrapped(sc.L.T(msgEnIntro)), e.questions, e.msg, e.result,
		page.SectionHeading(sc.L.T(msgEnHistory)), e.history)
	e.ages.relayout = e.relayout
	return sf.wrap(page.Page{Title: sc.L.T(msgExEnabling), Obj: e.scroll, OnShow: e.load})
}

var msgEnNumbered = &i18n.Message{ID: "EnablingCheck.Numbered", Description: "A numbered situation: Number, then the situation's Text", Other: "{{.Number}}. {{.Text}}"}

// load reads the loved one's age and the earlier results, off the UI
// goroutine, and shows them.
func (e *enablingCheck) load() {
	var age store.Age
	var ageErr error
	var checks []store.EnablingCheck
	var checksErr error
	rec, show := e.sc.Records, e.ages.read()
	e.sc.BG.Do(func() {
		ctx := context.Background()
		age, ageErr = rec.LovedOneAge(ctx)
		checks, checksErr = rec.EnablingChecks(ctx)
	}, func() {
		if ageErr != nil && !errors.Is(ageErr, store.ErrLocked) {
			log.Printf("read the loved one's age: %v", ageErr) // asked again
		}
		e.checks, e.checksErr = checks, checksErr
		show(age)
		e.ageChanged()
	})
}

// minor says whether the check is about a child under 18.
func (e *enablingCheck) minor() bool { return e.ages.age == store.AgeUnder18 }

// ageChanged shows the situations once the age is answered, and counts
// them, the result on screen and the earlier results for that age.
func (e *enablingCheck) ageChanged() {
	e.questions.Hidden = e.ages.age == store.AgeNotAsked
	for _, n := range e.notes {
		n.Hidden = !e.minor()
	}
	if e.shown != nil {
		e.showResult(e.shown)
	}
	e.showHistory()
	e.relayout()
}

// relayout lays the page out again after parts of it were shown, hidden
// or changed height, so that their text wraps at the window's width.
func (e *enablingCheck) relayout() {
	if !e.scroll.Size().IsZero() {
		e.scroll.Refresh() // the content takes its new height, then lays out
	}
}

// chosen returns the answers, how many are missing and the first
// unanswered one (-1 when none is).
func (e *enablingCheck) chosen() (answers []int, missing, first int) {
	answers, first = make([]int, len(e.answers)), -1
	for i, c := range e.answers {
		if c.Selected < 0 {
			missing++
			if first < 0 {
				first = i
			}
		}
		answers[i] = max(c.Selected, 0)
	}
	return answers, missing, first
}

// showMissing says which situation has no answer yet, and takes the
// keyboard there.
func (e *enablingCheck) showMissing(missing, first int) {
	l := e.sc.L
	text := page.Snippet(l.T(content.EnablingSituations()[first].Text), 60)
	data := map[string]any{"Count": missing, "Number": first + 1, "Text": text}
	e.msg.SetText(l.N(MsgMissing, missing, data) + " " + l.N(msgEnWhich, missing, data))
	e.msg.Show()
	c := e.answers[first]
	page.ScrollIntoView(e.scroll, c)
	e.sc.Focus(c)
}

func (e *enablingCheck) onSee() {
	answers, missing, first := e.chosen()
	if missing > 0 {
		e.showMissing(missing, first)
		return
	}
	e.see.Disable() // pressed once: saved once
	rec, check := e.sc.Records, store.EnablingCheck{TakenAt: e.sc.Now(), Answers: answers}
	var err error
	e.sc.BG.Do(func() { _, err = rec.AddEnablingCheck(context.Background(), check) }, func() {
		if err != nil {
			e.msg.SetText(page.FailText(e.sc.L, page.MsgNotSaved, err))
			e.msg.Show()
			e.see.Enable()
			e.relayout()
			return
		}
		e.msg.Hide()
		e.showResult(answers)
		e.load()
		e.relayout()
		page.ScrollIntoView(e.scroll, e.result)
	})
}

func (e *enablingCheck) showResult(answers []int) {
	l, minor := e.sc.L, e.minor()
	e.shown = answers
	score, max := content.EnablingScore(answers, minor)
	e.result.RemoveAll()
	body := container.NewVBox(page.Heading(l.T(msgEnScore, map[string]any{"Score": score, "Max": max})),
		page.Wrapped(l.T(content.EnablingBand(score, max))))
	if tips := content.EnablingSuggestions(answers, minor); len(tips) > 0 {
		body.Add(page.SectionHeading(l.T(msgEnTry)))
		for _, m := range tips {
			body.Add(page.Wrapped("• " + l.T(m)))
		}
	}
	if minor {
		body.Add(e.parenting(answers))
	}
	body.Add(page.SmallPrint(l.T(content.MsgEnablingSafety)))
	again := e.k.Button(l.T(msgEnAgain), fynetheme.ViewRefreshIcon(), e.reset)
	body.Add(page.NewFlow(again, e.k.Button(l.T(msgExBoundary), fynetheme.ContentAddIcon(), func() { e.sc.Push(e.sc.BoundaryBuilderPage()) })))
	e.result.Add(page.NewCard(l.T(msgEnResult), body))
	e.see.Disable()
}

// parenting is what the result says, for a child under 18, about what is
// part of parenting, and the way to the lesson for parents.
func (e *enablingCheck) parenting(answers []int) fyne.CanvasObject {
	l := e.sc.L
	box := container.NewVBox(page.SectionHeading(l.T(msgEnParenting)))
	for _, m := range content.EnablingParenting(answers, true) {
		box.Add(page.Wrapped("• " + l.T(m)))
	}
	if m, ok := e.sc.Learn.Module(l.Lang(), content.ParentsLessonModule); ok {
		for _, les := range m.Lessons {
			if les.ID == content.ParentsLessonID {
				u := page.ParseURL("lesson:" + content.ParentsLessonModule + "/" + content.ParentsLessonID)
				link := e.k.Link("→ "+les.Title, u)
				link.Wrapping = fyne.TextWrapWord
				link.OnTapped = e.sc.linkAction(u)
				box.Add(link)
			}
		}
	}
	return box
}

func (e *enablingCheck) reset() {
	for _, c := range e.answers {
		c.SetSelected(-1)
	}
	e.shown = nil
	e.result.RemoveAll()
	e.see.Enable()
	e.scroll.ScrollToTop()
}

// showHistory lists the earlier results, each scored as the check scores
// now for the loved one's age (the store keeps the answers, not the age).
func (e *enablingCheck) showHistory() {
	l := e.sc.L
	e.history.RemoveAll()
	if e.checksErr != nil {
		e.history.Add(page.Wrapped(page.FailText(l, page.MsgNotLoaded, e.checksErr)))
		return
	}
	if len(e.checks) == 0 {
		e.history.Add(page.SmallPrint(l.T(msgEnNoHistory)))
		return
	}
	for _, c := range e.checks {
		score, max := content.EnablingScore(c.Answers, e.minor())
		e.history.Add(widget.NewLabel(l.T(msgEnHistoryAt, map[string]any{"Date": l.Date(c.TakenAt), "Score": score, "Max": max})))
	}
}
