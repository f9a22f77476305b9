package records

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgConvTitle      = &i18n.Message{ID: "Conversation.Title", Description: "Title of the page with one conversation plan and its debrief", Other: "Conversation"}
	msgConvPlan       = &i18n.Message{ID: "Conversation.Plan", Description: "Card: the plan for a conversation", Other: "The plan"}
	msgConvAfter      = &i18n.Message{ID: "Conversation.After", Description: "Card: looking back after the conversation", Other: "Afterwards"}
	msgConvAfterHint  = &i18n.Message{ID: "Conversation.After.Hint", Description: "Explains the debrief card", Other: "Fill this in after you have talked, while it is fresh."}
	msgConvGoal       = &i18n.Message{ID: "Conversation.Goal", Description: "Field: what the person hopes for from the talk", Other: "What I hope for"}
	msgConvWhenWhere  = &i18n.Message{ID: "Conversation.WhenWhere", Description: "Field: a good time and place", Other: "When and where (a calm, sober moment)"}
	msgConvOpening    = &i18n.Message{ID: "Conversation.Opening", Description: "Field: the first words", Other: "How I will begin"}
	msgConvIStatement = &i18n.Message{ID: "Conversation.IStatements", Description: "Field: sentences about the speaker's own feelings", Other: "What I will say about how I feel (\"I feel… when… because…\")"}
	msgConvAvoid      = &i18n.Message{ID: "Conversation.Avoid", Description: "Field: what to leave out", Other: "What I will avoid (blame, labels, old arguments)"}
	msgConvSelfCare   = &i18n.Message{ID: "Conversation.SelfCare", Description: "Field: looking after oneself", Other: "How I will look after myself afterwards"}
	msgConvHappened   = &i18n.Message{ID: "Conversation.Happened", Description: "Debrief field", Other: "What happened"}
	msgConvResponse   = &i18n.Message{ID: "Conversation.Response", Description: "Debrief field", Other: "How they responded"}
	msgConvFelt       = &i18n.Message{ID: "Conversation.Felt", Description: "Debrief field", Other: "How I felt"}
	msgConvNext       = &i18n.Message{ID: "Conversation.NextTime", Description: "Debrief field", Other: "What I would try next time"}
	msgConvNeed       = &i18n.Message{ID: "Conversation.Need", Description: "Save pressed with nothing written", Other: "Write at least what you hope for."}
	msgConvDelete     = &i18n.Message{ID: "Conversation.Delete", Description: "Button: delete a conversation", Other: "Delete"}
	msgConvDeleteQ    = &i18n.Message{ID: "Conversation.DeleteQ", Description: "Asks before deleting a conversation", Other: "Delete this plan and what you wrote afterwards? It cannot be brought back."}
)

// ConversationPage shows a plan and, beside it, its debrief.
func (sc *Screens) ConversationPage(c store.Conversation) page.Page {
	l, k := sc.L, sc.Kit
	planSpecs := []page.TextSpec{{Label: msgConvGoal, Hint: nil, Ptr: &c.Goal, Rows: 2}, {Label: msgConvWhenWhere, Hint: nil, Ptr: &c.WhenWhere, Rows: 2},
		{Label: msgConvOpening, Hint: nil, Ptr: &c.Opening, Rows: 2}, {Label: msgConvIStatement, Hint: nil, Ptr: &c.IStatements, Rows: 2}, {Label: msgConvAvoid, Hint: nil, Ptr: &c.Avoid, Rows: 2},
		{Label: msgConvSelfCare, Hint: nil, Ptr: &c.SelfCare, Rows: 2}}
	afterSpecs := []page.TextSpec{{Label: msgConvHappened, Hint: nil, Ptr: &c.Happened, Rows: 2}, {Label: msgConvResponse, Hint: nil, Ptr: &c.Response, Rows: 2},
		{Label: msgConvFelt, Hint: nil, Ptr: &c.Felt, Rows: 2}, {Label: msgConvNext, Hint: nil, Ptr: &c.NextTime, Rows: 2}}
	planFields, planEntries, readPlan := k.TextEntries(planSpecs)
	afterFields, afterEntries, readAfter := k.TextEntries(afterSpecs)
	draft := sc.Context.NewDraft(draftConversation, c.ID)
	draft.Specs(planSpecs, planEntries)
	draft.Specs(afterSpecs, afterEntries)
	draft.Restore()
	msg := page.Wrapped("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	save := k.Button(l.T(msgSave), fynetheme.DocumentSaveIcon(), func() {
		readPlan()
		readAfter()
		if strings.TrimSpace(c.Goal) == "" {
			msg.SetText(l.T(msgConvNeed))
			msg.Show()
			return
		}
		err := sc.saveConversation(c)
		if err == nil {
			draft.Close()
		}
		sc.saved(err, false)
	})
	save.Importance = widget.HighImportance
	buttons := page.NewFlow(save)
	if c.ID != 0 {
		buttons.Add(k.Button(l.T(msgConvDelete), fynetheme.DeleteIcon(), func() {
			sc.Confirm(l.T(msgConvDelete), l.T(msgConvDeleteQ), l.T(msgConvDelete), func() {
				err := sc.Records.DeleteConversation(context.Background(), c.ID)
				if err == nil {
					draft.Close()
				}
				sc.saved(err, false)
			})
		}))
	}
	afterCard := page.NewCard(l.T(msgConvAfter), container.NewVBox(page.SmallPrint(l.T(msgConvAfterHint)), page.Form(afterFields...)))
	objs := []fyne.CanvasObject{draft.Note, page.NewCard(l.T(msgConvPlan), page.Form(planFields...)), afterCard, buttons, msg}
	return page.Page{Title: l.T(msgConvTitle), Obj: page.Scroll(objs...)}
}

// draftConversation is the kind of a conversation's draft.
const draftConversation = "conversation"

// saveConversation stores c, marking when its debrief was first written.
func (sc *Screens) saveConversation(c store.Conversation) error {
	ctx := context.Background()
	if c.DebriefedAt.IsZero() && strings.TrimSpace(c.Happened+c.Response+c.Felt+c.NextTime) != "" {
		c.DebriefedAt = sc.Now()
	}
	if c.ID == 0 {
		if c.Planned.IsZero() {
			c.Planned = sc.Now()
		}
		_, err := sc.Records.AddConversation(ctx, c)
		return err
	}
	return sc.Records.UpdateConversation(ctx, c)
}
