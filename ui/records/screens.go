// Package records is the three sections of the person's own records:
// Boundaries (and each boundary's tests), Conversations (plans and their
// debriefs) and the Relapse plan (with "It happened").
package records

import (
	"context"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

// BoundaryKeeper keeps the boundaries ledger.
type BoundaryKeeper interface {
	AddBoundary(ctx context.Context, b store.Boundary) (int64, error)
	UpdateBoundary(ctx context.Context, b store.Boundary) error
	DeleteBoundary(ctx context.Context, id int64) error
	Boundaries(ctx context.Context) ([]store.Boundary, error)
	AddBoundaryTest(ctx context.Context, t store.BoundaryTest) (int64, error)
	DeleteBoundaryTest(ctx context.Context, id int64) error
	BoundaryTests(ctx context.Context, boundaryID int64) ([]store.BoundaryTest, error)
}

// ConversationKeeper keeps conversation plans and their debriefs.
type ConversationKeeper interface {
	AddConversation(ctx context.Context, c store.Conversation) (int64, error)
	UpdateConversation(ctx context.Context, c store.Conversation) error
	DeleteConversation(ctx context.Context, id int64) error
	Conversations(ctx context.Context) ([]store.Conversation, error)
}

// RelapseKeeper keeps the relapse plan and the times "It happened".
type RelapseKeeper interface {
	RelapsePlan(ctx context.Context) (store.RelapsePlan, error)
	SaveRelapsePlan(ctx context.Context, p store.RelapsePlan) error
	AddRelapseEvent(ctx context.Context, e store.RelapseEvent) (int64, error)
	RelapseEvents(ctx context.Context) ([]store.RelapseEvent, error)
	DeleteRelapseEvent(ctx context.Context, id int64) error
}

// Keeper is what the three sections keep.
type Keeper interface {
	BoundaryKeeper
	ConversationKeeper
	RelapseKeeper
}

// Screens makes the records' pages.
type Screens struct {
	page.Context
	Records Keeper
}
