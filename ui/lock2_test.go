package ui

import (
	"bytes"
	"context"
	"log"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// Continue after Hide on the lock screen puts the keyboard in the
// passphrase field, as at first start.
func TestContinueFocusesTheLockField(t *testing.T) {
	f, _ := withPassphrase(t)
	f.sh.Go(page.SectionJournal)
	f.escapes(3)
	f.must(f.sh.Hidden() && f.sh.Locked(), "Escape three times did not hide and lock")
	f.tap("Continue")
	f.must(!f.sh.Hidden() && f.sh.Locked(), "Continue did not show the lock screen")
	es := f.entries()
	f.must(len(es) == 1 && f.win.Canvas().Focused() == es[0], "the passphrase field has no focus after Continue (focused: %v)", f.win.Canvas().Focused())
	f.typeSecret(firstPass)
	f.press(fyne.KeyReturn)
	f.bg.run()
	f.must(!f.sh.Locked(), "Enter in the field did not unlock")
}

// focusCheckWindow's canvas logs, as the desktop driver's does, when
// something not on it is given the keyboard.
type focusCheckWindow struct {
	fyne.Window
}

func (w *focusCheckWindow) Canvas() fyne.Canvas {
	return &focusCheckCanvas{Canvas: w.Window.Canvas()}
}

type focusCheckCanvas struct{ fyne.Canvas }

func (c *focusCheckCanvas) Focus(obj fyne.Focusable) {
	found := false
	find := func(o fyne.CanvasObject) {
		if o == obj.(fyne.CanvasObject) {
			found = true
		}
	}
	walkAll(c.Content(), find)
	for _, o := range c.Overlays().List() {
		walkAll(o, find)
	}
	if !found {
		log.Println("Fyne error:  Failed to focus object which is not part of the canvas’ content, menu or overlays.")
	}
	c.Canvas.Focus(obj)
}

// walkAll calls fn for o and everything inside it, hidden or not.
func walkAll(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch c := o.(type) {
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			walkAll(child, fn)
		}
	case *fyne.Container:
		for _, child := range c.Objects {
			walkAll(child, fn)
		}
	}
}

// fakeTimers stands in for the idle lock's clock and timers.
type fakeTimers struct {
	now    time.Time
	timers []fakeTimer
}

type fakeTimer struct {
	at time.Time
	fn func()
}

func (ft *fakeTimers) after(d time.Duration, fn func()) {
	ft.timers = append(ft.timers, fakeTimer{at: ft.now.Add(d), fn: fn})
}

// advance moves the clock on, running the timers due on the way.
func (ft *fakeTimers) advance(d time.Duration) {
	end := ft.now.Add(d)
	for {
		next := -1
		for i, tm := range ft.timers {
			if !tm.at.After(end) && (next < 0 || tm.at.Before(ft.timers[next].at)) {
				next = i
			}
		}
		if next < 0 {
			break
		}
		tm := ft.timers[next]
		ft.timers = append(ft.timers[:next], ft.timers[next+1:]...)
		if tm.at.After(ft.now) {
			ft.now = tm.at
		}
		tm.fn()
	}
	ft.now = end
}

// Changing the idle time from 5 minutes to 1 locks after 1 idle minute,
// not when the 5-minute timer would have looked; the lock keeps the
// writing in the open editor and logs nothing (giving the keyboard to a
// field not yet on the window logged a Fyne error at each lock).
func TestAutoLockFollowsANewIdleTime(t *testing.T) {
	f := newUnbuiltFixture(t, map[store.Setting]string{store.SettingAutoLock: "5"})
	f.win = &focusCheckWindow{Window: f.win}
	f.sh = Create(f.app, f.win, f.deps)
	f.useManualBackground()
	f.win.Resize(startWindowSize)
	ft := &fakeTimers{now: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}
	f.sh.idle.now = func() time.Time { return ft.now }
	f.sh.idle.after = ft.after
	if _, err := f.store.SetPassphrase(context.Background(), "", firstPass, nil); err != nil {
		t.Fatal(err)
	}
	f.sh.privacyChanged() // the 5-minute timer starts

	ft.advance(30 * time.Second)
	f.sh.Go(page.SectionSettings)
	f.choose("1 minute")
	f.sh.Go(page.SectionBoundaries)
	f.tap("New boundary")
	f.entries()[0].SetText("Written just before the idle lock")

	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)
	ft.advance(50 * time.Second)
	f.must(!f.sh.Locked(), "locked after 50 idle seconds, with 1 minute chosen")
	ft.advance(15 * time.Second)
	f.must(f.sh.Locked(), "not locked after 65 idle seconds, with 1 minute chosen")
	log.SetOutput(os.Stderr)
	if logged.Len() > 0 {
		t.Errorf("the lock logged:\n%s", logged.String())
	}
	es := f.entries()
	f.must(len(es) == 1 && f.win.Canvas().Focused() == es[0], "the lock screen's field has no focus")

	// Each change of the setting takes effect at once.
	f.typeSecret(firstPass)
	f.tap("Unlock")
	f.bg.run()
	f.must(!f.sh.Locked(), "did not unlock")
	f.sh.Go(page.SectionBoundaries)
	f.tap("New boundary")
	f.must(f.entries()[0].Text == "Written just before the idle lock", "the idle lock lost the writing")
	for _, c := range []struct {
		choice string
		limit  time.Duration
	}{{"15 minutes", 15 * time.Minute}, {"Never", 0}, {"1 minute", time.Minute}, {"5 minutes", 5 * time.Minute}} {
		f.sh.Go(page.SectionSettings)
		f.choose(c.choice)
		if c.limit == 0 {
			ft.advance(2 * time.Hour)
			f.must(!f.sh.Locked(), "locked with Never chosen")
			continue
		}
		ft.advance(c.limit - time.Second)
		f.must(!f.sh.Locked(), "%s: locked a second early", c.choice)
		ft.advance(2 * time.Second)
		f.must(f.sh.Locked(), "%s: not locked on time", c.choice)
		f.typeSecret(firstPass)
		f.tap("Unlock")
		f.bg.run()
	}
}

// hasButton reports whether a button with this text is on screen.
func (f *fixture) hasButton(text string) bool {
	for _, o := range f.objects() {
		if b, ok := o.(*widgets.Button); ok && b.Text == text {
			return true
		}
	}
	return false
}

// setPassphraseThroughWindow sets newPass from the page on top (a card's
// "Set a passphrase" must be on screen) and returns the recovery code shown.
func (f *fixture) setPassphraseThroughWindow() string {
	f.t.Helper()
	f.tap("Set a passphrase")
	es := f.entries()
	es[0].SetText(newPass)
	es[1].SetText(newPass)
	f.tap("Set passphrase")
	f.bg.run()
	f.must(f.sh.Top().Title == "Your recovery code", "no recovery code page")
	return f.shownCode()
}

// While the new recovery code is on screen, nothing leaves it but "I have
// saved it" with the code's last group: no Back, no other section (by
// list, shortcut or menu); Get help now and Hide still work, and Hide
// covers the code, which the next unlock offers to make again.
func TestRecoveryCodeCannotBeLeftUnsaved(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	code := f.setPassphraseThroughWindow()
	f.must(!f.hasButton("Back"), "Back is offered on the recovery code page")
	f.sh.Back()
	f.sh.Go(page.SectionHome)
	f.press(fyne.Key3, ctrl)
	f.must(f.sh.Top().Title == "Your recovery code" && f.shownCode() == code, "the recovery code page was left unsaved")
	for _, o := range f.objects() {
		f.must(o != fyne.CanvasObject(f.sh.nav), "the section list is offered on the recovery code page")
	}
	txt := f.texts()
	f.must(!strings.Contains(txt, "Type your passphrase"), "the recovery page asks for the passphrase")
	f.must(strings.Contains(txt, "Last group of your recovery code"), "the proof field is not named")

	f.press(fyne.KeyF1)
	f.must(f.sh.InHelp(), "F1 does not open Get help now on the recovery code page")
	f.tap("Back")
	f.must(f.sh.Top().Title == "Your recovery code" && f.shownCode() == code, "Back from Get help now lost the code")

	f.escapes(3)
	f.must(f.sh.Hidden() && f.sh.Locked(), "Escape three times did not hide and lock")
	f.must(!strings.Contains(f.texts(), code), "the code shows while hidden")
	f.tap("Continue")
	f.must(!strings.Contains(f.texts(), code), "the code shows on the lock screen")
	f.typeSecret(newPass)
	f.tap("Unlock")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "its recovery code was not shown") && f.sh.Top().Title == "Change passphrase",
		"no offer of a new recovery code after the unsaved one was hidden")
}

// Saving the code takes the person to Settings, and neither Settings nor
// Home (where the lock was offered) offers to set a passphrase any more.
func TestRecoveryCodeSavedThenNoOffer(t *testing.T) {
	f := newFixture(t, nil)
	f.must(strings.Contains(f.texts(), "Do other people use this computer?"), "no offer of a passphrase on Home")
	code := f.setPassphraseThroughWindow()
	f.tap("I have saved it")
	f.must(f.sh.Top().Title == "Your recovery code" && strings.Contains(f.texts(), "not the last group"), "saved without the last group")
	f.entries()[0].SetText(strings.ToLower(lastGroup(code)))
	f.tap("I have saved it")
	f.must(f.sh.Current() == page.SectionSettings && len(f.sh.stack) == 1, "not on Settings after the code was saved")
	f.must(f.hasButton("Change passphrase") && !f.hasButton("Set a passphrase"), "Settings does not show the lock as on")
	f.sh.Go(page.SectionHome)
	f.must(f.sh.Current() == page.SectionHome && len(f.sh.stack) == 1, "Home does not show its start")
	f.must(!f.hasButton("Set a passphrase") && !strings.Contains(f.texts(), "Do other people use this computer?"),
		"Home still offers to set a passphrase")
}

// A "Set a passphrase" left on screen from before the lock was set asks
// for the current passphrase first.
func TestSetPassphraseWhenOneIsSetAsksForIt(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	if _, err := f.store.SetPassphrase(context.Background(), "", firstPass, nil); err != nil { // as by the command line
		t.Fatal(err)
	}
	f.tap("Set a passphrase")
	f.must(f.sh.Top().Title == "Change passphrase", "a new passphrase is asked for without the current one")
}

// The lock screen's recovery code mode speaks of the code, and hides it
// as it is typed, like the passphrase.
func TestLockScreenRecoveryWording(t *testing.T) {
	f, _ := withPassphrase(t)
	f.sh.LockNow()
	f.tap("Forgot it? Use your recovery code")
	f.tap("Unlock")
	txt := f.texts()
	f.must(!strings.Contains(txt, "Type your passphrase") && !strings.Contains(txt, "Passphrase\n"), "the recovery code mode speaks of the passphrase")
	f.must(strings.Contains(txt, "Type your recovery code first."), "nothing typed is not explained for the code")
	es := f.entries()
	f.must(len(es) == 1 && es[0].Password, "the recovery code shows as it is typed")
	f.must(f.win.Canvas().Focused() == es[0], "the code field has no focus")
	f.tap("Use my passphrase instead")
	txt = f.texts()
	f.must(strings.Contains(txt, "Type your passphrase to open"), "back to the passphrase, the lock screen does not say so")
}

// The idle lock with the journal's editor open keeps its writing and
// logs nothing.
func TestAutoLockWithTheJournalEditorOpen(t *testing.T) {
	f := newUnbuiltFixture(t, map[store.Setting]string{store.SettingAutoLock: "1"})
	f.win = &focusCheckWindow{Window: f.win}
	f.sh = Create(f.app, f.win, f.deps)
	f.useManualBackground()
	f.win.Resize(startWindowSize)
	ft := &fakeTimers{now: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}
	f.sh.idle.now = func() time.Time { return ft.now }
	f.sh.idle.after = ft.after
	if _, err := f.store.SetPassphrase(context.Background(), "", firstPass, nil); err != nil {
		t.Fatal(err)
	}
	f.sh.privacyChanged()
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.tap("New entry")
	text := f.entries()[0]
	f.win.Canvas().Focus(text)
	text.SetText("Written in the journal before the idle lock")
	f.bg.run() // the pause after typing passes within the idle minute

	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)
	ft.advance(61 * time.Second)
	f.must(f.sh.Locked(), "not locked after a minute")
	log.SetOutput(os.Stderr)
	if logged.Len() > 0 {
		t.Errorf("the lock logged:\n%s", logged.String())
	}
	f.typeSecret(firstPass)
	f.tap("Unlock")
	f.bg.run()
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.tap("Continue writing")
	f.must(f.entries()[0].Text == "Written in the journal before the idle lock", "the idle lock lost the journal's writing")
}

// Hide right after typing in the journal (before the pause after typing
// kept a draft) keeps the words too: the lock keeps them first.
func TestHideRightAfterTypingKeepsTheJournalWriting(t *testing.T) {
	f, _ := withPassphrase(t)
	f.sh.deps.Records = f.store
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.tap("New entry")
	f.entries()[0].SetText("Typed a second before Hide")
	f.escapes(3)
	f.must(f.sh.Hidden() && f.sh.Locked(), "Escape three times did not hide and lock")
	f.bg.run() // the pause after typing ends while locked
	f.tap("Continue")
	f.typeSecret(firstPass)
	f.tap("Unlock")
	f.bg.run()
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.tap("Continue writing")
	f.must(f.entries()[0].Text == "Typed a second before Hide", "the words typed just before Hide are lost")
}

// A message box open when Hide locks belongs to a page the lock dropped:
// Continue shows the lock screen without it.
func TestContinueAfterHideWithADialogShowsOnlyTheLock(t *testing.T) {
	f, _ := withPassphrase(t)
	f.sh.Go(page.SectionSettings)
	f.tap("Turn off passphrase")
	f.must(f.win.Canvas().Overlays().Top() != nil, "no dialog")
	f.escapes(3)
	f.must(f.sh.Hidden() && f.sh.Locked(), "Escape three times did not hide and lock")
	f.tap("Continue")
	f.must(f.win.Canvas().Overlays().Top() == nil, "a dialog of a dropped page shows over the lock screen")
	es := f.entries()
	f.must(len(es) == 1 && f.win.Canvas().Focused() == es[0], "the passphrase field has no focus")
}
