package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/journal"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// Saving an entry leaves no draft behind, and the list offers none: a
// saved draft is gone.
func TestJournalSaveLeavesNoPhantomDraft(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.tap("New entry")
	f.entries()[0].SetText("We argued about the car keys")
	f.bg.run() // the pause after typing: a draft is kept
	f.entries()[0].SetText("We argued about the car keys, then made up")
	f.tap("Save")
	f.bg.run() // anything still scheduled
	ds, _ := f.store.Drafts(context.Background())
	f.must(len(ds) == 0, "a draft is left after Save: %+v", ds)
	f.must(!strings.Contains(f.texts(), "Continue writing"), "the list offers the saved writing as a draft")
	es, _ := f.store.Entries(context.Background())
	f.must(len(es) == 1, "%d entries saved", len(es))

	// A second save of an edit: still no draft, still one entry.
	f.journalList().Select(0)
	f.entries()[0].SetText("Changed after a walk")
	f.bg.run()
	f.tap("Save")
	f.bg.run()
	ds, _ = f.store.Drafts(context.Background())
	es, _ = f.store.Entries(context.Background())
	f.must(len(ds) == 0 && len(es) == 1 && es[0].Text == "Changed after a walk", "after an edit: %d drafts, entries %+v", len(ds), es)
	f.must(!strings.Contains(f.texts(), "Continue writing"), "the list offers the saved edit as a draft")
}

// A draft left over from an entry that was saved (as the old phantom
// drafts were) is not offered, and a draft of an existing entry edits
// it: Continue then Save never makes a copy.
func TestJournalDraftNeverDuplicatesAnEntry(t *testing.T) {
	f := newFixture(t, nil)
	ctx := context.Background()
	at := time.Date(2026, 11, 3, 20, 15, 0, 0, time.Local)
	id, err := f.store.AddEntry(ctx, store.Entry{Text: "He came home late", At: at, Mood: 2})
	if err != nil {
		t.Fatal(err)
	}
	// The phantom: the same words, kept as a new entry's draft.
	if err := f.store.SaveDraft(ctx, store.Draft{Kind: journal.DraftKind, Ref: 0, Text: journal.EncodeDraft(store.Entry{Text: "He came home late", At: at, Mood: 2})}); err != nil {
		t.Fatal(err)
	}
	// A phantom kept a moment before the last words were typed and saved.
	if _, err := f.store.AddEntry(ctx, store.Entry{Text: "We talked, calmly, for once", At: at.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := f.store.SaveDraft(ctx, store.Draft{Kind: journal.DraftKind, Ref: 0, Text: journal.EncodeDraft(store.Entry{Text: "We talked, calm", At: at.Add(time.Hour)})}); err != nil {
		t.Fatal(err)
	}
	// Unsaved changes to that entry, kept before a crash.
	if err := f.store.SaveDraft(ctx, store.Draft{Kind: journal.DraftKind, Ref: id, Text: journal.EncodeDraft(store.Entry{ID: id, Text: "He came home late, and quiet", At: at, Mood: 2})}); err != nil {
		t.Fatal(err)
	}
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	ds, _ := f.store.Drafts(ctx)
	f.must(len(ds) == 1 && ds[0].Ref == id, "the leftover draft was not dropped: %+v", ds)
	// Continue edits the entry.
	f.tap("Continue writing")
	f.tap("Save")
	f.bg.run()
	es, _ := f.store.Entries(ctx)
	ds, _ = f.store.Drafts(ctx)
	f.must(len(es) == 2 && es[1].Text == "He came home late, and quiet" && len(ds) == 0, "after Continue and Save: entries %+v, drafts %d", es, len(ds))
	f.must(!strings.Contains(f.texts(), "Continue writing"), "a draft is still offered")

	// Writing on a new entry whose draft was kept, then saved from a
	// second editor continuing that draft: the first editor's Save
	// updates the entry, never adds a copy.
	f.tap("New entry")
	f.entries()[0].SetText("First words")
	f.bg.run() // kept as a draft
	first := f.sh.stack[len(f.sh.stack)-1]
	f.sh.Back()               // left without saving: the draft is offered
	f.tap("Continue writing") // a second editor of the same writing
	f.entries()[0].SetText("First words, and more")
	f.tap("Save")
	f.sh.Push(first) // the first editor, as if still open elsewhere
	f.entries()[0].SetText("First words, changed")
	f.tap("Save")
	es, _ = f.store.Entries(ctx)
	f.must(len(es) == 3, "the same writing was saved as %d entries: %+v", len(es)-2, es)
}

// Get help now over the editor, then the journal chosen again: the
// writing is not lost from sight. Either the editor shows again, or the
// list offers the draft at once.
func TestHelpThenJournalKeepsTheWriting(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.tap("New entry")
	f.entries()[0].SetText("Typed just before I needed help")
	f.press(fyne.KeyF1)
	f.must(f.sh.InHelp(), "F1 does not open Get help now")
	f.press(fyne.Key3, ctrl)
	f.must(!f.sh.InHelp() && f.sh.Current() == page.SectionJournal, "Ctrl+3 does not show the journal")
	txt := f.texts()
	editor := false
	for _, e := range f.entries() {
		if e.Text == "Typed just before I needed help" {
			editor = true
		}
	}
	f.must(editor || strings.Contains(txt, "Continue writing"), "the writing is neither shown nor offered")
	if !editor {
		f.tap("Continue writing")
		f.must(f.entries()[0].Text == "Typed just before I needed help", "the draft did not come back")
	}
	f.tap("Save")
	f.bg.run()
	es, _ := f.store.Entries(context.Background())
	ds, _ := f.store.Drafts(context.Background())
	f.must(len(es) == 1 && len(ds) == 0, "after saving: %d entries, %d drafts", len(es), len(ds))
}

// The list keeps most of the height: the filters fold into one line, and
// neither they, nor a draft, nor On this day make the window grow.
func TestJournalListKeepsTheHeight(t *testing.T) {
	f := newFixture(t, nil)
	ctx := context.Background()
	long := "A year ago today we sat in the car outside the clinic and talked about everything that had happened."
	for i := range 3 {
		if _, err := f.store.AddEntry(ctx, store.Entry{Text: long, Mood: 2, At: time.Now().AddDate(-1-i, 0, 0)}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 30 {
		f.addEntry(fmt.Sprintf("Entry number %d about a long and tiring day", i))
	}
	if err := f.store.SaveDraft(ctx, store.Draft{Kind: journal.DraftKind, Text: journal.EncodeDraft(store.Entry{Text: "Half a thought", At: time.Now()})}); err != nil {
		t.Fatal(err)
	}
	for _, size := range []fyne.Size{fyne.NewSize(360, 740), fyne.NewSize(1000, 700)} {
		f.win.Resize(size)
		f.sh.Go(page.SectionJournal)
		f.bg.run()
		f.must(strings.Contains(f.texts(), "Filters: any mood, any tag, any date"), "no one-line summary of the filters")
		f.tap("Show filters")
		f.must(f.selectOn("Any tag") != nil, "the filters do not show")
		f.win.Resize(size)
		if got := f.win.Canvas().Size(); got.Height > size.Height || got.Width > size.Width {
			t.Errorf("%v: the window grew to %v", size, got)
		}
		if min := f.win.Content().MinSize(); min.Height > size.Height {
			t.Errorf("%v: the window needs %.0f px high", size, min.Height)
		}
		list := f.journalList()
		if h := list.Size().Height; h < size.Height*0.4 {
			t.Errorf("%v: the list has %.0f px of %.0f", size, h, size.Height)
		}
		// A filter reached by Tab scrolls into view above the list.
		to := f.entryWith("2026-12-31")
		f.win.Canvas().Focus(to)
		d := fyne.CurrentApp().Driver()
		if y, lim := d.AbsolutePositionForObject(to).Y+to.Size().Height, d.AbsolutePositionForObject(list).Y; y > lim+1 {
			t.Errorf("%v: the focused date field ends at %.0f px, under the top of the list at %.0f", size, y, lim)
		}
		f.win.Canvas().Unfocus()
		f.tap("Hide filters")
		f.must(strings.Contains(f.texts(), "Filters: any mood, any tag, any date"), "the summary does not come back")
		if h := f.journalList().Size().Height; h < size.Height*0.5 {
			t.Errorf("%v, filters folded: the list has %.0f px of %.0f", size, h, size.Height)
		}
	}
	// The summary says which filters are on.
	f.tap("Show filters")
	f.selectOn("Any mood").SetSelectedIndex(2)
	f.must(strings.Contains(f.texts(), "Filters: 2 · Low, any tag, any date"), "the summary does not name the mood")
}

// Tab reaches New entry before the list.
func TestJournalNewEntryComesFirst(t *testing.T) {
	f := newFixture(t, nil)
	f.addEntry("Something")
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	add, list := -1, -1
	for i, o := range f.objects() {
		switch w := o.(type) {
		case *widgets.Button:
			if w.Text == "New entry" && add < 0 {
				add = i
			}
		case *widgets.List:
			if list < 0 {
				list = i
			}
		}
	}
	f.must(add >= 0 && list >= 0 && add < list, "New entry at %d, the list at %d in the focus order", add, list)
}

// flakyRecords fails Home's readings of the recent entries, as a store
// still busy just after unlocking might.
type flakyRecords struct {
	Records
	fails int
}

func (r *flakyRecords) RecentEntries(ctx context.Context, n int) ([]store.Entry, error) {
	if r.fails > 0 {
		r.fails--
		return nil, errors.New("busy")
	}
	return r.Records.RecentEntries(ctx, n)
}

// Home's recent entries fill in once the journal is read, even when its
// own reading failed; and an entry saved later shows there.
func TestHomeRecentEntriesFillIn(t *testing.T) {
	f := newUnbuiltFixture(t, nil)
	if _, err := f.store.AddEntry(context.Background(), store.Entry{Text: "A quiet walk by the river", Mood: 3, At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	f.deps.Records = &flakyRecords{Records: f.store, fails: 100}
	f.sh = Create(f.app, f.win, f.deps)
	f.useManualBackground()
	f.win.Resize(startWindowSize)
	f.bg.run()
	f.must(strings.Contains(f.texts(), "A quiet walk by the river"), "Home does not list the entry")

	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.tap("New entry")
	f.entries()[0].SetText("Dinner was calm tonight")
	f.tap("Save")
	f.sh.Go(page.SectionHome)
	f.must(strings.Contains(f.texts(), "Dinner was calm tonight"), "Home does not list the new entry at once")
}

// An entry written from a lesson's question is listed by the person's
// own words, and saving it says so.
func TestLessonEntryShowsOwnWordsAndSaved(t *testing.T) {
	f := newFixture(t, nil)
	var m = f.deps.Learn.Modules(translations.English)[0]
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().LessonPage(m, 0))
	question := m.Lessons[0].Prompts[0].Text
	f.tap("Write about this")
	text := f.entries()[0]
	f.must(strings.HasPrefix(text.Text, question), "the question is not in the entry: %q", text.Text)
	text.SetText(text.Text + "I think I have been carrying this alone.")
	f.tap("Save")
	f.must(strings.Contains(f.texts(), "Saved"), "saving from a lesson says nothing")
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.journalList()
	txt := f.texts()
	f.must(strings.Contains(txt, "I think I have been carrying this alone."), "the list does not show the person's words")
	f.must(!strings.Contains(txt, page.Snippet(question, 200)), "the list shows the lesson's question")
	f.sh.Go(page.SectionHome)
	f.bg.run()
	f.must(strings.Contains(f.texts(), "I think I have been carrying this alone."), "Home does not show the person's words:\n%s", f.texts())
}

// The command line and the window use the same words for moods.
func TestCLIMoodWordsAreTheWindows(t *testing.T) {
	b := newTestBundle(t)
	for _, lang := range translations.Supported {
		l := translations.NewLocalizer(b, lang)
		for _, id := range []string{"CLI.Help.Journal", "CLI.Journal.BadMood"} {
			text := strings.ToLower(l.ID(id))
			for i := 1; i <= 5; i++ {
				_, word, _ := strings.Cut(l.T(content.MoodNames[i]), " · ")
				if want := fmt.Sprintf("%d %s", i, strings.ToLower(word)); !strings.Contains(text, want) {
					t.Errorf("%s %s does not say %q: %s", lang, id, want, text)
				}
			}
		}
	}
}

// Quoted words and a * work in the journal's search, and a search that
// finds nothing says how search works.
func TestJournalSearchPhrasesAndHint(t *testing.T) {
	f := newFixture(t, nil)
	f.addEntry("Last night he drank again and I felt alone.")
	f.addEntry("He never drank tea.")
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	search := f.entryWith("Search your journal")
	search.SetText(`"he drank"`)
	f.must(strings.Contains(f.texts(), "1 entry"), "a quoted phrase does not find its entry")
	search.SetText("felt*")
	f.must(strings.Contains(f.texts(), "1 entry"), "a word with * does not find its entry")
	search.SetText("nothing like it")
	f.must(strings.Contains(f.texts(), "Put words in quotes"), "a search with no match does not say how search works")
}

// A lesson's question and the line naming the lesson are left out of
// what lists show, in every language, and also when the entry was
// written in English and is read in another language.
func TestOwnWordsLeaveTheQuestionOut(t *testing.T) {
	b := newTestBundle(t)
	en := translations.NewLocalizer(b, translations.English)
	for _, lang := range translations.Supported {
		l := translations.NewLocalizer(b, lang)
		for _, from := range []*translations.Localizer{l, en} {
			text := "What do you need?\n" + from.T(journal.MsgFromLesson, map[string]any{"Lesson": "Looking after yourself"}) + "\n\nSleep, mostly."
			if got := journal.EntryWords(l, text); got != "Sleep, mostly." {
				t.Errorf("%s: %q", lang, got)
			}
			if got := journal.OwnWords(l, strings.TrimSuffix(text, "Sleep, mostly.")); got != "" {
				t.Errorf("%s: own words of the question alone: %q", lang, got)
			}
		}
	}
	if got := journal.EntryWords(en, "Just a line\nand another\n\nand more"); got != "Just a line\nand another\n\nand more" {
		t.Errorf("plain text changed: %q", got)
	}
}
