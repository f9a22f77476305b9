package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

// Every form keeps what was typed in it, unsaved, through the lock (which
// drops every screen) and a restart, and Save drops the draft.
func TestFormsKeepUnsavedWritingThroughLockAndRestart(t *testing.T) {
	const pass = "kettle river blue morning"
	forms := []struct {
		name  string
		open  func(f *fixture)
		field int // which text field to type in
		save  string
		saved func(f *fixture) bool
	}{
		{"new boundary", func(f *fixture) { f.sh.Go(page.SectionBoundaries); f.tap("New boundary") }, 0, "Save",
			func(f *fixture) bool { bs, _ := f.store.Boundaries(context.Background()); return len(bs) == 1 }},
		{"conversation", func(f *fixture) { f.sh.Go(page.SectionConversations); f.tap("Plan a conversation") }, 0, "Save",
			func(f *fixture) bool { cs, _ := f.store.Conversations(context.Background()); return len(cs) == 1 }},
		{"trigger map", func(f *fixture) {
			f.sh.Go(page.SectionWorksheets)
			f.sh.Push(f.sh.worksheetScreens().TriggerMapPage(store.TriggerMap{Kind: store.MapUsing}))
		}, 0, "Save the map",
			func(f *fixture) bool { ms, _ := f.store.TriggerMaps(context.Background()); return len(ms) == 1 }},
		{"problem worksheet", func(f *fixture) {
			f.sh.Go(page.SectionWorksheets)
			f.sh.Push(f.sh.worksheetScreens().ProblemPage(store.ProblemSheet{}))
		}, 0, "Save",
			func(f *fixture) bool { ps, _ := f.store.ProblemSheets(context.Background()); return len(ps) == 1 }},
		{"safety plan", func(f *fixture) { f.sh.ShowSafetyPlan() }, 0, "Save my plan",
			func(f *fixture) bool { p, _ := f.store.SafetyPlan(context.Background()); return p.WarningSigns != "" }},
		{"my meeting", func(f *fixture) {
			f.sh.Go(page.SectionMeetings)
			f.sh.Push(f.sh.meetingScreens().MyMeetingPage(store.MyMeeting{}))
		}, 0, "Save the meeting",
			func(f *fixture) bool { ms, _ := f.store.MyMeetings(context.Background()); return len(ms) == 1 }},
	}
	for _, form := range forms {
		t.Run(form.name, func(t *testing.T) {
			f := newFixture(t, nil)
			form.open(f)
			f.entries()[form.field].SetText("Typed just before the lock")
			f.lockWith(pass) // at once, before the pause after typing
			f.entries()[0].SetText(pass)
			f.tap("Unlock")
			f.bg.run()
			form.open(f)
			f.must(f.entries()[form.field].Text == "Typed just before the lock", "the typing was lost with the lock")
			f.must(strings.Contains(f.texts(), "did not save is back here"), "no word that the writing came back")

			f.restart() // the same data, still open, as after a crash
			form.open(f)
			f.must(f.entries()[form.field].Text == "Typed just before the lock", "the typing was lost after a restart")
			f.tap(form.save)
			f.bg.run()
			f.must(form.saved(f), "not saved")
			ds, _ := f.store.Drafts(context.Background())
			f.must(len(ds) == 0, "the draft outlived Save: %+v", ds)
		})
	}
}

// The safety plan, laid over the screen, keeps its typing when Get help
// now takes its place and it is opened again.
func TestSafetyPlanKeepsTypingThroughGetHelpNow(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.ShowSafetyPlan()
	f.entries()[1].SetText("My neighbour's flat")
	f.sh.ShowHelp()
	f.sh.Back()
	f.sh.ShowSafetyPlan()
	f.must(f.entries()[1].Text == "My neighbour's flat", "the typing was lost")
	f.tap("Save my plan")
	f.must(strings.Contains(f.texts(), "Your plan is saved."), "Save says nothing")
}

// A form opened again at once, before the pause after typing, finds the
// same words; a record's form finds its own draft, not another's.
func TestFormDraftIsPerRecord(t *testing.T) {
	f := newFixture(t, nil)
	one := f.addBoundary()
	two := f.addBoundary()
	f.sh.Go(page.SectionBoundaries)
	f.sh.Push(f.sh.recordScreens().BoundaryEditPage(store.Boundary{ID: one, Text: "If you shout, I will leave the room.", Active: true}))
	f.entries()[1].SetText("I need quiet evenings")
	f.sh.Back()
	f.sh.Push(f.sh.recordScreens().BoundaryEditPage(store.Boundary{ID: two, Text: "If you shout, I will leave the room.", Active: true}))
	f.must(f.entries()[1].Text == "", "another boundary's draft came into this one")
	f.sh.Back()
	f.sh.Push(f.sh.recordScreens().BoundaryEditPage(store.Boundary{ID: one, Text: "If you shout, I will leave the room.", Active: true}))
	f.must(f.entries()[1].Text == "I need quiet evenings", "the boundary's own draft did not come back")
}
