package store

import (
	"context"
	"database/sql"

	"github.com/alongside-app/alongside/store/seal"
)

func conversationFields(c *Conversation) []field {
	return []field{
		{"goal", &c.Goal}, {"when_where", &c.WhenWhere}, {"opening", &c.Opening},
		{"i_statements", &c.IStatements}, {"avoid", &c.Avoid}, {"self_care", &c.SelfCare},
		{"happened", &c.Happened}, {"response", &c.Response}, {"felt", &c.Felt}, {"next_time", &c.NextTime},
	}
}

func conversationPlain(c Conversation) ([]column, error) {
	planned, err := momentOrNow(c.Planned, "plan time")
	if err != nil {
		return nil, err
	}
	debriefed, err := nullMoment(c.DebriefedAt, "debrief time")
	if err != nil {
		return nil, err
	}
	return []column{{"planned", planned}, {"debriefed_at", debriefed}}, nil
}

// AddConversation saves a new conversation plan and returns its id. A
// zero Planned means now.
func (s *Store) AddConversation(ctx context.Context, c Conversation) (int64, error) {
	plain, err := conversationPlain(c)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		id, err = insertSealed(ctx, tx, box, "conversations", plain, conversationFields(&c))
		return err
	})
	return id, err
}

// UpdateConversation saves changes to a plan or its debrief; a missing
// one is ErrNotFound.
func (s *Store) UpdateConversation(ctx context.Context, c Conversation) error {
	plain, err := conversationPlain(c)
	if err != nil {
		return err
	}
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		return updateSealed(ctx, tx, box, "conversations", c.ID, plain, conversationFields(&c))
	})
}

// DeleteConversation deletes a conversation; a missing one is ErrNotFound.
func (s *Store) DeleteConversation(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "conversations", id) })
}

// Conversations returns every conversation, the most recently planned first.
func (s *Store) Conversations(ctx context.Context) ([]Conversation, error) {
	var out []Conversation
	err := s.readSealed(ctx, "conversations", `SELECT id, planned, debriefed_at, goal, when_where, opening, i_statements,
		avoid, self_care, happened, response, felt, next_time FROM conversations ORDER BY planned DESC, id DESC`, nil,
		func(r *sealedRow) error {
			var c Conversation
			var planned int64
			var debriefed sql.NullInt64
			if err := r.scan(&c.ID, &planned, &debriefed); err != nil {
				return err
			}
			c.Planned, c.DebriefedAt = fromMoment(planned), fromNullMoment(debriefed)
			c.Damaged = r.open(conversationFields(&c))
			out = append(out, c)
			return nil
		})
	if err != nil {
		return nil, err
	}
	return out, nil
}
