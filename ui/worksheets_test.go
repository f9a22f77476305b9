package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/worksheets"
)

func TestTriggerMapSavesEditsAndSurvivesARestart(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionWorksheets)
	f.sh.Push(f.sh.TriggerMapsPage())
	f.tap("Map a time they used")
	es := f.entries()
	es[0].SetText("Friday after work")
	es[1].SetText("Workmates from the depot")
	es[6].SetText("Relief after a long week")
	f.tap("Save the map")
	maps, err := f.store.TriggerMaps(context.Background())
	f.must(err == nil && len(maps) == 1 && maps[0].Who == "Workmates from the depot" && maps[0].Kind == store.MapUsing, "saved %+v %v", maps, err)
	f.must(strings.Contains(f.texts(), "Where your part might change"), "no suggestions from the lessons")
	f.entries()[1].SetText("Workmates, and his brother")
	f.tap("Save the map")
	f.restart()
	f.sh.Go(page.SectionWorksheets)
	f.sh.Push(f.sh.TriggerMapsPage())
	f.follow("Friday after work")
	f.must(f.entries()[1].Text == "Workmates, and his brother", "after a restart the map reads %q", f.entries()[1].Text)

	f.sh.Back()
	f.tap("Map something healthy they enjoy")
	f.entries()[0].SetText("Football on Sundays")
	f.tap("Save the map")
	f.sh.Back()
	f.tap("Compare my maps")
	f.must(strings.Contains(f.texts(), "Friday after work: Workmates, and his brother"), "the comparison lacks the first map:\n%s", f.texts())
}

func TestWeeklyRewardPlanThenCheckIn(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionWorksheets)
	f.sh.Push(f.sh.RewardsPage())
	f.tap("Add a reward")
	f.entries()[0].SetText("Cook his favourite curry")
	f.entries()[2].SetText("Saturday evening")
	f.tap("Save")
	f.tap("Add something to hold back")
	f.entries()[0].SetText("Lifts to the pub")
	f.tap("Save")
	f.selectOn("Cook his favourite curry").SetSelected("Cook his favourite curry")
	f.tap("Plan it")
	f.must(strings.Contains(f.texts(), "Planned: Cook his favourite curry (Saturday evening)"), "the plan is not shown:\n%s", f.texts())
	f.sh.Go(page.SectionHome)
	f.must(strings.Contains(f.texts(), "Planned: Cook his favourite curry"), "Home does not show this week's step:\n%s", f.texts())
	f.sh.Go(page.SectionWorksheets)
	f.sh.Push(f.sh.RewardsPage())
	f.entries()[0].SetText("He smiled and stayed in") // how it went
	f.tap("Save how it went")
	steps, _ := f.store.WeeklySteps(context.Background())
	f.must(len(steps) == 1 && steps[0].CheckedIn && steps[0].Done && steps[0].HowItWent == "He smiled and stayed in", "steps %+v", steps)
	f.must(strings.Contains(f.texts(), "Done this week"), "no word of the check-in:\n%s", f.texts())
}

func TestSafetyPlanIsOneKeyAwayAndWarnsBeforePrinting(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.sh.ShowHelp()
	f.press(fyne.KeyF2)
	f.must(f.sh.Top().Title == "My safety plan", "F2 did not open the safety plan: %q", f.sh.Top().Title)
	f.must(strings.Contains(f.texts(), "911"), "the plan does not show the emergency number:\n%s", f.texts())
	f.entries()[3].SetText("pineapple")
	f.tap("Save my plan")
	p, err := f.store.SafetyPlan(context.Background())
	f.must(err == nil && p.CodeWord == "pineapple", "saved %+v %v", p, err)
	f.tap("Print or export…")
	f.must(strings.Contains(f.texts(), "can be found by the person"), "no warning before printing:\n%s", f.texts())
	f.must(strings.Contains(f.texts(), "not be protected"), "the plan's warning lacks the one every export gives:\n%s", f.texts())
	test.Tap(f.dialogButton("I understand, write it"))
	f.must(strings.Contains(f.topTexts(), "Where to save your plan"), "the save dialog is not the plan's:\n%s", f.topTexts())
	name := f.fileDialogName()
	f.must(name != nil && strings.HasPrefix(name.Text, "document-") && strings.HasSuffix(name.Text, ".pdf"), "the plan's file name: %v", name)
	test.Tap(f.fyneButton("Save"))
	f.bg.run()
	matches, _ := filepath.Glob(filepath.Join(home, "document-*.pdf"))
	f.must(len(matches) == 1, "no PDF of the plan in %s: %v", home, names(home))
	data, err := os.ReadFile(matches[0])
	st, _ := os.Stat(matches[0])
	f.must(err == nil && strings.HasPrefix(string(data), "%PDF") && st.Mode().Perm() == 0o600, "the plan's PDF: %v, %v", err, st)
	f.must(strings.Contains(f.topTexts(), "File saved"), "no word that the plan was saved:\n%s", f.topTexts())
	f.sh.closeOverlays()

	f.lockWith("kettle river blue morning")
	f.press(fyne.KeyF2)
	f.must(strings.Contains(f.texts(), "opens when you unlock") && !strings.Contains(f.texts(), "pineapple"), "locked, the plan shows:\n%s", f.texts())
}

// The safety plan, open over a screen, follows a change of language, as
// Get help now does: it is made again, not left in the old language.
func TestSafetyPlanFollowsTheLanguage(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	f.sh.ShowSafetyPlan()
	f.sh.SetLanguage("es")
	es := f.sh.l.T(worksheets.MsgSafetyPlan)
	f.must(es != "Safety plan" && f.sh.Top().Title == es, "after choosing Spanish the plan is %q, want %q", f.sh.Top().Title, es)
}
