package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/learn"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
	"github.com/alongside-app/alongside/ui/worksheets"
)

// radiosWith lists the choices on screen that offer option, top to bottom.
func (f *fixture) radiosWith(option string) []*widgets.Choice {
	var out []*widgets.Choice
	for _, o := range f.objects() {
		if c, ok := o.(*widgets.Choice); ok && c.Radio {
			for _, opt := range c.Options() {
				if opt.Label == option {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// areaSelect is the i-th drop-down of the self-care form.
func (f *fixture) areaSelect(i int) *widgets.Select {
	f.t.Helper()
	var out []*widgets.Select
	for _, o := range f.objects() {
		if s, ok := o.(*widgets.Select); ok && len(s.Options) == 10 {
			out = append(out, s)
		}
	}
	f.must(len(out) == len(worksheets.SelfCareAreas), "%d rating drop-downs, want %d", len(out), len(worksheets.SelfCareAreas))
	return out[i]
}

func (f *fixture) trend() *widgets.Trend {
	f.t.Helper()
	for _, o := range f.objects() {
		if t, ok := o.(*widgets.Trend); ok {
			return t
		}
	}
	f.t.Fatal("no chart on screen")
	return nil
}

// restart builds a new window on the same data, as the next start would.
func (f *fixture) restart() {
	f.win = test.NewTempWindow(f.t, nil)
	f.sh = Create(f.app, f.win, f.deps)
	f.useManualBackground()
	f.win.Resize(startWindowSize)
}

func TestLessonReadCompletedAndStillCompleteAfterRestart(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	m := f.deps.Learn.Modules("en")[2]
	f.sh.Push(f.sh.learnScreens().ModulePage(m.ID))
	first := m.Lessons[0]
	f.choose(first.Title + " · " + f.sh.l.N(learn.MsgLessonMinutes, first.Minutes(), nil))
	f.must(f.sh.Top().Title == first.Title, "the lesson did not open: top is %q", f.sh.Top().Title)
	f.tap("Mark as done")
	f.must(strings.Contains(f.texts(), "Done"), "no Done after marking the lesson")
	f.press(fyne.KeyRight, fyne.KeyModifierAlt)
	f.must(f.sh.Top().Title == m.Lessons[1].Title, "Alt+Right did not open the next lesson: %q", f.sh.Top().Title)
	f.press(fyne.KeyLeft, fyne.KeyModifierAlt)
	f.must(f.sh.Top().Title == first.Title, "Alt+Left did not go back: %q", f.sh.Top().Title)

	f.restart()
	f.sh.Go(page.SectionLearn)
	f.must(strings.Contains(f.texts(), f.sh.l.N(learn.MsgProgress, len(m.Lessons), map[string]any{"Done": 1, "Count": len(m.Lessons)})),
		"after a restart the module does not show 1 lesson done:\n%s", f.texts())
	f.must(strings.Contains(f.texts(), "Your next lesson") && strings.Contains(f.texts(), m.Lessons[1].Title),
		"after a restart Learn does not suggest the next lesson:\n%s", f.texts())
	f.sh.Push(f.sh.learnScreens().ModulePage(m.ID))
	f.must(strings.Contains(f.texts(), first.Title+" · "+f.sh.l.N(learn.MsgLessonMinutes, first.Minutes(), nil)+" · Done"),
		"the lesson is not marked done after a restart:\n%s", f.texts())
}

func TestEveryExerciseAModuleNamesOpens(t *testing.T) {
	f := newFixture(t, nil)
	for _, m := range f.deps.Learn.Modules("en") {
		if m.Exercise == "safety-plan" {
			continue // the personal safety plan is issue 10's
		}
		if f.sh.learnScreens().ExerciseButton(m.Exercise) == nil {
			t.Errorf("module %s: exercise %s has no button", m.ID, m.Exercise)
		}
	}
}

func TestEnablingCheckScoresSavesAndKeepsHistory(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	f.openEnablingCheck("18 or older")
	f.tap("See my result")
	n := len(content.EnablingSituations())
	f.must(strings.Contains(f.texts(), f.sh.l.N(learn.MsgMissing, n, map[string]any{"Count": n})), "no word about unanswered situations")
	checks, _ := f.store.EnablingChecks(context.Background())
	f.must(len(checks) == 0, "an unfinished check was saved")

	choices := f.radiosWith("Often")
	f.must(len(choices) == n, "%d answer rows, want %d", len(choices), n)
	for i, c := range choices {
		c.Pick(map[bool]int{true: 2, false: 0}[i < 2]) // often for the first two
	}
	f.tap("See my result")
	f.bg.run()
	sits := content.EnablingSituations()
	txt := f.texts()
	f.must(strings.Contains(txt, "4 of 28"), "no score 4 of 28:\n%s", txt)
	f.must(strings.Contains(txt, f.sh.l.T(sits[0].Suggestion)) && strings.Contains(txt, f.sh.l.T(sits[1].Suggestion)),
		"the suggestions for the two 'often' answers are missing")
	f.must(!strings.Contains(txt, f.sh.l.T(sits[2].Suggestion)), "a suggestion for a 'rarely' answer is shown")
	checks, _ = f.store.EnablingChecks(context.Background())
	f.must(len(checks) == 1 && checks[0].Score == 4, "saved %+v", checks)
	f.must(strings.Contains(txt, f.sh.l.Date(checks[0].TakenAt)+": 4 of 28"), "the result is not in the history:\n%s", txt)
}

func TestSelfCareRatingSavesAndDrawsATrend(t *testing.T) {
	f := newFixture(t, nil)
	day := time.Date(2026, 5, 1, 12, 0, 0, 0, time.Local)
	_, err := f.store.AddSelfCareRating(context.Background(), store.SelfCareRating{TakenAt: day, Scores: map[string]int{"sleep": 3, "money": 5}})
	f.must(err == nil, "%v", err)
	f.sh.Go(page.SectionLearn)
	p := f.sh.SelfCarePage()
	f.sh.Push(p)
	f.tap("Save my rating")
	f.must(strings.Contains(f.texts(), "Rate at least one part"), "saving nothing gave no message")
	f.selectOn("Sleep and rest")        // the chart's choice offers each area
	f.areaSelect(0).SetSelectedIndex(7) // sleep 8
	f.tap("Save my rating")
	rs, _ := f.store.SelfCareRatings(context.Background(), time.Time{}, time.Time{})
	f.must(len(rs) == 2 && rs[1].Scores["sleep"] == 8 && len(rs[1].Scores) == 1, "saved %+v", rs)
	chart := f.trend()
	f.must(len(chart.Values) == 2 && chart.Values[0] == 4 && chart.Values[1] == 8, "average trend %v, want [4 8]", chart.Values)
	f.must(chart.First == f.sh.l.Date(day), "first label %q", chart.First)
	f.selectOn("All areas (average)").SetSelectedIndex(6) // money
	f.must(len(chart.Values) == 1 && chart.Values[0] == 5, "money trend %v, want [5]", chart.Values)
}

func TestGroupFitSuggestsKindsAndLeadsToMeetings(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.GroupFitPage())
	f.choose("My son or daughter (of any age)")
	f.choose("Practical skills to change how things go at home")
	f.choose("Secular and science-based, with no spiritual side")
	f.tap("Show groups that might fit")
	txt := f.texts()
	f.must(strings.Contains(txt, "Skills-based, secular groups") && strings.Contains(txt, "Groups for parents"), "kinds missing:\n%s", txt)
	f.must(!strings.Contains(txt, "Support after a death"), "grief groups suggested to a parent")
	f.tap("Find groups in Meetings")
	f.must(f.sh.Current() == page.SectionMeetings, "the button did not go to Meetings")
}

func TestHomeOffersTheNextLesson(t *testing.T) {
	f := newFixture(t, nil)
	first := f.deps.Learn.Modules("en")[0]
	f.sh.Go(page.SectionHome)
	f.must(strings.Contains(f.texts(), "Read next: "+first.Lessons[0].Title), "Home does not offer the first lesson:\n%s", f.texts())
	f.tap("Open the lesson")
	f.must(f.sh.Top().Title == first.Lessons[0].Title && f.sh.Current() == page.SectionLearn, "the lesson did not open in Learn")
	f.tap("Mark as done")
	f.sh.Go(page.SectionHome)
	f.must(strings.Contains(f.texts(), "Read next: "+first.Lessons[1].Title), "after the first lesson, Home does not offer the second:\n%s", f.texts())
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().LessonPage(first, 2))
	f.sh.Go(page.SectionHome)
	f.must(strings.Contains(f.texts(), "Continue: "+first.Lessons[2].Title), "Home does not offer to continue the lesson left open:\n%s", f.texts())
}

func TestHomeListsTheThreeNewestEntries(t *testing.T) {
	f := newFixture(t, nil)
	for _, text := range []string{"first words", "second words", "third words", "fourth words"} {
		f.addEntry(text)
	}
	f.sh.Go(page.SectionJournal)
	f.sh.Go(page.SectionHome)
	f.bg.run()
	txt := f.texts()
	f.must(strings.Contains(txt, "fourth words") && strings.Contains(txt, "second words") && !strings.Contains(txt, "first words"),
		"Home should list the three newest entries:\n%s", txt)
}
