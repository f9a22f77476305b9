package store

import (
	"context"
	"database/sql"
)

type conversationWords struct {
	Goal        string `json:"goal,omitempty"`
	WhenWhere   string `json:"whenWhere,omitempty"`
	Opening     string `json:"opening,omitempty"`
	IStatements string `json:"iStatements,omitempty"`
	Avoid       string `json:"avoid,omitempty"`
	SelfCare    string `json:"selfCare,omitempty"`
	Happened    string `json:"happened,omitempty"`
	Response    string `json:"response,omitempty"`
	Felt        string `json:"felt,omitempty"`
	NextTime    string `json:"nextTime,omitempty"`
}

func conversationWordsOf(c Conversation) conversationWords {
	return conversationWords{c.Goal, c.WhenWhere, c.Opening, c.IStatements, c.Avoid, c.SelfCare,
		c.Happened, c.Response, c.Felt, c.NextTime}
}

func (w conversationWords) fill(c *Conversation) {
	c.Goal, c.WhenWhere, c.Opening, c.IStatements, c.Avoid, c.SelfCare = w.Goal, w.WhenWhere, w.Opening, w.IStatements, w.Avoid, w.SelfCare
	c.Happened, c.Response, c.Felt, c.NextTime = w.Happened, w.Response, w.Felt, w.NextTime
}

// AddConversation saves a new plan (Planned defaults to now).
func (s *Store) AddConversation(ctx context.Context, c Conversation) (int64, error) {
	if c.Planned.IsZero() {
		c.Planned = now()
	}
	return s.insertSealed(ctx, "conversations", []string{"planned", "debriefed"},
		[]any{unix(c.Planned), unix(c.DebriefedAt)}, conversationWordsOf(c))
}

// UpdateConversation changes a plan and its debrief.
func (s *Store) UpdateConversation(ctx context.Context, c Conversation) error {
	return s.updateSealed(ctx, "conversations", c.ID, []string{"planned", "debriefed"},
		[]any{unix(c.Planned), unix(c.DebriefedAt)}, conversationWordsOf(c))
}

// DeleteConversation removes a plan and its debrief.
func (s *Store) DeleteConversation(ctx context.Context, id int64) error {
	return s.deleteRow(ctx, "conversations", id)
}

// Conversations reads every plan, newest first.
func (s *Store) Conversations(ctx context.Context) ([]Conversation, error) {
	var out []Conversation
	err := s.readSealed(ctx, "SELECT id, planned, debriefed, words FROM conversations ORDER BY planned DESC, id DESC", nil,
		func(rows *sql.Rows) error {
			var c Conversation
			var planned, debriefed int64
			var words []byte
			if err := rows.Scan(&c.ID, &planned, &debriefed, &words); err != nil {
				return err
			}
			c.Planned, c.DebriefedAt = fromUnix(planned), fromUnix(debriefed)
			var w conversationWords
			damaged, err := s.openWords("conversations", c.ID, words, &w)
			w.fill(&c)
			c.Damaged = damaged
			out = append(out, c)
			return err
		})
	return out, err
}
