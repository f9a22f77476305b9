package ui

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/store/storetest"
	"github.com/alongside-app/alongside/translations"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
	"github.com/alongside-app/alongside/ui/worksheets"
)

// Issue #24, item 5: "Back up now" twice deleted the day's earlier copies
// (the automatic one made before a big import among them), said nothing
// for seconds, and the list offered a copy that was no longer there.
func TestBackUpNowTwiceKeepsTheDaysCopies(t *testing.T) {
	f := newFixture(t, nil)
	ctx := context.Background()
	now := time.Now()
	f.sh.idle.now = func() time.Time { return now }
	_, err := f.store.AutoBackup(ctx, now.Add(-time.Second))
	f.must(err == nil, "auto: %v", err)
	f.sh.Go(page.SectionSettings)
	f.bg.run()
	f.tap("Back up now")
	f.must(strings.Contains(f.texts(), "Making a copy…"), "nothing said while the copy is made:\n%s", f.texts())
	f.must(f.button("Back up now").Disabled(), "Back up now can be pressed again while it works")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Backed up to "), "no word that the copy was made:\n%s", f.texts())
	f.tap("Back up now")
	f.bg.run()
	f.sh.autoBackup() // the hourly check, the same day
	f.bg.run()
	infos, err := store.ListBackups(f.store.BackupsDir())
	f.must(err == nil && len(infos) == 3, "after two copies and the hourly check: %+v %v", infos, err)
	f.must(infos[2].Auto && infos[0].Manual && infos[1].Manual, "kinds: %+v", infos)
	f.sh.Go(page.SectionHome)
	f.sh.Go(page.SectionSettings)
	f.bg.run()
	f.must(strings.Count(f.texts(), "Made by you, ") == 2, "the list does not show both copies made:\n%s", f.texts())
	f.must(strings.Contains(f.texts(), "the newest 10 of them stay"), "the rule is not said on screen:\n%s", f.texts())
}

// The list is what the folder holds each time Settings shows.
func TestBackupListFollowsTheFolder(t *testing.T) {
	f := newFixture(t, nil)
	_, err := f.store.AutoBackup(context.Background(), time.Now())
	f.must(err == nil, "auto: %v", err)
	f.sh.Go(page.SectionSettings)
	f.bg.run()
	f.must(f.restoreButtons() == 1, "the copy is not listed:\n%s", f.texts())
	infos, _ := store.ListBackups(f.store.BackupsDir())
	f.must(os.Remove(infos[0].Path) == nil, "remove")
	f.sh.Go(page.SectionHome)
	f.sh.Go(page.SectionSettings)
	f.bg.run()
	f.must(f.restoreButtons() == 0 && strings.Contains(f.texts(), "No copies yet"), "a copy no longer there is offered:\n%s", f.texts())
}

func (f *fixture) restoreButtons() int {
	n := 0
	for _, o := range f.objects() {
		if b, ok := o.(*widgets.Button); ok && b.Text == "Restore" {
			n++
		}
	}
	return n
}

// Issue #24, item 11: a failed copy said its data was safe twice.
func TestFailedCopySaysOnceTheDataIsSafe(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	f.sh.Push(f.sh.settingsScreens().SaveCopyPage())
	f.entries()[0].SetText(filepath.Join(t.TempDir(), "no such folder", "copy.db"))
	f.tap("Save the copy")
	f.bg.run()
	text := f.texts()
	safe := strings.Count(text, "Your data is safe and unchanged.") + strings.Count(text, "Your data itself is fine.")
	f.must(strings.Contains(text, "could not be saved there") && safe == 1, "said %d times:\n%s", safe, text)
}

// Issue #24, item 8: the helpers every screen shows errors through give
// a sentence in the person's language, with none of the error's own text.
func TestScreensShowNoRawErrorText(t *testing.T) {
	bundle := newTestBundle(t)
	_, notFound := os.Open(filepath.Join(t.TempDir(), "meetings.json"))
	errs := []error{
		fmt.Errorf("meetings: %w", notFound),
		&fs.PathError{Op: "open", Path: "/root/list.csv", Err: syscall.EACCES},
		&fs.PathError{Op: "write", Path: "/media/usb/x.db", Err: syscall.ENOSPC},
		errors.New("sql: database is closed"),
	}
	for _, lang := range []string{translations.English, "es"} {
		l := translations.NewLocalizer(bundle, lang)
		for _, err := range errs {
			for _, text := range []string{page.Reason(l, err), page.FailText(l, worksheets.MsgPlanFailed, err), meetingsui.ImportReason(l, err)} {
				for _, raw := range []string{err.Error(), "/", "no such file", "permission denied", "sql:", "Details"} {
					if strings.Contains(text, raw) {
						t.Errorf("%s: %q shows %q", lang, text, raw)
					}
				}
			}
		}
	}
}

// Issue #24, item 8, on the restore page in Spanish: a typed "~" path
// that is not there gets a Spanish sentence, no system text.
func TestRestoreOfAMissingFileSaysSoInSpanish(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	f := newFixture(t, map[store.Setting]string{store.SettingLanguage: "es"})
	f.sh.Go(page.SectionSettings)
	f.sh.Push(f.sh.RestorePage("~/meetings.db"))
	f.tap(f.sh.l.T(msgRsGo))
	test.Tap(f.dialogButton(f.sh.l.T(msgRsGo)))
	f.bg.run()
	text := f.texts()
	f.must(strings.Contains(text, "No se ha cambiado nada") && !strings.Contains(text, "no such file") && !strings.Contains(text, "There is no"), "the refusal:\n%s", text)
}

// damagedStart shows the window for a data folder whose file is damaged,
// with no copy in its backups folder.
func damagedStart(t *testing.T) (*fixture, string) {
	dir := t.TempDir()
	path := filepath.Join(dir, store.FileName)
	if err := storetest.Damaged(path); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	bg := &manualBackground{}
	sh := ShowStartupError(a, w, Deps{Bundle: newTestBundle(t), Help: loadHelp(t), Learn: loadLearn(t),
		StartErr: fmt.Errorf("open: %w", store.ErrDamaged), DataDir: dir, Background: bg})
	sh.bg = bg
	sh.idle.after = func(time.Duration, func()) {}
	w.Resize(startWindowSize)
	t.Cleanup(releaseHeld)
	return &fixture{t: t, app: a, win: w, sh: sh, bg: bg}, dir
}

// releaseHeld closes what a test's window opened after start-up.
func releaseHeld() {
	for _, d := range heldData {
		d.Close()
	}
	heldData = nil
}

// Issue #24, item 6: a damaged file with no backup is not a dead end.
// Starting again keeps the damaged file aside, renamed with the date and
// named on screen, and the window goes on in place with empty data.
func TestDamagedFileWithNoBackupCanStartAgain(t *testing.T) {
	f, dir := damagedStart(t)
	text := f.texts()
	f.must(strings.Contains(text, "Put back a copy from a file") && strings.Contains(text, "Start again with empty data"), "the ways on are not offered:\n%s", text)
	f.must(!strings.Contains(text, "restore your latest backup"), "it still points to a backup there is not:\n%s", text)
	f.must(strings.Contains(text, "Show details") && !strings.Contains(text, "store:"), "details are not behind Show details:\n%s", text)
	f.press(fyne.KeyF1)
	f.must(f.sh.InHelp(), "F1 does not open Get help now on the damaged-data screen")
	f.sh.Back()

	f.tap("Start with empty data")
	test.Tap(f.dialogButton("Start with empty data"))
	f.bg.run()
	aside, _ := filepath.Glob(filepath.Join(dir, "alongside-damaged-*.db"))
	f.must(len(aside) == 1, "the damaged file is not kept aside: %v", aside)
	f.must(strings.Contains(f.texts(), aside[0]), "its new name is not shown:\n%s", f.texts())
	f.must(f.sh.deps.StartErr == nil && f.sh.deps.Records != nil, "the window did not go on with the new data")
	_, err := f.sh.deps.Records.AddEntry(context.Background(), store.Entry{Text: "a new start"})
	f.must(err == nil, "the new data cannot be written: %v", err)
	f.escapes(3)
	f.must(f.sh.Hidden(), "Escape x3 does not hide after the fresh start")
}

// A copy saved elsewhere, typed with "~", is put back and opened in
// place: no closing and opening again.
func TestDamagedFileRestoresATypedFileInPlace(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	ctx := context.Background()
	good, err := store.Open(ctx, filepath.Join(t.TempDir(), store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := good.AddEntry(ctx, store.Entry{Text: "Worth keeping."}); err != nil {
		t.Fatal(err)
	}
	if err := good.Backup(ctx, filepath.Join(home, "copy.db")); err != nil {
		t.Fatal(err)
	}
	good.Close()
	f, _ := damagedStart(t)
	f.escapes(3)
	f.must(f.sh.Hidden(), "Escape x3 does not hide the damaged-data screen")
	f.sh.Reveal()
	f.entries()[0].SetText("~/copy.db")
	f.tap("Put back this copy")
	f.bg.run()
	f.must(f.sh.deps.StartErr == nil && f.sh.deps.Records != nil, "not opened in place:\n%s", f.texts())
	f.must(strings.Contains(f.texts(), "Your copy is back and open"), "no word that it is back:\n%s", f.texts())
	es, err := f.sh.deps.Records.Entries(ctx)
	f.must(err == nil && len(es) == 1 && es[0].Text == "Worth keeping.", "entries: %v %+v", err, es)
}

// Issue #24, item 11: a message that says how a press went appears below
// the buttons, never above them, so the next click lands where the
// person aimed it.
func TestSavedMessagesDoNotMoveTheButtons(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.win.Resize(fyne.NewSize(1000, 700))
	pos := func(b fyne.CanvasObject) fyne.Position {
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
	}
	for _, c := range []struct {
		name, button string
		open         func()
	}{
		{"safety plan", "Save my plan", func() { f.press(fyne.KeyF2) }},
		{"journal entry", "Save", func() { f.sh.Go(page.SectionJournal); f.tap("New entry") }},
		{"relapse plan", "Save", func() { f.sh.Go(page.SectionRelapse) }},
	} {
		f.reset()
		c.open()
		b := f.button(c.button)
		before := pos(b)
		test.Tap(b)
		f.bg.run()
		f.must(pos(b) == before, "%s: %q moved from %v to %v once its message showed", c.name, c.button, before, pos(b))
	}
}
