package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

type planWords struct {
	WarningSigns  string `json:"warningSigns,omitempty"`
	WhatISay      string `json:"whatISay,omitempty"`
	WillNotDo     string `json:"willNotDo,omitempty"`
	SafetySteps   string `json:"safetySteps,omitempty"`
	NaloxoneWhere string `json:"naloxoneWhere,omitempty"`
	WhoToCall     string `json:"whoToCall,omitempty"`
	WhereHelp     string `json:"whereHelp,omitempty"`
}

type eventWords struct {
	Notes string `json:"notes,omitempty"`
}

// planID is the relapse plan's one row.
const planID = 1

// RelapsePlan reads the plan; a plan never saved comes back empty.
func (s *Store) RelapsePlan(ctx context.Context) (RelapsePlan, error) {
	var p RelapsePlan
	if err := s.requireKey(); err != nil {
		return p, err
	}
	var expires, updated int64
	var words []byte
	err := s.db.QueryRowContext(ctx, "SELECT expires, updated, words FROM relapse_plan WHERE id = ?", planID).Scan(&expires, &updated, &words)
	if errors.Is(err, sql.ErrNoRows) {
		return p, nil
	}
	if err != nil {
		return p, classify(fmt.Errorf("store: read relapse plan: %w", err))
	}
	p.NaloxoneExpires, p.Updated = fromUnix(expires), fromUnix(updated)
	var w planWords
	p.Damaged, err = s.openWords("relapse_plan", planID, words, &w)
	p.WarningSigns, p.WhatISay, p.WillNotDo, p.SafetySteps = w.WarningSigns, w.WhatISay, w.WillNotDo, w.SafetySteps
	p.NaloxoneWhere, p.WhoToCall, p.WhereHelp = w.NaloxoneWhere, w.WhoToCall, w.WhereHelp
	return p, err
}

// SaveRelapsePlan keeps the plan, replacing the one before.
func (s *Store) SaveRelapsePlan(ctx context.Context, p RelapsePlan) error {
	sealed, err := s.sealWords("relapse_plan", planID, planWords{p.WarningSigns, p.WhatISay, p.WillNotDo,
		p.SafetySteps, p.NaloxoneWhere, p.WhoToCall, p.WhereHelp})
	if err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO relapse_plan (id, expires, updated, words) VALUES (?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET expires = excluded.expires, updated = excluded.updated, words = excluded.words`,
			planID, unix(p.NaloxoneExpires), now().Unix(), sealed)
		if err != nil {
			return fmt.Errorf("store: save relapse plan: %w", err)
		}
		return nil
	})
}

// AddRelapseEvent records a time "It happened" (At defaults to now).
func (s *Store) AddRelapseEvent(ctx context.Context, e RelapseEvent) (int64, error) {
	if e.At.IsZero() {
		e.At = now()
	}
	return s.insertSealed(ctx, "relapse_events", []string{"at"}, []any{unix(e.At)}, eventWords{e.Notes})
}

// DeleteRelapseEvent removes one recorded event.
func (s *Store) DeleteRelapseEvent(ctx context.Context, id int64) error {
	return s.deleteRow(ctx, "relapse_events", id)
}

// RelapseEvents reads the recorded events, newest first.
func (s *Store) RelapseEvents(ctx context.Context) ([]RelapseEvent, error) {
	var out []RelapseEvent
	err := s.readSealed(ctx, "SELECT id, at, words FROM relapse_events ORDER BY at DESC, id DESC", nil,
		func(rows *sql.Rows) error {
			var e RelapseEvent
			var at int64
			var words []byte
			if err := rows.Scan(&e.ID, &at, &words); err != nil {
				return err
			}
			e.At = fromUnix(at)
			var w eventWords
			damaged, err := s.openWords("relapse_events", e.ID, words, &w)
			e.Notes, e.Damaged = w.Notes, damaged
			out = append(out, e)
			return err
		})
	return out, err
}
