package learn

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
	"github.com/alongside-app/alongside/ui/widgets"
	"github.com/alongside-app/alongside/ui/worksheets"
)

var (
	msgExBoundary     = &i18n.Message{ID: "Exercise.BoundaryBuilder", Description: "Exercise name", Other: "Build a boundary"}
	msgExConversation = &i18n.Message{ID: "Exercise.ConversationPlanner", Description: "Exercise name", Other: "Plan a conversation"}
	msgExRelapse      = &i18n.Message{ID: "Exercise.RelapsePlan", Description: "Exercise name", Other: "Write your relapse plan"}

	msgBBIntro = &i18n.Message{ID: "BoundaryBuilder.Intro", Description: "Explains the boundary builder",
		Other: "Build one boundary, step by step. Choose something you can do every time, whatever the other person does. It will be saved in your Boundaries."}
	msgBBSituation = &i18n.Message{ID: "BoundaryBuilder.Situation", Description: "Field: the situation that keeps happening", Other: "1. What keeps happening?"}
	msgBBIfYou     = &i18n.Message{ID: "BoundaryBuilder.IfYou", Description: "Field: the behaviour, completing \"If you...\"", Other: "2. If you… (what they do)"}
	msgBBIWill     = &i18n.Message{ID: "BoundaryBuilder.IWill", Description: "Field: the person's own action, completing \"I will...\"", Other: "3. I will… (what you will do, not what they must do)"}
	msgBBWhy       = &i18n.Message{ID: "BoundaryBuilder.Why", Description: "Field: why it matters", Other: "4. Why it matters to me"}
	msgBBKeep      = &i18n.Message{ID: "BoundaryBuilder.Keep", Description: "Tick box: the person can keep it every time", Other: "I can do this every time, and it keeps me safe"}
	msgBBPreview   = &i18n.Message{ID: "BoundaryBuilder.Preview", Description: "The boundary built so far; IfYou and IWill are what the person wrote", Other: "If you {{.IfYou}}, I will {{.IWill}}."}
	msgBBNeed      = &i18n.Message{ID: "BoundaryBuilder.Need", Description: "Save pressed before the boundary is complete", Other: "Finish steps 2 and 3, and tick the box when you are sure you can keep it."}
	msgBBSaved     = &i18n.Message{ID: "BoundaryBuilder.Saved", Description: "The built boundary was saved", Other: "Saved in your Boundaries. When it is tested, note there whether it held."}
	msgBBSave      = &i18n.Message{ID: "BoundaryBuilder.Save", Description: "Button: save the built boundary", Other: "Save this boundary"}
)

// exercise is what a module's exercise is called and what opens it.
type exercise struct {
	name *i18n.Message
	icon func() fyne.Resource // a theme icon, asked for once the app runs
	page func(sc *Screens) page.Page
}

var exercises = map[string]exercise{
	"boundary-builder":     {msgExBoundary, fynetheme.ContentAddIcon, (*Screens).BoundaryBuilderPage},
	"conversation-planner": {msgExConversation, fynetheme.MailReplyIcon, func(sc *Screens) page.Page { return sc.ConversationPage(store.Conversation{}) }},
	"relapse-plan":         {msgExRelapse, fynetheme.HistoryIcon, (*Screens).RelapsePlanPage},
	"enabling-check":       {msgExEnabling, fynetheme.ConfirmIcon, (*Screens).EnablingCheckPage},
	"self-care":            {worksheets.MsgSelfCare, fynetheme.AccountIcon, (*Screens).SelfCarePage},
	"group-fit":            {page.MsgGroupFit, fynetheme.SearchIcon, (*Screens).GroupFitPage},
	"safety-plan":          {worksheets.MsgSafetyPlan, fynetheme.WarningIcon, (*Screens).SafetyPlanPage},
}

// moduleWorksheets are the worksheets a module teaches, besides its exercise.
var moduleWorksheets = map[string][]exercise{
	"understanding": {{worksheets.MsgMaps, fynetheme.GridIcon, (*Screens).TriggerMapsPage}},
	"enabling":      {{worksheets.MsgMaps, fynetheme.GridIcon, (*Screens).TriggerMapsPage}, {worksheets.MsgRewards, fynetheme.ConfirmIcon, (*Screens).RewardsPage}},
	"communicating": {{worksheets.MsgRewards, fynetheme.ConfirmIcon, (*Screens).RewardsPage}},
	"self-care":     {{worksheets.MsgProblems, fynetheme.ListIcon, (*Screens).ProblemsPage}},
}

// worksheetButtons open the worksheets module id teaches, or nil.
func (sc *Screens) worksheetButtons(id string) fyne.CanvasObject {
	ws := moduleWorksheets[id]
	if len(ws) == 0 {
		return nil
	}
	box := container.NewVBox()
	for _, w := range ws {
		b := sc.Kit.Button(sc.L.T(worksheets.MsgOpen), w.icon(), func() { sc.Push(w.page(sc)) })
		box.Add(container.NewVBox(page.SectionHeading(sc.L.T(w.name)), page.NewFlow(b)))
	}
	return box
}

var msgExStart = &i18n.Message{ID: "Exercise.Start", Description: "Button under an exercise's name that opens it", Other: "Start"}

// ExerciseButton is a module's exercise: its name (which wraps at any
// width) and a button that opens it; nil when there is none yet.
func (sc *Screens) ExerciseButton(id string) fyne.CanvasObject {
	ex, ok := exercises[id]
	if !ok {
		return nil
	}
	b := sc.Kit.Button(sc.L.T(msgExStart), ex.icon(), func() { sc.Push(ex.page(sc)) })
	b.Importance = widget.HighImportance
	return container.NewVBox(page.SectionHeading(sc.L.T(ex.name)), page.NewFlow(b))
}

// BoundaryBuilderPage builds one boundary step by step and saves it.
func (sc *Screens) BoundaryBuilderPage() page.Page {
	l, k := sc.L, sc.Kit
	situation, ifYou, iWill, why := k.Text("", 2), k.Entry(""), k.Entry(""), k.Text("", 2)
	preview := page.Heading("")
	update := func(string) {
		k.Touch()
		preview.SetText(l.T(msgBBPreview, map[string]any{"IfYou": orDots(ifYou.Text), "IWill": orDots(iWill.Text)}))
	}
	ifYou.OnChanged, iWill.OnChanged = update, update
	update("")
	keep := k.Check(l.T(msgBBKeep), nil)
	draft := sc.Context.NewDraft("boundary-builder", 0)
	draft.Entries([]string{"situation", "ifYou", "iWill", "why"}, []*widgets.Entry{situation, ifYou, iWill, why})
	draft.Check("keep", keep)
	draft.Restore()
	msg := page.Wrapped("")
	msg.Hide()
	save := k.Button(l.T(msgBBSave), fynetheme.DocumentSaveIcon(), nil)
	save.Importance = widget.HighImportance
	save.OnTapped = func() {
		if strings.TrimSpace(ifYou.Text) == "" || strings.TrimSpace(iWill.Text) == "" || !keep.Checked {
			msg.Importance = widget.DangerImportance
			msg.SetText(l.T(msgBBNeed))
			msg.Show()
			return
		}
		b := store.Boundary{Text: preview.Text, Situation: strings.TrimSpace(situation.Text), Why: strings.TrimSpace(why.Text),
			Consequence: iWill.Text, SetOn: sc.Now(), Active: true}
		if _, err := sc.Records.AddBoundary(context.Background(), b); err != nil {
			msg.Importance = widget.DangerImportance
			msg.SetText(page.FailText(l, page.MsgNotSaved, err))
			msg.Show()
			return
		}
		draft.Close()
		msg.Importance = widget.SuccessImportance
		msg.SetText(l.T(msgBBSaved))
		msg.Show()
		save.Disable()
	}
	f := page.Form(page.Field{Label: l.T(msgBBSituation), Input: situation}, page.Field{Label: l.T(msgBBIfYou), Input: ifYou},
		page.Field{Label: l.T(msgBBIWill), Input: iWill}, page.Field{Label: l.T(msgBBWhy), Input: why})
	sf := sc.newSafetyFirst()
	obj := page.Scroll(sf.top, page.Wrapped(l.T(msgBBIntro)), draft.Note, f, page.NewCard("", preview), keep, page.NewFlow(save), msg)
	return sf.wrap(page.Page{Title: l.T(msgExBoundary), Obj: obj})
}

func orDots(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return "…"
	}
	return strings.TrimSuffix(s, ".")
}
