package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// The CRAFT worksheets: trigger maps, the rewards plan (its weekly steps
// are in worksheets_week.go) and the personal safety plan. Their words
// are sealed one by one like every other record's; kinds, dates and ticks
// stay plain. Every call is ErrLocked while the records are locked.

// MapKind says what a trigger map describes.
type MapKind string

// The kinds of trigger map.
const (
	MapUsing MapKind = "using" // a typical time of drinking or using
	MapSober MapKind = "sober" // a healthy, sober activity that competes with using
)

// TriggerMap is CRAFT's functional analysis of one typical episode. For
// MapSober the same fields describe the healthy activity, and Cost is
// what gets in its way.
type TriggerMap struct {
	ID                 int64
	Kind               MapKind
	Title, Who, Where  string
	When               string
	Thoughts, Feelings string
	Payoff             string    // what it gives them, right then
	Cost               string    // what it costs them later (sober: what gets in its way)
	MyPart             string    // where the family member might change their part
	Updated            time.Time // set by the store
	Damaged            bool      // a sealed value did not open; that field is empty
}

// RewardKind says which list of the rewards plan an item is on.
type RewardKind string

// The two lists.
const (
	RewardOffer    RewardKind = "offer"    // to offer for sober time
	RewardWithhold RewardKind = "withhold" // to hold back when they use
)

// Reward is one item of the rewards plan.
type Reward struct {
	ID               int64
	Kind             RewardKind
	What, Cost, When string
	How              string    // how to offer it, or how to say calmly it is held back
	Updated          time.Time // set by the store
	Damaged          bool      // a sealed value did not open; that field is empty
}

// SafetyPlan is the personal safety plan: one living plan.
type SafetyPlan struct {
	WarningSigns string
	SafePlaces   string
	People       string // people to call
	CodeWord     string
	ToTake       string // documents, medicines, keys, money
	HowToLeave   string
	Children     string // the children's safety
	Notes        string
	Updated      time.Time // set by the store; zero when no plan was saved
	Damaged      bool      // a sealed value did not open; that field is empty
}

// The sealed columns of each worksheet, in the order its queries read them.

func mapFields(m *TriggerMap) []field {
	return []field{
		{"title", &m.Title}, {"who", &m.Who}, {"place", &m.Where}, {"time", &m.When}, {"thoughts", &m.Thoughts},
		{"feelings", &m.Feelings}, {"payoff", &m.Payoff}, {"cost", &m.Cost}, {"my_part", &m.MyPart},
	}
}

func rewardFields(r *Reward) []field {
	return []field{{"what", &r.What}, {"cost", &r.Cost}, {"time", &r.When}, {"how", &r.How}}
}

func safetyFields(p *SafetyPlan) []field {
	return []field{
		{"warning_signs", &p.WarningSigns}, {"safe_places", &p.SafePlaces}, {"people", &p.People},
		{"code_word", &p.CodeWord}, {"to_take", &p.ToTake}, {"how_to_leave", &p.HowToLeave},
		{"children", &p.Children}, {"notes", &p.Notes},
	}
}

// kindColumns checks k against the kinds allowed and returns the plain
// columns a map or a reward saves with it.
func kindColumns[K ~string](k K, allowed ...K) ([]column, error) {
	if !slices.Contains(allowed, k) {
		return nil, fmt.Errorf("store: kind %q: %w", k, ErrInvalid)
	}
	return []column{{"kind", string(k)}, {"updated", time.Now().UnixNano()}}, nil
}

// AddTriggerMap saves a new map and returns its id. An unknown Kind or a
// value too long is ErrInvalid.
func (s *Store) AddTriggerMap(ctx context.Context, m TriggerMap) (int64, error) {
	plain, err := kindColumns(m.Kind, MapUsing, MapSober)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		id, err = insertSealed(ctx, tx, box, "trigger_maps", plain, mapFields(&m))
		return err
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}

// UpdateTriggerMap saves changes to a map; a missing one is ErrNotFound.
func (s *Store) UpdateTriggerMap(ctx context.Context, m TriggerMap) error {
	plain, err := kindColumns(m.Kind, MapUsing, MapSober)
	if err != nil {
		return err
	}
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		return updateSealed(ctx, tx, box, "trigger_maps", m.ID, plain, mapFields(&m))
	})
}

// DeleteTriggerMap deletes a map; a missing one is ErrNotFound.
func (s *Store) DeleteTriggerMap(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "trigger_maps", id) })
}

// TriggerMaps returns every map, the most recently saved first.
func (s *Store) TriggerMaps(ctx context.Context) ([]TriggerMap, error) {
	var out []TriggerMap
	err := s.readSealed(ctx, "trigger_maps", `SELECT id, kind, updated, title, who, place, time, thoughts, feelings,
		payoff, cost, my_part FROM trigger_maps ORDER BY updated DESC, id DESC`, nil, func(r *sealedRow) error {
		var m TriggerMap
		var updated int64
		if err := r.scan(&m.ID, &m.Kind, &updated); err != nil {
			return err
		}
		m.Updated = fromMoment(updated)
		m.Damaged = r.open(mapFields(&m))
		out = append(out, m)
		return nil
	})
	return out, err
}

// AddReward saves a new item of the rewards plan and returns its id. An
// unknown Kind or a value too long is ErrInvalid.
func (s *Store) AddReward(ctx context.Context, r Reward) (int64, error) {
	plain, err := kindColumns(r.Kind, RewardOffer, RewardWithhold)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		id, err = insertSealed(ctx, tx, box, "rewards", plain, rewardFields(&r))
		return err
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}

// UpdateReward saves changes to an item; a missing one is ErrNotFound.
func (s *Store) UpdateReward(ctx context.Context, r Reward) error {
	plain, err := kindColumns(r.Kind, RewardOffer, RewardWithhold)
	if err != nil {
		return err
	}
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		return updateSealed(ctx, tx, box, "rewards", r.ID, plain, rewardFields(&r))
	})
}

// DeleteReward deletes an item; a missing one is ErrNotFound. The weeks
// that planned it keep their history: their Plan stays, their RewardID
// becomes 0. (The schema says so too; doing it here does not depend on
// the connection enforcing foreign keys.)
func (s *Store) DeleteReward(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error {
		if _, err := tx.ExecContext(ctx, "UPDATE weekly_steps SET reward_id = NULL WHERE reward_id = ?", id); err != nil {
			return fmt.Errorf("store: delete reward %d: %w", id, err)
		}
		return deleteRow(ctx, tx, "rewards", id)
	})
}

// Rewards returns both lists together, in the order they were written.
func (s *Store) Rewards(ctx context.Context) ([]Reward, error) {
	var out []Reward
	err := s.readSealed(ctx, "rewards", "SELECT id, kind, updated, what, cost, time, how FROM rewards ORDER BY id", nil,
		func(r *sealedRow) error {
			var w Reward
			var updated int64
			if err := r.scan(&w.ID, &w.Kind, &updated); err != nil {
				return err
			}
			w.Updated = fromMoment(updated)
			w.Damaged = r.open(rewardFields(&w))
			out = append(out, w)
			return nil
		})
	return out, err
}

// safetyID is the safety plan's one row.
const safetyID = 1

// SafetyPlan returns the personal safety plan, or the zero plan when none
// was saved yet.
func (s *Store) SafetyPlan(ctx context.Context) (SafetyPlan, error) {
	var p SafetyPlan
	err := s.readSealed(ctx, "safety_plan", `SELECT id, updated, warning_signs, safe_places, people, code_word,
		to_take, how_to_leave, children, notes FROM safety_plan WHERE id = ?`, []any{safetyID}, func(r *sealedRow) error {
		var id, updated int64
		if err := r.scan(&id, &updated); err != nil {
			return err
		}
		p.Updated = fromMoment(updated)
		p.Damaged = r.open(safetyFields(&p))
		return nil
	})
	if err != nil {
		return SafetyPlan{}, err
	}
	return p, nil
}

// SaveSafetyPlan saves the safety plan, replacing the one saved before.
// A value too long is ErrInvalid and keeps the plan as it was.
func (s *Store) SaveSafetyPlan(ctx context.Context, p SafetyPlan) error {
	plain := []column{{"updated", time.Now().UnixNano()}}
	fields := safetyFields(&p)
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		err := updateSealed(ctx, tx, box, "safety_plan", safetyID, plain, fields)
		if !errors.Is(err, ErrNotFound) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO safety_plan (id, updated, warning_signs, safe_places, people,
			code_word, to_take, how_to_leave, children, notes)
			VALUES (?, 0, X'', X'', X'', X'', X'', X'', X'', X'')`, safetyID); err != nil {
			return fmt.Errorf("store: save safety plan: %w", err)
		}
		return updateSealed(ctx, tx, box, "safety_plan", safetyID, plain, fields)
	})
}
