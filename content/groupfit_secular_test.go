package content

import (
	"strings"
	"testing"
)

// twelveStepOrFaith are groups with a spiritual side: twelve steps, or a
// faith (PAL calls its program "faith-driven").
var twelveStepOrFaith = []string{"Al-Anon", "Alateen", "Nar-Anon", "Narateen", "Families Anonymous", "Co-Anon", "PAL"}

// Whatever else is answered, a person who asks for a secular group, with no
// spiritual side, is shown only secular groups. (Families Anonymous, a
// twelve-step fellowship, was offered among the groups for parents; and
// enough other answers brought back the twelve-step groups themselves.)
func TestSecularAnswersSuggestOnlySecularGroups(t *testing.T) {
	for _, answers := range everyAnswer() {
		if answers["Approach"] != "secular" {
			continue
		}
		for _, g := range GroupFit(answers) {
			if g.Kind == FitTwelveStep {
				t.Errorf("%v: suggests twelve-step groups", answers)
			}
			for _, name := range strings.Split(g.Examples, ", ") {
				for _, bad := range twelveStepOrFaith {
					if name == bad {
						t.Errorf("%v: suggests %s among %s", answers, name, g.Kind)
					}
				}
			}
		}
	}
}

// Every suggestion names at least one group, and a parent who asks for
// secular skills is still offered groups for parents, secular ones.
func TestEverySuggestionNamesGroups(t *testing.T) {
	for _, answers := range everyAnswer() {
		for _, g := range GroupFit(answers) {
			if strings.TrimSpace(g.Examples) == "" {
				t.Errorf("%v: %s names no group", answers, g.Kind)
			}
		}
	}
	got := GroupFit(map[string]string{"Who": "child", "Need": "skills", "Approach": "secular"})
	var parents string
	for _, g := range got {
		if g.Kind == FitParents {
			parents = g.Examples
		}
	}
	if parents != "Learn to Cope" {
		t.Errorf("secular groups for parents = %q, want Learn to Cope", parents)
	}
	for _, g := range GroupFit(map[string]string{"Who": "teen", "Approach": "either"}) {
		if g.Kind == FitTeens && !strings.Contains(g.Examples, "Narateen") {
			t.Errorf("groups for teenagers %q leave out Narateen (drugs, not only drinking)", g.Examples)
		}
	}
}

// everyAnswer is every combination of answers, each question answered or not.
func everyAnswer() []map[string]string {
	all := []map[string]string{{}}
	for _, q := range FitQuestions() {
		var next []map[string]string
		for _, a := range all {
			next = append(next, a) // unanswered
			for _, c := range q.Choices {
				b := map[string]string{q.ID: c.ID}
				for k, v := range a {
					b[k] = v
				}
				next = append(next, b)
			}
		}
		all = next
	}
	return all
}
