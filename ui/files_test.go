package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/store"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
)

// fileDialogName is the file name field of Fyne's save dialog on screen,
// or nil when there is none.
func (f *fixture) fileDialogName() *widget.Entry {
	var found *widget.Entry
	for _, o := range f.win.Canvas().Overlays().List() {
		walk(o, func(o fyne.CanvasObject) {
			if e, ok := o.(*widget.Entry); ok && found == nil {
				found = e
			}
		})
	}
	return found
}

// fyneButton is a button of one of Fyne's own dialogs (the file dialogs
// and the question they ask before replacing a file).
func (f *fixture) fyneButton(text string) *widget.Button {
	f.t.Helper()
	var found *widget.Button
	for _, o := range f.win.Canvas().Overlays().List() {
		walk(o, func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && b.Text == text {
				found = b
			}
		})
	}
	if found == nil {
		f.t.Fatalf("no button %q in a dialog; texts:\n%s", text, f.texts())
	}
	return found
}

// topTexts are the texts of the dialog on top.
func (f *fixture) topTexts() string {
	var b strings.Builder
	walk(f.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if t := textOf(o); t != "" {
			b.WriteString(t + "\n")
		}
	})
	return b.String()
}

// homeWithDownloads is a home folder, with a Downloads folder when asked.
func homeWithDownloads(t *testing.T, downloads bool) (home, dir string) {
	home = t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	dir = home
	if downloads {
		dir = filepath.Join(home, "Downloads")
		if err := os.Mkdir(dir, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	return home, dir
}

func names(dir string) []string {
	es, _ := os.ReadDir(dir)
	var out []string
	for _, e := range es {
		if !strings.HasPrefix(e.Name(), ".") { // caches the test driver makes
			out = append(out, e.Name())
		}
	}
	return out
}

var fileDay = time.Date(2026, 12, 7, 15, 0, 0, 0, time.Local)

// The PDF summary asks where to save it, starting in Downloads, under a
// name that says nothing of what it is; a second one of the same day
// asks before replacing the first.
func TestSummaryAsksWhereToSave(t *testing.T) {
	home, downloads := homeWithDownloads(t, true)
	f := newFixture(t, nil)
	f.sh.idle.now = func() time.Time { return fileDay }
	f.addBoundary()
	f.sh.Go(page.SectionSettings)
	for _, part := range []string{"Trigger maps", "Rewards and weekly check-ins", "Boundaries and how they held", "Self-care"} {
		f.must(f.checkWith(part).Checked, "the summary's %q is not ticked at first", part)
	}
	f.tap("Write the PDF summary")
	test.Tap(f.dialogButton("Write the file"))
	f.bg.run()
	f.must(len(names(downloads)) == 0, "written before the person chose where: %v", names(downloads))
	name := f.fileDialogName()
	f.must(name != nil && name.Text == "notes-2026-12-07.pdf", "the save dialog's name: %v", name)
	test.Tap(f.fyneButton("Save"))
	f.bg.run()
	path := filepath.Join(downloads, "notes-2026-12-07.pdf")
	data, err := os.ReadFile(path)
	st, _ := os.Stat(path)
	f.must(err == nil && strings.HasPrefix(string(data), "%PDF") && st.Mode().Perm() == 0o600, "the PDF: %v, mode %v", err, st)
	f.must(len(names(home)) == 1, "the home folder holds %v", names(home))
	f.must(strings.Contains(f.topTexts(), "File saved") && !strings.Contains(f.topTexts(), "A summary for your counsellor"), "the saved box:\n%s", f.topTexts())

	// The same day again: Fyne asks before replacing it.
	f.sh.closeOverlays()
	f.tap("Write the PDF summary")
	test.Tap(f.dialogButton("Write the file"))
	test.Tap(f.fyneButton("Save"))
	f.must(strings.Contains(f.texts(), "overwrite"), "no question before replacing the PDF:\n%s", f.texts())
	f.must(len(f.bg.pending) == 0, "the PDF is being written before the person said yes")
}

// Nothing ticked: the summary says to tick something.
func TestSummaryNeedsSomethingTicked(t *testing.T) {
	homeWithDownloads(t, true)
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	for _, c := range []string{"Boundaries and how they held", "Conversations", "Relapse plan", "Trigger maps", "Rewards and weekly check-ins",
		"Solving a problem", "Mood", "Self-care"} {
		f.checkWith(c).SetChecked(false)
	}
	f.tap("Write the PDF summary")
	f.must(strings.Contains(f.texts(), "Tick at least one thing"), "no word that nothing is ticked:\n%s", f.texts())
}

// The Markdown export asks where too, and holds the safety plan.
func TestExportAsksWhereToSave(t *testing.T) {
	_, downloads := homeWithDownloads(t, true)
	f := newFixture(t, nil)
	f.sh.idle.now = func() time.Time { return fileDay }
	f.must(f.store.SaveSafetyPlan(context.Background(), store.SafetyPlan{CodeWord: "pineapple"}) == nil, "saving the plan")
	f.sh.Go(page.SectionSettings)
	f.tap("Export everything as text (Markdown)")
	test.Tap(f.dialogButton("Write the file"))
	name := f.fileDialogName()
	f.must(name != nil && name.Text == "notes-2026-12-07.md", "the save dialog's name: %v", name)
	test.Tap(f.fyneButton("Save"))
	f.bg.run()
	data, err := os.ReadFile(filepath.Join(downloads, "notes-2026-12-07.md"))
	f.must(err == nil && strings.Contains(string(data), "pineapple"), "the export: %v\n%s", err, data)
}

// With no Downloads folder, a meeting's calendar file is not put in the
// home folder unasked: the dialog starts there, and the person chooses.
func TestCalendarFileAsksWhereToSave(t *testing.T) {
	home, _ := homeWithDownloads(t, false)
	f := newFixture(t, nil)
	now := f.meetingsAt()
	f.importSample()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.sh.Push(f.sh.meetingScreens().MeetingPage("tue-online"))
	f.tap("Add to calendar")
	f.bg.run()
	f.must(len(names(home)) == 0, "written before the person chose where: %v", names(home))
	name := f.fileDialogName()
	want := "event-" + now.Format(page.DateLayout) + ".ics"
	f.must(name != nil && name.Text == want, "the save dialog's name: %v, want %s", name, want)
	test.Tap(f.fyneButton("Save"))
	f.bg.run()
	ics, err := os.ReadFile(filepath.Join(home, want))
	f.must(err == nil && strings.Contains(string(ics), "RRULE:FREQ=WEEKLY"), "calendar file: %v\n%s", err, ics)
	f.must(strings.Contains(f.topTexts(), "Open it"), "no offer to open it:\n%s", f.topTexts())
}

// Import offers a file dialog, and a typed path may start with "~".
func TestImportChoosesOrTypesAFile(t *testing.T) {
	home, _ := homeWithDownloads(t, true)
	f := newFixture(t, nil)
	f.sh.Go(page.SectionMeetings)
	f.sh.Push(f.sh.meetingScreens().ImportPage(store.Feed{}))
	f.tap("Choose a file…")
	f.must(strings.Contains(f.texts(), "Choose a meeting list (JSON or CSV)"), "no file dialog:\n%s", f.texts())
	test.Tap(f.fyneButton("Cancel"))
	f.must(os.WriteFile(filepath.Join(home, "list.json"), []byte(sampleFeed), 0o600) == nil, "writing the list")
	f.entryWith(f.sh.l.T(meetingsui.MsgSourceExample)).SetText("~/list.json")
	f.tap("Import")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Imported 3 meetings") || strings.Contains(f.texts(), "Import with this answer"), "the typed ~ path was not read:\n%s", f.texts())
}

// A folder that no program opens is shown, ready to copy; no web browser
// is mentioned.
func TestOpenFolderShowsThePathWhenNothingOpensIt(t *testing.T) {
	f := newFixture(t, nil)
	var opened string
	old := page.SystemOpen
	t.Cleanup(func() { page.SystemOpen = old })
	page.SystemOpen = func(p string) error { opened = p; return errors.New("no opener") }
	f.sh.OpenPath("/some/folder")
	f.bg.run()
	f.must(opened == "/some/folder", "the system's opener was given %q", opened)
	txt := f.topTexts()
	f.must(strings.Contains(txt, "Could not open it") && strings.Contains(txt, "/some/folder") && !strings.Contains(txt, "web browser"), "the box:\n%s", txt)
	test.Tap(f.dialogButton("Copy where it is"))
	f.must(f.app.Clipboard().Content() == "/some/folder", "copied %q", f.app.Clipboard().Content())

	f.sh.closeOverlays()
	// Settings' own Open folder goes the same way: the file manager, or the path.
	f.sh.Go(page.SectionSettings)
	opened = ""
	f.tap("Open folder")
	f.bg.run()
	f.must(opened == f.sh.deps.DataDir && strings.Contains(f.topTexts(), "Copy where it is"), "Settings' Open folder: opened %q, box:\n%s", opened, f.topTexts())
	f.sh.closeOverlays()

	page.SystemOpen = func(string) error { return nil }
	failed := false
	f.sh.kit().OpenFolder("/some/folder", func() { failed = true })
	f.bg.run()
	f.must(!failed && f.win.Canvas().Overlays().Top() == nil, "a folder that opened is reported as not opened")
}

// The healthy map's example is not the using map's.
func TestHealthyMapHasItsOwnExample(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionWorksheets)
	f.sh.Push(f.sh.worksheetScreens().TriggerMapPage(store.TriggerMap{Kind: store.MapSober}))
	f.must(!strings.Contains(f.texts(), "Friday after work"), "the healthy map's example is a time of using:\n%s", f.texts())
}

// With the save dialog open and nothing in it focused, F1 and Escape
// three times still work.
func TestWindowKeysWorkOverTheSaveDialog(t *testing.T) {
	homeWithDownloads(t, true)
	for _, k := range windowKeys[:2] {
		f := newFixture(t, nil)
		f.sh.Go(page.SectionSettings)
		f.tap("Write the PDF summary")
		test.Tap(f.dialogButton("Write the file"))
		f.must(f.fileDialogName() != nil, "no save dialog")
		f.win.Canvas().Unfocus()
		before := f.sh.Top()
		k.press(f)
		f.must(k.check(f, before), "%s does nothing over the save dialog", k.name)
		if k.name == "F1" {
			f.must(f.fileDialogName() == nil, "the save dialog stays over Get help now")
		}
	}
}

// Issue #24, item 4: a copy of the data is saved where the person picks
// in the save dialog, under a name that says nothing of the app; the
// restore page chooses its file in the open dialog.
func TestCopyAndRestoreChooseTheirFiles(t *testing.T) {
	_, downloads := homeWithDownloads(t, true)
	f := newFixture(t, nil)
	f.sh.idle.now = func() time.Time { return fileDay }
	f.addEntry("Keep me safe.")
	f.sh.Go(page.SectionSettings)
	f.sh.Push(f.sh.settingsScreens().SaveCopyPage())
	f.tap("Choose where and save…")
	f.must(strings.Contains(f.topTexts(), "Where to save the copy"), "no save dialog:\n%s", f.topTexts())
	name := f.fileDialogName()
	f.must(name != nil && name.Text == "copy-2026-12-07.db", "the copy's name: %v", name)
	test.Tap(f.fyneButton("Save"))
	f.bg.run()
	path := filepath.Join(downloads, "copy-2026-12-07.db")
	st, err := os.Stat(path)
	f.must(err == nil && st.Size() > 0, "no copy at %s: %v (%v)", path, err, names(downloads))
	f.must(strings.Contains(f.texts(), "Backed up to "+path), "no word of the copy:\n%s", f.texts())

	f.sh.Back()
	f.sh.Push(f.sh.RestorePage(""))
	f.tap("Choose a file…")
	f.must(strings.Contains(f.topTexts(), "Choose the copy to put back"), "no open dialog:\n%s", f.topTexts())
	test.Tap(f.fyneButton("Cancel"))
	f.must(f.entries()[0].Text == "", "cancelling filled in a file: %q", f.entries()[0].Text)
}
