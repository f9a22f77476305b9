package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/alongside-app/alongside/store/seal"
)

func boundaryFields(b *Boundary) []field {
	return []field{{"text", &b.Text}, {"why", &b.Why}, {"consequence", &b.Consequence}, {"told_to", &b.ToldTo},
		{"situation", &b.Situation}}
}

func boundaryPlain(b Boundary) ([]column, error) {
	on, err := dayOrToday(b.SetOn, "boundary date")
	if err != nil {
		return nil, err
	}
	return []column{{"set_on", on}, {"active", b.Active}}, nil
}

// AddBoundary saves a new boundary and returns its id. A zero SetOn
// means today.
func (s *Store) AddBoundary(ctx context.Context, b Boundary) (int64, error) {
	plain, err := boundaryPlain(b)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		id, err = insertSealed(ctx, tx, box, "boundaries", plain, boundaryFields(&b))
		return err
	})
	return id, err
}

// UpdateBoundary saves changes to a boundary; a missing one is ErrNotFound.
func (s *Store) UpdateBoundary(ctx context.Context, b Boundary) error {
	plain, err := boundaryPlain(b)
	if err != nil {
		return err
	}
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		return updateSealed(ctx, tx, box, "boundaries", b.ID, plain, boundaryFields(&b))
	})
}

// DeleteBoundary deletes a boundary and every test of it; a missing one
// is ErrNotFound.
func (s *Store) DeleteBoundary(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "boundaries", id) })
}

// Boundaries returns every boundary: active ones first, then the most
// recently set.
func (s *Store) Boundaries(ctx context.Context) ([]Boundary, error) {
	var out []Boundary
	err := s.readSealed(ctx, "boundaries", `SELECT id, set_on, active, text, why, consequence, told_to, situation
		FROM boundaries ORDER BY active DESC, set_on DESC, id DESC`, nil, func(r *sealedRow) error {
		var b Boundary
		var on sql.NullString
		if err := r.scan(&b.ID, &on, &b.Active); err != nil {
			return err
		}
		b.SetOn = fromDate(on)
		b.Damaged = r.open(boundaryFields(&b))
		out = append(out, b)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func validOutcome(o Outcome) bool { return o == Held || o == Bent || o == Broken }

// AddBoundaryTest records one time a boundary was tested and returns its
// id. An unknown outcome, or a boundary that does not exist, is
// ErrInvalid. A zero On means today.
func (s *Store) AddBoundaryTest(ctx context.Context, t BoundaryTest) (int64, error) {
	if !validOutcome(t.Outcome) {
		return 0, fmt.Errorf("store: outcome %q: %w", t.Outcome, ErrInvalid)
	}
	on, err := dayOrToday(t.On, "test date")
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM boundaries WHERE id = ?", t.BoundaryID).Scan(&n); err != nil {
			return fmt.Errorf("store: find boundary %d: %w", t.BoundaryID, err)
		}
		if n == 0 {
			return fmt.Errorf("store: test of boundary %d, which does not exist: %w", t.BoundaryID, ErrInvalid)
		}
		plain := []column{{"boundary_id", t.BoundaryID}, {"tested_on", on}, {"outcome", string(t.Outcome)}}
		id, err = insertSealed(ctx, tx, box, "boundary_tests", plain, []field{{"note", &t.Note}})
		return err
	})
	return id, err
}

// DeleteBoundaryTest deletes one test; a missing one is ErrNotFound.
func (s *Store) DeleteBoundaryTest(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "boundary_tests", id) })
}

// BoundaryTests returns the tests of one boundary, newest first.
func (s *Store) BoundaryTests(ctx context.Context, boundaryID int64) ([]BoundaryTest, error) {
	var out []BoundaryTest
	err := s.readSealed(ctx, "boundary_tests", `SELECT id, boundary_id, tested_on, outcome, note FROM boundary_tests
		WHERE boundary_id = ? ORDER BY tested_on DESC, id DESC`, []any{boundaryID}, func(r *sealedRow) error {
		var t BoundaryTest
		var on sql.NullString
		if err := r.scan(&t.ID, &t.BoundaryID, &on, &t.Outcome); err != nil {
			return err
		}
		t.On = fromDate(on)
		t.Damaged = r.open([]field{{"note", &t.Note}})
		out = append(out, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
