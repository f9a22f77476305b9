// Package worksheets is the Worksheets section: trigger maps, rewards and
// the week's step, the safety plan (also F2, from anywhere), problem
// solving and self-care.
package worksheets

import (
	"context"
	"time"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/help"
	"github.com/alongside-app/alongside/ui/page"
)

// Keeper keeps the CRAFT worksheets, and the forms' drafts.
type Keeper interface {
	AddTriggerMap(ctx context.Context, m store.TriggerMap) (int64, error)
	UpdateTriggerMap(ctx context.Context, m store.TriggerMap) error
	DeleteTriggerMap(ctx context.Context, id int64) error
	TriggerMaps(ctx context.Context) ([]store.TriggerMap, error)
	AddReward(ctx context.Context, r store.Reward) (int64, error)
	UpdateReward(ctx context.Context, r store.Reward) error
	DeleteReward(ctx context.Context, id int64) error
	Rewards(ctx context.Context) ([]store.Reward, error)
	SaveWeeklyStep(ctx context.Context, s store.WeeklyStep) (int64, error)
	WeeklySteps(ctx context.Context) ([]store.WeeklyStep, error)
	StepForWeek(ctx context.Context, week time.Time) (store.WeeklyStep, error)
	SafetyPlan(ctx context.Context) (store.SafetyPlan, error)
	SaveSafetyPlan(ctx context.Context, p store.SafetyPlan) error
	AddProblemSheet(ctx context.Context, p store.ProblemSheet) (int64, error)
	UpdateProblemSheet(ctx context.Context, p store.ProblemSheet) error
	DeleteProblemSheet(ctx context.Context, id int64) error
	ProblemSheets(ctx context.Context) ([]store.ProblemSheet, error)
	AddSelfCareRating(ctx context.Context, r store.SelfCareRating) (int64, error)
	SelfCareRatings(ctx context.Context, from, to time.Time) ([]store.SelfCareRating, error)
}

// Links are the pages of other areas the worksheets open.
type Links interface {
	OpenLesson(module, id string)
}

// Screens makes the worksheets' pages. Records is nil when the data could
// not be opened: only the safety plan's numbers show then.
type Screens struct {
	page.Context
	Records     Keeper
	Help        *content.Help
	HelpCountry help.CountrySetting // the country of Get help now, and of the plan's numbers
	PlanState   func() PlanState
	// Again makes these screens afresh (a new language, the records after
	// a restore), for a page the window remakes.
	Again func() *Screens
	Links
}

// fresh is sc made again by the window, or sc when it cannot be.
func (sc *Screens) fresh() *Screens {
	if sc.Again != nil {
		return sc.Again()
	}
	return sc
}
