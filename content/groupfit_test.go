package content

import "testing"

func TestGroupFitPointsToTheRightKinds(t *testing.T) {
	for _, c := range []struct {
		name    string
		answers map[string]string
		first   FitKind
		without FitKind
	}{
		{"a parent wanting skills", map[string]string{"Who": "child", "Need": "skills", "Approach": "secular", "Values": "open"}, FitSkills, FitTwelveStep},
		{"a parent wanting company", map[string]string{"Who": "child", "Need": "share", "Approach": "either"}, FitParents, FitGrief},
		{"a partner drawn to the steps", map[string]string{"Who": "partner", "Need": "share", "Approach": "steps", "Size": "large"}, FitTwelveStep, FitTeens},
		{"a teenager", map[string]string{"Who": "teen", "Need": "share"}, FitTeens, FitParents},
		{"after a death", map[string]string{"Who": "lost", "Need": "share", "Size": "small"}, FitGrief, FitTeens},
	} {
		got := GroupFit(c.answers)
		if len(got) == 0 || got[0].Kind != c.first {
			t.Errorf("%s: %+v, want %s first", c.name, got, c.first)
			continue
		}
		for _, g := range got {
			if g.Kind == c.without {
				t.Errorf("%s: suggests %s", c.name, g.Kind)
			}
			if g.Name == nil || g.About == nil || g.Examples == "" {
				t.Errorf("%s: suggestion %s has no words", c.name, g.Kind)
			}
		}
	}
	if got := GroupFit(map[string]string{"Who": "nobody", "Nope": "x"}); len(got) != 0 {
		t.Errorf("unknown answers suggest %+v", got)
	}
}

func TestGroupFitQuestionsAreWellFormed(t *testing.T) {
	ids := map[string]bool{}
	for _, q := range FitQuestions() {
		if len(q.Choices) < 2 || q.Text == nil {
			t.Errorf("question %s", q.ID)
		}
		for _, c := range q.Choices {
			if ids[c.Text.ID] {
				t.Errorf("message %s twice", c.Text.ID)
			}
			ids[c.Text.ID] = true
		}
	}
	for k, f := range fitKinds {
		if f.Kind != k {
			t.Errorf("kind %s is filed under %s", f.Kind, k)
		}
	}
}
