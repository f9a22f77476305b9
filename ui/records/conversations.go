package records

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/search"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgConvNew   = &i18n.Message{ID: "Conversations.New", Description: "Button: plan a new conversation", Other: "Plan a conversation"}
	msgConvIntro = &i18n.Message{ID: "Conversations.Intro", Description: "Explains the conversations section",
		Other: "Plan a hard talk in a calm moment: what you hope for, how to begin, what to leave out. Afterwards, write how it went next to the plan."}
	msgConvSearch   = &i18n.Message{ID: "Conversations.Search", Description: "Placeholder of the conversation search field", Other: "Search your conversations"}
	msgConvFirst    = &i18n.Message{ID: "Conversations.First", Description: "No conversations yet", Other: "No conversations planned yet."}
	msgConvNoMatch  = &i18n.Message{ID: "Conversations.NoMatch", Description: "No conversation matches the search", Other: "No conversations match."}
	msgConvPlanned  = &i18n.Message{ID: "Conversations.Planned", Description: "When a plan was written; Date is a date", Other: "Planned on {{.Date}}"}
	msgConvDebrief  = &i18n.Message{ID: "Conversations.Debriefed", Description: "A plan has its debrief; Date is a date", Other: "Looked back on {{.Date}}"}
	msgConvNoReview = &i18n.Message{ID: "Conversations.NotDebriefed", Description: "A plan without a debrief yet", Other: "Not looked back on yet"}
	msgConvUntitled = &i18n.Message{ID: "Conversations.Untitled", Description: "A plan with no goal written", Other: "A conversation"}
	msgConvFailed   = &i18n.Message{ID: "Conversations.Failed", Description: "Conversations could not be read; Reason explains", Other: "Your conversations could not be opened. {{.Reason}}"}
)

// conversationsScreen lists conversation plans, each with its debrief.
type conversationsScreen struct {
	sc    *Screens
	k     page.Kit
	l     *translations.Localizer
	query string
	all   []store.Conversation
	list  *fyne.Container
}

func (sc *Screens) ConversationsSection() (fyne.CanvasObject, func()) {
	s := &conversationsScreen{sc: sc, k: sc.Kit, l: sc.L, list: container.NewVBox()}
	add := s.k.Button(s.l.T(msgConvNew), fynetheme.ContentAddIcon(), func() { sc.Push(sc.ConversationPage(store.Conversation{})) })
	add.Importance = widget.HighImportance
	find := s.k.Entry(s.l.T(msgConvSearch))
	find.OnChanged = func(t string) { s.k.Touch(); s.query = search.Fold(t); s.show() }
	return page.Scroll(page.Wrapped(s.l.T(msgConvIntro)), page.NewFlow(add), find, s.list), s.reload
}

func (s *conversationsScreen) reload() {
	all, err := s.sc.Records.Conversations(context.Background())
	if err != nil {
		s.list.RemoveAll()
		s.list.Add(page.Wrapped(page.FailText(s.l, msgConvFailed, err)))
		return
	}
	s.all = all
	s.show()
}

func (s *conversationsScreen) show() {
	s.list.RemoveAll()
	n := 0
	for _, c := range s.all {
		if s.query == "" || strings.Contains(search.Fold(conversationText(c)), s.query) {
			s.list.Add(s.card(c))
			n++
		}
	}
	switch {
	case len(s.all) == 0:
		s.list.Add(page.Wrapped(s.l.T(msgConvFirst)))
	case n == 0:
		s.list.Add(page.Wrapped(s.l.T(msgConvNoMatch)))
	}
}

func conversationText(c store.Conversation) string {
	return strings.Join([]string{c.Goal, c.WhenWhere, c.Opening, c.IStatements, c.Avoid, c.SelfCare,
		c.Happened, c.Response, c.Felt, c.NextTime}, "\n")
}

func (s *conversationsScreen) card(c store.Conversation) fyne.CanvasObject {
	l := s.l
	title := page.Snippet(c.Goal, 80)
	switch {
	case c.Damaged:
		title = l.T(page.MsgDamaged)
	case title == "":
		title = l.T(msgConvUntitled)
	}
	facts := []string{l.T(msgConvPlanned, map[string]any{"Date": l.Date(c.Planned)})}
	if c.DebriefedAt.IsZero() {
		facts = append(facts, l.T(msgConvNoReview))
	} else {
		facts = append(facts, l.T(msgConvDebrief, map[string]any{"Date": l.Date(c.DebriefedAt)}))
	}
	open := s.k.Button(l.T(page.MsgOpen), fynetheme.NavigateNextIcon(), func() { s.sc.Push(s.sc.ConversationPage(c)) })
	return page.NewCard(title, container.NewVBox(page.SmallPrint(strings.Join(facts, " · ")), page.NewFlow(open)))
}
