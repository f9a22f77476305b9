package content

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// The group-fit exercise of module 8: the questions of the seed's "how to
// select a group" (needs, approach, format, size, values), each choice
// adding weight to the kinds of family fellowship it points to.

// FitKind is a kind of family fellowship.
type FitKind string

// The kinds the group-fit exercise can suggest.
const (
	FitTwelveStep FitKind = "twelve-step"
	FitSkills     FitKind = "skills"
	FitParents    FitKind = "parents"
	FitTeens      FitKind = "teens"
	FitGrief      FitKind = "grief"
)

// FitQuestion is one question and its choices.
type FitQuestion struct {
	ID      string
	Text    *i18n.Message
	Choices []FitChoice
}

// FitChoice is one answer and the weight it adds to each kind.
type FitChoice struct {
	ID      string
	Text    *i18n.Message
	Weights map[FitKind]int
}

// FitSuggestion is a kind that fits, how well, what it is and groups of
// that kind (proper names, not translated).
type FitSuggestion struct {
	Kind     FitKind
	Score    int
	Name     *i18n.Message
	About    *i18n.Message
	Examples string
}

const (
	dQ = "A question of the group-fit exercise, which suggests kinds of family support group"
	dC = "An answer to the group-fit question above it"
)

// The messages are written out as literals so that goi18n extract sees them.
var fitQuestions = []FitQuestion{
	{ID: "Who", Text: &i18n.Message{ID: "GroupFit.Who", Description: dQ, Other: "Whose drinking or drug use brings you here?"}, Choices: []FitChoice{
		{ID: "partner", Text: &i18n.Message{ID: "GroupFit.Who.Partner", Description: dC, Other: "My partner or spouse"}, Weights: map[FitKind]int{FitTwelveStep: 2, FitSkills: 2}},
		{ID: "child", Text: &i18n.Message{ID: "GroupFit.Who.Child", Description: dC, Other: "My son or daughter (of any age)"}, Weights: map[FitKind]int{FitParents: 3, FitTwelveStep: 1, FitSkills: 1}},
		{ID: "teen", Text: &i18n.Message{ID: "GroupFit.Who.Teen", Description: dC, Other: "I am a teenager, worried about a parent or someone close"}, Weights: map[FitKind]int{FitTeens: 5}},
		{ID: "other", Text: &i18n.Message{ID: "GroupFit.Who.Other", Description: dC, Other: "A parent, brother or sister, other relative or friend"}, Weights: map[FitKind]int{FitTwelveStep: 2, FitSkills: 2}},
		{ID: "lost", Text: &i18n.Message{ID: "GroupFit.Who.Lost", Description: dC, Other: "Someone I have lost to drinking or drug use"}, Weights: map[FitKind]int{FitGrief: 6}},
	}},
	{ID: "Need", Text: &i18n.Message{ID: "GroupFit.Need", Description: dQ, Other: "What do you need most right now?"}, Choices: []FitChoice{
		{ID: "share", Text: &i18n.Message{ID: "GroupFit.Need.Share", Description: dC, Other: "To be with people who understand, and to feel less alone"}, Weights: map[FitKind]int{FitTwelveStep: 2, FitParents: 2, FitTeens: 1, FitGrief: 1}},
		{ID: "skills", Text: &i18n.Message{ID: "GroupFit.Need.Skills", Description: dC, Other: "Practical skills to change how things go at home"}, Weights: map[FitKind]int{FitSkills: 3, FitParents: 1}},
		{ID: "both", Text: &i18n.Message{ID: "GroupFit.Need.Both", Description: dC, Other: "Both, or I am not sure yet"}, Weights: map[FitKind]int{FitTwelveStep: 1, FitSkills: 1, FitParents: 1}},
	}},
	{ID: "Approach", Text: &i18n.Message{ID: "GroupFit.Approach", Description: dQ, Other: "Which approach feels closer to you?"}, Choices: []FitChoice{
		{ID: "steps", Text: &i18n.Message{ID: "GroupFit.Approach.Steps", Description: dC, Other: "Twelve steps, with a spiritual side I can define for myself"}, Weights: map[FitKind]int{FitTwelveStep: 3}},
		{ID: "secular", Text: &i18n.Message{ID: "GroupFit.Approach.Secular", Description: dC, Other: "Secular and science-based, with no spiritual side"}, Weights: map[FitKind]int{FitSkills: 3, FitTwelveStep: -2}},
		{ID: "either", Text: &i18n.Message{ID: "GroupFit.Approach.Either", Description: dC, Other: "Either would be fine"}, Weights: map[FitKind]int{FitTwelveStep: 1, FitSkills: 1}},
	}},
	{ID: "Values", Text: &i18n.Message{ID: "GroupFit.Values", Description: dQ, Other: "How do you feel about goals other than stopping completely, such as cutting down or staying safer?"}, Choices: []FitChoice{
		{ID: "open", Text: &i18n.Message{ID: "GroupFit.Values.Open", Description: dC, Other: "I want a group that respects every path, harm reduction included"}, Weights: map[FitKind]int{FitSkills: 2, FitParents: 1}},
		{ID: "abstinence", Text: &i18n.Message{ID: "GroupFit.Values.Abstinence", Description: dC, Other: "A focus on stopping completely suits me"}, Weights: map[FitKind]int{FitTwelveStep: 1}},
		{ID: "unsure", Text: &i18n.Message{ID: "GroupFit.Values.Unsure", Description: dC, Other: "I don't mind"}, Weights: map[FitKind]int{}},
	}},
	{ID: "Size", Text: &i18n.Message{ID: "GroupFit.Size", Description: dQ, Other: "What kind of meeting would you find easier?"}, Choices: []FitChoice{
		{ID: "large", Text: &i18n.Message{ID: "GroupFit.Size.Large", Description: dC, Other: "A larger meeting where I can just listen"}, Weights: map[FitKind]int{FitTwelveStep: 1}},
		{ID: "small", Text: &i18n.Message{ID: "GroupFit.Size.Small", Description: dC, Other: "A small group where people get to know each other"}, Weights: map[FitKind]int{FitParents: 1, FitSkills: 1, FitGrief: 1}},
		{ID: "any", Text: &i18n.Message{ID: "GroupFit.Size.Any", Description: dC, Other: "Either"}, Weights: map[FitKind]int{}},
	}},
	{ID: "Format", Text: &i18n.Message{ID: "GroupFit.Format", Description: dQ, Other: "How would you like to meet?"}, Choices: []FitChoice{
		{ID: "in-person", Text: &i18n.Message{ID: "GroupFit.Format.InPerson", Description: dC, Other: "In person, near me"}, Weights: map[FitKind]int{}},
		{ID: "online", Text: &i18n.Message{ID: "GroupFit.Format.Online", Description: dC, Other: "Online or by phone, from home"}, Weights: map[FitKind]int{}},
		{ID: "any", Text: &i18n.Message{ID: "GroupFit.Format.Any", Description: dC, Other: "Either"}, Weights: map[FitKind]int{}},
	}},
}

// fitGroup is a group named as an example of a kind, and whether it has a
// spiritual side (twelve steps, or a faith): a person who asks for a
// secular group is never shown one that has. Sources: CONTENT.md and
// FACTS-CHECKED.md (Al-Anon, Alateen, Nar-Anon, Narateen, Families
// Anonymous and Co-Anon are twelve-step fellowships; PAL calls its program
// "evidence-based, faith-driven", palgroup.org/pge/about-pal.html; SMART
// Recovery Family & Friends is secular; Learn to Cope and GRASP are
// peer-led groups with no steps or faith).
type fitGroup struct {
	name      string
	spiritual bool
}

var (
	alAnon        = fitGroup{"Al-Anon", true}
	alateen       = fitGroup{"Alateen", true}
	narAnon       = fitGroup{"Nar-Anon", true}
	narateen      = fitGroup{"Narateen", true}
	familiesAnon  = fitGroup{"Families Anonymous", true}
	coAnon        = fitGroup{"Co-Anon", true}
	pal           = fitGroup{"PAL", true}
	smartFamily   = fitGroup{"SMART Recovery Family & Friends", false}
	learnToCope   = fitGroup{"Learn to Cope", false}
	grasp         = fitGroup{"GRASP", false}
	fitKindGroups = map[FitKind][]fitGroup{
		FitTwelveStep: {alAnon, narAnon, familiesAnon, coAnon},
		FitSkills:     {smartFamily},
		FitParents:    {learnToCope, pal},
		FitTeens:      {alateen, narateen},
		FitGrief:      {grasp},
	}
)

// fitExamples lists a kind's example groups, only the secular ones when
// secular is set.
func fitExamples(k FitKind, secular bool) string {
	var names []string
	for _, g := range fitKindGroups[k] {
		if !secular || !g.spiritual {
			names = append(names, g.name)
		}
	}
	return strings.Join(names, ", ")
}

var fitKinds = map[FitKind]FitSuggestion{
	FitTwelveStep: {Kind: FitTwelveStep,
		Name:  &i18n.Message{ID: "GroupFit.Kind.TwelveStep", Description: "A kind of family support group", Other: "Twelve-step family groups"},
		About: &i18n.Message{ID: "GroupFit.Kind.TwelveStep.About", Description: "What the kind of group is", Other: "Peer groups that follow twelve steps adapted for families. Spiritual, not religious: each member decides what that means, or leaves it aside. Free, with meetings in person, online and by phone."}},
	FitSkills: {Kind: FitSkills,
		Name:  &i18n.Message{ID: "GroupFit.Kind.Skills", Description: "A kind of family support group", Other: "Skills-based, secular groups"},
		About: &i18n.Message{ID: "GroupFit.Kind.Skills.About", Description: "What the kind of group is", Other: "Structured meetings that teach practical tools, drawing on CRAFT and cognitive-behavioural ideas, with no spiritual element. They respect whatever goal your loved one chooses."}},
	FitParents: {Kind: FitParents,
		Name:  &i18n.Message{ID: "GroupFit.Kind.Parents", Description: "A kind of family support group", Other: "Groups for parents"},
		About: &i18n.Message{ID: "GroupFit.Kind.Parents.About", Description: "What the kind of group is", Other: "Groups led by parents for parents whose child, young or adult, drinks or uses drugs. Many also welcome other family members."}},
	FitTeens: {Kind: FitTeens,
		Name:  &i18n.Message{ID: "GroupFit.Kind.Teens", Description: "A kind of family support group", Other: "Groups for teenagers"},
		About: &i18n.Message{ID: "GroupFit.Kind.Teens.About", Description: "What the kind of group is", Other: "Meetings for young people affected by someone else's drinking or drug use, where they can talk with others their age."}},
	FitGrief: {Kind: FitGrief,
		Name:  &i18n.Message{ID: "GroupFit.Kind.Grief", Description: "A kind of family support group", Other: "Support after a death"},
		About: &i18n.Message{ID: "GroupFit.Kind.Grief.About", Description: "What the kind of group is", Other: "Groups for people who have lost someone they love to drinking or drug use, led by others who have lived that loss."}},
}

// FitQuestions returns the group-fit questions in order.
func FitQuestions() []FitQuestion { return slices.Clone(fitQuestions) }

// GroupFit returns the kinds that fit the answers (question id to choice
// id), best first; kinds with too little weight are left out. Unknown
// questions or choices count for nothing. A person who chose a secular
// approach is shown secular groups only: no twelve-step kind, and no
// example with a spiritual side (a kind left with none is left out).
func GroupFit(answers map[string]string) []FitSuggestion {
	score := map[FitKind]int{}
	for _, fq := range fitQuestions {
		for _, c := range fq.Choices {
			if answers[fq.ID] == c.ID {
				for k, w := range c.Weights {
					score[k] += w
				}
			}
		}
	}
	secular := answers["Approach"] == "secular"
	var out []FitSuggestion
	for k, s := range score {
		if s >= 3 {
			f := fitKinds[k]
			f.Score = s
			f.Examples = fitExamples(k, secular)
			if f.Examples == "" {
				continue // twelve-step groups, or teenagers' groups, which all have steps
			}
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b FitSuggestion) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Kind, b.Kind))
	})
	return out
}
