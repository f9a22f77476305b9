package worksheets

import (
	"context"
	"strconv"
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

// The problem-solving worksheet (CRAFT's problem solving): one problem at
// a time through five steps, kept like the other worksheets. Reading and
// saving go through the background runner.

var (
	MsgProblemsTitle = &i18n.Message{ID: "Problems.Title", Description: "Title of the problem-solving worksheets page", Other: "Solving a problem"}
	msgPsListIntr    = &i18n.Message{ID: "Problems.List.Intro", Description: "Explains the list of problem-solving worksheets", Other: "Take one problem at a time, small and specific, through five steps. Come back to it after you have tried your plan, to say how it went."}
	msgPsNew         = &i18n.Message{ID: "Problems.New", Description: "Button: start a new problem-solving worksheet", Other: "Work through a problem"}
	msgPsNone        = &i18n.Message{ID: "Problems.None", Description: "No problem-solving worksheet yet", Other: "Nothing here yet. Start with something small: solving one small problem often gives you energy for the next."}
	msgPsUntitled    = &i18n.Message{ID: "Problems.Untitled", Description: "A worksheet whose problem is not written", Other: "A problem not written yet"}
	msgPsReviewed    = &i18n.Message{ID: "Problems.Reviewed", Description: "In the list: the person has written how the plan went", Other: "Reviewed"}
	msgPsToTry       = &i18n.Message{ID: "Problems.ToTry", Description: "In the list: the person has not yet written how the plan went", Other: "Still to try"}
	msgPsFailed      = &i18n.Message{ID: "Problems.Failed", Description: "The worksheets could not be read; Reason explains", Other: "Your problem-solving worksheets could not be opened. {{.Reason}}"}

	msgPsIntro = &i18n.Message{ID: "Problems.Intro", Description: "Opening line of one problem-solving worksheet, before its five steps",
		Other: "Five steps, one problem. You can save at any step and come back later."}
	msgPsStep1 = &i18n.Message{ID: "Problems.Step.Define", Description: "Step 1 of problem solving, in one sentence",
		Other: "Define the problem: pick one and make it small and specific (what happens, when and where), without blame."}
	msgPsStep2 = &i18n.Message{ID: "Problems.Step.Brainstorm", Description: "Step 2 of problem solving, in one sentence",
		Other: "Brainstorm: write down every idea you can think of, without judging; silly ones often lead to better ones."}
	msgPsStep3 = &i18n.Message{ID: "Problems.Step.Choose", Description: "Step 3 of problem solving, in one sentence",
		Other: "Choose: cross out what is unsafe or what you know you won't do, and pick one idea (or two) that is good enough to try."}
	msgPsStep4 = &i18n.Message{ID: "Problems.Step.Obstacles", Description: "Step 4 of problem solving, in one sentence",
		Other: "Plan around obstacles: think what could get in the way, and decide now what you will do if it does."}
	msgPsStep5 = &i18n.Message{ID: "Problems.Step.Review", Description: "Step 5 of problem solving, in one sentence",
		Other: "Review: after you have tried it, look at how it went, then keep going, try another idea, or define the problem again."}

	msgPsProblem    = &i18n.Message{ID: "Problems.Problem", Description: "Field: step 1, the problem", Other: "1. The problem, in one sentence"}
	msgPsProblemH   = &i18n.Message{ID: "Problems.Problem.Hint", Description: "Hint under the problem field", Other: "For example: \"On Friday nights he comes home drunk and wakes the baby.\" Not: \"Everything is a mess.\""}
	msgPsIdeas      = &i18n.Message{ID: "Problems.Ideas", Description: "Field: step 2, every idea", Other: "2. Every idea, without judging"}
	msgPsIdeasH     = &i18n.Message{ID: "Problems.Ideas.Hint", Description: "Hint under the ideas field", Other: "One per line. You can ask someone you trust for ideas too."}
	msgPsChoice     = &i18n.Message{ID: "Problems.Choice", Description: "Field: step 3, the idea or two chosen", Other: "3. What I will try, and when"}
	msgPsChoiceH    = &i18n.Message{ID: "Problems.Choice.Hint", Description: "Hint under the choice field", Other: "Ask of each idea: is it safe? How likely is it to help? What would it cost me? Is it in my control?"}
	msgPsObstacles  = &i18n.Message{ID: "Problems.Obstacles", Description: "Field: step 4, what could get in the way", Other: "4. What could get in the way?"}
	msgPsObstaclesH = &i18n.Message{ID: "Problems.Obstacles.Hint", Description: "Hint under the obstacles field", Other: "If you have any reason to fear violence, put your safety first: F2 opens your safety plan."}
	msgPsIfObstacle = &i18n.Message{ID: "Problems.IfObstacle", Description: "Field: step 4, what the person will do if an obstacle comes", Other: "What will I do if it does?"}
	msgPsWent       = &i18n.Message{ID: "Problems.HowItWent", Description: "Field: step 5, after trying the plan", Other: "5. After trying: how did it go?"}
	msgPsWentH      = &i18n.Message{ID: "Problems.HowItWent.Hint", Description: "Hint under the review field", Other: "What worked, and what didn't? A plan that did not help is information, not failure."}
	msgPsNext       = &i18n.Message{ID: "Problems.Next", Description: "Field: step 5, what next", Other: "What next?"}

	msgPsSave    = &i18n.Message{ID: "Problems.Save", Description: "Button: save the worksheet", Other: "Save"}
	msgPsSaved   = &i18n.Message{ID: "Problems.Saved", Description: "The worksheet was saved", Other: "Saved."}
	msgPsNeed    = &i18n.Message{ID: "Problems.NeedProblem", Description: "Save pressed with the problem (step 1) empty", Other: "Write the problem first: one sentence is enough."}
	msgPsDelete  = &i18n.Message{ID: "Problems.Delete", Description: "Button: delete the worksheet", Other: "Delete"}
	msgPsDeleteQ = &i18n.Message{ID: "Problems.DeleteQ", Description: "Asks before deleting a problem-solving worksheet", Other: "Delete this worksheet? This cannot be undone."}
	msgPsDamaged = &i18n.Message{ID: "Problems.Damaged", Description: "Part of a worksheet cannot be read", Other: "Part of this worksheet is damaged and cannot be read."}
)

// problemSteps are the five steps, a sentence each, as the worksheet
// explains them before its fields.
var problemSteps = []*i18n.Message{msgPsStep1, msgPsStep2, msgPsStep3, msgPsStep4, msgPsStep5}

// stepList shows msgs as a numbered list.
func stepList(l *translations.Localizer, msgs []*i18n.Message) fyne.CanvasObject {
	box := container.NewVBox()
	for i, m := range msgs {
		box.Add(container.NewBorder(nil, nil, container.NewVBox(widget.NewLabel(strconv.Itoa(i+1)+".")), nil, page.Wrapped(l.T(m))))
	}
	return box
}

// problemFields are a worksheet's fields and their labels, step by step.
func problemFields(p *store.ProblemSheet) []page.TextSpec {
	return []page.TextSpec{
		{Label: msgPsProblem, Hint: msgPsProblemH, Ptr: &p.Problem, Rows: 2}, {Label: msgPsIdeas, Hint: msgPsIdeasH, Ptr: &p.Ideas, Rows: 5},
		{Label: msgPsChoice, Hint: msgPsChoiceH, Ptr: &p.Choice, Rows: 3}, {Label: msgPsObstacles, Hint: msgPsObstaclesH, Ptr: &p.Obstacles, Rows: 3},
		{Label: msgPsIfObstacle, Hint: nil, Ptr: &p.IfObstacle, Rows: 3}, {Label: msgPsWent, Hint: msgPsWentH, Ptr: &p.HowItWent, Rows: 3}, {Label: msgPsNext, Hint: nil, Ptr: &p.Next, Rows: 2},
	}
}

// ProblemsPage lists the worksheets, to open or start one.
func (sc *Screens) ProblemsPage() page.Page {
	l, k := sc.L, sc.Kit
	list := container.NewVBox()
	add := k.Button(l.T(msgPsNew), fynetheme.ContentAddIcon(), func() { sc.Push(sc.ProblemPage(store.ProblemSheet{})) })
	add.Importance = widget.HighImportance
	lesson := k.Button(l.T(msgTmRead), fynetheme.NavigateNextIcon(), func() { sc.OpenLesson("self-care", "problem-solving") })
	lesson.Importance = widget.LowImportance
	obj := page.Scroll(page.Wrapped(l.T(msgPsListIntr)), page.NewFlow(add, lesson), list)
	p := page.Page{Title: l.T(MsgProblemsTitle), Obj: obj}
	p.OnShow = func() { sc.loadProblems(list) }
	return p
}

// loadProblems reads the worksheets off the UI goroutine, then lists them.
func (sc *Screens) loadProblems(list *fyne.Container) {
	rec := sc.Records
	var sheets []store.ProblemSheet
	var err error
	sc.BG.Do(func() { sheets, err = rec.ProblemSheets(context.Background()) }, func() { sc.fillProblems(list, sheets, err) })
}

func (sc *Screens) fillProblems(list *fyne.Container, sheets []store.ProblemSheet, err error) {
	l, k := sc.L, sc.Kit
	list.RemoveAll()
	switch {
	case err != nil:
		list.Add(page.Wrapped(page.FailText(l, msgPsFailed, err)))
	case len(sheets) == 0:
		list.Add(page.Wrapped(l.T(msgPsNone)))
	}
	for _, p := range sheets {
		state := msgPsToTry
		if strings.TrimSpace(p.HowItWent) != "" {
			state = msgPsReviewed
		}
		open := k.RecordLink(problemName(l, p), func() { sc.Push(sc.ProblemPage(p)) })
		list.Add(container.NewVBox(page.SmallPrint(l.Date(p.Updated)+" · "+l.T(state)), open))
	}
	list.Refresh()
}

func problemName(l *translations.Localizer, p store.ProblemSheet) string {
	if t := strings.TrimSpace(p.Problem); t != "" {
		return page.Snippet(t, 70)
	}
	return l.T(msgPsUntitled)
}

// draftProblem is the kind of a worksheet's draft.
const draftProblem = "problem"

// ProblemPage edits one worksheet (a new one when p has no ID): the steps
// explained, then a field or two for each.
func (sc *Screens) ProblemPage(p store.ProblemSheet) page.Page {
	l, k := sc.L, sc.Kit
	specs := problemFields(&p)
	fields, entries, read := k.TextEntries(specs)
	draft := sc.Context.NewDraft(draftProblem, p.ID)
	draft.Specs(specs, entries)
	draft.Restore()
	msg := page.Wrapped("")
	msg.Hide()
	draft.Said = msg
	parts := []fyne.CanvasObject{page.Wrapped(l.T(msgPsIntro)), stepList(l, problemSteps), draft.Note}
	if p.Damaged {
		parts = append(parts, page.WarningText(l.T(msgPsDamaged)))
	}
	save := k.Button(l.T(msgPsSave), fynetheme.DocumentSaveIcon(), nil)
	save.Importance = widget.HighImportance
	row := page.NewFlow(save)
	parts = append(parts, page.Form(fields...), row, msg)
	obj := page.Scroll(parts...)
	// The message is the page's last line, under the buttons: saying
	// something scrolls to it. (Laid out at once; the window cannot place
	// a label it has not drawn yet, so scrollIntoView would not find it.)
	say := func(imp widget.Importance, text string) {
		page.SetMessage(msg, imp, text)
		obj.Content.Resize(obj.Content.MinSize().Max(obj.Size()))
		page.ScrollTo(obj, page.MaxOffset(obj))
	}
	save.OnTapped = func() { sc.saveProblem(&p, read, draft, save, say) }
	if p.ID != 0 {
		row.Add(k.Button(l.T(msgPsDelete), fynetheme.DeleteIcon(), func() { sc.deleteProblem(p.ID, draft, say, obj) }))
	}
	return page.Page{Title: l.T(MsgProblemsTitle), Obj: obj}
}

// sayFunc shows a message under a form's buttons.
type sayFunc func(imp widget.Importance, text string)

// saveProblem saves what is written off the UI goroutine, then says so.
// Words typed while it saves stay a draft.
func (sc *Screens) saveProblem(p *store.ProblemSheet, read func(), draft *page.Draft, save *widgets.Button, say sayFunc) {
	l, rec := sc.L, sc.Records
	read()
	if strings.TrimSpace(p.Problem) == "" {
		say(widget.DangerImportance, l.T(msgPsNeed))
		return
	}
	save.Disable()
	sent, sentVals := *p, draft.Values()
	var err error
	sc.BG.Do(func() {
		if sent.ID == 0 {
			sent.ID, err = rec.AddProblemSheet(context.Background(), sent)
		} else {
			err = rec.UpdateProblemSheet(context.Background(), sent)
		}
	}, func() {
		save.Enable()
		if err != nil {
			say(widget.DangerImportance, page.FailText(l, page.MsgNotSaved, err))
			return
		}
		p.ID = sent.ID
		draft.Saved(sent.ID)
		say(widget.SuccessImportance, l.T(msgPsSaved))
		draft.Rebase(sentVals) // typed while saving: not saved yet
	})
}

// deleteProblem deletes worksheet id, after asking, and goes back from
// its page obj if that is still on screen.
func (sc *Screens) deleteProblem(id int64, draft *page.Draft, say sayFunc, obj fyne.CanvasObject) {
	l, rec := sc.L, sc.Records
	sc.Confirm(l.T(msgPsDelete), l.T(msgPsDeleteQ), l.T(msgPsDelete), func() {
		var err error
		sc.BG.Do(func() { err = rec.DeleteProblemSheet(context.Background(), id) }, func() {
			if err != nil {
				say(widget.DangerImportance, page.FailText(l, page.MsgNotSaved, err))
				return
			}
			draft.Close()
			if sc.Top().Obj == obj {
				sc.Back()
			}
		})
	})
}
