package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// The CRAFT worksheets: trigger maps, the rewards plan with its weekly
// steps, and the personal safety plan. Their words are sealed like every
// other record's.

// MapKind says what a trigger map describes.
type MapKind string

// The kinds of trigger map.
const (
	MapUsing MapKind = "using" // a typical time of drinking or using
	MapSober MapKind = "sober" // a healthy activity that competes with using
)

// TriggerMap is CRAFT's functional analysis of one typical episode.
type TriggerMap struct {
	ID                 int64
	Kind               MapKind
	Title, Who, Where  string
	When               string
	Thoughts, Feelings string
	Payoff             string // what it gives them, right then
	Cost               string // what it costs them later (sober: what gets in its way)
	MyPart             string // where the family member might change their part
	Updated            time.Time
	Damaged            bool
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
	How              string // how to offer it, or how to say calmly it is held back
	Updated          time.Time
	Damaged          bool
}

// WeeklyStep is the reward planned for one week and how it went.
type WeeklyStep struct {
	ID        int64
	Week      time.Time // the week's Monday, at local midnight
	RewardID  int64     // the reward chosen, 0 when written freely (or since deleted)
	Plan      string
	CheckedIn bool
	Done      bool
	HowItWent string
	Next      string
	CheckedAt time.Time
	Damaged   bool
}

// SafetyPlan is the personal safety plan: one living plan.
type SafetyPlan struct {
	WarningSigns, SafePlaces, People, CodeWord string
	ToTake, HowToLeave, Children, Notes        string
	Updated                                    time.Time
	Damaged                                    bool
}

func mapFields(m *TriggerMap) []field {
	return []field{{"title", &m.Title}, {"who", &m.Who}, {"place", &m.Where}, {"time", &m.When}, {"thoughts", &m.Thoughts},
		{"feelings", &m.Feelings}, {"payoff", &m.Payoff}, {"cost", &m.Cost}, {"my_part", &m.MyPart}}
}

func rewardFields(r *Reward) []field {
	return []field{{"what", &r.What}, {"cost", &r.Cost}, {"time", &r.When}, {"how", &r.How}}
}

func stepFields(s *WeeklyStep) []field {
	return []field{{"plan", &s.Plan}, {"how_it_went", &s.HowItWent}, {"next", &s.Next}}
}

func safetyFields(p *SafetyPlan) []field {
	return []field{{"warning_signs", &p.WarningSigns}, {"safe_places", &p.SafePlaces}, {"people", &p.People},
		{"code_word", &p.CodeWord}, {"to_take", &p.ToTake}, {"how_to_leave", &p.HowToLeave}, {"children", &p.Children},
		{"notes", &p.Notes}}
}

func checkKind[K ~string](k K, allowed ...K) error {
	for _, a := range allowed {
		if k == a {
			return nil
		}
	}
	return fmt.Errorf("store: kind %q: %w", k, ErrInvalid)
}

// AddTriggerMap saves a new map and returns its id.
func (s *Store) AddTriggerMap(ctx context.Context, m TriggerMap) (int64, error) {
	if err := checkKind(m.Kind, MapUsing, MapSober); err != nil {
		return 0, err
	}
	var id int64
	err := s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) (err error) {
		id, err = insertSealed(ctx, tx, box, "trigger_maps", []column{{"kind", string(m.Kind)}, {"updated", time.Now().UnixNano()}}, mapFields(&m))
		return err
	})
	return id, err
}

// UpdateTriggerMap saves an existing map; a missing one is ErrNotFound.
func (s *Store) UpdateTriggerMap(ctx context.Context, m TriggerMap) error {
	if err := checkKind(m.Kind, MapUsing, MapSober); err != nil {
		return err
	}
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		return updateSealed(ctx, tx, box, "trigger_maps", m.ID, []column{{"kind", string(m.Kind)}, {"updated", time.Now().UnixNano()}}, mapFields(&m))
	})
}

// DeleteTriggerMap deletes a map; a missing one is ErrNotFound.
func (s *Store) DeleteTriggerMap(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "trigger_maps", id) })
}

// TriggerMaps returns every map, newest first.
func (s *Store) TriggerMaps(ctx context.Context) ([]TriggerMap, error) {
	var out []TriggerMap
	err := s.readSealed(ctx, "trigger_maps", "SELECT id, kind, updated, title, who, place, time, thoughts, feelings, payoff, cost, my_part FROM trigger_maps ORDER BY updated DESC, id DESC",
		func(scan func(plain ...any) (func([]field) bool, error)) error {
			var m TriggerMap
			var kind string
			var updated int64
			open, err := scan(&m.ID, &kind, &updated)
			if err != nil {
				return err
			}
			m.Kind, m.Updated = MapKind(kind), fromMoment(updated)
			m.Damaged = open(mapFields(&m))
			out = append(out, m)
			return nil
		})
	return out, err
}

// AddReward saves a new item of the rewards plan and returns its id.
func (s *Store) AddReward(ctx context.Context, r Reward) (int64, error) {
	if err := checkKind(r.Kind, RewardOffer, RewardWithhold); err != nil {
		return 0, err
	}
	var id int64
	err := s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) (err error) {
		id, err = insertSealed(ctx, tx, box, "rewards", []column{{"kind", string(r.Kind)}, {"updated", time.Now().UnixNano()}}, rewardFields(&r))
		return err
	})
	return id, err
}

// UpdateReward saves an existing item; a missing one is ErrNotFound.
func (s *Store) UpdateReward(ctx context.Context, r Reward) error {
	if err := checkKind(r.Kind, RewardOffer, RewardWithhold); err != nil {
		return err
	}
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		return updateSealed(ctx, tx, box, "rewards", r.ID, []column{{"kind", string(r.Kind)}, {"updated", time.Now().UnixNano()}}, rewardFields(&r))
	})
}

// DeleteReward deletes an item. The weeks that planned it keep their
// plan's words (their RewardID becomes 0).
func (s *Store) DeleteReward(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error {
		if _, err := tx.ExecContext(ctx, "UPDATE weekly_steps SET reward_id = NULL WHERE reward_id = ?", id); err != nil {
			return fmt.Errorf("store: delete reward %d: %w", id, err)
		}
		return deleteRow(ctx, tx, "rewards", id)
	})
}

// Rewards returns both lists, oldest first (the order they were written).
func (s *Store) Rewards(ctx context.Context) ([]Reward, error) {
	var out []Reward
	err := s.readSealed(ctx, "rewards", "SELECT id, kind, updated, what, cost, time, how FROM rewards ORDER BY id",
		func(scan func(plain ...any) (func([]field) bool, error)) error {
			var r Reward
			var kind string
			var updated int64
			open, err := scan(&r.ID, &kind, &updated)
			if err != nil {
				return err
			}
			r.Kind, r.Updated = RewardKind(kind), fromMoment(updated)
			r.Damaged = open(rewardFields(&r))
			out = append(out, r)
			return nil
		})
	return out, err
}

// SaveWeeklyStep saves a week's step, a new one when ID is 0 (a week has
// one step: a second is refused), else an update. It returns the id.
func (s *Store) SaveWeeklyStep(ctx context.Context, st WeeklyStep) (int64, error) {
	week, err := moment(st.Week, "week")
	if err != nil {
		return 0, err
	}
	var reward any
	if st.RewardID != 0 {
		reward = st.RewardID
	}
	var checked any
	if !st.CheckedAt.IsZero() {
		checked = st.CheckedAt.UnixNano()
	}
	plain := []column{{"week", week}, {"reward_id", reward}, {"checked_in", boolInt(st.CheckedIn)}, {"done", boolInt(st.Done)}, {"checked_at", checked}}
	id := st.ID
	err = s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) (err error) {
		if id == 0 {
			id, err = insertSealed(ctx, tx, box, "weekly_steps", plain, stepFields(&st))
			return err
		}
		return updateSealed(ctx, tx, box, "weekly_steps", id, plain, stepFields(&st))
	})
	return id, err
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

const stepQuery = "SELECT id, week, reward_id, checked_in, done, checked_at, plan, how_it_went, next FROM weekly_steps"

// WeeklySteps returns every week's step, the newest week first.
func (s *Store) WeeklySteps(ctx context.Context) ([]WeeklyStep, error) {
	return s.steps(ctx, stepQuery+" ORDER BY week DESC")
}

// StepForWeek returns the step of the week starting on week (its Monday,
// at local midnight), or ErrNotFound.
func (s *Store) StepForWeek(ctx context.Context, week time.Time) (WeeklyStep, error) {
	steps, err := s.steps(ctx, stepQuery+" WHERE week = ?", week.UnixNano())
	if err != nil {
		return WeeklyStep{}, err
	}
	if len(steps) == 0 {
		return WeeklyStep{}, fmt.Errorf("store: no step for the week of %s: %w", week.Format("2006-01-02"), ErrNotFound)
	}
	return steps[0], nil
}

// DeleteWeeklyStep deletes a week's step; a missing one is ErrNotFound.
func (s *Store) DeleteWeeklyStep(ctx context.Context, id int64) error {
	return s.privateTx(ctx, func(tx *sql.Tx, _ *seal.Box) error { return deleteRow(ctx, tx, "weekly_steps", id) })
}

func (s *Store) steps(ctx context.Context, query string, args ...any) ([]WeeklyStep, error) {
	var out []WeeklyStep
	err := s.readSealed(ctx, "weekly_steps", query, func(scan func(plain ...any) (func([]field) bool, error)) error {
		var st WeeklyStep
		var week int64
		var reward, checkedAt sql.NullInt64
		open, err := scan(&st.ID, &week, &reward, &st.CheckedIn, &st.Done, &checkedAt)
		if err != nil {
			return err
		}
		st.Week, st.RewardID, st.CheckedAt = fromMoment(week), reward.Int64, fromNullMoment(checkedAt)
		st.Damaged = open(stepFields(&st))
		out = append(out, st)
		return nil
	}, args...)
	return out, err
}

// safetyID is the safety plan's one row.
const safetyID = 1

// SafetyPlan returns the personal safety plan, or a zero plan when none
// was saved.
func (s *Store) SafetyPlan(ctx context.Context) (SafetyPlan, error) {
	var p SafetyPlan
	err := s.readSealed(ctx, "safety_plan", "SELECT id, updated, warning_signs, safe_places, people, code_word, to_take, how_to_leave, children, notes FROM safety_plan",
		func(scan func(plain ...any) (func([]field) bool, error)) error {
			var id, updated int64
			open, err := scan(&id, &updated)
			if err != nil {
				return err
			}
			p.Updated = fromMoment(updated)
			p.Damaged = open(safetyFields(&p))
			return nil
		})
	return p, err
}

// SaveSafetyPlan saves the safety plan, replacing the one saved before.
func (s *Store) SaveSafetyPlan(ctx context.Context, p SafetyPlan) error {
	plain := []column{{"updated", time.Now().UnixNano()}}
	fields := safetyFields(&p)
	return s.privateTx(ctx, func(tx *sql.Tx, box *seal.Box) error {
		err := updateSealed(ctx, tx, box, "safety_plan", safetyID, plain, fields)
		if !errors.Is(err, ErrNotFound) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO safety_plan (id, updated, warning_signs, safe_places, people, code_word,
			to_take, how_to_leave, children, notes) VALUES (?, 0, X'', X'', X'', X'', X'', X'', X'', X'')`, safetyID); err != nil {
			return fmt.Errorf("store: save safety plan: %w", err)
		}
		return updateSealed(ctx, tx, box, "safety_plan", safetyID, plain, fields)
	})
}

// readSealed runs query, whose columns are plain ones then sealed ones,
// and calls row for each result. row scans the plain columns with scan,
// which returns a function that opens the sealed ones into fields (bound
// to table and the row's id, the first plain column) and reports damage.
func (s *Store) readSealed(ctx context.Context, table, query string, row func(scan func(plain ...any) (func([]field) bool, error)) error, args ...any) error {
	box, err := s.sealer()
	if err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return classify(fmt.Errorf("store: read %s: %w", table, err))
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return classify(fmt.Errorf("store: read %s: %w", table, err))
	}
	o := opener{box: box}
	for rows.Next() {
		err := row(func(plain ...any) (func([]field) bool, error) {
			dests, raw := rawDests(len(cols) - len(plain))
			if err := rows.Scan(append(plain, dests...)...); err != nil {
				return nil, classify(fmt.Errorf("store: read %s: %w", table, err))
			}
			id := *plain[0].(*int64)
			return func(fields []field) bool { return o.openFields(table, id, fields, raw) }, nil
		})
		if err != nil {
			return err
		}
	}
	return classify(rows.Err())
}
