package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// planID is the relapse plan's one row.
const planID = 1

func planFields(p *RelapsePlan) []field {
	return []field{
		{"warning_signs", &p.WarningSigns}, {"what_i_say", &p.WhatISay}, {"will_not_do", &p.WillNotDo},
		{"safety_steps", &p.SafetySteps}, {"naloxone_where", &p.NaloxoneWhere}, {"who_to_call", &p.WhoToCall},
		{"where_help", &p.WhereHelp},
	}
}

// RelapsePlan returns the relapse plan, or a zero plan when none was saved.
func (s *Store) RelapsePlan(ctx context.Context) (RelapsePlan, error) {
	var p RelapsePlan
	err := s.readSealed(ctx, "relapse_plan", `SELECT id, naloxone_expires, updated, warning_signs, what_i_say, will_not_do,
		safety_steps, naloxone_where, who_to_call, where_help FROM relapse_plan WHERE id = ?`, []any{planID},
		func(r *sealedRow) error {
			var id, updated int64
			var expires sql.NullString
			if err := r.scan(&id, &expires, &updated); err != nil {
				return err
			}
			p.NaloxoneExpires, p.Updated = fromDate(expires), fromMoment(updated)
			p.Damaged = r.open(planFields(&p))
			return nil
		})
	if err != nil {
		return RelapsePlan{}, err
	}
	return p, nil
}

// SaveRelapsePlan saves the relapse plan, replacing the one saved before.
// Updated is set by the store.
func (s *Store) SaveRelapsePlan(ctx context.Context, p RelapsePlan) error {
	expires, err := nullDay(p.NaloxoneExpires, "naloxone expiry")
	if err != nil {
		return err
	}
	plain := []column{{"naloxone_expires", expires}, {"updated", time.Now().UnixNano()}}
	fields := planFields(&p)
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		err := updateSealed(ctx, tx, box, "relapse_plan", planID, plain, fields)
		if !errors.Is(err, ErrNotFound) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO relapse_plan (id, updated, warning_signs, what_i_say,
			will_not_do, safety_steps, naloxone_where, who_to_call, where_help)
			VALUES (?, 0, X'', X'', X'', X'', X'', X'', X'')`, planID); err != nil {
			return fmt.Errorf("store: save relapse plan: %w", err)
		}
		return updateSealed(ctx, tx, box, "relapse_plan", planID, plain, fields)
	})
}

// AddRelapseEvent records one time "it happened" and returns its id. A
// zero At means now.
func (s *Store) AddRelapseEvent(ctx context.Context, e RelapseEvent) (int64, error) {
	at, err := momentOrNow(e.At, "event time")
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		id, err = insertSealed(ctx, tx, box, "relapse_events", []column{{"at", at}}, []field{{"notes", &e.Notes}})
		return err
	})
	return id, err
}

// RelapseEvents returns every recorded event, newest first.
func (s *Store) RelapseEvents(ctx context.Context) ([]RelapseEvent, error) {
	var out []RelapseEvent
	err := s.readSealed(ctx, "relapse_events", "SELECT id, at, notes FROM relapse_events ORDER BY at DESC, id DESC", nil,
		func(r *sealedRow) error {
			var e RelapseEvent
			var at int64
			if err := r.scan(&e.ID, &at); err != nil {
				return err
			}
			e.At = fromMoment(at)
			e.Damaged = r.open([]field{{"notes", &e.Notes}})
			out = append(out, e)
			return nil
		})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DeleteRelapseEvent deletes one event; a missing one is ErrNotFound.
func (s *Store) DeleteRelapseEvent(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "relapse_events", id) })
}
