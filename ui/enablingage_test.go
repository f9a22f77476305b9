package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/learn"
)

// answerCheck answers every situation "rarely", except those given.
func (f *fixture) answerCheck(answers map[string]int) {
	f.t.Helper()
	choices := f.radiosWith(f.sh.l.T(learn.MsgOften))
	sits := content.EnablingSituations()
	f.must(len(choices) == len(sits), "%d answer rows, want %d", len(choices), len(sits))
	for i, c := range choices {
		c.Pick(answers[sits[i].ID])
	}
}

// The self-check asks first, once, whether the loved one is under 18; the
// situations show once it is answered, and the answer is kept (sealed) for
// the next visit, which does not ask again.
func TestEnablingCheckAsksTheAgeOnceAndKeepsIt(t *testing.T) {
	f := newFixture(t, nil)
	f.openEnablingCheck("")
	txt := f.texts()
	f.must(strings.Contains(txt, "First: is the person you are thinking of under 18?"), "no age question:\n%s", txt)
	f.must(len(f.radiosWith("Often")) == 0, "the situations show before the age is answered")
	f.tap("Under 18")
	f.bg.run()
	if a, err := f.store.LovedOneAge(context.Background()); err != nil || a != store.AgeUnder18 {
		t.Fatalf("kept %q, %v", a, err)
	}
	f.must(len(f.radiosWith("Often")) == len(content.EnablingSituations()), "the situations do not show after the answer")
	f.must(strings.Contains(f.texts(), "For a child under 18, this is part of parenting: it is not counted in your score."),
		"checking up is not marked as parenting for a minor")

	f.restart()
	f.openEnablingCheck("")
	txt = f.texts()
	f.must(!strings.Contains(txt, "First: is the person you are thinking of under 18?"), "asked again on the next visit")
	f.must(strings.Contains(txt, "You are answering about someone under 18."), "the kept answer is not shown:\n%s", txt)
}

// For a child under 18, checking up is not scored and points to the lesson
// for parents; other advice changes where it should. Changing the answer
// to an adult scores it again, the earlier results too.
func TestEnablingCheckScoresAMinorAsParenting(t *testing.T) {
	f := newFixture(t, nil)
	f.setAge(store.AgeUnder18)
	_, err := f.store.AddEnablingCheck(context.Background(), store.EnablingCheck{TakenAt: time.Date(2026, 3, 1, 9, 0, 0, 0, time.Local),
		Answers: []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2}})
	f.must(err == nil, "%v", err)
	f.openEnablingCheck("")
	f.must(strings.Contains(f.texts(), "March 1, 2026: 0 of 26"), "the earlier result is not scored for a minor:\n%s", f.texts())
	f.answerCheck(map[string]int{"Checking": content.AnswerOften, "Excuses": content.AnswerSometimes})
	f.tap("See my result")
	f.bg.run()
	l, sit := f.sh.l, situations()
	txt := f.texts()
	f.must(strings.Contains(txt, "1 of 26"), "a minor's score counts checking up:\n%s", txt)
	f.must(strings.Contains(txt, "Part of parenting, not enabling") && strings.Contains(txt, l.T(sit["Checking"].ForMinor)),
		"checking up is not called parenting")
	f.must(!strings.Contains(txt, l.T(sit["Checking"].Suggestion)), "a minor's parent is told to stop checking")
	f.must(strings.Contains(txt, l.T(sit["Excuses"].ForMinor)) && !strings.Contains(txt, l.T(sit["Excuses"].Suggestion)),
		"the school advice is the adult's")
	f.follow("→ If your child is under 18")
	f.must(f.sh.Top().Title == "If your child is under 18", "the link opened %q", f.sh.Top().Title)
	f.sh.Back()

	f.tap("Change")
	f.tap("18 or older")
	f.bg.run()
	txt = f.texts()
	f.must(strings.Contains(txt, "3 of 28") && strings.Contains(txt, l.T(sit["Checking"].Suggestion)),
		"after changing to an adult the result is not scored again:\n%s", txt)
	f.must(!strings.Contains(txt, "Part of parenting"), "an adult's result speaks of parenting")
	f.must(strings.Contains(txt, "March 1, 2026: 2 of 28"), "the earlier result is not scored again:\n%s", txt)
	if a, _ := f.store.LovedOneAge(context.Background()); a != store.AgeAdult {
		t.Errorf("the change was not kept: %q", a)
	}
}

// situations are the self-check's situations by id.
func situations() map[string]content.Situation {
	out := map[string]content.Situation{}
	for _, s := range content.EnablingSituations() {
		out[s.ID] = s
	}
	return out
}

// The age question and a minor's result, in Spanish.
func TestEnablingCheckForAMinorInSpanish(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingLanguage: translations.Spanish})
	f.openEnablingCheck("")
	f.must(strings.Contains(f.texts(), "Primero: ¿la persona en quien piensas es menor de 18 años?"), "no age question:\n%s", f.texts())
	f.tap("Menor de 18 años")
	f.bg.run()
	f.answerCheck(map[string]int{"Checking": content.AnswerOften})
	f.tap(f.sh.l.T(learn.MsgSee))
	f.bg.run()
	txt := f.texts()
	f.must(strings.Contains(txt, "Respondes pensando en una persona menor de 18 años.") && strings.Contains(txt, "0 de 26") &&
		strings.Contains(txt, "Parte de criar, no de facilitar el consumo") && strings.Contains(txt, "revisar a veces sus cosas o su teléfono"),
		"a minor's result in Spanish:\n%s", txt)
	f.follow("→ Si tu hijo o tu hija es menor de 18 años")
	f.must(f.sh.Top().Title == "Si tu hijo o tu hija es menor de 18 años", "the link opened %q", f.sh.Top().Title)
}
