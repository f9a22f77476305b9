package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/learn"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
	"github.com/alongside-app/alongside/ui/worksheets"
)

// scene puts the window into one state a person can reach.
type scene struct {
	name  string
	setup func(f *fixture)
}

// scenes are every screen, and the states where keys most often get lost:
// an open drop-down, an open dialog, the start-up error window.
func scenes() []scene {
	var out []scene
	for id := page.Section(0); id < page.SectionCount; id++ {
		out = append(out, scene{fmt.Sprintf("section %d", id), func(f *fixture) { f.sh.Go(id) }})
	}
	return append(out,
		scene{"Get help now", func(f *fixture) { f.sh.ShowHelp() }},
		scene{"open drop-down", func(f *fixture) {
			f.sh.ShowHelp()
			sel := f.selectOn(f.sh.l.ID("Help.Country.MX"))
			f.win.Canvas().Focus(sel)
			f.press(fyne.KeySpace)
		}},
		scene{"open dialog", func(f *fixture) { f.sh.Go(page.SectionSettings); f.sh.ShowError("x") }},
		scene{"journal with entries", func(f *fixture) {
			f.addEntry("A long day at work, then dinner.")
			f.sh.Go(page.SectionJournal)
			f.bg.run()
		}},
		scene{"home with recent entries", func(f *fixture) {
			f.addEntry("We talked for a long time about the weekend, the car, the money and what comes next for all of us.")
			f.sh.Go(page.SectionJournal)
			f.sh.Go(page.SectionHome)
			f.bg.run()
		}},
		scene{"journal on this day", func(f *fixture) {
			long := "A year ago today we sat in the car outside the clinic and talked about everything that had happened."
			if _, err := f.store.AddEntry(context.Background(), store.Entry{Text: long, Mood: 2, At: time.Now().AddDate(-1, 0, 0)}); err != nil {
				f.t.Fatal(err)
			}
			f.sh.Go(page.SectionJournal)
			f.bg.run()
		}},
		scene{"rewards with a long one", func(f *fixture) {
			r := store.Reward{Kind: store.RewardOffer, What: "A whole Saturday together at the lake, with lunch out and the long walk round it"}
			if _, err := f.store.AddReward(context.Background(), r); err != nil {
				f.t.Fatal(err)
			}
			f.sh.Go(page.SectionWorksheets)
			f.sh.Push(f.sh.RewardsPage())
		}},
		scene{"journal entry", func(f *fixture) {
			f.sh.Go(page.SectionJournal)
			f.sh.Push(f.sh.journalScreens().EntryPage(store.Entry{}))
		}},
		scene{"boundary", func(f *fixture) {
			f.sh.Go(page.SectionBoundaries)
			f.sh.Push(f.sh.recordScreens().BoundaryPage(f.addBoundary()))
		}},
		scene{"boundary editor", func(f *fixture) {
			f.sh.Go(page.SectionBoundaries)
			f.sh.Push(f.sh.recordScreens().BoundaryEditPage(store.Boundary{Active: true}))
		}},
		scene{"conversation", func(f *fixture) {
			f.sh.Go(page.SectionConversations)
			f.sh.Push(f.sh.ConversationPage(store.Conversation{}))
		}},
		scene{"it happened", func(f *fixture) {
			f.sh.Go(page.SectionRelapse)
			f.sh.Push(f.sh.recordScreens().HappenedPage(store.RelapsePlan{}))
		}},
		scene{"passphrase", func(f *fixture) { f.sh.Go(page.SectionSettings); f.sh.Push(f.sh.passphrasePage("", false)) }},
		scene{"recovery code", func(f *fixture) {
			f.sh.Go(page.SectionSettings)
			f.sh.Push(f.sh.recoveryPage(store.LockChange{RecoveryCode: "ABCD-EFGH-JKMN", BackupsRemoved: 2, BackupMade: true}))
		}},
		scene{"module", func(f *fixture) {
			f.sh.Go(page.SectionLearn)
			f.sh.Push(f.sh.learnScreens().ModulePage(f.deps.Learn.Modules(f.sh.l.Lang())[0].ID))
		}},
		scene{"lesson", func(f *fixture) {
			f.sh.Go(page.SectionLearn)
			f.sh.Push(f.sh.learnScreens().LessonPage(f.deps.Learn.Modules(f.sh.l.Lang())[0], 0))
		}},
		scene{"safety question", func(f *fixture) {
			f.sh.safetyAnswer = learn.SafetyNotAsked
			f.sh.Go(page.SectionLearn)
			f.sh.Push(f.sh.learnScreens().BoundaryBuilderPage())
		}},
		scene{"safety question answered yes", func(f *fixture) {
			f.sh.safetyAnswer = learn.SafetyNotAsked
			f.sh.Go(page.SectionLearn)
			f.sh.Push(f.sh.learnScreens().EnablingCheckPage())
			f.tap(f.sh.l.T(learn.MsgSafetyYes))
		}},
		scene{"boundary builder after yes", func(f *fixture) {
			f.sh.safetyAnswer = learn.SafetyYes
			f.sh.Go(page.SectionLearn)
			f.sh.Push(f.sh.learnScreens().BoundaryBuilderPage())
		}},
		scene{"enabling check", func(f *fixture) {
			f.setAge(store.AgeNotAsked)
			f.sh.safetyAnswer = learn.SafetyNo
			f.sh.Go(page.SectionLearn)
			f.sh.Push(f.sh.learnScreens().EnablingCheckPage())
			f.bg.run()
		}},
		scene{"enabling check for a child under 18", func(f *fixture) {
			f.setAge(store.AgeUnder18)
			f.sh.safetyAnswer = learn.SafetyUnsaid
			f.sh.Go(page.SectionLearn)
			f.sh.Push(f.sh.learnScreens().EnablingCheckPage())
			f.bg.run()
			for _, c := range f.radiosWith(f.sh.l.T(learn.MsgOften)) {
				c.Pick(content.AnswerOften)
			}
			f.tap(f.sh.l.T(learn.MsgSee))
			f.bg.run()
		}},
		scene{"self-care", func(f *fixture) { f.sh.Go(page.SectionLearn); f.sh.Push(f.sh.SelfCarePage()) }},
		scene{"group fit", func(f *fixture) { f.sh.Go(page.SectionLearn); f.sh.Push(f.sh.GroupFitPage()) }},
		scene{"meetings found", func(f *fixture) {
			f.importSample()
			f.sh.Go(page.SectionMeetings)
			f.bg.run()
			if !strings.Contains(f.texts(), f.sh.l.T(meetingsui.MsgAnyTime)) {
				f.tap(f.sh.l.T(meetingsui.MsgFilters)) // the screen is kept: open the filters once
			}
		}},
		scene{"meetings filtered", func(f *fixture) { // filters chosen, then folded to their summary
			f.importSample()
			f.sh.Go(page.SectionMeetings)
			f.bg.run()
			if !strings.Contains(f.texts(), f.sh.l.T(meetingsui.MsgAnyTime)) {
				f.tap(f.sh.l.T(meetingsui.MsgFilters))
			}
			f.selectOn(f.sh.l.T(meetingsui.MsgCanJoin)).SetSelected(f.sh.l.T(meetingsui.MsgCanJoin))
			test.Tap(f.foldButton())
		}},
		scene{"meeting", func(f *fixture) {
			f.importSample()
			f.sh.Go(page.SectionMeetings)
			f.sh.Push(f.sh.meetingScreens().MeetingPage("tue-online"))
		}},
		scene{"meeting import", func(f *fixture) {
			f.sh.Go(page.SectionMeetings)
			f.sh.Push(f.sh.meetingScreens().ImportPage(store.Feed{}))
		}},
		scene{"meeting lists", func(f *fixture) {
			f.importSample()
			f.sh.Go(page.SectionMeetings)
			f.sh.Push(f.sh.meetingScreens().FeedsPage())
			f.bg.run()
		}},
		scene{"my meeting", func(f *fixture) {
			f.sh.Go(page.SectionMeetings)
			f.sh.Push(f.sh.meetingScreens().MyMeetingPage(store.MyMeeting{}))
		}},
		scene{"directory", func(f *fixture) { f.sh.Go(page.SectionMeetings); f.sh.Push(f.sh.meetingScreens().DirectoryPage()) }},
		scene{"resources", func(f *fixture) { f.sh.Go(page.SectionMeetings); f.sh.Push(f.sh.meetingScreens().ResourcesPage()) }},
		scene{"restore", func(f *fixture) { f.sh.Go(page.SectionSettings); f.sh.Push(f.sh.RestorePage("")) }},
		scene{"save a copy", func(f *fixture) { f.sh.Go(page.SectionSettings); f.sh.Push(f.sh.settingsScreens().SaveCopyPage()) }},
		scene{"about", func(f *fixture) { f.sh.Go(page.SectionSettings); f.sh.Push(f.sh.settingsScreens().AboutPage()) }},
		scene{"trigger maps", func(f *fixture) { f.sh.Go(page.SectionWorksheets); f.sh.Push(f.sh.TriggerMapsPage()) }},
		scene{"trigger map", func(f *fixture) {
			f.sh.Go(page.SectionWorksheets)
			f.sh.Push(f.sh.worksheetScreens().TriggerMapPage(store.TriggerMap{Kind: store.MapUsing}))
		}},
		scene{"rewards", func(f *fixture) { f.sh.Go(page.SectionWorksheets); f.sh.Push(f.sh.RewardsPage()) }},
		scene{"problem worksheets", func(f *fixture) {
			if ps, _ := f.store.ProblemSheets(context.Background()); len(ps) == 0 {
				if _, err := f.store.AddProblemSheet(context.Background(), store.ProblemSheet{Problem: "Friday nights"}); err != nil {
					f.t.Fatal(err)
				}
			}
			f.sh.Go(page.SectionWorksheets)
			f.sh.Push(f.sh.ProblemsPage())
			f.bg.run()
		}},
		scene{"problem worksheet", func(f *fixture) {
			f.sh.Go(page.SectionWorksheets)
			f.sh.Push(f.sh.worksheetScreens().ProblemPage(store.ProblemSheet{ID: 1, Problem: "Friday nights"}))
		}},
		scene{"safety plan", func(f *fixture) { f.sh.Go(page.SectionWorksheets); f.sh.Push(f.sh.SafetyPlanPage()) }},
		scene{"new passphrase after the recovery code", func(f *fixture) {
			f.sh.Go(page.SectionSettings)
			f.sh.Push(f.sh.passphrasePage("ABCD-EFGH-JKMN", true))
		}},
		scene{"change passphrase", func(f *fixture) { f.sh.Go(page.SectionSettings); f.sh.Push(f.sh.currentSecretPage(nil)) }},
		// Near the end: the phone test runs the scenes one after another;
		// these set a passphrase and leave it being set.
		scene{"turn off passphrase", func(f *fixture) {
			if !f.sh.hasPassphrase() {
				if _, err := f.store.SetPassphrase(context.Background(), "", "kettle river blue morning", nil); err != nil {
					f.t.Fatal(err)
				}
				f.sh.privacyChanged()
			}
			if f.sh.Locked() { // Hide locked it
				if err := f.store.Unlock(context.Background(), "kettle river blue morning"); err != nil {
					f.t.Fatal(err)
				}
				f.sh.unlocked()
			}
			f.sh.Go(page.SectionSettings)
			f.sh.onRemovePassphrase()
		}},
		scene{"setting the passphrase", func(f *fixture) {
			if f.sh.rekey == nil {
				f.sh.Go(page.SectionSettings)
				f.sh.startRekey()
			}
			f.sh.reframe([]page.Page{f.sh.rekey.page(f.sh)})
			f.sh.rekey.show(420, 1000)
		}},
		// Last: this one locks.
		scene{"lock screen", func(f *fixture) { f.lockWith("kettle river blue morning") }},
	)
}

// focusables lists the controls that can take keyboard focus now.
func (f *fixture) focusables() []fyne.Focusable {
	var out []fyne.Focusable
	for _, o := range f.objects() {
		if fo, ok := o.(fyne.Focusable); ok {
			if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
				continue
			}
			out = append(out, fo)
		}
	}
	return out
}

// windowKeys are the keys that must work whatever has focus, each with
// what it must do.
var windowKeys = []struct {
	name  string
	press func(f *fixture)
	check func(f *fixture, before page.Page) bool
}{
	// The crisis keys (Get help now, Hide) come first: they are tried with
	// every control focused.
	{"F1", func(f *fixture) { f.press(fyne.KeyF1) }, func(f *fixture, before page.Page) bool {
		return f.sh.InHelp() && f.sh.Top().Obj != before.Obj
	}},
	{"Escape x3", func(f *fixture) { f.escapes(3) }, func(f *fixture, _ page.Page) bool { return f.sh.Hidden() }},
	{"F2", func(f *fixture) { f.press(fyne.KeyF2) }, func(f *fixture, before page.Page) bool {
		return f.sh.Top().Title == f.sh.l.T(worksheets.MsgSafetyPlan) && f.sh.Top().Obj != before.Obj
	}},
	{"Ctrl+G", func(f *fixture) { f.press(fyne.KeyG, ctrl) }, func(f *fixture, before page.Page) bool {
		return f.sh.InHelp() && f.sh.Top().Obj != before.Obj
	}},
	{"Ctrl+Shift+H", func(f *fixture) { f.press(fyne.KeyH, ctrl|fyne.KeyModifierShift) }, func(f *fixture, _ page.Page) bool { return f.sh.Hidden() }},
	{"Ctrl+2", func(f *fixture) { f.press(fyne.Key2, ctrl) }, func(f *fixture, _ page.Page) bool {
		return !f.sh.InHelp() && f.sh.Current() == page.SectionLearn
	}},
}

// Whatever control has focus, on whatever screen, the window's keys work.
// A new control that swallows them fails here. Every key is tried once
// with each kind of control focused on each screen (controls of a kind
// run the same key handling; an entry counts as another kind when it is
// multi-line or a password field, which handle keys differently).
func TestWindowKeysWorkWhateverHasFocus(t *testing.T) {
	for _, sc := range scenes() {
		t.Run(sc.name, func(t *testing.T) {
			f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
			sc.setup(f)
			all := f.focusables()
			if len(all) == 0 {
				t.Errorf("%s: no control takes keyboard focus", sc.name)
			}
			kinds := map[string]bool{}
			for i, o := range all {
				kind := controlKind(o)
				if kinds[kind] {
					continue
				}
				kinds[kind] = true
				for _, k := range windowKeys {
					if k.name == "Ctrl+2" && f.sh.sealed() {
						continue // the lock screen has no sections to go to
					}
					f.reset()
					sc.setup(f)
					target := f.focusables()[i]
					f.win.Canvas().Focus(target)
					before := f.sh.Top()
					k.press(f)
					if !k.check(f, before) {
						t.Errorf("%s: %s does nothing while %s has focus", sc.name, k.name, kind)
					}
				}
			}
		})
	}
}

// controlKind names a focusable control's kind for the keys test: its
// type, and for an entry whether it is multi-line or a password field.
func controlKind(o fyne.Focusable) string {
	kind := fmt.Sprintf("%T", o)
	if e, ok := o.(*widgets.Entry); ok {
		kind += fmt.Sprintf(" multiLine=%v password=%v", e.MultiLine, e.Password)
	}
	return kind
}

// reset brings the window back to a plain state: shown, no dialogs or
// pop-ups, nothing focused.
func (f *fixture) reset() {
	f.sh.Reveal()
	overlays := f.win.Canvas().Overlays()
	for overlays.Top() != nil {
		overlays.Remove(overlays.Top())
	}
	f.win.Canvas().Unfocus()
}

// A click on a choice gives it focus; the keys still work afterwards, and
// after moving to another section.
func TestKeysWorkAfterClickingAChoice(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	c, i := f.choiceWith("Dark")
	test.Tap(c.Row(i))
	if f.win.Canvas().Focused() != fyne.Focusable(c) {
		t.Fatalf("a click on a choice does not focus it (focused: %T)", f.win.Canvas().Focused())
	}
	f.press(fyne.KeyF1)
	if !f.sh.InHelp() {
		t.Error("F1 after clicking a choice does nothing")
	}
	f.sh.Go(page.SectionSettings)
	test.Tap(c.Row(i))
	f.sh.Go(page.SectionJournal)
	f.escapes(3)
	if !f.sh.Hidden() {
		t.Error("Escape three times after clicking a choice and moving on does nothing")
	}
}

// With a drop-down open, the first Escape closes it and still counts.
func TestEscapeClosesADropDownAndCounts(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.sh.ShowHelp()
	f.win.Canvas().Focus(f.selectOn("Mexico"))
	f.press(fyne.KeySpace)
	if top := f.win.Canvas().Overlays().Top(); top == nil || !top.Visible() {
		t.Fatal("Space does not open the drop-down")
	}
	f.press(fyne.KeyEscape)
	if top := f.win.Canvas().Overlays().Top(); top != nil && top.Visible() {
		t.Error("Escape does not close the drop-down")
	}
	f.escapes(2)
	if !f.sh.Hidden() {
		t.Error("the Escape that closed the drop-down did not count toward Hide")
	}
}

// Enter presses a focused button exactly as Space does.
func TestEnterAndSpacePressButtons(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace} {
		f := newFixture(t, nil)
		f.sh.Go(page.SectionSettings)
		f.win.Canvas().Focus(f.button("Get help now"))
		f.press(key)
		if !f.sh.InHelp() {
			t.Errorf("%s on the focused Get help now button does nothing", key)
		}
	}
}

var _ = widgets.NewEmptyState
