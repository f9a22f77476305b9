package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// ProblemSheet is the problem-solving worksheet: one problem worked
// through CRAFT's five steps. Every word is sealed; only the time it was
// last saved stays plain. Every call is ErrLocked while the records are
// locked.
type ProblemSheet struct {
	ID         int64
	Problem    string    // 1. the problem, narrow and specific
	Ideas      string    // 2. every idea, written without judging
	Choice     string    // 3. the one (or two) to try, and when
	Obstacles  string    // 4. what could get in the way
	IfObstacle string    //    and what I will do then
	HowItWent  string    // 5. after trying: how it went
	Next       string    //    and what next
	Updated    time.Time // set by the store
	Damaged    bool      // a sealed value did not open; that field is empty
}

func problemFields(p *ProblemSheet) []field {
	return []field{
		{"problem", &p.Problem}, {"ideas", &p.Ideas}, {"choice", &p.Choice}, {"obstacles", &p.Obstacles},
		{"obstacle_plan", &p.IfObstacle}, {"how_it_went", &p.HowItWent}, {"next", &p.Next},
	}
}

func problemPlain() []column { return []column{{"updated", time.Now().UnixNano()}} }

// AddProblemSheet saves a new worksheet and returns its id. A value too
// long is ErrInvalid.
func (s *Store) AddProblemSheet(ctx context.Context, p ProblemSheet) (int64, error) {
	var id int64
	err := s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		var err error
		id, err = insertSealed(ctx, tx, box, "problem_sheets", problemPlain(), problemFields(&p))
		return err
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}

// UpdateProblemSheet saves changes to a worksheet; a missing one is
// ErrNotFound, a value too long ErrInvalid.
func (s *Store) UpdateProblemSheet(ctx context.Context, p ProblemSheet) error {
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		return updateSealed(ctx, tx, box, "problem_sheets", p.ID, problemPlain(), problemFields(&p))
	})
}

// DeleteProblemSheet deletes a worksheet; a missing one is ErrNotFound.
func (s *Store) DeleteProblemSheet(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "problem_sheets", id) })
}

// ProblemSheets returns every worksheet, the most recently saved first.
func (s *Store) ProblemSheets(ctx context.Context) ([]ProblemSheet, error) {
	var out []ProblemSheet
	err := s.readSealed(ctx, "problem_sheets", `SELECT id, updated, problem, ideas, choice, obstacles, obstacle_plan,
		how_it_went, next FROM problem_sheets ORDER BY updated DESC, id DESC`, nil, func(r *sealedRow) error {
		var p ProblemSheet
		var updated int64
		if err := r.scan(&p.ID, &updated); err != nil {
			return err
		}
		p.Updated = fromMoment(updated)
		p.Damaged = r.open(problemFields(&p))
		out = append(out, p)
		return nil
	})
	return out, err
}
