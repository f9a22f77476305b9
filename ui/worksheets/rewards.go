package worksheets

import (
	"context"
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgRwTitle = &i18n.Message{ID: "Rewards.Title", Description: "Title of the rewards plan", Other: "Rewards for sober time"}
	msgRwIntro = &i18n.Message{ID: "Rewards.Intro", Description: "Explains the rewards plan",
		Other: "People do more of what is rewarded. Make sober time the better time: offer what they enjoy when they are sober, and calmly hold it back when they use. Never hold back what keeps anyone safe."}
	msgRwOffer     = &i18n.Message{ID: "Rewards.Offer", Description: "Card: rewards to offer for sober time", Other: "What I can offer when they are sober"}
	msgRwWithhold  = &i18n.Message{ID: "Rewards.Withhold", Description: "Card: what to hold back when they use", Other: "What I will hold back when they use"}
	msgRwAddOffer  = &i18n.Message{ID: "Rewards.AddOffer", Description: "Button", Other: "Add a reward"}
	msgRwAddHold   = &i18n.Message{ID: "Rewards.AddWithhold", Description: "Button", Other: "Add something to hold back"}
	msgRwNone      = &i18n.Message{ID: "Rewards.None", Description: "An empty list", Other: "Nothing here yet."}
	msgRwWhat      = &i18n.Message{ID: "Rewards.What", Description: "Field: the reward", Other: "What could you offer?"}
	msgRwWhatHint  = &i18n.Message{ID: "Rewards.What.Hint", Description: "Hint", Other: "A meal they like, a film together, a walk, help with something they care about, your company."}
	msgRwCost      = &i18n.Message{ID: "Rewards.Cost", Description: "Field", Other: "What does it cost (money, time)?"}
	msgRwWhen      = &i18n.Message{ID: "Rewards.When", Description: "Field", Other: "When could you offer it?"}
	msgRwHow       = &i18n.Message{ID: "Rewards.How", Description: "Field: how to offer the reward", Other: "How will you offer it?"}
	msgRwHoldWhat  = &i18n.Message{ID: "Rewards.Hold.What", Description: "Field", Other: "What will you hold back when they use?"}
	msgRwHoldHint  = &i18n.Message{ID: "Rewards.Hold.What.Hint", Description: "Hint", Other: "Your company at dinner, a lift, money, doing their share at home."}
	msgRwHoldHow   = &i18n.Message{ID: "Rewards.Hold.How", Description: "Field: how to say so calmly", Other: "How will you say so, calmly?"}
	msgRwHoldHowH  = &i18n.Message{ID: "Rewards.Hold.How.Hint", Description: "Hint", Other: "For example: \"I love our evenings. When you have been drinking, I'll spend mine in the other room.\""}
	msgRwSave      = &i18n.Message{ID: "Rewards.Save", Description: "Button", Other: "Save"}
	msgRwDelete    = &i18n.Message{ID: "Rewards.Delete", Description: "Button", Other: "Delete"}
	msgRwDeleteQ   = &i18n.Message{ID: "Rewards.DeleteQ", Description: "Asks before deleting a reward", Other: "Delete this? Your weekly history keeps what you planned."}
	msgRwNeedWhat  = &i18n.Message{ID: "Rewards.NeedWhat", Description: "Save pressed with the first field empty", Other: "Write what it is first."}
	msgRwFailed    = &i18n.Message{ID: "Rewards.Failed", Description: "The plan could not be read; Reason explains", Other: "Your rewards plan could not be opened. {{.Reason}}"}
	msgRwWeek      = &i18n.Message{ID: "Rewards.Week", Description: "Card: this week's step", Other: "This week"}
	msgRwPlanIntro = &i18n.Message{ID: "Rewards.Week.PlanIntro", Description: "Invites planning one reward this week", Other: "Choose one reward to offer this week, at a sober moment."}
	msgRwPick      = &i18n.Message{ID: "Rewards.Week.Pick", Description: "Field: pick one of the rewards", Other: "From my list"}
	msgRwPlan      = &i18n.Message{ID: "Rewards.Week.Plan", Description: "Field: what and when, in the person's words", Other: "What I will offer, and when"}
	msgRwPlanSave  = &i18n.Message{ID: "Rewards.Week.PlanSave", Description: "Button", Other: "Plan it"}
	msgRwPlanned   = &i18n.Message{ID: "Rewards.Week.Planned", Description: "This week's plan; Plan is what the person wrote", Other: "Planned: {{.Plan}}"}
	msgRwCheckIn   = &i18n.Message{ID: "Rewards.Week.CheckIn", Description: "Heading of the check-in after the reward", Other: "Afterwards: how did it go?"}
	msgRwDid       = &i18n.Message{ID: "Rewards.Week.Did", Description: "Choice: the reward was given", Other: "I did it"}
	msgRwDidNot    = &i18n.Message{ID: "Rewards.Week.DidNot", Description: "Choice: the reward was not given", Other: "It did not happen this time"}
	msgRwWent      = &i18n.Message{ID: "Rewards.Week.HowItWent", Description: "Field", Other: "How it went"}
	msgRwNext      = &i18n.Message{ID: "Rewards.Week.Next", Description: "Field", Other: "What I will try next"}
	msgRwCheckSave = &i18n.Message{ID: "Rewards.Week.CheckSave", Description: "Button", Other: "Save how it went"}
	msgRwDone      = &i18n.Message{ID: "Rewards.Week.Done", Description: "The week's step was checked in as done; Plan is the plan", Other: "Done this week: {{.Plan}}. Well done for trying."}
	msgRwNotDone   = &i18n.Message{ID: "Rewards.Week.NotDone", Description: "The week's step was checked in as not done", Other: "Not this week: {{.Plan}}. That is all right; try again next week."}
	msgRwNeedPlan  = &i18n.Message{ID: "Rewards.Week.NeedPlan", Description: "Plan pressed with nothing written or chosen", Other: "Choose a reward or write what you will offer."}
	msgRwHistory   = &i18n.Message{ID: "Rewards.History", Description: "Card: earlier weeks", Other: "Earlier weeks"}
	msgRwHistRow   = &i18n.Message{ID: "Rewards.History.Row", Description: "One earlier week: Date is its Monday, Plan the plan, Result done or not", Other: "Week of {{.Date}}: {{.Plan}} ({{.Result}})"}
	msgRwResDone   = &i18n.Message{ID: "Rewards.History.Done", Description: "An earlier week's result", Other: "done"}
	msgRwResNot    = &i18n.Message{ID: "Rewards.History.NotDone", Description: "An earlier week's result", Other: "not done"}
	msgRwResOpen   = &i18n.Message{ID: "Rewards.History.Open", Description: "An earlier week's result: no check-in", Other: "no check-in"}
	msgRwOpenPlan  = &i18n.Message{ID: "Rewards.OpenPlan", Description: "Button on Home and Worksheets: open the rewards plan", Other: "Open my rewards plan"}
	msgRwPlanWeek  = &i18n.Message{ID: "Rewards.PlanWeek", Description: "Shown on Home when no reward is planned this week", Other: "No reward planned for this week yet."}
)

// monday is the Monday of t's week, at local midnight.
func monday(t time.Time) time.Time {
	t = t.Local()
	d := (int(t.Weekday()) + 6) % 7
	y, m, day := t.Date()
	return time.Date(y, m, day-d, 0, 0, 0, 0, time.Local)
}

// RewardsPage is the rewards plan: this week, the two lists, the history.
func (sc *Screens) RewardsPage() page.Page {
	box := container.NewVBox()
	p := page.Page{Title: sc.L.T(msgRwTitle), Obj: page.Scroll(box)}
	p.OnShow = func() { sc.fillRewards(box) }
	return p
}

func (sc *Screens) fillRewards(box *fyne.Container) {
	l := sc.L
	box.RemoveAll()
	box.Add(page.Wrapped(l.T(msgRwIntro)))
	rewards, err := sc.Records.Rewards(context.Background())
	if err != nil {
		box.Add(page.Wrapped(page.FailText(l, msgRwFailed, err)))
		return
	}
	week := container.NewVBox()
	sc.weekCard(week, rewards, func() { sc.fillRewards(box) })
	box.Add(page.NewCard(l.T(msgRwWeek), week))
	box.Add(sc.rewardList(rewards, store.RewardOffer, msgRwOffer, msgRwAddOffer))
	box.Add(sc.rewardList(rewards, store.RewardWithhold, msgRwWithhold, msgRwAddHold))
	box.Add(sc.rewardHistory())
}

func (sc *Screens) rewardList(rewards []store.Reward, kind store.RewardKind, title, add *i18n.Message) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	box := container.NewVBox()
	for _, r := range rewards {
		if r.Kind != kind {
			continue
		}
		box.Add(k.RecordLink(page.Snippet(r.What, 70), func() { sc.Push(sc.rewardPage(r)) }))
	}
	if len(box.Objects) == 0 {
		box.Add(page.SmallPrint(l.T(msgRwNone)))
	}
	box.Add(page.NewFlow(k.Button(l.T(add), fynetheme.ContentAddIcon(), func() { sc.Push(sc.rewardPage(store.Reward{Kind: kind})) })))
	return page.NewCard(l.T(title), box)
}

func rewardFields(r *store.Reward) []page.TextSpec {
	if r.Kind == store.RewardWithhold {
		return []page.TextSpec{{Label: msgRwHoldWhat, Hint: msgRwHoldHint, Ptr: &r.What, Rows: 2}, {Label: msgRwHoldHow, Hint: msgRwHoldHowH, Ptr: &r.How, Rows: 3}}
	}
	return []page.TextSpec{{Label: msgRwWhat, Hint: msgRwWhatHint, Ptr: &r.What, Rows: 2}, {Label: msgRwCost, Hint: nil, Ptr: &r.Cost, Rows: 1}, {Label: msgRwWhen, Hint: nil, Ptr: &r.When, Rows: 1}, {Label: msgRwHow, Hint: nil, Ptr: &r.How, Rows: 2}}
}

// rewardPage adds or edits one item of either list.
func (sc *Screens) rewardPage(r store.Reward) page.Page {
	l, k := sc.L, sc.Kit
	fields, read := k.TextFields(rewardFields(&r))
	msg := page.Wrapped("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	save := k.Button(l.T(msgRwSave), fynetheme.DocumentSaveIcon(), func() {
		read()
		if strings.TrimSpace(r.What) == "" {
			msg.SetText(l.T(msgRwNeedWhat))
			msg.Show()
			return
		}
		var err error
		if r.ID == 0 {
			r.ID, err = sc.Records.AddReward(context.Background(), r)
		} else {
			err = sc.Records.UpdateReward(context.Background(), r)
		}
		if err != nil {
			msg.SetText(page.FailText(l, page.MsgNotSaved, err))
			msg.Show()
			return
		}
		sc.Back()
	})
	save.Importance = widget.HighImportance
	row := page.NewFlow(save)
	if r.ID != 0 {
		row.Add(k.Button(l.T(msgRwDelete), fynetheme.DeleteIcon(), func() {
			sc.Confirm(l.T(msgRwDelete), l.T(msgRwDeleteQ), l.T(msgRwDelete), func() {
				if err := sc.Records.DeleteReward(context.Background(), r.ID); err != nil {
					sc.ShowError(page.FailText(l, page.MsgNotSaved, err))
					return
				}
				sc.Back()
			})
		}))
	}
	title := msgRwOffer
	if r.Kind == store.RewardWithhold {
		title = msgRwWithhold
	}
	return page.Page{Title: l.T(title), Obj: page.Scroll(page.Form(fields...), row, msg)}
}

// weekCard fills box with this week's step: plan it, check in, or done.
func (sc *Screens) weekCard(box *fyne.Container, rewards []store.Reward, changed func()) {
	l := sc.L
	week := monday(sc.Now())
	step, err := sc.Records.StepForWeek(context.Background(), week)
	switch {
	case errors.Is(err, store.ErrNotFound):
		sc.planStep(box, week, rewards, changed)
	case err != nil:
		box.Add(page.Wrapped(page.FailText(l, msgRwFailed, err)))
	case !step.CheckedIn:
		sc.checkInStep(box, step, changed)
	case step.Done:
		box.Add(page.Wrapped(l.T(msgRwDone, map[string]any{"Plan": step.Plan})))
	default:
		box.Add(page.Wrapped(l.T(msgRwNotDone, map[string]any{"Plan": step.Plan})))
	}
}

func (sc *Screens) planStep(box *fyne.Container, week time.Time, rewards []store.Reward, changed func()) {
	l, k := sc.L, sc.Kit
	var offers []store.Reward
	names := []string{}
	for _, r := range rewards {
		if r.Kind == store.RewardOffer {
			offers = append(offers, r)
			names = append(names, page.Snippet(r.What, 60))
		}
	}
	plan := k.Text("", 2)
	pick := k.Choice(names)
	pick.OnChanged = func(string) {
		if i := pick.SelectedIndex(); i >= 0 {
			plan.SetText(offers[i].What + whenSuffix(offers[i].When))
		}
	}
	msg := page.Wrapped("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	save := k.Button(l.T(msgRwPlanSave), fynetheme.ConfirmIcon(), func() {
		s := store.WeeklyStep{Week: week, Plan: strings.TrimSpace(plan.Text)}
		if i := pick.SelectedIndex(); i >= 0 {
			s.RewardID = offers[i].ID
		}
		if s.Plan == "" {
			msg.SetText(l.T(msgRwNeedPlan))
			msg.Show()
			return
		}
		if _, err := sc.Records.SaveWeeklyStep(context.Background(), s); err != nil {
			msg.SetText(page.FailText(l, page.MsgNotSaved, err))
			msg.Show()
			return
		}
		changed()
	})
	save.Importance = widget.HighImportance
	var fields []page.Field
	if len(offers) > 0 {
		fields = append(fields, page.Field{Label: l.T(msgRwPick), Input: pick})
	}
	fields = append(fields, page.Field{Label: l.T(msgRwPlan), Input: plan})
	box.Add(page.Wrapped(l.T(msgRwPlanIntro)))
	box.Add(page.Form(fields...))
	box.Add(msg)
	box.Add(page.NewFlow(save))
}

func whenSuffix(when string) string {
	if w := strings.TrimSpace(when); w != "" {
		return " (" + w + ")"
	}
	return ""
}

func (sc *Screens) checkInStep(box *fyne.Container, step store.WeeklyStep, changed func()) {
	l, k := sc.L, sc.Kit
	did := k.Radio([]string{l.T(msgRwDid), l.T(msgRwDidNot)})
	fields, read := k.TextFields([]page.TextSpec{{Label: msgRwWent, Hint: nil, Ptr: &step.HowItWent, Rows: 2}, {Label: msgRwNext, Hint: nil, Ptr: &step.Next, Rows: 2}})
	msg := page.Wrapped("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	save := k.Button(l.T(msgRwCheckSave), fynetheme.ConfirmIcon(), func() {
		read()
		step.CheckedIn, step.Done, step.CheckedAt = true, did.Selected != 1, sc.Now()
		if _, err := sc.Records.SaveWeeklyStep(context.Background(), step); err != nil {
			msg.SetText(page.FailText(l, page.MsgNotSaved, err))
			msg.Show()
			return
		}
		changed()
	})
	did.SetSelected(0)
	box.Add(page.Wrapped(l.T(msgRwPlanned, map[string]any{"Plan": step.Plan})))
	box.Add(page.SectionHeading(l.T(msgRwCheckIn)))
	box.Add(did)
	box.Add(page.Form(fields...))
	box.Add(msg)
	box.Add(page.NewFlow(save))
}

func (sc *Screens) rewardHistory() fyne.CanvasObject {
	l := sc.L
	steps, err := sc.Records.WeeklySteps(context.Background())
	box := container.NewVBox()
	if err != nil {
		box.Add(page.Wrapped(page.FailText(l, msgRwFailed, err)))
	}
	this := monday(sc.Now())
	for _, s := range steps {
		if !s.Week.Before(this) {
			continue
		}
		res := msgRwResOpen
		switch {
		case s.CheckedIn && s.Done:
			res = msgRwResDone
		case s.CheckedIn:
			res = msgRwResNot
		}
		line := l.T(msgRwHistRow, map[string]any{"Date": l.Date(s.Week), "Plan": s.Plan, "Result": l.T(res)})
		if s.HowItWent != "" {
			line += " · " + s.HowItWent
		}
		box.Add(page.Wrapped(line))
	}
	if len(box.Objects) == 0 {
		box.Add(page.SmallPrint(l.T(msgRwNone)))
	}
	return page.NewCard(l.T(msgRwHistory), box)
}

// FillWeekStep is this week's reward step in short, for Home and the
// Worksheets section, with a way into the plan. Before the person has
// written any reward it shows nothing.
func (sc *Screens) FillWeekStep(box *fyne.Container) {
	l, k := sc.L, sc.Kit
	page.SetObjects(box)
	if sc.Records == nil || sc.Locked() {
		return
	}
	text := l.T(msgRwPlanWeek)
	step, err := sc.Records.StepForWeek(context.Background(), monday(sc.Now()))
	switch {
	case err == nil && !step.CheckedIn:
		text = l.T(msgRwPlanned, map[string]any{"Plan": step.Plan})
	case err == nil && step.Done:
		text = l.T(msgRwDone, map[string]any{"Plan": step.Plan})
	case err == nil:
		text = l.T(msgRwNotDone, map[string]any{"Plan": step.Plan})
	case !errors.Is(err, store.ErrNotFound):
		return
	default:
		if rs, err := sc.Records.Rewards(context.Background()); err != nil || len(rs) == 0 {
			return
		}
	}
	open := k.Button(l.T(msgRwOpenPlan), fynetheme.ConfirmIcon(), func() { sc.Push(sc.RewardsPage()) })
	page.SetObjects(box, page.NewCard(l.T(msgRwWeek), container.NewVBox(page.Wrapped(text), page.NewFlow(open))))
}
