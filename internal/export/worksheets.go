package export

import (
	"context"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
)

// The CRAFT worksheets in the export. The personal safety plan is in
// records.go, last, under its own warning: a safety plan found by the
// wrong person can itself be a danger.

const dField = "Export: a label in the CRAFT worksheets"

var (
	msgSecMaps     = &i18n.Message{ID: "Export.Maps", Description: "Export: heading of the trigger maps", Other: "What comes before and after"}
	msgSecRewards  = &i18n.Message{ID: "Export.Rewards", Description: "Export: heading of the rewards plan", Other: "Rewards for sober time"}
	msgSecWeeks    = &i18n.Message{ID: "Export.Weeks", Description: "Export: heading of the weekly reward steps", Other: "Week by week"}
	msgMapUsing    = &i18n.Message{ID: "Export.Map.Using", Description: "Export: kind of map", Other: "A time they used"}
	msgMapSober    = &i18n.Message{ID: "Export.Map.Sober", Description: "Export: kind of map", Other: "Something healthy"}
	msgLabWho      = &i18n.Message{ID: "Export.Map.Who", Description: dField, Other: "Who"}
	msgLabWhere    = &i18n.Message{ID: "Export.Map.Where", Description: dField, Other: "Where"}
	msgLabWhen     = &i18n.Message{ID: "Export.Map.When", Description: dField, Other: "When"}
	msgLabThoughts = &i18n.Message{ID: "Export.Map.Thoughts", Description: dField, Other: "Thoughts"}
	msgLabFeelings = &i18n.Message{ID: "Export.Map.Feelings", Description: dField, Other: "Feelings"}
	msgLabPayoff   = &i18n.Message{ID: "Export.Map.Payoff", Description: dField, Other: "What it gives them"}
	msgLabCost     = &i18n.Message{ID: "Export.Map.Cost", Description: dField, Other: "What it costs, or what gets in its way"}
	msgLabMyPart   = &i18n.Message{ID: "Export.Map.MyPart", Description: dField, Other: "My part"}
	msgRewOffer    = &i18n.Message{ID: "Export.Reward.Offer", Description: "Export: a reward to offer", Other: "To offer"}
	msgRewHold     = &i18n.Message{ID: "Export.Reward.Withhold", Description: "Export: something to hold back", Other: "To hold back"}
	msgLabHow      = &i18n.Message{ID: "Export.Reward.How", Description: dField, Other: "How"}
	msgLabRewCost  = &i18n.Message{ID: "Export.Reward.Cost", Description: dField, Other: "Cost"}
	msgLabDone     = &i18n.Message{ID: "Export.Week.Done", Description: "Export: a week's reward was given", Other: "Done"}
	msgLabNotDone  = &i18n.Message{ID: "Export.Week.NotDone", Description: "Export: a week's reward was not given", Other: "Not done"}
	msgLabWent     = &i18n.Message{ID: "Export.Week.HowItWent", Description: dField, Other: "How it went"}
	msgLabNext     = &i18n.Message{ID: "Export.Week.Next", Description: dField, Other: "Next"}
)

var (
	msgSecProblems   = &i18n.Message{ID: "Export.Problems", Description: "Export: heading of the problem-solving worksheets", Other: "Solving a problem"}
	msgLabIdeas      = &i18n.Message{ID: "Export.Problem.Ideas", Description: dField, Other: "Ideas"}
	msgLabChoice     = &i18n.Message{ID: "Export.Problem.Choice", Description: "Export: a label in the problem-solving worksheet: the idea or two chosen to try", Other: "What I will try"}
	msgLabObstacles  = &i18n.Message{ID: "Export.Problem.Obstacles", Description: dField, Other: "What could get in the way"}
	msgLabIfObstacle = &i18n.Message{ID: "Export.Problem.IfObstacle", Description: "Export: a label in the problem-solving worksheet: what the person will do if an obstacle comes", Other: "What I will do then"}
)

// worksheets are the CRAFT worksheets read for the export.
type worksheets struct {
	maps     []store.TriggerMap
	rewards  []store.Reward
	steps    []store.WeeklyStep
	problems []store.ProblemSheet
}

func readWorksheets(ctx context.Context, s *store.Store) (w worksheets, err error) {
	if w.maps, err = s.TriggerMaps(ctx); err != nil {
		return w, err
	}
	if w.rewards, err = s.Rewards(ctx); err != nil {
		return w, err
	}
	if w.steps, err = s.WeeklySteps(ctx); err != nil {
		return w, err
	}
	w.problems, err = s.ProblemSheets(ctx)
	return w, err
}

func (m *md) writeWorksheets(w worksheets) {
	m.heading(2, m.t(msgSecMaps))
	m.none(len(w.maps))
	for _, x := range w.maps {
		kind := msgMapUsing
		if x.Kind == store.MapSober {
			kind = msgMapSober
		}
		m.heading(3, m.t(kind)+": "+oneLine(x.Title))
		m.damaged(x.Damaged)
		for _, f := range []struct {
			l *i18n.Message
			v string
		}{{msgLabWho, x.Who}, {msgLabWhere, x.Where}, {msgLabWhen, x.When}, {msgLabThoughts, x.Thoughts},
			{msgLabFeelings, x.Feelings}, {msgLabPayoff, x.Payoff}, {msgLabCost, x.Cost}, {msgLabMyPart, x.MyPart}} {
			m.field(f.l, f.v)
		}
	}
	m.heading(2, m.t(msgSecRewards))
	m.none(len(w.rewards))
	for _, r := range w.rewards {
		kind := msgRewOffer
		if r.Kind == store.RewardWithhold {
			kind = msgRewHold
		}
		m.heading(3, m.t(kind)+": "+oneLine(r.What))
		m.damaged(r.Damaged)
		m.field(msgLabRewCost, r.Cost)
		m.field(msgLabWhen, r.When)
		m.field(msgLabHow, r.How)
	}
	m.writeWeeks(w.steps)
	m.writeProblems(w.problems)
}

// writeProblems writes the problem-solving worksheets, each headed by its
// problem, with its steps in order.
func (m *md) writeProblems(ps []store.ProblemSheet) {
	m.heading(2, m.t(msgSecProblems))
	m.none(len(ps))
	for _, p := range ps {
		m.heading(3, p.Problem)
		m.damaged(p.Damaged)
		m.field(msgLabIdeas, p.Ideas)
		m.field(msgLabChoice, p.Choice)
		m.field(msgLabObstacles, p.Obstacles)
		m.field(msgLabIfObstacle, p.IfObstacle)
		m.field(msgLabWent, p.HowItWent)
		m.field(msgLabNext, p.Next)
	}
}

func (m *md) writeWeeks(steps []store.WeeklyStep) {
	m.heading(3, m.t(msgSecWeeks))
	m.none(len(steps))
	for _, s := range steps {
		m.heading(4, s.Week.Format(dayLayout)+": "+oneLine(s.Plan))
		m.damaged(s.Damaged)
		if s.CheckedIn {
			done := msgLabNotDone
			if s.Done {
				done = msgLabDone
			}
			m.text(m.t(done))
		}
		m.field(msgLabWent, s.HowItWent)
		m.field(msgLabNext, s.Next)
	}
}
