// Package learn is the Learn section: the modules and their lessons,
// progress, and the exercises lessons open (the enabling self-check, the
// boundary builder, the safety question asked before some of them).
package learn

import (
	"context"
	"time"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

// SettingKeeper keeps sealed settings, such as Learn's progress.
// Both return store.ErrLocked while the records are locked.
type SettingKeeper interface {
	GetPrivate(ctx context.Context, key store.Setting) (string, error)
	SetPrivate(ctx context.Context, key store.Setting, value string) error
}

// ExerciseKeeper keeps the results of Learn's exercises.
type ExerciseKeeper interface {
	AddEnablingCheck(ctx context.Context, c store.EnablingCheck) (int64, error)
	EnablingChecks(ctx context.Context) ([]store.EnablingCheck, error)
	AddSelfCareRating(ctx context.Context, r store.SelfCareRating) (int64, error)
	SelfCareRatings(ctx context.Context, from, to time.Time) ([]store.SelfCareRating, error)
	// LovedOneAge and SetLovedOneAge keep whether the loved one is under
	// 18, sealed: store.ErrLocked while locked.
	LovedOneAge(ctx context.Context) (store.Age, error)
	SetLovedOneAge(ctx context.Context, a store.Age) error
}

// Keeper is what Learn keeps: its progress (sealed settings), the
// exercises' results, and the boundary the builder makes.
type Keeper interface {
	SettingKeeper
	ExerciseKeeper
	AddBoundary(ctx context.Context, b store.Boundary) (int64, error)
}

// Links are the pages of other areas that lessons and exercises open.
type Links interface {
	ConversationPage(c store.Conversation) page.Page
	RelapsePlanPage() page.Page
	TriggerMapsPage() page.Page
	RewardsPage() page.Page
	SafetyPlanPage() page.Page
	SelfCarePage() page.Page
	ProblemsPage() page.Page
	ShowSafetyPlan()
	GroupFitPage() page.Page
	WriteAbout(text, prompt string, saved func()) page.Page
}

// Screens makes Learn's pages. Records is nil when the data could not be
// opened.
type Screens struct {
	page.Context
	Records Keeper
	Learn   *content.Learn
	Prefs   page.Preferences // where older versions kept the progress
	// Safety is this session's answer to the safety question, kept by the
	// window and forgotten when the records lock.
	Safety *SafetyAnswer
	Links
}
