package store

import (
	"context"
	"database/sql"
	"fmt"
)

type boundaryWords struct {
	Text        string `json:"text"`
	Why         string `json:"why,omitempty"`
	Consequence string `json:"consequence,omitempty"`
	ToldTo      string `json:"toldTo,omitempty"`
}

type testWords struct {
	Note string `json:"note,omitempty"`
}

func boundaryWordsOf(b Boundary) boundaryWords {
	return boundaryWords{b.Text, b.Why, b.Consequence, b.ToldTo}
}

// AddBoundary saves a new boundary.
func (s *Store) AddBoundary(ctx context.Context, b Boundary) (int64, error) {
	if b.SetOn.IsZero() {
		b.SetOn = now()
	}
	return s.insertSealed(ctx, "boundaries", []string{"set_on", "active"},
		[]any{unix(b.SetOn), b.Active}, boundaryWordsOf(b))
}

// UpdateBoundary changes a boundary.
func (s *Store) UpdateBoundary(ctx context.Context, b Boundary) error {
	return s.updateSealed(ctx, "boundaries", b.ID, []string{"set_on", "active"},
		[]any{unix(b.SetOn), b.Active}, boundaryWordsOf(b))
}

// DeleteBoundary removes a boundary and every test logged for it.
func (s *Store) DeleteBoundary(ctx context.Context, id int64) error {
	return s.deleteRow(ctx, "boundaries", id)
}

// Boundaries reads every boundary: active ones first, then newest set first.
func (s *Store) Boundaries(ctx context.Context) ([]Boundary, error) {
	var out []Boundary
	err := s.readSealed(ctx, "SELECT id, set_on, active, words FROM boundaries ORDER BY active DESC, set_on DESC, id DESC", nil,
		func(rows *sql.Rows) error {
			var b Boundary
			var setOn int64
			var words []byte
			if err := rows.Scan(&b.ID, &setOn, &b.Active, &words); err != nil {
				return err
			}
			b.SetOn = fromUnix(setOn)
			var w boundaryWords
			damaged, err := s.openWords("boundaries", b.ID, words, &w)
			b.Text, b.Why, b.Consequence, b.ToldTo, b.Damaged = w.Text, w.Why, w.Consequence, w.ToldTo, damaged
			out = append(out, b)
			return err
		})
	return out, err
}

func validOutcome(o Outcome) bool { return o == Held || o == Bent || o == Broken }

// AddBoundaryTest logs a time a boundary was tested.
func (s *Store) AddBoundaryTest(ctx context.Context, t BoundaryTest) (int64, error) {
	if !validOutcome(t.Outcome) {
		return 0, fmt.Errorf("outcome %q: %w", t.Outcome, ErrInvalid)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM boundaries WHERE id = ?", t.BoundaryID).Scan(&n); err != nil || n == 0 {
		return 0, fmt.Errorf("boundary %d: %w", t.BoundaryID, ErrInvalid)
	}
	if t.On.IsZero() {
		t.On = now()
	}
	return s.insertSealed(ctx, "boundary_tests", []string{"boundary_id", "on_day", "outcome"},
		[]any{t.BoundaryID, unix(t.On), string(t.Outcome)}, testWords{t.Note})
}

// DeleteBoundaryTest removes one logged test.
func (s *Store) DeleteBoundaryTest(ctx context.Context, id int64) error {
	return s.deleteRow(ctx, "boundary_tests", id)
}

// BoundaryTests reads a boundary's tests, newest first.
func (s *Store) BoundaryTests(ctx context.Context, boundaryID int64) ([]BoundaryTest, error) {
	var out []BoundaryTest
	err := s.readSealed(ctx, "SELECT id, on_day, outcome, words FROM boundary_tests WHERE boundary_id = ? ORDER BY on_day DESC, id DESC",
		[]any{boundaryID}, func(rows *sql.Rows) error {
			t := BoundaryTest{BoundaryID: boundaryID}
			var on int64
			var outcome string
			var words []byte
			if err := rows.Scan(&t.ID, &on, &outcome, &words); err != nil {
				return err
			}
			t.On, t.Outcome = fromUnix(on), Outcome(outcome)
			var w testWords
			damaged, err := s.openWords("boundary_tests", t.ID, words, &w)
			t.Note, t.Damaged = w.Note, damaged
			out = append(out, t)
			return err
		})
	return out, err
}
