package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// WeeklyStep is the reward planned for one week of the rewards plan, and
// the check-in after it. A week has at most one step.
type WeeklyStep struct {
	ID        int64
	Week      time.Time // the week's Monday at local midnight; any day of the week names it when saving
	RewardID  int64     // the reward chosen; 0 when written freely, or since deleted
	Plan      string    // what I will offer, and when: kept when the reward is deleted
	CheckedIn bool
	Done      bool // the reward was given; only with CheckedIn
	HowItWent string
	Next      string
	CheckedAt time.Time // when it was checked in; zero when it was not (a zero time checking in means now)
	Damaged   bool      // a sealed value did not open; that field is empty
}

func stepFields(st *WeeklyStep) []field {
	return []field{{"plan", &st.Plan}, {"how_it_went", &st.HowItWent}, {"next", &st.Next}}
}

// weekOf is the calendar day of the Monday of t's week, read in t's own
// location. A week is kept as a day, like a boundary's date, so that a
// change of time zone neither splits nor loses it.
func weekOf(t time.Time) (string, error) {
	if t.IsZero() {
		return "", fmt.Errorf("store: no week given: %w", ErrInvalid)
	}
	y, m, d := t.Date()
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	return day(time.Date(y, m, d-back, 0, 0, 0, 0, time.UTC), "week")
}

// stepPlain checks st's plain values and returns them as columns, and
// its week.
func stepPlain(st WeeklyStep) (cols []column, week string, err error) {
	if week, err = weekOf(st.Week); err != nil {
		return nil, "", err
	}
	if st.RewardID < 0 {
		return nil, "", fmt.Errorf("store: reward %d: %w", st.RewardID, ErrInvalid)
	}
	if st.Done && !st.CheckedIn {
		return nil, "", fmt.Errorf("store: a step done but not checked in: %w", ErrInvalid)
	}
	var reward, checkedAt any // NULL unless set
	if st.RewardID != 0 {
		reward = st.RewardID
	}
	if st.CheckedIn {
		if checkedAt, err = momentOrNow(st.CheckedAt, "check-in time"); err != nil {
			return nil, "", err
		}
	}
	return []column{
		{"week", week}, {"reward_id", reward}, {"checked_in", st.CheckedIn}, {"done", st.Done}, {"checked_at", checkedAt},
	}, week, nil
}

// SaveWeeklyStep saves a week's step: a new one when ID is 0, else the
// changes to step ID (ErrNotFound when it is missing). It returns the
// step's id. A second step for the same week, a RewardID that names no
// reward, Done without CheckedIn or a value too long is ErrInvalid and
// changes nothing.
func (s *Store) SaveWeeklyStep(ctx context.Context, st WeeklyStep) (int64, error) {
	plain, week, err := stepPlain(st)
	if err != nil {
		return 0, err
	}
	id := st.ID
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		if err := checkStep(ctx, tx, id, week, st.RewardID); err != nil {
			return err
		}
		if id == 0 {
			id, err = insertSealed(ctx, tx, box, "weekly_steps", plain, stepFields(&st))
			return err
		}
		return updateSealed(ctx, tx, box, "weekly_steps", id, plain, stepFields(&st))
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}

// checkStep refuses step id for week when another step has the week, or
// when reward (if not 0) does not exist.
func checkStep(ctx context.Context, tx *sql.Tx, id int64, week string, reward int64) error {
	var taken, rewards int
	err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM weekly_steps WHERE week = ? AND id != ?),
		(SELECT COUNT(*) FROM rewards WHERE id = ?)`, week, id, reward).Scan(&taken, &rewards)
	switch {
	case err != nil:
		return fmt.Errorf("store: save step: %w", err)
	case taken > 0:
		return fmt.Errorf("store: the week of %s already has a step: %w", week, ErrInvalid)
	case reward != 0 && rewards == 0:
		return fmt.Errorf("store: step with reward %d, which does not exist: %w", reward, ErrInvalid)
	}
	return nil
}

const stepQuery = "SELECT id, week, reward_id, checked_in, done, checked_at, plan, how_it_went, next FROM weekly_steps"

// WeeklySteps returns every week's step, the newest week first.
func (s *Store) WeeklySteps(ctx context.Context) ([]WeeklyStep, error) {
	return s.steps(ctx, stepQuery+" ORDER BY week DESC")
}

// StepForWeek returns the step of the week that holds week (any day of
// it), or ErrNotFound.
func (s *Store) StepForWeek(ctx context.Context, week time.Time) (WeeklyStep, error) {
	w, err := weekOf(week)
	if err != nil {
		return WeeklyStep{}, err
	}
	steps, err := s.steps(ctx, stepQuery+" WHERE week = ?", w)
	if err != nil {
		return WeeklyStep{}, err
	}
	if len(steps) == 0 {
		return WeeklyStep{}, fmt.Errorf("store: no step for the week of %s: %w", w, ErrNotFound)
	}
	return steps[0], nil
}

// DeleteWeeklyStep deletes a week's step; a missing one is ErrNotFound.
func (s *Store) DeleteWeeklyStep(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "weekly_steps", id) })
}

func (s *Store) steps(ctx context.Context, query string, args ...any) ([]WeeklyStep, error) {
	var out []WeeklyStep
	err := s.readSealed(ctx, "weekly_steps", query, args, func(r *sealedRow) error {
		var st WeeklyStep
		var week sql.NullString
		var reward, checkedAt sql.NullInt64
		if err := r.scan(&st.ID, &week, &reward, &st.CheckedIn, &st.Done, &checkedAt); err != nil {
			return err
		}
		st.Week, st.RewardID, st.CheckedAt = fromDate(week), reward.Int64, fromNullMoment(checkedAt)
		st.Damaged = r.open(stepFields(&st))
		out = append(out, st)
		return nil
	})
	return out, err
}
