package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/store/storetest"
	"github.com/alongside-app/alongside/ui/page"
)

func TestBackUpNowThenRestoreIt(t *testing.T) {
	f := newFixture(t, nil)
	var restored *store.Store
	f.sh.deps.Restored = func(s *store.Store) { restored = s }
	f.addEntry("Before the backup.")
	f.sh.Go(page.SectionSettings)
	f.tap("Back up now")
	f.bg.run()
	infos, err := store.ListBackups(f.store.BackupsDir())
	f.must(err == nil && len(infos) == 1, "backups: %v %v", infos, err)
	f.must(strings.Contains(f.texts(), "Backed up to "+infos[0].Path), "no word that the copy was made:\n%s", f.texts())
	f.must(strings.Contains(f.texts(), f.sh.l.Date(infos[0].Time)), "the copy is not listed:\n%s", f.texts())

	f.addEntry("After the backup.")
	f.sh.Push(f.sh.RestorePage(infos[0].Path))
	f.tap("Restore this backup")
	test.Tap(f.dialogButton("Restore this backup"))
	f.bg.run()
	f.must(restored != nil, "main was not told of the restored store")
	t.Cleanup(func() { restored.Close() })
	es, err := restored.Entries(context.Background())
	f.must(err == nil && len(es) == 1 && es[0].Text == "Before the backup.", "after the restore: %v %+v", err, es)
	f.must(f.sh.deps.Records.(*store.Store) == restored, "the window does not use the restored store")
}

func TestRestoreRefusesAForeignFileAndChangesNothing(t *testing.T) {
	f := newFixture(t, nil)
	f.addEntry("Keep me.")
	bad := filepath.Join(t.TempDir(), "notes.db")
	f.must(os.WriteFile(bad, []byte("this is not a database at all, just words"), 0o600) == nil, "write")
	f.sh.Go(page.SectionSettings)
	f.sh.Push(f.sh.RestorePage(bad))
	f.tap("Restore this backup")
	test.Tap(f.dialogButton("Restore this backup"))
	f.bg.run()
	f.must(strings.Contains(f.texts(), "not restored") || strings.Contains(f.texts(), "Nothing was changed"), "no clear refusal:\n%s", f.texts())
	es, _ := f.store.Entries(context.Background())
	f.must(len(es) == 1 && es[0].Text == "Keep me.", "the data changed: %+v", es)
}

func TestSummaryPDFWarnsThenWrites(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	f := newFixture(t, nil)
	f.addBoundary()
	f.sh.Go(page.SectionSettings)
	f.tap("Write the PDF summary")
	f.must(strings.Contains(f.texts(), "will not be protected"), "no warning before writing:\n%s", f.texts())
	test.Tap(f.dialogButton("Write the file"))
	test.Tap(f.fyneButton("Save"))
	f.bg.run()
	matches, _ := filepath.Glob(filepath.Join(home, "notes-*.pdf"))
	f.must(len(matches) == 1, "no PDF in %s", home)
	data, err := os.ReadFile(matches[0])
	st, _ := os.Stat(matches[0])
	f.must(err == nil && strings.HasPrefix(string(data), "%PDF") && st.Mode().Perm() == 0o600, "the PDF: %v, mode %v", err, st.Mode())
}

func TestDamagedFileOffersTheLatestGoodCopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, store.FileName)
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddEntry(ctx, store.Entry{Text: "Worth keeping."}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AutoBackup(ctx, time.Now()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		os.Remove(p)
	}
	if err := storetest.Damaged(path); err != nil { // a data file gone bad since
		t.Fatal(err)
	}
	openErr := fmt.Errorf("open: %w", store.ErrDamaged) // as datadir.Open reports it
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	sh := ShowStartupError(a, w, Deps{Bundle: newTestBundle(t), Help: loadHelp(t), StartErr: openErr, DataDir: dir})
	bg := &manualBackground{}
	sh.bg = bg
	f := &fixture{t: t, app: a, win: w, sh: sh, bg: bg}
	test.Tap(f.button("Put back that copy"))
	bg.run()
	f.must(strings.Contains(f.texts(), "Your copy is back"), "no word that the copy is back:\n%s", f.texts())
	s, err = store.Open(ctx, path)
	f.must(err == nil, "the restored data does not open: %v", err)
	defer s.Close()
	es, _ := s.Entries(ctx)
	f.must(len(es) == 1 && es[0].Text == "Worth keeping.", "restored entries: %+v", es)
}

func TestExportAsMarkdownWarnsThenWrites(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	f := newFixture(t, nil)
	f.addEntry("A private line.")
	f.sh.Go(page.SectionSettings)
	f.tap("Export everything as text (Markdown)")
	test.Tap(f.dialogButton("Write the file"))
	test.Tap(f.fyneButton("Save"))
	f.bg.run()
	matches, _ := filepath.Glob(filepath.Join(home, "*.md"))
	f.must(len(matches) == 1, "no export in %s", home)
	data, _ := os.ReadFile(matches[0])
	f.must(strings.Contains(string(data), "A private line."), "the export lacks the entry")
}
