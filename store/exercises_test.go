package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestEnablingChecksKeepAnswersAndScore(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	day := time.Date(2026, 3, 1, 9, 0, 0, 0, time.Local)
	first := mustID(t)(s.AddEnablingCheck(ctx, EnablingCheck{TakenAt: day, Answers: []int{0, 1, 2, 2, 0, 0, 1, 0, 0, 0, 0, 2}}))
	mustID(t)(s.AddEnablingCheck(ctx, EnablingCheck{TakenAt: day.AddDate(0, 1, 0), Answers: []int{0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}}))
	for _, bad := range [][]int{nil, {3}, {-1, 0}} {
		if _, err := s.AddEnablingCheck(ctx, EnablingCheck{Answers: bad}); !errors.Is(err, ErrInvalid) {
			t.Errorf("answers %v: %v, want ErrInvalid", bad, err)
		}
	}
	must(t, s.Close())
	s = reopen(t, path)
	got, err := s.EnablingChecks(ctx)
	must(t, err)
	if len(got) != 2 || got[0].Score != 1 || got[1].Score != 8 || got[1].ID != first {
		t.Fatalf("checks %+v: want the newest (score 1) first, then score 8", got)
	}
	if !reflect.DeepEqual(got[1].Answers, []int{0, 1, 2, 2, 0, 0, 1, 0, 0, 0, 0, 2}) || !got[1].TakenAt.Equal(day) {
		t.Errorf("first check came back as %+v", got[1])
	}
	must(t, s.DeleteEnablingCheck(ctx, first))
	if err := s.DeleteEnablingCheck(ctx, first); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v, want ErrNotFound", err)
	}
}

func TestSelfCareRatingsMakeATrend(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	day := time.Date(2026, 1, 10, 20, 0, 0, 0, time.Local)
	for i, sleep := range []int{3, 5, 7} {
		mustID(t)(s.AddSelfCareRating(ctx, SelfCareRating{TakenAt: day.AddDate(0, 0, 7*i), Scores: map[string]int{"sleep": sleep, "friends": 4 + i}}))
	}
	for _, bad := range []map[string]int{nil, {"sleep": 0}, {"sleep": 11}, {"": 5}} {
		if _, err := s.AddSelfCareRating(ctx, SelfCareRating{Scores: bad}); !errors.Is(err, ErrInvalid) {
			t.Errorf("scores %v: %v, want ErrInvalid", bad, err)
		}
	}
	must(t, s.Close())
	s = reopen(t, path)
	all, err := s.SelfCareRatings(ctx, time.Time{}, time.Time{})
	must(t, err)
	if len(all) != 3 || all[0].Scores["sleep"] != 3 || all[2].Scores["sleep"] != 7 || all[2].Scores["friends"] != 6 {
		t.Fatalf("ratings %+v: want three, oldest first", all)
	}
	some, err := s.SelfCareRatings(ctx, day.AddDate(0, 0, 1), day.AddDate(0, 0, 7))
	must(t, err)
	if len(some) != 1 || some[0].Scores["sleep"] != 5 {
		t.Errorf("ratings in the second week: %+v", some)
	}
	must(t, s.DeleteSelfCareRating(ctx, all[0].ID))
	if all, _ = s.SelfCareRatings(ctx, time.Time{}, time.Time{}); len(all) != 2 {
		t.Errorf("after delete: %d ratings, want 2", len(all))
	}
}

func TestExercisesAreRefusedWhileLocked(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := setPass(ctx, s, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	s.Lock()
	if _, err := s.AddEnablingCheck(ctx, EnablingCheck{Answers: []int{1}}); !errors.Is(err, ErrLocked) {
		t.Errorf("add self-check while locked: %v", err)
	}
	if _, err := s.SelfCareRatings(ctx, time.Time{}, time.Time{}); !errors.Is(err, ErrLocked) {
		t.Errorf("read ratings while locked: %v", err)
	}
}

// reopen opens path again after a Close, as a restart would.
func reopen(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
