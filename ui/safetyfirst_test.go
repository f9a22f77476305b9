package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/learn"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// setAge keeps the loved one's age as an earlier visit would have.
func (f *fixture) setAge(a store.Age) {
	f.t.Helper()
	if err := f.store.SetLovedOneAge(context.Background(), a); err != nil {
		f.t.Fatal(err)
	}
}

// openEnablingCheck opens the self-check, answers "No" to the safety
// question when it is asked, and chooses age when it is not "".
func (f *fixture) openEnablingCheck(age string) {
	f.t.Helper()
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().EnablingCheckPage())
	if f.sh.safetyAnswer == learn.SafetyNotAsked {
		f.tap(f.sh.l.T(learn.MsgSafetyNo))
	}
	f.bg.run()
	if age != "" {
		f.tap(age)
		f.bg.run()
	}
}

// pageButton finds a button with this text in the page itself, not in the
// header (which has its own Get help now).
func (f *fixture) pageButton(text string) *widgets.Button {
	f.t.Helper()
	var found *widgets.Button
	walk(f.sh.Top().Obj, func(o fyne.CanvasObject) {
		if b, ok := o.(*widgets.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		f.t.Fatalf("no button %q in the page; texts:\n%s", text, f.texts())
	}
	return found
}

// The boundary builder and the self-check first ask, gently, about
// violence at home; the exercise shows once it is answered, and the answer
// holds for the rest of the session.
func TestSafetyQuestionComesBeforeTheExercises(t *testing.T) {
	f := newFixture(t, nil)
	q := "Has your loved one ever hurt or threatened you or anyone at home?"
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().BoundaryBuilderPage())
	f.must(strings.Contains(f.texts(), q), "the builder does not ask the safety question:\n%s", f.texts())
	f.must(len(f.entries()) == 0, "the builder's fields show before the question is answered")
	for _, b := range []string{"Yes", "No", "I'd rather not say"} {
		f.pageButton(b)
	}
	f.tap("No")
	f.must(len(f.entries()) == 4 && !strings.Contains(f.texts(), q), "after No the builder does not show:\n%s", f.texts())
	f.sh.Back()
	f.sh.Push(f.sh.learnScreens().EnablingCheckPage())
	f.bg.run()
	f.must(!strings.Contains(f.texts(), q), "asked again in the same session")
	f.must(strings.Contains(f.texts(), "is the person you are thinking of under 18?"), "the self-check does not show:\n%s", f.texts())
	f.must(!strings.Contains(f.texts(), "Your safety comes first"), "a reminder after No")
}

// Yes says calmly that safety comes first, opens the safety plan and Get
// help now, and still lets the person go on to the exercise.
func TestSafetyYesOffersThePlanAndHelpFirst(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().EnablingCheckPage())
	f.tap("Yes")
	txt := f.texts()
	f.must(strings.Contains(txt, "Your safety comes first, and so does the safety of anyone else at home.") &&
		strings.Contains(txt, "F2 opens your plan from anywhere."), "Yes does not put safety first:\n%s", txt)
	f.must(len(f.radiosWith("Often")) == 0, "the situations show before the person chose to go on")

	test.Tap(f.pageButton("Open my safety plan"))
	f.must(f.sh.Top().Title == "My safety plan", "Open my safety plan opened %q", f.sh.Top().Title)
	f.sh.Back()
	f.must(strings.Contains(f.texts(), "Go on to the exercise"), "back from the plan, the safety words are gone:\n%s", f.texts())
	test.Tap(f.pageButton("Get help now"))
	f.must(f.sh.InHelp(), "Get help now in the page does not open it")
	f.sh.Back()

	f.tap("Go on to the exercise")
	f.bg.run()
	f.tap("18 or older")
	f.must(len(f.radiosWith("Often")) > 0, "Go on does not show the self-check")
	f.must(strings.Contains(f.texts(), "Your safety comes first. Choose only steps you can take safely"), "no reminder over the exercise")
	f.pageButton("Open my safety plan") // still one press away

	f.sh.Back()
	f.sh.Push(f.sh.learnScreens().BoundaryBuilderPage())
	f.must(len(f.entries()) == 4 && strings.Contains(f.texts(), "Your safety comes first. Choose only"),
		"the builder, later in the session, asks again or forgets the reminder:\n%s", f.texts())
}

// The answer is never written down, and is forgotten when the records lock.
func TestSafetyAnswerIsForgottenOnLock(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().BoundaryBuilderPage())
	f.tap("Yes")
	f.lockWith("kettle river blue morning")
	f.must(f.sh.safetyAnswer == learn.SafetyNotAsked, "the answer outlived the lock")
	if err := f.store.Unlock(context.Background(), "kettle river blue morning"); err != nil {
		t.Fatal(err)
	}
	f.sh.unlocked()
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().BoundaryBuilderPage())
	f.must(strings.Contains(f.texts(), "Has your loved one ever hurt or threatened you"), "not asked again after unlocking")
	drafts, _ := f.store.Drafts(context.Background())
	f.must(len(drafts) == 0, "the question left a draft: %+v", drafts)
}

// The question and its answer read naturally in Spanish.
func TestSafetyQuestionInSpanish(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingLanguage: translations.Spanish})
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().BoundaryBuilderPage())
	f.must(strings.Contains(f.texts(), "¿Tu ser querido te ha hecho daño o te ha amenazado alguna vez, a ti o a alguien de tu casa?"),
		"no question in Spanish:\n%s", f.texts())
	f.pageButton("Prefiero no decirlo")
	f.tap("Sí")
	f.must(strings.Contains(f.texts(), "Tu seguridad es lo primero"), "no safety words in Spanish:\n%s", f.texts())
	test.Tap(f.pageButton("Abrir mi plan de seguridad"))
	f.must(f.sh.Top().Title == "Mi plan de seguridad", "opened %q", f.sh.Top().Title)
	f.sh.Back()
	f.tap("Seguir con el ejercicio")
	f.must(len(f.entries()) == 4, "the builder does not show after going on")
}

// "Rather not say" goes straight on, with one quiet line about the plan.
func TestSafetyRatherNotSayGoesOn(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.learnScreens().BoundaryBuilderPage())
	f.tap("I'd rather not say")
	f.must(len(f.entries()) == 4, "the builder does not show")
	f.must(strings.Contains(f.texts(), "your safety plan (F2) and Get help now (F1) are always one key away"), "no quiet note")
}
