package content

import (
	"slices"
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/translations"
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
	_, max := EnablingScore(make([]int, len(EnablingSituations())), false)
	if max != 2*len(EnablingSituations()) {
		t.Fatalf("max %d", max)
	}
	for _, c := range []struct {
		score int
		want  string
	}{{0, "Enabling.Band.Few"}, {max / 4, "Enabling.Band.Few"}, {max/4 + 1, "Enabling.Band.Some"}, {max / 2, "Enabling.Band.Some"}, {max, "Enabling.Band.Many"}} {
		if got := EnablingBand(c.score, max).ID; got != c.want {
			t.Errorf("score %d of %d: %s, want %s", c.score, max, got, c.want)
		}
	}
}

func TestEnablingSuggestionsFollowTheAnswers(t *testing.T) {
	sits := EnablingSituations()
	answers := make([]int, len(sits))
	answers[1], answers[3], answers[5] = AnswerSometimes, AnswerOften, AnswerOften
	got := EnablingSuggestions(append(answers, AnswerOften), false) // one answer too many is ignored
	want := []string{sits[3].Suggestion.ID, sits[5].Suggestion.ID, sits[1].Suggestion.ID}
	if len(got) != len(want) {
		t.Fatalf("%d suggestions, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].ID != want[i] {
			t.Errorf("suggestion %d is %s, want %s (often first, then sometimes)", i, got[i].ID, want[i])
		}
	}
	if len(EnablingSuggestions(make([]int, len(sits)), false)) != 0 {
		t.Error("suggestions for a check answered 'rarely' throughout")
	}
}

// situation returns the self-check's situation with this id, and its place.
func situation(t *testing.T, id string) (Situation, int) {
	t.Helper()
	sits := EnablingSituations()
	i := slices.IndexFunc(sits, func(s Situation) bool { return s.ID == id })
	if i < 0 {
		t.Fatalf("no situation %s", id)
	}
	return sits[i], i
}

func ids(ms []*i18n.Message) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

// For a child under 18, checking up on them is parenting, not enabling: it
// is not scored, and what the check says about it points to the lesson for
// parents. An adult's check scores it as before.
func TestEnablingScoresAMinorWithoutParenting(t *testing.T) {
	sits := EnablingSituations()
	checking, ci := situation(t, "Checking")
	_, ei := situation(t, "Excuses")
	all := make([]int, len(sits))
	for i := range all {
		all[i] = AnswerOften
	}
	if s, m := EnablingScore(all, false); s != 2*len(sits) || m != 2*len(sits) {
		t.Errorf("adult, all often: %d of %d", s, m)
	}
	if s, m := EnablingScore(all, true); s != 2*(len(sits)-1) || m != 2*(len(sits)-1) {
		t.Errorf("minor, all often: %d of %d, want checking left out", s, m)
	}

	only := make([]int, len(sits))
	only[ci], only[ei] = AnswerOften, AnswerSometimes
	if s, m := EnablingScore(only, false); s != 3 || m != 2*len(sits) {
		t.Errorf("adult: %d of %d, want 3", s, m)
	}
	if s, _ := EnablingScore(only, true); s != 1 {
		t.Errorf("minor: score %d, want 1 (checking is not counted)", s)
	}
	if got, want := ids(EnablingSuggestions(only, false)), []string{"Enabling.Checking.Try", "Enabling.Excuses.Try"}; !slices.Equal(got, want) {
		t.Errorf("adult suggestions %v, want %v", got, want)
	}
	if got := ids(EnablingParenting(only, false)); len(got) != 0 {
		t.Errorf("an adult is told about parenting: %v", got)
	}
	if got, want := ids(EnablingSuggestions(only, true)), []string{"Enabling.Excuses.Minor"}; !slices.Equal(got, want) {
		t.Errorf("minor suggestions %v, want %v (checking is not a place to step back)", got, want)
	}
	if got, want := ids(EnablingParenting(only, true)), []string{checking.ForMinor.ID}; !slices.Equal(got, want) {
		t.Errorf("minor parenting notes %v, want %v", got, want)
	}
	if got := EnablingParenting(make([]int, len(sits)), true); len(got) != 0 {
		t.Errorf("parenting notes for checking answered rarely: %v", ids(got))
	}
}

// Every situation that is parenting for a minor has its own words for a
// minor, and every such message names the lesson for parents of children
// under 18 by its title, in every language.
func TestMinorSuggestionsNameTheParentsLesson(t *testing.T) {
	learn, err := LoadLearn()
	if err != nil {
		t.Fatal(err)
	}
	b, err := translations.NewBundle(AddMessages)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range translations.Supported {
		m, ok := learn.Module(lang, ParentsLessonModule)
		i := slices.IndexFunc(m.Lessons, func(l Lesson) bool { return l.ID == ParentsLessonID })
		if !ok || i < 0 {
			t.Fatalf("%s: no lesson %s/%s", lang, ParentsLessonModule, ParentsLessonID)
		}
		title := m.Lessons[i].Title
		l := translations.NewLocalizer(b, lang)
		for _, s := range EnablingSituations() {
			if s.Parenting && s.ForMinor == nil {
				t.Errorf("%s is parenting for a minor but has no words for one", s.ID)
			}
			if s.ForMinor == nil {
				continue
			}
			if s.ForMinor.ID != "Enabling."+s.ID+".Minor" {
				t.Errorf("%s: minor message %s", s.ID, s.ForMinor.ID)
			}
			if text := l.T(s.ForMinor); !strings.Contains(text, title) || text == l.T(s.Suggestion) {
				t.Errorf("%s, %s: %q does not name the lesson %q", lang, s.ID, text, title)
			}
		}
	}
}
