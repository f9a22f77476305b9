package content

import (
	"testing"
)

func TestEnablingCheckHasEnoughDistinctSituations(t *testing.T) {
	sits := EnablingSituations()
	if len(sits) < 12 {
		t.Fatalf("%d situations, the issue asks for at least 12", len(sits))
	}
	seen := map[string]bool{}
	for _, s := range sits {
		for _, m := range []string{s.Text.ID, s.Suggestion.ID} {
			if seen[m] {
				t.Errorf("message %s used twice", m)
			}
			seen[m] = true
		}
		if s.Text.ID != "Enabling."+s.ID || s.Suggestion.ID != "Enabling."+s.ID+".Try" || s.Text.Other == "" || s.Suggestion.Other == "" {
			t.Errorf("situation %s: messages %s, %s", s.ID, s.Text.ID, s.Suggestion.ID)
		}
	}
}

func TestEnablingBandsFollowTheScore(t *testing.T) {
	max := EnablingMax()
	if max != 2*len(EnablingSituations()) {
		t.Fatalf("max %d", max)
	}
	for _, c := range []struct {
		score int
		want  string
	}{{0, "Enabling.Band.Few"}, {max / 4, "Enabling.Band.Few"}, {max/4 + 1, "Enabling.Band.Some"}, {max / 2, "Enabling.Band.Some"}, {max, "Enabling.Band.Many"}} {
		if got := EnablingBand(c.score).ID; got != c.want {
			t.Errorf("score %d of %d: %s, want %s", c.score, max, got, c.want)
		}
	}
}

func TestEnablingSuggestionsFollowTheAnswers(t *testing.T) {
	sits := EnablingSituations()
	answers := make([]int, len(sits))
	answers[1], answers[3], answers[5] = AnswerSometimes, AnswerOften, AnswerOften
	got := EnablingSuggestions(append(answers, AnswerOften)) // one answer too many is ignored
	want := []string{sits[3].Suggestion.ID, sits[5].Suggestion.ID, sits[1].Suggestion.ID}
	if len(got) != len(want) {
		t.Fatalf("%d suggestions, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].ID != want[i] {
			t.Errorf("suggestion %d is %s, want %s (often first, then sometimes)", i, got[i].ID, want[i])
		}
	}
	if len(EnablingSuggestions(make([]int, len(sits)))) != 0 {
		t.Error("suggestions for a check answered 'rarely' throughout")
	}
}
