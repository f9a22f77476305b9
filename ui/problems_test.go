package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/worksheets"
)

const (
	psProblem = "On Friday nights he comes home drunk and wakes the baby"
	psIdeas   = "go to my sister's\nask him to sleep downstairs\nthe cot in my room"
	psThen    = "keep it short, and leave the room if it heats up"
	psWent    = "He agreed, then forgot by Friday"
)

// openProblems shows the list of problem-solving worksheets, read.
func (f *fixture) openProblems() {
	f.t.Helper()
	f.sh.Push(f.sh.ProblemsPage())
	f.bg.run()
}

// The problem-solving worksheet: filled in, saved, found in the list and
// opened again with its words; what is typed and not saved stays while
// the person visits another section, and comes back as a draft when the
// worksheet is opened afresh; saved again, it says it was reviewed; it
// survives a restart and can be deleted.
func TestProblemSheetSavesReopensAndKeepsUnsavedWords(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionWorksheets)
	f.must(strings.Contains(f.texts(), "Solving a problem"), "Worksheets has no problem-solving card")
	f.openProblems()
	f.must(strings.Contains(f.texts(), "Nothing here yet."), "an empty list does not say so")
	f.tap("Work through a problem")
	for _, step := range []string{"Define the problem: ", "Brainstorm: ", "Choose: ", "Plan around obstacles: ", "Review: "} {
		f.must(strings.Contains(f.texts(), step), "the worksheet does not explain the step %q", step)
	}
	es := f.entries()
	f.must(len(es) == 7, "%d fields, want 7", len(es))
	f.tap("Save")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Write the problem first"), "an empty worksheet was saved without a word")
	es[0].SetText(psProblem)
	es[1].SetText(psIdeas)
	es[2].SetText("ask him to sleep downstairs; on Saturday morning")
	es[3].SetText("he may get angry")
	es[4].SetText(psThen)
	f.tap("Save")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Saved."), "Save does not say it saved")
	s := f.sh.Top().Obj.(*container.Scroll)
	f.must(s.Offset.Y > 0 && s.Offset.Y == page.MaxOffset(s), "the page was not scrolled to the word under the buttons: at %v of %v", s.Offset.Y, page.MaxOffset(s))
	ps, err := f.store.ProblemSheets(context.Background())
	f.must(err == nil && len(ps) == 1 && ps[0].Problem == psProblem && ps[0].Ideas == psIdeas && ps[0].IfObstacle == psThen,
		"saved %+v, %v", ps, err)
	f.entries()[4].SetText(psThen + ", and call my sister")
	f.tap("Save") // the second save changes the same worksheet
	f.bg.run()
	ps, _ = f.store.ProblemSheets(context.Background())
	f.must(len(ps) == 1 && ps[0].IfObstacle == psThen+", and call my sister", "after saving again: %+v", ps)

	f.sh.Back()
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Still to try"), "the list does not say the plan is still to try")
	f.follow(psProblem)
	f.must(f.entries()[1].Text == psIdeas, "reopened, the ideas read %q", f.entries()[1].Text)

	// Unsaved words survive a visit to another section...
	f.entries()[5].SetText(psWent)
	f.sh.Go(page.SectionHome)
	f.sh.Go(page.SectionWorksheets)
	f.must(f.entries()[5].Text == psWent, "back from Home, the review reads %q", f.entries()[5].Text)
	// ...and the worksheet opened afresh (the section from its start).
	f.sh.Go(page.SectionWorksheets)
	f.openProblems()
	f.follow(psProblem)
	f.must(f.entries()[5].Text == psWent, "opened afresh, the unsaved review reads %q", f.entries()[5].Text)
	f.must(strings.Contains(f.texts(), "did not save is back here"), "no word that the unsaved writing came back")
	f.tap("Save")
	f.bg.run()
	ds, _ := f.store.Drafts(context.Background())
	f.must(len(ds) == 0, "the draft outlived Save: %+v", ds)
	f.sh.Back()
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Reviewed"), "the list does not say the worksheet was reviewed")

	f.restart()
	f.sh.Go(page.SectionWorksheets)
	f.openProblems()
	f.follow(psProblem)
	f.must(f.entries()[5].Text == psWent && f.entries()[0].Text == psProblem, "after a restart: %q, %q", f.entries()[0].Text, f.entries()[5].Text)
	f.tap("Delete")
	test.Tap(f.dialogButton("Delete"))
	f.bg.run()
	ps, _ = f.store.ProblemSheets(context.Background())
	f.must(len(ps) == 0, "not deleted: %+v", ps)
	f.must(f.sh.Top().Title == "Solving a problem" && len(f.entries()) == 0, "after deleting, not back on the list")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Nothing here yet."), "the list still shows the deleted worksheet")
}

// Words typed while Save is under way are not counted as saved: they
// stay a draft.
func TestProblemSheetTypingWhileSavingStaysADraft(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionWorksheets)
	f.sh.Push(f.sh.worksheetScreens().ProblemPage(store.ProblemSheet{}))
	f.entries()[0].SetText(psProblem)
	f.tap("Save")
	f.entries()[1].SetText("typed while saving") // before the save comes back
	f.bg.run()
	ps, _ := f.store.ProblemSheets(context.Background())
	f.must(len(ps) == 1 && ps[0].Ideas == "", "saved %+v", ps)
	f.must(!strings.Contains(f.texts(), "Saved."), "says Saved. while newer words are not saved")
	f.sh.Go(page.SectionWorksheets) // the section from its start
	f.openProblems()
	f.follow(psProblem)
	f.must(f.entries()[1].Text == "typed while saving", "the words typed while saving were lost: %q", f.entries()[1].Text)
}

// The self-care module, which teaches problem solving, opens the worksheet.
func TestSelfCareModuleOpensTheProblemWorksheet(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		f := newFixture(t, map[store.Setting]string{store.SettingLanguage: lang})
		f.sh.Go(page.SectionLearn)
		f.sh.Push(f.sh.learnScreens().ModulePage("self-care"))
		title := f.sh.l.T(worksheets.MsgProblemsTitle)
		f.must(strings.Contains(f.texts(), title), "%s: the module does not offer %q", lang, title)
		f.tap(f.sh.l.T(worksheets.MsgOpen))
		f.must(f.sh.Top().Title == title, "%s: Open showed %q", lang, f.sh.Top().Title)
	}
}

// The counsellor's summary offers the worksheets as a part of their own,
// ticked at first, enough alone to write the PDF.
func TestSummaryOffersTheProblemWorksheets(t *testing.T) {
	homeWithDownloads(t, true)
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	f.must(f.checkWith("Solving a problem").Checked, "the summary's problem-solving part is not ticked at first")
	for _, c := range []string{"Boundaries and how they held", "Conversations", "Relapse plan", "Trigger maps", "Rewards and weekly check-ins", "Mood", "Self-care"} {
		f.checkWith(c).SetChecked(false)
	}
	f.tap("Write the PDF summary")
	f.must(!strings.Contains(f.texts(), "Tick at least one thing"), "the problem-solving part alone is not enough to write the summary")
	f.must(strings.Contains(f.topTexts(), "will not be protected"), "no warning before writing:\n%s", f.topTexts())
}
