package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// EnablingCheck is one enabling self-check: an answer per situation, in the
// order Learn asks them (0 never or rarely, 1 sometimes, 2 often), and their
// total.
type EnablingCheck struct {
	ID      int64
	TakenAt time.Time
	Answers []int
	Score   int
}

// SelfCareRating is one self-care rating: how satisfied the person is,
// from 1 to 10, in each area of life they rated (by the area's id).
type SelfCareRating struct {
	ID      int64
	TakenAt time.Time
	Scores  map[string]int
}

// maxAnswers bounds one self-check; Learn asks far fewer.
const maxAnswers = 100

func encodeAnswers(as []int) (string, int, error) {
	if len(as) == 0 || len(as) > maxAnswers {
		return "", 0, fmt.Errorf("store: a self-check with %d answers: %w", len(as), ErrInvalid)
	}
	var b strings.Builder
	score := 0
	for _, a := range as {
		if a < 0 || a > 2 {
			return "", 0, fmt.Errorf("store: self-check answer %d: %w", a, ErrInvalid)
		}
		b.WriteByte(byte('0' + a))
		score += a
	}
	return b.String(), score, nil
}

func decodeAnswers(s string) []int {
	out := make([]int, 0, len(s))
	for _, c := range s {
		out = append(out, int(c-'0'))
	}
	return out
}

// AddEnablingCheck saves one self-check; its Score is worked out from the
// answers. It returns the new id.
func (s *Store) AddEnablingCheck(ctx context.Context, c EnablingCheck) (int64, error) {
	answers, score, err := encodeAnswers(c.Answers)
	if err != nil {
		return 0, err
	}
	at, err := momentOrNow(c.TakenAt, "self-check time")
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error {
		res, err := tx.ExecContext(ctx, "INSERT INTO enabling_checks (taken_at, answers, score) VALUES (?, ?, ?)", at, answers, score)
		if err != nil {
			return fmt.Errorf("store: save self-check: %w", err)
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// EnablingChecks returns every saved self-check, newest first.
func (s *Store) EnablingChecks(ctx context.Context) ([]EnablingCheck, error) {
	var out []EnablingCheck
	err := s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error {
		rows, err := tx.QueryContext(ctx, "SELECT id, taken_at, answers, score FROM enabling_checks ORDER BY taken_at DESC, id DESC")
		if err != nil {
			return fmt.Errorf("store: read self-checks: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var c EnablingCheck
			var at int64
			var answers string
			if err := rows.Scan(&c.ID, &at, &answers, &c.Score); err != nil {
				return fmt.Errorf("store: read self-check: %w", err)
			}
			c.TakenAt, c.Answers = fromMoment(at), decodeAnswers(answers)
			out = append(out, c)
		}
		return rows.Err()
	})
	return out, err
}

// DeleteEnablingCheck removes one self-check.
func (s *Store) DeleteEnablingCheck(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error {
		return deleteRow(ctx, tx, "enabling_checks", id)
	})
}

func checkScores(scores map[string]int) error {
	if len(scores) == 0 || len(scores) > maxAnswers {
		return fmt.Errorf("store: a self-care rating of %d areas: %w", len(scores), ErrInvalid)
	}
	for area, v := range scores {
		if area == "" || len(area) > 40 || v < 1 || v > 10 {
			return fmt.Errorf("store: self-care score %q=%d: %w", area, v, ErrInvalid)
		}
	}
	return nil
}

// AddSelfCareRating saves one rating and returns its id.
func (s *Store) AddSelfCareRating(ctx context.Context, r SelfCareRating) (int64, error) {
	if err := checkScores(r.Scores); err != nil {
		return 0, err
	}
	at, err := momentOrNow(r.TakenAt, "rating time")
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error {
		res, err := tx.ExecContext(ctx, "INSERT INTO selfcare_ratings (taken_at) VALUES (?)", at)
		if err != nil {
			return fmt.Errorf("store: save self-care rating: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		for _, area := range slices.Sorted(maps.Keys(r.Scores)) {
			if _, err := tx.ExecContext(ctx, "INSERT INTO selfcare_scores (rating_id, area, score) VALUES (?, ?, ?)", id, area, r.Scores[area]); err != nil {
				return fmt.Errorf("store: save self-care score: %w", err)
			}
		}
		return nil
	})
	return id, err
}

// SelfCareRatings returns the ratings taken from from to to (inclusive;
// a zero time leaves that end open), oldest first, as a trend reads.
func (s *Store) SelfCareRatings(ctx context.Context, from, to time.Time) ([]SelfCareRating, error) {
	lo, hi := minTime.UnixNano(), maxTime.UnixNano()
	if !from.IsZero() {
		lo = from.UnixNano()
	}
	if !to.IsZero() {
		hi = to.UnixNano()
	}
	var out []SelfCareRating
	err := s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error {
		rows, err := tx.QueryContext(ctx, `SELECT r.id, r.taken_at, s.area, s.score
			FROM selfcare_ratings r JOIN selfcare_scores s ON s.rating_id = r.id
			WHERE r.taken_at BETWEEN ? AND ? ORDER BY r.taken_at, r.id`, lo, hi)
		if err != nil {
			return fmt.Errorf("store: read self-care ratings: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id, at int64
			var area string
			var v int
			if err := rows.Scan(&id, &at, &area, &v); err != nil {
				return fmt.Errorf("store: read self-care rating: %w", err)
			}
			if n := len(out); n == 0 || out[n-1].ID != id {
				out = append(out, SelfCareRating{ID: id, TakenAt: fromMoment(at), Scores: map[string]int{}})
			}
			out[len(out)-1].Scores[area] = v
		}
		return rows.Err()
	})
	return out, err
}

// DeleteSelfCareRating removes one rating and its scores.
func (s *Store) DeleteSelfCareRating(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error {
		return deleteRow(ctx, tx, "selfcare_ratings", id)
	})
}
