package store

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// worksheetColumns are the sealed columns of the worksheets' tables.
var worksheetColumns = map[string][]string{
	"trigger_maps": {"title", "who", "place", "time", "thoughts", "feelings", "payoff", "cost", "my_part"},
	"rewards":      {"what", "cost", "time", "how"},
	"weekly_steps": {"plan", "how_it_went", "next"},
	"safety_plan":  {"warning_signs", "safe_places", "people", "code_word", "to_take", "how_to_leave", "children", "notes"},
}

// worksheets is one of each, every word filled with the marker.
type worksheets struct {
	m    TriggerMap
	r    Reward
	step WeeklyStep
	plan SafetyPlan
}

func newWorksheets(tag string) worksheets {
	var w worksheets
	fillStrings(&w.m, tag)
	fillStrings(&w.r, tag)
	fillStrings(&w.step, tag)
	fillStrings(&w.plan, tag)
	w.m.Kind, w.r.Kind = MapUsing, RewardOffer
	w.step.Week = time.Date(2026, 11, 23, 0, 0, 0, 0, time.Local)
	return w
}

func (w *worksheets) save(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	w.m.ID = mustID(t)(s.AddTriggerMap(ctx, w.m))
	w.r.ID = mustID(t)(s.AddReward(ctx, w.r))
	w.step.RewardID = w.r.ID
	w.step.ID = mustID(t)(s.SaveWeeklyStep(ctx, w.step))
	must(t, s.SaveSafetyPlan(ctx, w.plan))
}

func TestWorksheetWordsNeverReachTheDisk(t *testing.T) {
	for _, locked := range []bool{false, true} {
		s, path := openTemp(t)
		if locked {
			if _, err := s.SetPassphrase(context.Background(), "correct horse battery"); err != nil {
				t.Fatal(err)
			}
		}
		w := newWorksheets("w")
		w.save(t, s)
		assertNoMarker(t, path, "worksheets, while open")
		must(t, s.Close())
		assertNoMarker(t, path, "worksheets, after close")
	}
}

func TestWorksheetColumnsAreTheBlobColumns(t *testing.T) {
	s, _ := openTemp(t)
	for table, want := range worksheetColumns {
		if !slices.Contains(sealedTables, table) {
			t.Errorf("%s is not in sealedTables", table)
		}
		rows, err := s.db.Query("SELECT name FROM pragma_table_info(?) WHERE type = 'BLOB'", table)
		must(t, err)
		var blobs []string
		for rows.Next() {
			var n string
			must(t, rows.Scan(&n))
			blobs = append(blobs, n)
		}
		rows.Close()
		if !slices.Equal(slices.Sorted(slices.Values(blobs)), slices.Sorted(slices.Values(want))) {
			t.Errorf("%s: BLOB columns %v, sealed %v", table, blobs, want)
		}
	}
}

func TestWorksheetsReadBackAfterARestart(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	w := newWorksheets("")
	w.save(t, s)
	must(t, s.Close())
	s = reopen(t, path)
	maps, err := s.TriggerMaps(ctx)
	must(t, err)
	rewards, err := s.Rewards(ctx)
	must(t, err)
	step, err := s.StepForWeek(ctx, w.step.Week)
	must(t, err)
	plan, err := s.SafetyPlan(ctx)
	must(t, err)
	if len(maps) != 1 || !slices.Equal(stringsOf(maps[0]), stringsOf(w.m)) || maps[0].Damaged {
		t.Errorf("map came back as %+v", maps)
	}
	if len(rewards) != 1 || !slices.Equal(stringsOf(rewards[0]), stringsOf(w.r)) {
		t.Errorf("reward came back as %+v", rewards)
	}
	if !slices.Equal(stringsOf(step), stringsOf(w.step)) || step.RewardID != w.r.ID {
		t.Errorf("step came back as %+v", step)
	}
	if !slices.Equal(stringsOf(plan), stringsOf(w.plan)) || plan.Updated.IsZero() {
		t.Errorf("plan came back as %+v", plan)
	}
	maps[0].Who = "someone else"
	must(t, s.UpdateTriggerMap(ctx, maps[0]))
	plan.CodeWord = "pineapple"
	must(t, s.SaveSafetyPlan(ctx, plan))
	if got, _ := s.TriggerMaps(ctx); got[0].Who != "someone else" {
		t.Errorf("edit lost: %q", got[0].Who)
	}
	if got, _ := s.SafetyPlan(ctx); got.CodeWord != "pineapple" {
		t.Errorf("plan edit lost: %q", got.CodeWord)
	}
	must(t, s.DeleteTriggerMap(ctx, maps[0].ID))
	if got, _ := s.TriggerMaps(ctx); len(got) != 0 {
		t.Errorf("map not deleted: %+v", got)
	}
}

func TestWeeklyStepCheckInAndHistory(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	r := mustID(t)(s.AddReward(ctx, Reward{Kind: RewardOffer, What: "curry night"}))
	week := time.Date(2026, 11, 23, 0, 0, 0, 0, time.Local)
	if _, err := s.StepForWeek(ctx, week); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a week with no step: %v", err)
	}
	id := mustID(t)(s.SaveWeeklyStep(ctx, WeeklyStep{Week: week, RewardID: r, Plan: "curry on Saturday"}))
	if _, err := s.SaveWeeklyStep(ctx, WeeklyStep{Week: week, Plan: "again"}); err == nil {
		t.Error("a second step for the same week was taken")
	}
	st, err := s.StepForWeek(ctx, week)
	must(t, err)
	st.CheckedIn, st.Done, st.HowItWent, st.CheckedAt = true, true, "we laughed", time.Now()
	if _, err := s.SaveWeeklyStep(ctx, st); err != nil {
		t.Fatal(err)
	}
	mustID(t)(s.SaveWeeklyStep(ctx, WeeklyStep{Week: week.AddDate(0, 0, 7), Plan: "a walk"}))
	must(t, s.DeleteReward(ctx, r))
	steps, err := s.WeeklySteps(ctx)
	must(t, err)
	if len(steps) != 2 || steps[0].Plan != "a walk" || steps[1].ID != id || !steps[1].Done || steps[1].HowItWent != "we laughed" ||
		steps[1].RewardID != 0 || steps[1].Plan != "curry on Saturday" || steps[1].CheckedAt.IsZero() {
		t.Errorf("history after deleting the reward: %+v", steps)
	}
}

func TestWorksheetValueMovedOrTamperedIsDamaged(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	a := mustID(t)(s.AddTriggerMap(ctx, TriggerMap{Kind: MapUsing, Who: "brother"}))
	mustID(t)(s.AddTriggerMap(ctx, TriggerMap{Kind: MapSober, Who: "football team"}))
	// Copy map a's "who" into the other map: it must not open there.
	_, err := s.db.Exec("UPDATE trigger_maps SET who = (SELECT who FROM trigger_maps WHERE id = ?) WHERE id != ?", a, a)
	must(t, err)
	maps, err := s.TriggerMaps(ctx)
	must(t, err)
	for _, m := range maps {
		if (m.ID == a) == m.Damaged {
			t.Errorf("map %d damaged = %v", m.ID, m.Damaged)
		}
	}
	must(t, s.SaveSafetyPlan(ctx, SafetyPlan{CodeWord: "pineapple"}))
	var v []byte
	must(t, s.db.QueryRow("SELECT code_word FROM safety_plan").Scan(&v))
	bad := bytes.Clone(v)
	bad[len(bad)/2] ^= 1
	_, err = s.db.Exec("UPDATE safety_plan SET code_word = ?", bad)
	must(t, err)
	if p, err := s.SafetyPlan(ctx); err != nil || !p.Damaged || p.CodeWord != "" {
		t.Errorf("tampered plan: %+v %v", p, err)
	}
}

func TestWorksheetsRefuseBadValuesAndLock(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := s.AddTriggerMap(ctx, TriggerMap{Kind: "other"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("unknown kind: %v", err)
	}
	if _, err := s.AddReward(ctx, Reward{Kind: RewardOffer, What: strings.Repeat("x", maxText+1)}); !errors.Is(err, ErrInvalid) {
		t.Errorf("too long: %v", err)
	}
	if maps, _ := s.TriggerMaps(ctx); len(maps) != 0 {
		t.Errorf("a refused map was kept: %+v", maps)
	}
	if rs, _ := s.Rewards(ctx); len(rs) != 0 {
		t.Errorf("a refused reward was kept: %+v", rs)
	}
	if _, err := s.SetPassphrase(ctx, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	s.Lock()
	if _, err := s.TriggerMaps(ctx); !errors.Is(err, ErrLocked) {
		t.Errorf("maps while locked: %v", err)
	}
	if err := s.SaveSafetyPlan(ctx, SafetyPlan{}); !errors.Is(err, ErrLocked) {
		t.Errorf("safety plan while locked: %v", err)
	}
}
