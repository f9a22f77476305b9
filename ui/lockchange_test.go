package ui

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/assets"
	"github.com/alongside-app/alongside/ui/learn"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
)

const (
	firstPass = "kettle river blue morning"
	newPass   = "lantern orchard seven"
)

// secretCounter counts the checks of a secret the window asks the store
// for, whatever asks: the lock screen, Change passphrase, Turn off.
type secretCounter struct {
	Records
	checks atomic.Int32
}

func (c *secretCounter) Unlock(ctx context.Context, p string) error {
	c.checks.Add(1)
	return c.Records.Unlock(ctx, p)
}

func (c *secretCounter) UnlockWithRecovery(ctx context.Context, code string) error {
	c.checks.Add(1)
	return c.Records.UnlockWithRecovery(ctx, code)
}

func (c *secretCounter) CheckSecret(ctx context.Context, s string) error {
	c.checks.Add(1)
	return c.Records.CheckSecret(ctx, s)
}

func (c *secretCounter) RemovePassphrase(ctx context.Context, s string) error {
	c.checks.Add(1)
	return c.Records.RemovePassphrase(ctx, s)
}

// withPassphrase sets firstPass without locking, and counts secret checks.
func withPassphrase(t *testing.T) (*fixture, *secretCounter) {
	f := newFixture(t, nil)
	if _, err := f.store.SetPassphrase(context.Background(), "", firstPass, nil); err != nil {
		t.Fatal(err)
	}
	c := &secretCounter{Records: f.store}
	f.sh.deps.Records = c
	f.sh.privacyChanged()
	return f, c
}

// typeSecret types s into the last field on screen (a dialog's is last).
func (f *fixture) typeSecret(s string) {
	f.t.Helper()
	es := f.entries()
	f.must(len(es) > 0, "no field to type a secret in")
	es[len(es)-1].SetText(s)
}

// Changing and turning off the lock ask for the passphrase (or the
// recovery code) first, and limit tries exactly as the lock screen does:
// nothing typed is no try, a second press while a check runs is no new
// try, a wrong one is refused and changes nothing.
func TestLockChangesAskForTheSecretLikeTheLockScreen(t *testing.T) {
	askers := []struct {
		name, submit, wrong string
		open                func(f *fixture)
		passed              func(f *fixture) bool
	}{
		{"lock screen", "Unlock", "did not open", func(f *fixture) { f.sh.LockNow() },
			func(f *fixture) bool { return !f.sh.Locked() }},
		{"change", "Continue", "That is not your passphrase", func(f *fixture) {
			f.sh.Go(page.SectionSettings)
			f.tap("Change passphrase")
		}, func(f *fixture) bool { return f.sh.Top().Title == "Choose a new passphrase" }},
		{"turn off", "", "neither your passphrase nor your recovery code", func(f *fixture) {
			f.sh.Go(page.SectionSettings)
			f.tap("Turn off passphrase")
		}, func(f *fixture) bool { return !f.sh.hasPassphrase() }},
	}
	for _, a := range askers {
		f, count := withPassphrase(t)
		a.open(f)
		submit := func() {
			if a.submit == "" {
				test.Tap(f.dialogButton("Turn off passphrase"))
			} else {
				f.tap(a.submit)
			}
		}
		submit()
		f.must(strings.Contains(f.texts(), "Type your passphrase first"), "%s: nothing typed is not explained", a.name)
		f.bg.run()
		f.must(count.checks.Load() == 0, "%s: nothing typed counted as a try", a.name)

		f.typeSecret("not my passphrase")
		submit()
		es := f.entries()
		es[len(es)-1].OnSubmitted(es[len(es)-1].Text) // Enter while the first check runs
		f.bg.run()
		f.must(count.checks.Load() == 1, "%s: %d checks for one try", a.name, count.checks.Load())
		f.must(strings.Contains(f.texts(), a.wrong), "%s: a wrong passphrase is not explained", a.name)
		f.must(!a.passed(f), "%s: a wrong passphrase was accepted", a.name)
		if err := f.store.CheckSecret(context.Background(), firstPass); err != nil || !f.sh.hasPassphrase() {
			t.Fatalf("%s: a wrong try changed the lock: %v", a.name, err)
		}
		es = f.entries()
		f.must(es[len(es)-1].Text == "", "%s: the wrong passphrase stays in the field", a.name)

		f.typeSecret(firstPass)
		submit()
		f.bg.run()
		f.must(count.checks.Load() == 2 && a.passed(f), "%s: the right passphrase did not pass", a.name)
	}
}

// makeBackups makes the backups folder hold n copies, as the daily copy
// does, after removing any there (setting the lock makes one).
func (f *fixture) makeBackups(n int) {
	f.t.Helper()
	if err := os.RemoveAll(f.store.BackupsDir()); err != nil {
		f.t.Fatal(err)
	}
	day := time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	for i := 0; i < n; i++ {
		if _, err := f.store.AutoBackup(context.Background(), day.AddDate(0, 0, i)); err != nil {
			f.t.Fatal(err)
		}
	}
	infos, err := store.ListBackups(f.store.BackupsDir())
	f.must(err == nil && len(infos) == n, "%d backups made, want %d (%v)", len(infos), n, err)
}

// Changing the passphrase: the current one first, then the new one,
// whose page says what happens to the older copies; the recovery page
// says what happened to them. The old passphrase opens nothing after.
func TestChangePassphrase(t *testing.T) {
	f, _ := withPassphrase(t)
	f.addEntry("kept through the change")
	f.makeBackups(2)
	f.sh.Go(page.SectionSettings)
	f.tap("Change passphrase")
	f.typeSecret(firstPass)
	f.tap("Continue")
	f.bg.run()
	txt := f.texts()
	f.must(strings.Contains(txt, "Your 2 backup copies in Alongside's backups folder were made under the old passphrase") &&
		strings.Contains(txt, "Copies you saved somewhere else yourself"), "the older copies are not explained")
	es := f.entries()
	es[0].SetText("short")
	es[1].SetText("short")
	f.tap("Set passphrase")
	f.must(strings.Contains(f.texts(), "too short"), "a short passphrase was not refused")
	es[0].SetText(newPass)
	es[1].SetText(newPass)
	f.tap("Set passphrase")
	f.must(f.sh.Top().Title == "Setting your passphrase", "no progress page")
	f.must(f.sh.sealed(), "other sections are open while the records are sealed again")
	f.bg.run()
	f.must(f.sh.Top().Title == "Your recovery code", "no recovery code page")
	txt = f.texts()
	f.must(strings.Contains(txt, "2 older backup copies, which the new passphrase did not protect, were deleted.") &&
		strings.Contains(txt, "A new backup copy was made under the lock."), "the recovery page does not say what happened to the copies")
	ctx := context.Background()
	if err := f.store.CheckSecret(ctx, firstPass); !errors.Is(err, store.ErrWrongPassphrase) {
		t.Errorf("the old passphrase still opens: %v", err)
	}
	if err := f.store.CheckSecret(ctx, newPass); err != nil {
		t.Errorf("the new passphrase does not open: %v", err)
	}
	if infos, _ := store.ListBackups(f.store.BackupsDir()); len(infos) != 1 {
		t.Errorf("%d copies in the backups folder, want the one new copy", len(infos))
	}
	if es, err := f.store.Entries(ctx); err != nil || len(es) != 1 || es[0].Text != "kept through the change" {
		t.Errorf("entries after the change: %v, %v", es, err)
	}
}

// After the recovery code opened the lock screen, the new passphrase is
// set with that code: it is not asked for again.
func TestRecoveredThenNewPassphrase(t *testing.T) {
	f := newFixture(t, nil)
	change, err := f.store.SetPassphrase(context.Background(), "", firstPass, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.sh.privacyChanged()
	f.sh.LockNow()
	f.tap("Forgot it? Use your recovery code")
	f.typeSecret(change.RecoveryCode)
	f.tap("Unlock")
	f.bg.run()
	f.must(f.sh.Top().Title == "Choose a new passphrase", "no new passphrase after the recovery code")
	es := f.entries()
	es[0].SetText(newPass)
	es[1].SetText(newPass)
	f.tap("Set passphrase")
	f.bg.run()
	f.must(f.sh.Top().Title == "Your recovery code", "the recovery code did not stand in for the passphrase")
	if err := f.store.CheckSecret(context.Background(), newPass); err != nil {
		t.Errorf("the new passphrase does not open: %v", err)
	}
	if err := f.store.CheckSecret(context.Background(), change.RecoveryCode); err == nil {
		t.Error("the old recovery code still opens")
	}
}

// delayRecorder is a manual background that remembers the delays asked for.
type delayRecorder struct {
	*manualBackground
	delays []time.Duration
}

func (d *delayRecorder) After(t time.Duration, fn func()) {
	d.delays = append(d.delays, t)
	d.manualBackground.After(t, fn)
}

// The recovery code goes on the clipboard only when asked, and comes off
// it a minute later, unless something else was copied meanwhile.
func TestRecoveryCodeLeavesTheClipboard(t *testing.T) {
	for _, replaced := range []bool{false, true} {
		f := newFixture(t, nil)
		bg := &delayRecorder{manualBackground: f.bg}
		f.sh.bg = bg
		clip := f.app.Clipboard()
		clip.SetContent("")
		f.sh.Go(page.SectionSettings)
		f.sh.Push(f.sh.recoveryPage(store.LockChange{RecoveryCode: "ABCD-EFGH-JKMN", BackupMade: true}))
		f.must(clip.Content() == "", "the code is on the clipboard unasked")
		f.tap("Copy code")
		f.must(clip.Content() == "ABCD-EFGH-JKMN", "Copy code did not copy")
		f.must(len(bg.delays) == 1 && bg.delays[0] == time.Minute, "clearing asked after %v, want a minute", bg.delays)
		if replaced {
			clip.SetContent("a phone number")
		}
		f.bg.run() // the minute passes
		want := ""
		if replaced {
			want = "a phone number"
		}
		f.must(clip.Content() == want, "after a minute the clipboard holds %q, want %q", clip.Content(), want)
	}
}

// Locking takes a copied recovery code off the clipboard at once.
func TestLockTakesTheCodeOffTheClipboard(t *testing.T) {
	f, _ := withPassphrase(t)
	f.sh.Go(page.SectionSettings)
	f.sh.Push(f.sh.recoveryPage(store.LockChange{RecoveryCode: "ABCD-EFGH-JKMN"}))
	f.tap("Copy code")
	f.escapes(3)
	f.must(f.sh.Locked() && f.app.Clipboard().Content() == "", "Hide left the code on the clipboard")
}

// slowRekey holds SetPassphrase inside the store's re-keying, with every
// private read and write waiting, until the test releases it.
type slowRekey struct {
	Records
	inside, release chan struct{}
	once            sync.Once
}

func newSlowRekey(r Records) *slowRekey {
	return &slowRekey{Records: r, inside: make(chan struct{}), release: make(chan struct{})}
}

func (s *slowRekey) SetPassphrase(ctx context.Context, current, pass string, progress store.Progress) (store.LockChange, error) {
	first := true
	return s.Records.SetPassphrase(ctx, current, pass, func(done, total int) {
		if first {
			first = false
			close(s.inside)
			<-s.release
		}
		if progress != nil {
			progress(done, total)
		}
	})
}

func (s *slowRekey) let() { s.once.Do(func() { close(s.release) }) }

// goBackground runs work on real goroutines, and their endings on the
// test's goroutine when the test takes them.
type goBackground struct{ done chan func() }

func (g *goBackground) Do(work, done func()) {
	go func() {
		work()
		if done != nil {
			g.done <- done
		}
	}()
}

func (g *goBackground) After(time.Duration, func()) {}

// until runs endings as they come until ok, or fails after a while.
func (g *goBackground) until(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for !ok() {
		select {
		case fn := <-g.done:
			fn()
		case <-deadline:
			t.Fatal("the background work did not end")
		}
	}
}

// startSlowRekey sets (or, with current, changes) the passphrase through
// the window with re-keying held inside the store.
func startSlowRekey(t *testing.T, f *fixture, current string) (*slowRekey, *goBackground) {
	t.Helper()
	f.addEntry("a private entry")
	slow := newSlowRekey(f.store)
	t.Cleanup(slow.let)
	g := &goBackground{done: make(chan func(), 16)}
	f.sh.deps.Records = slow
	f.sh.bg = g
	f.sh.rebuild()
	f.sh.Go(page.SectionSettings)
	if current == "" {
		f.tap("Set a passphrase")
	} else {
		f.tap("Change passphrase")
		f.typeSecret(current)
		f.tap("Continue")
		g.until(t, func() bool { return f.sh.Top().Title == "Choose a new passphrase" })
	}
	es := f.entries()
	es[0].SetText(newPass)
	es[1].SetText(newPass)
	f.tap("Set passphrase")
	select {
	case <-slow.inside:
	case <-time.After(20 * time.Second):
		t.Fatal("re-keying did not start")
	}
	return slow, g
}

// While the store re-keys (every private read and write waits for it),
// the window does nothing that waits: Get help now, the safety plan and
// Hide work at once, and the progress page comes back.
func TestCrisisKeysWorkWhileRekeying(t *testing.T) {
	f := newFixture(t, nil)
	slow, g := startSlowRekey(t, f, "")
	// Anything that waited for re-keying would wait until this lets it go.
	stuck := time.AfterFunc(10*time.Second, slow.let)
	f.must(f.sh.Top().Title == "Setting your passphrase", "no progress page")
	f.press(fyne.KeyF1)
	f.must(f.sh.InHelp(), "F1 does not open Get help now while re-keying")
	f.sh.Back()
	f.press(fyne.KeyF2)
	f.must(strings.Contains(f.texts(), "once your passphrase is set"), "the safety plan does not say it waits")
	f.sh.Back()
	f.sh.Go(page.SectionJournal)
	f.must(f.sh.Top().Title == "Setting your passphrase", "another section opened while re-keying")
	f.escapes(3)
	f.must(f.sh.Hidden(), "Escape three times does not hide while re-keying")
	f.sh.Reveal()
	f.must(f.sh.Top().Title == "Setting your passphrase", "the progress page is gone after Hide")
	if !stuck.Stop() {
		t.Fatal("the window waited for re-keying")
	}
	slow.let()
	g.until(t, func() bool { return f.sh.rekey == nil })
	f.must(f.sh.Top().Title == "Your recovery code", "no recovery code after re-keying")
}

// Hidden while the passphrase changes, the records lock and stay locked;
// the recovery code, which nobody may see now, is dropped, and the next
// unlock offers to make another.
func TestHiddenWhileRekeyingOffersANewCode(t *testing.T) {
	f, _ := withPassphrase(t)
	f.sh.deps.Records = f.store
	slow, g := startSlowRekey(t, f, firstPass)
	f.escapes(3)
	f.must(f.sh.Hidden() && f.sh.Locked(), "Hide does not lock while re-keying")
	slow.let()
	g.until(t, func() bool { return f.sh.rekey == nil })
	f.sh.Reveal()
	f.must(f.sh.Locked() && strings.Contains(f.texts(), "Your private records are locked"), "not locked after re-keying")
	f.typeSecret(newPass)
	f.tap("Unlock")
	// The store opens in the background before the window shows the
	// records: wait for both.
	g.until(t, func() bool { return !f.sh.Locked() && !strings.Contains(f.texts(), "Opening…") })
	f.must(strings.Contains(f.texts(), "its recovery code was not shown"), "no offer of a new recovery code")
	f.must(f.sh.Top().Title == "Change passphrase", "the offer does not ask for the passphrase")
}

// Learn's progress is sealed: after lessons are opened and done, the
// settings table holds no lesson id in the clear, and progress kept in
// the clear by an older version moves in.
func TestLessonProgressIsNotPlain(t *testing.T) {
	m := loadLearn(t).Modules("en")[0]
	older := m.ID + "/" + m.Lessons[1].ID
	f := newFixture(t, map[store.Setting]string{store.SettingLessonsDone: older, store.SettingLastLesson: older})
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().LessonPage(m, 0))
	f.tap("Mark as done")
	prog := f.sh.learnScreens().Progress()
	f.must(prog.Known() && prog.IsDone(m.Lessons[0]) && prog.IsDone(m.Lessons[1]) && prog.Last() == learn.LessonKey(m.Lessons[0]),
		"progress not kept: %+v", prog)

	db, err := sql.Open("sqlite3", "file:"+f.path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, table := range []string{"settings", "private_settings"} {
		rows, err := db.Query("SELECT key, value FROM " + table)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var key string
			var value []byte
			if err := rows.Scan(&key, &value); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(value, []byte(m.ID+"/")) {
				t.Errorf("lesson progress readable on disk: %s %s = %q", table, key, value)
			}
		}
		rows.Close()
	}

	f.lockWith(firstPass)
	prog = f.sh.learnScreens().Progress()
	if prog.Known() || prog.IsDone(m.Lessons[0]) {
		t.Error("lesson progress read while locked")
	}
	if _, _, _, ok := prog.Step(f.deps.Learn, "en"); ok {
		t.Error("a next lesson is suggested while locked")
	}
}

// Favourites are private: while locked the meeting lists still load,
// with none marked, and nothing says something went wrong.
func TestMeetingsLoadWhileLocked(t *testing.T) {
	f := newFixture(t, nil)
	f.importSample()
	if err := f.store.SetFavourite(context.Background(), "tue-online", true); err != nil {
		t.Fatal(err)
	}
	f.lockWith(firstPass)
	d := meetingsui.Load(f.store)
	if d.Err != nil || d.Index == nil || len(d.Favs) != 0 {
		t.Errorf("locked: err %v, index %v, favourites %v", d.Err, d.Index != nil, d.Favs)
	}
}

// Hide with the lock on locks at once, and the lock's rebuild of the
// window must not put the app's name back in the title while hidden (a
// real window under Xvfb showed "Alongside" in WM_NAME while hidden).
func TestHideWithTheLockKeepsANeutralTitle(t *testing.T) {
	f, _ := withPassphrase(t)
	f.sh.Go(page.SectionJournal)
	f.escapes(3)
	if !f.sh.Hidden() || f.store.Unlocked() {
		t.Fatalf("hidden %v, unlocked %v: Hide should hide and lock", f.sh.Hidden(), f.store.Unlocked())
	}
	if got := f.win.Title(); strings.Contains(got, "Alongside") || f.sh.icon != assets.Neutral {
		t.Errorf("while hidden with the lock on: title %q, neutral icon %v", got, f.sh.icon == assets.Neutral)
	}
	f.sh.Reveal()
	if got := f.win.Title(); got != "Alongside" {
		t.Errorf("after Continue: title %q", got)
	}
}
