package meetings

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgGFIntro = &i18n.Message{ID: "GroupFit.Intro", Description: "Explains the group-fit exercise",
		Other: "Answer a few questions and see which kinds of family group might suit you. Nothing is saved. It is fine to try two or three groups before you choose: most people do."}
	msgGFShow     = &i18n.Message{ID: "GroupFit.Show", Description: "Button: show the kinds of group that fit the answers", Other: "Show groups that might fit"}
	msgGFResult   = &i18n.Message{ID: "GroupFit.Result", Description: "Heading of the kinds of group that fit", Other: "Groups that might fit you"}
	msgGFNone     = &i18n.Message{ID: "GroupFit.None", Description: "No kind of group stands out from the answers", Other: "No kind of group stands out from your answers. Any of the groups in Meetings could be a good place to start: try one and see how it feels."}
	msgGFExamples = &i18n.Message{ID: "GroupFit.Examples", Description: "Groups of this kind; Names is a list of proper names", Other: "For example: {{.Names}}"}
	msgGFFind     = &i18n.Message{ID: "GroupFit.Find", Description: "Button: go to the Meetings section to find these groups", Other: "Find groups in Meetings"}
	msgGFFormat   = &i18n.Message{ID: "GroupFit.FormatNote", Description: "Shown with the result: every kind of group meets in several ways", Other: "Most of these groups meet in person and online, and some by phone: Meetings lets you search by the way you want to meet."}
)

// groupFit is the group-fit page: questions, then the kinds that fit.
type groupFit struct {
	sc      *Screens
	k       page.Kit
	choices []*widgets.Choice
	result  *fyne.Container
	scroll  *container.Scroll
}

func (sc *Screens) GroupFitPage() page.Page {
	l := sc.L
	g := &groupFit{sc: sc, k: sc.Kit, result: container.NewVBox()}
	parts := []fyne.CanvasObject{page.Wrapped(l.T(msgGFIntro))}
	for _, q := range content.FitQuestions() {
		labels := make([]string, len(q.Choices))
		for i, c := range q.Choices {
			labels[i] = l.T(c.Text)
		}
		c := g.k.Radio(labels)
		g.choices = append(g.choices, c)
		parts = append(parts, page.SectionHeading(l.T(q.Text)), c)
	}
	show := g.k.Button(l.T(msgGFShow), fynetheme.SearchIcon(), g.onShow)
	show.Importance = widget.HighImportance
	parts = append(parts, page.NewFlow(show), g.result)
	g.scroll = page.Scroll(parts...)
	return page.Page{Title: l.T(page.MsgGroupFit), Obj: g.scroll}
}

// answers are the choices made, by question id.
func (g *groupFit) answers() map[string]string {
	out := map[string]string{}
	for i, q := range content.FitQuestions() {
		if n := g.choices[i].Selected; n >= 0 {
			out[q.ID] = q.Choices[n].ID
		}
	}
	return out
}

func (g *groupFit) onShow() {
	l := g.sc.L
	g.result.RemoveAll()
	fits := content.GroupFit(g.answers())
	body := container.NewVBox()
	if len(fits) == 0 {
		body.Add(page.Wrapped(l.T(msgGFNone)))
	}
	for _, f := range fits {
		body.Add(page.SectionHeading(l.T(f.Name)))
		body.Add(page.Wrapped(l.T(f.About)))
		body.Add(page.SmallPrint(l.T(msgGFExamples, map[string]any{"Names": f.Examples})))
	}
	body.Add(page.SmallPrint(l.T(msgGFFormat)))
	body.Add(page.NewFlow(g.k.Button(l.T(msgGFFind), fynetheme.NavigateNextIcon(), func() { g.sc.Go(page.SectionMeetings) })))
	g.result.Add(page.NewCard(l.T(msgGFResult), body))
	page.ScrollIntoView(g.scroll, g.result)
}
