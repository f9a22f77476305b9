package learn

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgLearnIntro = &i18n.Message{ID: "Learn.Intro", Description: "Opening text of the Learn section",
		Other: "Short lessons on what helps families: a few minutes each, in any order. Each module ends with an exercise that saves into your records."}
	msgLearnContinue  = &i18n.Message{ID: "Learn.Continue", Description: "Card offering to go back to the last lesson opened", Other: "Continue where you left off"}
	msgLearnStart     = &i18n.Message{ID: "Learn.Start", Description: "Card suggesting the first lesson not yet done", Other: "Your next lesson"}
	MsgProgress       = &i18n.Message{ID: "Learn.Progress", Description: "How many of a module's lessons are done; Done and Count are numbers", One: "{{.Done}} of {{.Count}} lesson done", Other: "{{.Done}} of {{.Count}} lessons done"}
	msgLearnComplete  = &i18n.Message{ID: "Learn.ModuleComplete", Description: "Every lesson of a module is done", Other: "Complete"}
	msgLearnOpen      = &i18n.Message{ID: "Learn.Open", Description: "Button that opens a module", Other: "Open"}
	msgLearnModuleNum = &i18n.Message{ID: "Learn.ModuleNumber", Description: "A module's place; Number is 1 to 9", Other: "Module {{.Number}}"}
)

// learnScreen lists the modules with how far the person has come.
type learnScreen struct {
	sc    *Screens
	k     page.Kit
	learn *content.Learn
	box   *fyne.Container
}

func (sc *Screens) LearnSection() (fyne.CanvasObject, func()) {
	s := &learnScreen{sc: sc, k: sc.Kit, learn: sc.Learn, box: container.NewVBox()}
	return page.Scroll(s.box), s.reload
}

func (s *learnScreen) reload() {
	l := s.sc.L
	prog := s.sc.Progress()
	s.box.RemoveAll()
	s.box.Add(page.Wrapped(l.T(msgLearnIntro)))
	if c := s.nextCard(prog); c != nil {
		s.box.Add(c)
	}
	for _, m := range s.learn.Modules(l.Lang()) {
		s.box.Add(s.moduleCard(m, prog))
	}
}

// nextCard offers the last lesson opened, or else the next one to read.
func (s *learnScreen) nextCard(prog *Progress) fyne.CanvasObject {
	m, i, continuing, ok := prog.Step(s.learn, s.sc.L.Lang())
	if !ok {
		return nil
	}
	title := msgLearnStart
	if continuing {
		title = msgLearnContinue
	}
	les := m.Lessons[i]
	b := s.k.Button(les.Title, fynetheme.NavigateNextIcon(), func() { s.sc.Push(s.sc.LessonPage(m, i)) })
	b.Importance = widget.HighImportance
	return page.NewCard(s.sc.L.T(title), container.NewVBox(page.SmallPrint(m.Title), page.NewFlow(b)))
}

func (s *learnScreen) moduleCard(m content.Module, prog *Progress) fyne.CanvasObject {
	l := s.sc.L
	about := l.T(msgLearnModuleNum, map[string]any{"Number": m.Order})
	if prog.known {
		done := prog.doneIn(m)
		status := l.N(MsgProgress, len(m.Lessons), map[string]any{"Done": done})
		if done == len(m.Lessons) {
			status = l.T(msgLearnComplete)
		}
		about += " · " + status
	}
	open := s.k.Button(l.T(msgLearnOpen), fynetheme.NavigateNextIcon(), func() { s.sc.Push(s.sc.ModulePage(m.ID)) })
	return page.NewCard(m.Title, container.NewVBox(page.SmallPrint(about), page.Wrapped(m.Summary), page.NewFlow(open)))
}
