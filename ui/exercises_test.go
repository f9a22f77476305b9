package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/ui/page"
)

// The builder's first step is kept with the boundary, as what keeps
// happening, and not under "Why it matters to me": that field holds the
// fourth step's answer alone. The boundary's page and its form show it,
// and the form changes it.
func TestBoundaryBuilderKeepsStepOneAsSituation(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().BoundaryBuilderPage())
	f.tap("No") // the safety question
	es := f.entries()
	es[0].SetText("He comes home drunk on Fridays")
	es[1].SetText("come home drunk")
	es[2].SetText("sleep at my sister's")
	es[3].SetText("I need to feel safe at night")
	f.checkWith("I can do this every time, and it keeps me safe").SetChecked(true)
	f.tap("Save this boundary")
	bs, _ := f.store.Boundaries(context.Background())
	f.must(len(bs) == 1, "not saved")
	f.must(bs[0].Situation == "He comes home drunk on Fridays", "Situation is %q", bs[0].Situation)
	f.must(bs[0].Why == "I need to feel safe at night", "Why is %q", bs[0].Why)
	f.must(bs[0].Text == "If you come home drunk, I will sleep at my sister's.", "the boundary is %q", bs[0].Text)
	f.must(!strings.Contains(f.texts(), "not saved"), "the first step still says it is not saved")

	f.sh.Go(page.SectionBoundaries)
	f.sh.Push(f.sh.recordScreens().BoundaryPage(bs[0].ID))
	f.must(strings.Contains(f.texts(), "What keeps happening") && strings.Contains(f.texts(), "He comes home drunk on Fridays"),
		"the boundary's page does not show what keeps happening:\n%s", f.texts())
	f.tap("Edit")
	es = f.entries()
	f.must(strings.Contains(f.texts(), "What keeps happening") && es[1].Text == "He comes home drunk on Fridays",
		"the form does not show what keeps happening in its second field (%q)", es[1].Text)
	es[1].SetText("He comes home drunk on Fridays and Saturdays")
	f.tap("Save")
	bs, _ = f.store.Boundaries(context.Background())
	f.must(len(bs) == 1 && bs[0].Situation == "He comes home drunk on Fridays and Saturdays" && bs[0].Why == "I need to feel safe at night",
		"after editing: %+v", bs)
}

// The self-check says which situation has no answer, and takes the
// keyboard to it.
func TestEnablingCheckSaysWhichSituationIsUnanswered(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	f.openEnablingCheck("18 or older")
	choices := f.radiosWith("Often")
	for i, c := range choices {
		if i != 2 {
			c.Pick(0)
		}
	}
	f.tap("See my result")
	third := page.Snippet(f.sh.l.T(content.EnablingSituations()[2].Text), 60)
	f.must(strings.Contains(f.texts(), "It is number 3: \""+third+"\""), "the message does not say which situation")
	f.must(f.win.Canvas().Focused() == fyne.Focusable(choices[2]), "the keyboard is not on the unanswered situation (%T)", f.win.Canvas().Focused())
}

// A self-care rating chosen by mistake can be taken away again.
func TestSelfCareRatingCanBeCleared(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.SelfCarePage())
	f.bg.run()
	f.areaSelect(0).SetSelectedIndex(4)
	f.areaSelect(1).SetSelectedIndex(6)
	f.tap("Clear")
	f.must(f.areaSelect(0).SelectedIndex() < 0, "the first rating was not cleared")
	f.tap("Save my rating")
	rs, _ := f.store.SelfCareRatings(context.Background(), time.Time{}, time.Time{})
	f.must(len(rs) == 1 && len(rs[0].Scores) == 1, "saved %+v", rs)
}
