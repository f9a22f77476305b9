// Package summary writes a summary of a chosen period for a counsellor as
// a PDF: the boundaries and how they held, the conversations and their
// debriefs, the relapse plan and the times it was used, and the trends of
// journal moods and self-care ratings, and the CRAFT worksheets (trigger
// maps, rewards and the weekly check-ins, problem solving); the person
// chooses which parts.
// WriteDocument writes another plain document the same way (the safety plan). It holds private words in plain
// text, so the caller warns before writing it. It knows nothing of Fyne.
package summary

import (
	"context"
	"slices"
	"time"

	"github.com/alongside-app/alongside/store"
)

// Data is what a summary shows, read from the store for one period.
type Data struct {
	From, To      time.Time // the period's first and last days
	Boundaries    []Boundary
	Conversations []store.Conversation // planned or debriefed in the period, oldest first
	Plan          store.RelapsePlan    // as it is now
	Events        []store.RelapseEvent // in the period, oldest first
	Moods         []MoodWeek           // oldest first
	SelfCare      []store.SelfCareRating
	Maps          []store.TriggerMap   // the trigger maps as they are now
	Rewards       []store.Reward       // the rewards plan as it is now
	Weeks         []store.WeeklyStep   // the weeks of the period, oldest first
	Problems      []store.ProblemSheet // the problem-solving worksheets as they are now
	// Parts are the parts to write, chosen by the person; nil writes all.
	Parts []Part
}

// Part is one part of the summary the person may leave out.
type Part string

// The parts, in the order the summary writes them.
const (
	PartBoundaries    Part = "boundaries"
	PartConversations Part = "conversations"
	PartRelapse       Part = "relapse"
	PartMaps          Part = "maps"     // trigger maps
	PartRewards       Part = "rewards"  // the rewards plan and the weekly check-ins
	PartProblems      Part = "problems" // the problem-solving worksheets
	PartMoods         Part = "moods"
	PartSelfCare      Part = "self-care"
)

// AllParts are every part, in order.
var AllParts = []Part{PartBoundaries, PartConversations, PartRelapse, PartMaps, PartRewards, PartProblems, PartMoods, PartSelfCare}

// has reports whether the summary writes part.
func (d Data) has(part Part) bool { return d.Parts == nil || slices.Contains(d.Parts, part) }

// Boundary is a boundary and its tests in the period.
type Boundary struct {
	store.Boundary
	Tests []store.BoundaryTest // in the period, oldest first
	Tally store.Tally          // of Tests
}

// MoodWeek is the journal's moods in one week (Monday to Sunday).
type MoodWeek struct {
	Start   time.Time // the Monday
	Count   int       // entries with a mood
	Average float64   // 1 (very low) to 5 (very good)
}

// Store is what Collect reads; *store.Store has it all.
type Store interface {
	Entries(ctx context.Context) ([]store.Entry, error)
	Boundaries(ctx context.Context) ([]store.Boundary, error)
	BoundaryTests(ctx context.Context, boundaryID int64) ([]store.BoundaryTest, error)
	Conversations(ctx context.Context) ([]store.Conversation, error)
	RelapsePlan(ctx context.Context) (store.RelapsePlan, error)
	RelapseEvents(ctx context.Context) ([]store.RelapseEvent, error)
	SelfCareRatings(ctx context.Context, from, to time.Time) ([]store.SelfCareRating, error)
	TriggerMaps(ctx context.Context) ([]store.TriggerMap, error)
	Rewards(ctx context.Context) ([]store.Reward, error)
	WeeklySteps(ctx context.Context) ([]store.WeeklyStep, error)
	ProblemSheets(ctx context.Context) ([]store.ProblemSheet, error)
}

// period is [from's midnight, the midnight after to) in local time.
type period struct{ start, end time.Time }

func newPeriod(from, to time.Time) period {
	y, m, d := from.Date()
	start := time.Date(y, m, d, 0, 0, 0, 0, time.Local)
	y, m, d = to.Date()
	return period{start, time.Date(y, m, d+1, 0, 0, 0, 0, time.Local)}
}

func (p period) has(t time.Time) bool { return !t.IsZero() && !t.Before(p.start) && t.Before(p.end) }

// Collect reads the period from from to to (whole days, inclusive) from
// the store, which must be unlocked (store.ErrLocked).
func Collect(ctx context.Context, s Store, from, to time.Time) (Data, error) {
	p := newPeriod(from, to)
	d := Data{From: p.start, To: p.end.AddDate(0, 0, -1)}
	var err error
	if d.Boundaries, err = boundaries(ctx, s, p); err != nil {
		return d, err
	}
	cs, err := s.Conversations(ctx)
	if err != nil {
		return d, err
	}
	for _, c := range cs {
		if p.has(c.Planned) || p.has(c.DebriefedAt) {
			d.Conversations = append(d.Conversations, c)
		}
	}
	slices.SortStableFunc(d.Conversations, func(a, b store.Conversation) int { return a.Planned.Compare(b.Planned) })
	if d.Plan, err = s.RelapsePlan(ctx); err != nil {
		return d, err
	}
	events, err := s.RelapseEvents(ctx)
	if err != nil {
		return d, err
	}
	for _, e := range events {
		if p.has(e.At) {
			d.Events = append(d.Events, e)
		}
	}
	slices.SortStableFunc(d.Events, func(a, b store.RelapseEvent) int { return a.At.Compare(b.At) })
	entries, err := s.Entries(ctx)
	if err != nil {
		return d, err
	}
	d.Moods = moodWeeks(entries, p)
	if d.SelfCare, err = s.SelfCareRatings(ctx, p.start, p.end.Add(-time.Nanosecond)); err != nil {
		return d, err
	}
	return d, worksheets(ctx, s, p, &d)
}

// worksheets reads the CRAFT worksheets: the maps, rewards and problems
// as they are now, and the weeks that end in the period (a week starts on
// a Monday).
func worksheets(ctx context.Context, s Store, p period, d *Data) error {
	var err error
	if d.Maps, err = s.TriggerMaps(ctx); err != nil {
		return err
	}
	if d.Rewards, err = s.Rewards(ctx); err != nil {
		return err
	}
	if d.Problems, err = s.ProblemSheets(ctx); err != nil {
		return err
	}
	steps, err := s.WeeklySteps(ctx)
	if err != nil {
		return err
	}
	for _, st := range steps {
		if !st.Week.Before(p.end) || !st.Week.AddDate(0, 0, 7).After(p.start) {
			continue
		}
		d.Weeks = append(d.Weeks, st)
	}
	slices.SortStableFunc(d.Weeks, func(a, b store.WeeklyStep) int { return a.Week.Compare(b.Week) })
	return nil
}

// boundaries are the boundaries in force at some time in the period (set
// by its end, and still in force or tested in it), with their tests in it.
func boundaries(ctx context.Context, s Store, p period) ([]Boundary, error) {
	bs, err := s.Boundaries(ctx)
	if err != nil {
		return nil, err
	}
	var out []Boundary
	for _, b := range bs {
		tests, err := s.BoundaryTests(ctx, b.ID)
		if err != nil {
			return nil, err
		}
		var in []store.BoundaryTest
		for _, t := range tests {
			if p.has(t.On) {
				in = append(in, t)
			}
		}
		if !b.SetOn.Before(p.end) || (!b.Active && len(in) == 0) {
			continue
		}
		slices.SortStableFunc(in, func(a, b store.BoundaryTest) int { return a.On.Compare(b.On) })
		out = append(out, Boundary{Boundary: b, Tests: in, Tally: store.TallyOf(in)})
	}
	slices.SortStableFunc(out, func(a, b Boundary) int { return a.SetOn.Compare(b.SetOn) })
	return out, nil
}

// moodWeeks averages the moods of the entries in the period by week.
func moodWeeks(entries []store.Entry, p period) []MoodWeek {
	sums := map[time.Time]*MoodWeek{}
	for _, e := range entries {
		if e.Mood == 0 || !p.has(e.At) {
			continue
		}
		start := monday(e.At)
		w := sums[start]
		if w == nil {
			w = &MoodWeek{Start: start}
			sums[start] = w
		}
		w.Count++
		w.Average += float64(e.Mood)
	}
	out := make([]MoodWeek, 0, len(sums))
	for _, w := range sums {
		w.Average /= float64(w.Count)
		out = append(out, *w)
	}
	slices.SortFunc(out, func(a, b MoodWeek) int { return a.Start.Compare(b.Start) })
	return out
}

// monday is the Monday (local midnight) of t's week.
func monday(t time.Time) time.Time {
	t = t.Local()
	back := (int(t.Weekday()) + 6) % 7
	y, m, d := t.Date()
	return time.Date(y, m, d-back, 0, 0, 0, 0, time.Local)
}
