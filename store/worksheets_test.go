package store

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// The privacy tests in private_test.go (the marker test, every field
// reading back, tampered and moved values, passphrase changes, calls
// refused while locked) cover the worksheets through everything; these
// cover what each worksheet does.

func TestTriggerMaps(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	id := mustID(t)
	using := id(s.AddTriggerMap(ctx, TriggerMap{Kind: MapUsing, Title: "Friday nights", Who: "his brother", Payoff: "relaxes"}))
	sober := id(s.AddTriggerMap(ctx, TriggerMap{Kind: MapSober, Title: "Football", Cost: "the late shift"}))
	ms, err := s.TriggerMaps(ctx)
	must(t, err)
	if len(ms) != 2 || ms[0].ID != sober || ms[1].ID != using || ms[1].Who != "his brother" || ms[0].Kind != MapSober ||
		ms[0].Updated.IsZero() || ms[0].Damaged {
		t.Fatalf("maps: %+v, want the newest first", ms)
	}

	edited := ms[1]
	edited.Who, edited.MyPart = "his brother and cousins", "eat together before he goes out"
	must(t, s.UpdateTriggerMap(ctx, edited))
	ms, _ = s.TriggerMaps(ctx)
	if ms[0].ID != using || ms[0].Who != "his brother and cousins" || ms[0].MyPart != "eat together before he goes out" ||
		ms[0].Title != "Friday nights" || ms[0].Payoff != "relaxes" {
		t.Errorf("after editing: %+v, want it first with the new words", ms[0])
	}

	must(t, s.DeleteTriggerMap(ctx, sober))
	if ms, _ := s.TriggerMaps(ctx); len(ms) != 1 || ms[0].ID != using {
		t.Errorf("after deleting: %+v", ms)
	}
	for name, err := range map[string]error{
		"update missing": s.UpdateTriggerMap(ctx, TriggerMap{ID: sober, Kind: MapSober}),
		"delete missing": s.DeleteTriggerMap(ctx, sober),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s = %v, want ErrNotFound", name, err)
		}
	}
}

func TestRewards(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	id := mustID(t)
	curry := id(s.AddReward(ctx, Reward{Kind: RewardOffer, What: "curry night", Cost: "£20", When: "Saturday", How: "cook together"}))
	lift := id(s.AddReward(ctx, Reward{Kind: RewardWithhold, What: "lifts home", How: "I'm not driving tonight; I love you"}))
	rs, err := s.Rewards(ctx)
	must(t, err)
	if len(rs) != 2 || rs[0].ID != curry || rs[1].ID != lift || rs[0].Cost != "£20" || rs[1].Kind != RewardWithhold ||
		rs[1].How != "I'm not driving tonight; I love you" || rs[0].Updated.IsZero() {
		t.Fatalf("rewards: %+v, want them in the order written", rs)
	}
	rs[0].When, rs[0].Kind = "Sunday", RewardWithhold
	must(t, s.UpdateReward(ctx, rs[0]))
	must(t, s.DeleteReward(ctx, lift))
	rs, _ = s.Rewards(ctx)
	if len(rs) != 1 || rs[0].When != "Sunday" || rs[0].What != "curry night" || rs[0].Kind != RewardWithhold {
		t.Errorf("after editing one and deleting the other: %+v", rs)
	}
	for name, err := range map[string]error{
		"update missing": s.UpdateReward(ctx, Reward{ID: lift, Kind: RewardOffer}),
		"delete missing": s.DeleteReward(ctx, lift),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s = %v, want ErrNotFound", name, err)
		}
	}
}

func TestSafetyPlan(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	p, err := s.SafetyPlan(ctx)
	if err != nil || !reflect.DeepEqual(p, SafetyPlan{}) {
		t.Fatalf("plan before any = %+v, %v; want the zero plan", p, err)
	}
	must(t, s.SaveSafetyPlan(ctx, SafetyPlan{WarningSigns: "he goes quiet", CodeWord: "pineapple", Children: "to Gran's"}))
	must(t, s.SaveSafetyPlan(ctx, SafetyPlan{WarningSigns: "he goes quiet, then shouts", CodeWord: "pineapple"}))
	p, err = s.SafetyPlan(ctx)
	if err != nil || p.WarningSigns != "he goes quiet, then shouts" || p.CodeWord != "pineapple" || p.Children != "" ||
		p.Updated.IsZero() || p.Damaged {
		t.Errorf("plan after two saves = %+v, %v; want the second, whole", p, err)
	}
	var rows int
	must(t, s.db.QueryRow("SELECT COUNT(*) FROM safety_plan").Scan(&rows))
	if rows != 1 {
		t.Errorf("%d rows of safety plan, want one living plan", rows)
	}
}

// monday2611 is a Monday at local midnight, the Week the store returns.
var monday2611 = time.Date(2026, 11, 23, 0, 0, 0, 0, time.Local)

func TestWeeklyStepCheckIn(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	curry := mustID(t)(s.AddReward(ctx, Reward{Kind: RewardOffer, What: "curry night"}))
	wednesday := monday2611.AddDate(0, 0, 2).Add(15 * time.Hour)
	if _, err := s.StepForWeek(ctx, wednesday); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a week with no step: %v, want ErrNotFound", err)
	}

	// Plan this week's step, naming the week by any of its days.
	id := mustID(t)(s.SaveWeeklyStep(ctx, WeeklyStep{Week: wednesday, RewardID: curry, Plan: "curry on Saturday"}))
	for _, day := range []time.Time{monday2611, wednesday, monday2611.AddDate(0, 0, 6).Add(23 * time.Hour)} {
		st, err := s.StepForWeek(ctx, day)
		if err != nil || st.ID != id || !st.Week.Equal(monday2611) || st.Week.Location() != time.Local ||
			st.RewardID != curry || st.Plan != "curry on Saturday" || st.CheckedIn || st.Done || !st.CheckedAt.IsZero() {
			t.Fatalf("step for %v = %+v, %v", day, st, err)
		}
	}
	if _, err := s.StepForWeek(ctx, monday2611.Add(-time.Second)); !errors.Is(err, ErrNotFound) {
		t.Errorf("the Sunday before found %v", err)
	}
	// A week is a calendar week wherever the time was read: this moment is
	// Monday where it was written, whatever day it is here.
	kiribati := time.Date(2026, 11, 23, 0, 30, 0, 0, time.FixedZone("LINT", 14*3600))
	if st, err := s.StepForWeek(ctx, kiribati); err != nil || st.ID != id {
		t.Errorf("step for Monday in another time zone = %+v, %v", st, err)
	}

	// Check in: done, how it went, what next; a zero CheckedAt means now.
	st, err := s.StepForWeek(ctx, wednesday)
	must(t, err)
	st.CheckedIn, st.Done, st.HowItWent, st.Next = true, true, "we laughed", "a film next week"
	if got := mustID(t)(s.SaveWeeklyStep(ctx, st)); got != id {
		t.Errorf("saving the check-in returned id %d, want %d", got, id)
	}
	st, err = s.StepForWeek(ctx, monday2611)
	if err != nil || !st.CheckedIn || !st.Done || st.HowItWent != "we laughed" || st.Next != "a film next week" ||
		time.Since(st.CheckedAt) > time.Minute || st.Plan != "curry on Saturday" {
		t.Errorf("after checking in: %+v, %v", st, err)
	}

	// A second week, written freely, checked in as not done at a given time.
	at := monday2611.AddDate(0, 0, 13).Add(21 * time.Hour)
	next := mustID(t)(s.SaveWeeklyStep(ctx, WeeklyStep{Week: monday2611.AddDate(0, 0, 7), Plan: "a film",
		CheckedIn: true, HowItWent: "he was out", CheckedAt: at}))
	steps, err := s.WeeklySteps(ctx)
	must(t, err)
	if len(steps) != 2 || steps[0].ID != next || steps[1].ID != id || steps[0].Done || !steps[0].CheckedIn ||
		!steps[0].CheckedAt.Equal(at) || steps[0].RewardID != 0 || !steps[0].Week.Equal(monday2611.AddDate(0, 0, 7)) {
		t.Errorf("history: %+v, want the newest week first", steps)
	}

	// Undoing a check-in clears its time.
	steps[0].CheckedIn = false
	mustID(t)(s.SaveWeeklyStep(ctx, steps[0]))
	if st, _ := s.StepForWeek(ctx, at); st.CheckedIn || !st.CheckedAt.IsZero() || st.HowItWent != "he was out" {
		t.Errorf("after undoing the check-in: %+v", st)
	}

	must(t, s.DeleteWeeklyStep(ctx, next))
	if steps, _ := s.WeeklySteps(ctx); len(steps) != 1 || steps[0].ID != id {
		t.Errorf("after deleting a step: %+v", steps)
	}
	for name, err := range map[string]error{
		"delete missing": s.DeleteWeeklyStep(ctx, next),
		"update missing": func() error {
			_, err := s.SaveWeeklyStep(ctx, WeeklyStep{ID: next, Week: at, Plan: "x"})
			return err
		}(),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s = %v, want ErrNotFound", name, err)
		}
	}
}

func TestDeletingARewardKeepsTheWeeksHistory(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	curry := mustID(t)(s.AddReward(ctx, Reward{Kind: RewardOffer, What: "curry night"}))
	film := mustID(t)(s.AddReward(ctx, Reward{Kind: RewardOffer, What: "a film"}))
	first := mustID(t)(s.SaveWeeklyStep(ctx, WeeklyStep{Week: monday2611, RewardID: curry, Plan: "curry on Saturday",
		CheckedIn: true, Done: true, HowItWent: "we laughed"}))
	second := mustID(t)(s.SaveWeeklyStep(ctx, WeeklyStep{Week: monday2611.AddDate(0, 0, 7), RewardID: film, Plan: "a film"}))
	must(t, s.DeleteReward(ctx, curry))
	steps, err := s.WeeklySteps(ctx)
	must(t, err)
	if len(steps) != 2 || steps[1].ID != first || steps[1].RewardID != 0 || steps[1].Plan != "curry on Saturday" ||
		!steps[1].Done || steps[1].HowItWent != "we laughed" || steps[1].Damaged {
		t.Errorf("the week that planned the deleted reward: %+v", steps)
	}
	if steps[0].ID != second || steps[0].RewardID != film {
		t.Errorf("another reward's week changed: %+v", steps[0])
	}
	// The step can still be edited, and cannot be pointed at the deleted reward.
	steps[1].Next = "try again"
	mustID(t)(s.SaveWeeklyStep(ctx, steps[1]))
	steps[1].RewardID = curry
	if _, err := s.SaveWeeklyStep(ctx, steps[1]); !errors.Is(err, ErrInvalid) {
		t.Errorf("a step pointed at a deleted reward: %v, want ErrInvalid", err)
	}
}

func TestWorksheetsSurviveARestart(t *testing.T) {
	ctx := context.Background()
	for _, locked := range []bool{false, true} {
		s, path := openTemp(t)
		if locked {
			_, err := setPass(ctx, s, "correct horse battery")
			must(t, err)
		}
		x := newEverything("")
		x.save(t, s)
		must(t, s.Close())
		s = reopen(t, path)
		if locked {
			if _, err := s.TriggerMaps(ctx); !errors.Is(err, ErrLocked) {
				t.Fatalf("maps before unlocking after a restart: %v, want ErrLocked", err)
			}
			must(t, s.Unlock(ctx, "correct horse battery"))
		}
		got := load(t, s, x)
		for _, p := range [][2]any{{x.tmap, got.tmap}, {x.reward, got.reward}, {x.step, got.step}, {x.safety, got.safety},
			{x.problem, got.problem}} {
			if !slices.Equal(stringsOf(p[0]), stringsOf(p[1])) {
				t.Errorf("locked=%v: after a restart %q, want %q", locked, stringsOf(p[1]), stringsOf(p[0]))
			}
		}
		if !got.step.Week.Equal(x.step.Week) || !got.step.Done || got.step.RewardID != x.reward.ID || got.tmap.Kind != x.tmap.Kind {
			t.Errorf("locked=%v: plain fields after a restart: %+v %+v", locked, got.step, got.tmap)
		}
	}
}

func TestWorksheetsRefusedWhileLocked(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	x := newEverything("")
	x.save(t, s)
	_, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	s.Lock()
	for name, call := range privateCalls(s) {
		if !isWorksheetCall(name) {
			continue
		}
		if err := call(ctx); !errors.Is(err, ErrLocked) {
			t.Errorf("%s while locked = %v, want ErrLocked", name, err)
		}
	}
	must(t, s.Unlock(ctx, "kettle river blue morning"))
	if got := load(t, s, x); got.tmap.Title != x.tmap.Title || got.safety.CodeWord != x.safety.CodeWord {
		t.Errorf("after unlocking: %+v %+v", got.tmap, got.safety)
	}
}

func isWorksheetCall(name string) bool {
	for _, w := range []string{"TriggerMap", "Reward", "WeeklyStep", "StepForWeek", "SafetyPlan", "ProblemSheet"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// TestWorksheetsRefuseBadValues: each bad value is ErrInvalid and leaves
// every record as it was.
func TestWorksheetsRefuseBadValues(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	x := newEverything("")
	x.save(t, s)
	before := load(t, s, x)
	long := strings.Repeat("x", maxText+1)
	ignore := func(_ int64, err error) error { return err }
	step := func(change func(*WeeklyStep)) error {
		st := x.step
		change(&st)
		return ignore(s.SaveWeeklyStep(ctx, st))
	}
	for name, err := range map[string]error{
		"new map of no kind":     ignore(s.AddTriggerMap(ctx, TriggerMap{Title: "x"})),
		"new map, unknown kind":  ignore(s.AddTriggerMap(ctx, TriggerMap{Kind: "drinking"})),
		"new map, too long":      ignore(s.AddTriggerMap(ctx, TriggerMap{Kind: MapUsing, Feelings: long})),
		"map, unknown kind":      s.UpdateTriggerMap(ctx, TriggerMap{ID: x.tmap.ID, Kind: "Using", Title: "changed"}),
		"map, too long":          s.UpdateTriggerMap(ctx, TriggerMap{ID: x.tmap.ID, Kind: MapUsing, Title: "changed", MyPart: long}),
		"new reward, no kind":    ignore(s.AddReward(ctx, Reward{What: "x"})),
		"new reward, too long":   ignore(s.AddReward(ctx, Reward{Kind: RewardOffer, How: long})),
		"reward, unknown kind":   s.UpdateReward(ctx, Reward{ID: x.reward.ID, Kind: "give", What: "changed"}),
		"reward, too long":       s.UpdateReward(ctx, Reward{ID: x.reward.ID, Kind: RewardOffer, What: long}),
		"safety plan, too long":  s.SaveSafetyPlan(ctx, SafetyPlan{WarningSigns: "changed", Notes: long}),
		"step, too long":         step(func(st *WeeklyStep) { st.Plan = long }),
		"step, no week":          step(func(st *WeeklyStep) { st.Week = time.Time{} }),
		"step, year 10000":       step(func(st *WeeklyStep) { st.Week = time.Date(10000, 6, 1, 0, 0, 0, 0, time.UTC) }),
		"step, done unchecked":   step(func(st *WeeklyStep) { st.CheckedIn = false }),
		"step, missing reward":   step(func(st *WeeklyStep) { st.RewardID = 999 }),
		"step, negative reward":  step(func(st *WeeklyStep) { st.RewardID = -1 }),
		"step, check-in in 3000": step(func(st *WeeklyStep) { st.CheckedAt = time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC) }),
		"second step, same week": step(func(st *WeeklyStep) { st.ID, st.Week = 0, st.Week.AddDate(0, 0, 3) }),
		"step moved onto a taken week": func() error {
			other := mustID(t)(s.SaveWeeklyStep(ctx, WeeklyStep{Week: monday2611.AddDate(0, 0, 7), Plan: "other"}))
			defer func() { must(t, s.DeleteWeeklyStep(ctx, other)) }()
			return step(func(st *WeeklyStep) { st.Week = monday2611.AddDate(0, 0, 8) })
		}(),
	} {
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%s = %v, want ErrInvalid", name, err)
		}
	}
	if _, err := s.StepForWeek(ctx, time.Time{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("StepForWeek of no week = %v, want ErrInvalid", err)
	}
	if after := load(t, s, x); !reflect.DeepEqual(after, before) {
		t.Errorf("refused values changed the records:\n%+v\nwant\n%+v", after, before)
	}
}

// TestWorksheetRowsDoNotShareValues: a value copied to another map's row
// does not open there, and the map it came from still does.
func TestWorksheetRowsDoNotShareValues(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	a := mustID(t)(s.AddTriggerMap(ctx, TriggerMap{Kind: MapUsing, Who: "brother"}))
	b := mustID(t)(s.AddTriggerMap(ctx, TriggerMap{Kind: MapSober, Who: "football team", Title: "Football"}))
	_, err := s.db.Exec("UPDATE trigger_maps SET who = (SELECT who FROM trigger_maps WHERE id = ?) WHERE id = ?", a, b)
	must(t, err)
	ms, err := s.TriggerMaps(ctx)
	must(t, err)
	for _, m := range ms {
		switch m.ID {
		case a:
			if m.Damaged || m.Who != "brother" {
				t.Errorf("the map copied from: %+v", m)
			}
		case b:
			if !m.Damaged || m.Who != "" || m.Title != "Football" {
				t.Errorf("the map copied to: %+v, want damaged, Who empty, the rest kept", m)
			}
		}
	}
}
