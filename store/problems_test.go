package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// The privacy tests in private_test.go (the marker test, every field
// reading back, tampered and moved values, passphrase changes, calls
// refused while locked, backup and restore) cover the problem-solving
// worksheet through everything; these cover what it does.

func TestProblemSheets(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	id := mustID(t)
	friday := id(s.AddProblemSheet(ctx, ProblemSheet{Problem: "On Friday nights he comes home drunk and wakes the baby",
		Ideas: "go to my sister's\nask him to sleep downstairs\ncot in my room", Choice: "ask him to sleep downstairs, on Saturday morning"}))
	sleep := id(s.AddProblemSheet(ctx, ProblemSheet{Problem: "I sleep four hours a night"}))
	ps, err := s.ProblemSheets(ctx)
	must(t, err)
	if len(ps) != 2 || ps[0].ID != sleep || ps[1].ID != friday || ps[1].Ideas != "go to my sister's\nask him to sleep downstairs\ncot in my room" ||
		ps[0].Updated.IsZero() || ps[0].Damaged || ps[1].Damaged {
		t.Fatalf("sheets: %+v, want the newest first, whole", ps)
	}

	// After trying: the obstacles planned for, then the review.
	edited := ps[1]
	edited.Obstacles, edited.IfObstacle = "he may get angry", "keep it short, leave the room if it heats up"
	edited.HowItWent, edited.Next = "he agreed, then forgot", "remind him on Friday afternoon"
	must(t, s.UpdateProblemSheet(ctx, edited))
	ps, _ = s.ProblemSheets(ctx)
	if ps[0].ID != friday || ps[0].IfObstacle != "keep it short, leave the room if it heats up" || ps[0].Next != "remind him on Friday afternoon" ||
		ps[0].HowItWent != "he agreed, then forgot" || ps[0].Problem != edited.Problem || ps[0].Choice != edited.Choice {
		t.Errorf("after editing: %+v, want it first with the new words and the old", ps[0])
	}

	must(t, s.DeleteProblemSheet(ctx, sleep))
	if ps, _ := s.ProblemSheets(ctx); len(ps) != 1 || ps[0].ID != friday {
		t.Errorf("after deleting: %+v", ps)
	}
	for name, err := range map[string]error{
		"update missing": s.UpdateProblemSheet(ctx, ProblemSheet{ID: sleep, Problem: "x"}),
		"delete missing": s.DeleteProblemSheet(ctx, sleep),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s = %v, want ErrNotFound", name, err)
		}
	}
	long := strings.Repeat("x", maxText+1)
	if _, err := s.AddProblemSheet(ctx, ProblemSheet{Ideas: long}); !errors.Is(err, ErrInvalid) {
		t.Errorf("a new sheet too long = %v, want ErrInvalid", err)
	}
	if err := s.UpdateProblemSheet(ctx, ProblemSheet{ID: friday, Problem: "changed", Next: long}); !errors.Is(err, ErrInvalid) {
		t.Errorf("a sheet too long = %v, want ErrInvalid", err)
	}
	if ps, _ := s.ProblemSheets(ctx); len(ps) != 1 || ps[0].Problem != edited.Problem {
		t.Errorf("a refused value changed the sheets: %+v", ps)
	}
}

// A deleted sheet's id is never given again: a value sealed for it must
// not open in a new sheet.
func TestProblemSheetsNeverReuseAnID(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	first := mustID(t)(s.AddProblemSheet(ctx, ProblemSheet{Problem: "a"}))
	must(t, s.DeleteProblemSheet(ctx, first))
	if second := mustID(t)(s.AddProblemSheet(ctx, ProblemSheet{Problem: "b"})); second == first {
		t.Errorf("problem_sheets reused id %d", first)
	}
}
