package worksheets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgWsIntro = &i18n.Message{ID: "Worksheets.Intro", Description: "Opening text of the Worksheets section",
		Other: "Four worksheets that family programmes such as CRAFT use with a counsellor. Fill them in at your own pace and come back to them: they are private, like your journal."}
	MsgMaps        = &i18n.Message{ID: "Worksheets.Maps", Description: "Card: the trigger maps", Other: "What comes before and after"}
	msgWsMapsBody  = &i18n.Message{ID: "Worksheets.Maps.Body", Description: "What the trigger maps are", Other: "Map a typical time they drink or use: who, where, when, what they think and feel, what it gives them and what it costs. Then map something healthy they already enjoy. Patterns show where your part can change."}
	MsgRewards     = &i18n.Message{ID: "Worksheets.Rewards", Description: "Card: the rewards plan", Other: "Rewards for sober time"}
	msgWsRewBody   = &i18n.Message{ID: "Worksheets.Rewards.Body", Description: "What the rewards plan is", Other: "List what you can offer when they are sober, and what you will hold back when they use. Each week, plan one reward and afterwards say how it went."}
	msgWsSafety    = &i18n.Message{ID: "Worksheets.Safety", Description: "Card: the personal safety plan", Other: "My safety plan"}
	msgWsSafetyBdy = &i18n.Message{ID: "Worksheets.Safety.Body", Description: "What the safety plan is", Other: "If you ever feel unsafe at home: the warning signs, where you can go, whom to call, what to take and how to leave. F2 opens it from anywhere."}
	MsgOpen        = &i18n.Message{ID: "Worksheets.Open", Description: "Button that opens a worksheet", Other: "Open"}
	MsgProblems    = &i18n.Message{ID: "Worksheets.Problems", Description: "Card: the problem-solving worksheet", Other: "Solving a problem"}
	msgWsProbBody  = &i18n.Message{ID: "Worksheets.Problems.Body", Description: "What the problem-solving worksheet is", Other: "Take one problem at a time through five steps: define it, brainstorm, choose what to try, plan around obstacles, and afterwards review how it went."}
)

// Section is the Worksheets section: the four CRAFT worksheets.
func (sc *Screens) Section() (fyne.CanvasObject, func()) {
	l, k := sc.L, sc.Kit
	week := container.NewVBox()
	card := func(title, body *i18n.Message, icon fyne.Resource, open func() page.Page) fyne.CanvasObject {
		b := k.Button(l.T(MsgOpen), icon, func() { sc.Push(open()) })
		b.Importance = widget.HighImportance
		return page.NewCard(l.T(title), container.NewVBox(page.Wrapped(l.T(body)), page.NewFlow(b)))
	}
	obj := page.Scroll(page.Wrapped(l.T(msgWsIntro)), week,
		card(MsgMaps, msgWsMapsBody, fynetheme.GridIcon(), sc.TriggerMapsPage),
		card(MsgRewards, msgWsRewBody, fynetheme.ConfirmIcon(), sc.RewardsPage),
		card(MsgProblems, msgWsProbBody, fynetheme.ListIcon(), sc.ProblemsPage),
		card(msgWsSafety, msgWsSafetyBdy, fynetheme.WarningIcon(), sc.SafetyPlanPage))
	return obj, func() { sc.FillWeekStep(week) }
}
