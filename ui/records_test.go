package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

func (f *fixture) addEntry(text string) int64 {
	f.t.Helper()
	id, err := f.store.AddEntry(context.Background(), store.Entry{Text: text, Mood: 3})
	if err != nil {
		f.t.Fatal(err)
	}
	return id
}

func (f *fixture) addBoundary() int64 {
	f.t.Helper()
	id, err := f.store.AddBoundary(context.Background(), store.Boundary{Text: "If you shout, I will leave the room.", Active: true})
	if err != nil {
		f.t.Fatal(err)
	}
	return id
}

// lockWith sets a passphrase (once) and locks the records.
func (f *fixture) lockWith(pass string) {
	f.t.Helper()
	if !f.sh.hasPassphrase() {
		if _, err := f.store.SetPassphrase(context.Background(), "", pass, nil); err != nil {
			f.t.Fatal(err)
		}
		f.sh.privacyChanged()
	}
	f.sh.LockNow()
}

// entries is every text field on screen, in order.
func (f *fixture) entries() []*widgets.Entry {
	var out []*widgets.Entry
	for _, o := range f.objects() {
		if e, ok := o.(*widgets.Entry); ok {
			out = append(out, e)
		}
	}
	return out
}

// entryWith finds the text field with this placeholder.
func (f *fixture) entryWith(placeholder string) *widgets.Entry {
	f.t.Helper()
	for _, e := range f.entries() {
		if e.PlaceHolder == placeholder {
			return e
		}
	}
	f.t.Fatalf("no field %q", placeholder)
	return nil
}

// dialogButton finds a button in the dialog on top.
func (f *fixture) dialogButton(text string) *widgets.Button {
	f.t.Helper()
	var found *widgets.Button
	walk(f.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widgets.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		f.t.Fatalf("no button %q in a dialog", text)
	}
	return found
}

func (f *fixture) tap(text string) { f.t.Helper(); test.Tap(f.button(text)) }

// follow opens the link showing text (records are opened by links) by
// keyboard: focus, then Enter.
func (f *fixture) follow(text string) {
	f.t.Helper()
	for _, h := range f.links() {
		if h.Text == text && h.Visible() {
			f.win.Canvas().Focus(h)
			f.press(fyne.KeyReturn)
			return
		}
	}
	f.t.Fatalf("no link %q on screen; texts:\n%s", text, f.texts())
}

func (f *fixture) must(ok bool, format string, args ...any) {
	f.t.Helper()
	if !ok {
		f.t.Fatalf(format+"\non screen:\n%s", append(args, f.texts())...)
	}
}

func TestJournalCreateEditSearchDelete(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Nothing written yet"), "no first-use text")

	f.tap("New entry")
	text := f.entries()[0] // the writing comes first
	text.SetText("Café with Ana after a hard night")
	f.choose("4 · Good")
	f.entries()[1].SetText("family, Night")
	f.tap("Save")
	es, _ := f.store.Entries(context.Background())
	f.must(len(es) == 1 && es[0].Mood == 4 && strings.Join(es[0].Tags, "|") == "family|Night", "saved %+v", es)
	f.must(strings.Contains(f.texts(), "1 entry"), "the list does not show the entry")

	search := f.entryWith("Search your journal")
	search.SetText("CAFE")
	f.must(strings.Contains(f.texts(), "1 entry"), "accent- and case-blind search failed")
	search.SetText("nothing like it")
	f.must(strings.Contains(f.texts(), "No entries match"), "a search with no match shows no message")
	search.SetText("")

	scr := f.journalList()
	scr.Select(0)
	f.entries()[0].SetText("Changed words")
	f.tap("Save")
	es, _ = f.store.Entries(context.Background())
	f.must(len(es) == 1 && es[0].Text == "Changed words", "edit not saved: %+v", es)

	f.journalList().Select(0)
	f.tap("Delete")
	test.Tap(f.dialogButton("Delete"))
	es, _ = f.store.Entries(context.Background())
	f.must(len(es) == 0, "entry not deleted")
	f.must(strings.Contains(f.texts(), "Nothing written yet"), "the list still shows the entry")
}

func (f *fixture) journalList() *widgets.List {
	f.t.Helper()
	for _, o := range f.objects() {
		if l, ok := o.(*widgets.List); ok {
			return l
		}
	}
	f.t.Fatalf("no list on screen:\n%s", f.texts())
	return nil
}

func TestJournalDraftIsOfferedBackAfterACrash(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.tap("New entry")
	f.entries()[0].SetText("Words typed before the power went")
	f.bg.run() // the pause after typing: the draft is kept
	ds, _ := f.store.Drafts(context.Background())
	f.must(len(ds) == 1, "no draft kept")

	// A new window on the same data, as after a crash.
	f.sh = Create(f.app, f.win, f.deps)
	f.useManualBackground()
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.tap("Continue writing")
	f.must(f.entries()[0].Text == "Words typed before the power went", "the draft did not come back")
	f.tap("Save")
	ds, _ = f.store.Drafts(context.Background())
	es, _ := f.store.Entries(context.Background())
	f.must(len(ds) == 0 && len(es) == 1, "after saving: %d drafts, %d entries", len(ds), len(es))
}

func TestBoundaryHeldAndBrokenFigures(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionBoundaries)
	f.tap("New boundary")
	f.entries()[0].SetText("If you drive after drinking, I will not get in the car.")
	f.tap("Save")
	f.must(strings.Contains(f.texts(), "Not tested yet"), "new boundary not listed")
	f.tap("Open")
	f.tap("Log it") // Held is chosen first
	f.choose("Broken")
	f.tap("Log it")
	f.choose("Held")
	f.tap("Log it")
	f.must(strings.Contains(f.texts(), "Held 2 of 3 times · bent 0, broken 1"), "figures wrong")
	f.sh.Back()
	f.must(strings.Contains(f.texts(), "Held 2 of 3 times"), "the list does not show the figures")
}

func TestConversationPlanThenDebrief(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionConversations)
	f.tap("Plan a conversation")
	f.entries()[0].SetText("Ask him to see a doctor")
	f.tap("Save")
	f.must(strings.Contains(f.texts(), "Not looked back on yet"), "plan not listed")
	f.tap("Open")
	es := f.entries()
	es[6].SetText("He listened, then left the room.") // the first debrief field
	f.tap("Save")
	cs, _ := f.store.Conversations(context.Background())
	f.must(len(cs) == 1 && cs[0].Happened != "" && !cs[0].DebriefedAt.IsZero() && cs[0].Goal == "Ask him to see a doctor",
		"debrief not paired with its plan: %+v", cs)
	f.must(strings.Contains(f.texts(), "Looked back on"), "the list does not show the debrief")
}

func TestSetPassphraseLockAndUnlock(t *testing.T) {
	f := newFixture(t, nil)
	f.addEntry("private words")
	f.sh.Go(page.SectionSettings)
	f.tap("Set a passphrase")
	es := f.entries()
	es[0].SetText("short")
	es[1].SetText("short")
	f.tap("Set passphrase")
	f.must(strings.Contains(f.texts(), "at least 8"), "a short passphrase was accepted")
	es[0].SetText("kettle river blue morning")
	es[1].SetText("kettle river blue morning")
	f.tap("Set passphrase")
	f.bg.run()
	f.must(f.sh.Top().Title == "Your recovery code", "no recovery code page")
	code := f.shownCode()
	proof := f.entries()[0]
	proof.SetText("XXXX")
	f.tap("I have saved it")
	f.must(strings.Contains(f.texts(), "not the last group"), "a wrong group was accepted")
	proof.SetText(strings.ToLower(lastGroup(code)))
	f.tap("I have saved it")
	f.must(f.sh.Current() == page.SectionSettings, "not back in Settings")

	f.tap("Lock now")
	f.must(f.sh.Locked() && strings.Contains(f.texts(), "Your private records are locked"), "not locked")
	f.must(!strings.Contains(f.texts(), "private words"), "private words on the lock screen")
	f.press(fyne.KeyF1)
	f.must(f.sh.InHelp(), "F1 does not work on the lock screen")
	f.sh.Back()
	f.entries()[0].SetText("wrong passphrase")
	f.tap("Unlock")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "did not open"), "no message for a wrong passphrase")
	f.entries()[0].SetText("kettle river blue morning")
	f.tap("Unlock")
	f.bg.run()
	f.must(!f.sh.Locked() && f.sh.Current() == page.SectionHome, "not unlocked")
	f.must(strings.Contains(f.texts(), "private words"), "recent entries missing after unlock")

	f.sh.Hide()
	f.must(f.sh.Locked(), "Hide does not lock")
}

func (f *fixture) shownCode() string {
	for _, o := range f.objects() {
		if t := textOf(o); strings.Count(t, "-") >= 5 && !strings.Contains(t, " ") {
			return t
		}
	}
	f.t.Fatal("no recovery code on screen")
	return ""
}

func TestUnlockWithRecoveryCodeThenNewPassphrase(t *testing.T) {
	f := newFixture(t, nil)
	change, err := f.store.SetPassphrase(context.Background(), "", "first passphrase words", nil)
	if err != nil {
		t.Fatal(err)
	}
	code := change.RecoveryCode
	f.sh.privacyChanged()
	f.sh.LockNow()
	f.tap("Forgot it? Use your recovery code")
	f.entries()[0].SetText(code)
	f.tap("Unlock")
	f.bg.run()
	f.must(!f.sh.Locked() && f.sh.Top().Title == "Choose a new passphrase", "recovery did not lead to a new passphrase")
}

func TestAutoLockAfterIdleTime(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingAutoLock: "5"})
	clock := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	f.sh.idle.now = func() time.Time { return clock }
	f.sh.idle.after = func(time.Duration, func()) {}
	if _, err := f.store.SetPassphrase(context.Background(), "", "kettle river blue morning", nil); err != nil {
		t.Fatal(err)
	}
	f.sh.privacyChanged()
	clock = clock.Add(4 * time.Minute)
	f.press(fyne.KeyDown) // the person is here
	clock = clock.Add(4 * time.Minute)
	f.sh.idle.check()
	f.must(!f.sh.Locked(), "locked 4 minutes after a key press, with 5 chosen")
	clock = clock.Add(2 * time.Minute)
	f.sh.idle.check()
	f.must(f.sh.Locked(), "not locked after 6 idle minutes")

	f.store.SetPassphrase(context.Background(), "", "x", nil) // refused: too short, and the current passphrase is missing
	off := newFixture(t, map[store.Setting]string{store.SettingAutoLock: "0"})
	off.sh.idle.now = func() time.Time { return clock.Add(time.Hour) }
	off.sh.idle.check()
	if off.sh.Locked() {
		t.Error("auto-lock off still locks")
	}
}

func TestRelapsePlanAndItHappened(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionRelapse)
	es := f.entries()
	es[0].SetText("Staying out late")
	es[5].SetText("2020-01-31") // the naloxone's expiry date
	f.tap("Save")
	p, _ := f.store.RelapsePlan(context.Background())
	f.must(p.WarningSigns == "Staying out late" && p.NaloxoneExpires.Year() == 2020, "plan not saved: %+v", p)
	f.must(strings.Contains(f.texts(), "Your naloxone expired on January 31, 2020"), "no expiry reminder")
	f.tap("It happened")
	f.must(strings.Contains(f.texts(), "is anyone in danger"), "the flow does not start with safety")
	f.tap("Next")
	f.must(strings.Contains(f.texts(), "Staying out late"), "the plan's warning signs are not shown")
	for strings.Contains(f.texts(), "Next") {
		f.tap("Next")
	}
	f.entries()[0].SetText("He came home at 3am.")
	f.tap("Record it")
	ev, _ := f.store.RelapseEvents(context.Background())
	f.must(len(ev) == 1 && ev[0].Notes == "He came home at 3am.", "event not recorded: %+v", ev)
}

// TestHomeRecentEntriesWaitForTheJournal checks that Home's first frame
// neither reads the journal nor claims it is empty: the recent entries
// card appears once they are read, with the entries or the empty state.
func TestHomeRecentEntriesWaitForTheJournal(t *testing.T) {
	f := newFixture(t, nil)
	f.must(!strings.Contains(f.texts(), "Recent entries"), "Home shows recent entries before reading the journal:\n%s", f.texts())
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Your latest journal entries"), "no empty state once the journal is read:\n%s", f.texts())
	if _, err := f.store.AddEntry(context.Background(), store.Entry{Text: "A quiet walk by the river", Mood: 3, At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	f.sh.Go(page.SectionJournal)
	f.sh.Go(page.SectionHome)
	f.bg.run()
	txt := f.texts()
	f.must(strings.Contains(txt, "A quiet walk by the river") && !strings.Contains(txt, "Your latest journal entries"), "Home does not list the new entry:\n%s", txt)
	depth := len(f.sh.stack)
	f.follow("A quiet walk by the river")
	f.must(len(f.sh.stack) == depth+1, "the entry on Home does not open it")
}
