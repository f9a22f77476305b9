package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/records"
)

// The relapse plan's text fields, in the order they are on screen.
const (
	relSigns = iota
	relSay
	relNotDo
	relSafety
	relNaloxone
	relExpires
	relCall
	relWhere
)

// Typing in the plan survives another section, "It happened" and Back,
// and Save says it saved.
func TestRelapsePlanKeepsUnsavedTypingAcrossSections(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionRelapse)
	f.entries()[relCall].SetText("My sister Ana")
	f.sh.Go(page.SectionJournal)
	f.bg.run()
	f.sh.Go(page.SectionRelapse)
	f.must(f.entries()[relCall].Text == "My sister Ana", "the typing was lost on coming back")

	f.tap("It happened")
	for i := 0; i < 6; i++ {
		f.tap("Next")
	}
	f.must(strings.Contains(f.texts(), "My sister Ana"), "It happened does not show what was typed")
	f.sh.Back()
	f.must(f.entries()[relCall].Text == "My sister Ana", "the typing was lost after It happened")

	f.tap("Save")
	f.must(strings.Contains(f.texts(), "Your plan is saved."), "Save says nothing")
	p, _ := f.store.RelapsePlan(context.Background())
	f.must(p.WhoToCall == "My sister Ana", "not saved: %+v", p)
	ds, _ := f.store.Drafts(context.Background())
	f.must(len(ds) == 0, "the draft outlived Save: %+v", ds)
}

// What was typed a moment before the lock, or before a crash, comes back.
func TestRelapsePlanDraftSurvivesLockAndRestart(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionRelapse)
	f.entries()[relSay].SetText("We will talk tomorrow.")
	f.lockWith("kettle river blue morning") // at once: the pause after typing has not come
	f.entries()[0].SetText("kettle river blue morning")
	f.tap("Unlock")
	f.bg.run()
	f.sh.Go(page.SectionRelapse)
	f.must(f.entries()[relSay].Text == "We will talk tomorrow.", "the typing was lost with the lock")
	f.must(strings.Contains(f.texts(), "did not save is back here"), "no word that unsaved writing came back")

	f.entries()[relWhere].SetText("The family group on Tuesdays")
	f.bg.run()  // the pause after typing
	f.restart() // the same data, still open, as after a crash
	f.sh.Go(page.SectionRelapse)
	f.must(f.entries()[relWhere].Text == "The family group on Tuesdays", "the typing was lost after a restart")

	f.tap("Discard it")
	f.dialogButton("Discard it").OnTapped()
	f.must(f.entries()[relWhere].Text == "" && f.entries()[relSay].Text == "", "discard left the unsaved writing")
	ds, _ := f.store.Drafts(context.Background())
	f.must(len(ds) == 0, "discard left the draft: %+v", ds)
}

// With nothing written, each step says what the lessons suggest, and the
// last words do not claim a plan was followed.
func TestItHappenedWithNoPlanSuggestsAndEndsTruthfully(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionRelapse)
	f.tap("It happened")
	seen := ""
	for strings.Contains(f.texts(), "Next") {
		f.tap("Next")
		seen += f.texts()
	}
	for _, want := range []string{"We'll talk tomorrow", "Don't argue", "another room", "naloxone can reverse", "Tell at least one person", "Get help now lists"} {
		f.must(strings.Contains(seen, want), "no suggestion with %q", want)
	}
	f.tap("Record it")
	f.must(!strings.Contains(f.texts(), "followed your plan") && strings.Contains(f.texts(), "write your own plan"),
		"the closing words do not fit a missing plan")
}

// The expiry field asks in words, takes the month and year a pack prints,
// and the plan recalls a kit about to expire.
func TestNaloxoneExpiryMonthAndReminder(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.idle.now = func() time.Time { return time.Date(2027, 5, 10, 9, 0, 0, 0, time.Local) }
	f.sh.Go(page.SectionRelapse)
	exp := f.entries()[relExpires]
	f.must(exp.PlaceHolder != page.DateLayout && !strings.ContainsAny(exp.PlaceHolder, "0123456789"), "placeholder %q", exp.PlaceHolder)
	exp.SetText("2027-05")
	f.tap("Save")
	p, _ := f.store.RelapsePlan(context.Background())
	want := time.Date(2027, 5, 31, 0, 0, 0, 0, time.Local)
	f.must(p.NaloxoneExpires.Equal(want), "2027-05 stored as %v", p.NaloxoneExpires)
	f.must(strings.Contains(f.texts(), "Your naloxone expires on May 31, 2027"), "no reminder before expiry")
}

func TestNaloxoneReminder(t *testing.T) {
	l := translations.NewLocalizer(newTestBundle(t), translations.English)
	exp := time.Date(2027, 5, 31, 0, 0, 0, 0, time.Local)
	for _, c := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2027, 4, 1, 9, 0, 0, 0, time.Local), ""},
		{time.Date(2027, 5, 1, 9, 0, 0, 0, time.Local), "Your naloxone expires on May 31, 2027."},
		{time.Date(2027, 5, 31, 23, 0, 0, 0, time.Local), "Your naloxone expires on May 31, 2027."},
		{time.Date(2027, 6, 2, 9, 0, 0, 0, time.Local), "Your naloxone expired on May 31, 2027."},
	} {
		got := records.NaloxoneReminder(l, store.RelapsePlan{NaloxoneExpires: exp}, c.now)
		if !strings.HasPrefix(got, c.want) || (c.want == "") != (got == "") {
			t.Errorf("on %v: %q, want %q…", c.now, got, c.want)
		}
	}
	if got := records.NaloxoneReminder(l, store.RelapsePlan{}, time.Now()); got != "" {
		t.Errorf("no date: %q", got)
	}
}
