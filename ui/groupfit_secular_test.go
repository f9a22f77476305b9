package ui

import (
	"strings"
	"testing"

	"github.com/alongside-app/alongside/ui/page"
)

// A parent who asks for a secular group is shown secular groups for
// parents only: Families Anonymous (twelve steps) and PAL (faith-driven)
// were among them.
func TestGroupFitSecularShowsNoTwelveStepGroup(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionLearn)
	f.sh.Push(f.sh.GroupFitPage())
	f.choose("My son or daughter (of any age)")
	f.choose("To be with people who understand, and to feel less alone")
	f.choose("Secular and science-based, with no spiritual side")
	f.choose("A focus on stopping completely suits me")
	f.choose("A larger meeting where I can just listen")
	f.tap("Show groups that might fit")
	txt := f.texts()
	f.must(strings.Contains(txt, "Groups for parents") && strings.Contains(txt, "Learn to Cope"), "no secular groups for parents:\n%s", txt)
	for _, name := range []string{"Families Anonymous", "Al-Anon", "Nar-Anon", "Co-Anon", "PAL", "Twelve-step"} {
		f.must(!strings.Contains(txt, name), "a secular choice is shown %s:\n%s", name, txt)
	}
}
