package store

import "time"

// This file is the contract between the store and the screens for the
// private records. Every string field below is sealed at rest (see
// docs/design.md, "Privacy"); dates, moods, outcomes and ids stay plain.
// A value that fails to open (tampered, moved or damaged) never fails the
// whole read: its record comes back with Damaged set and that field empty.

// Mood is how the person felt, 1 (very low) to 5 (very good); 0 means not given.
type Mood int

// Entry is one journal entry.
type Entry struct {
	ID      int64
	At      time.Time // when it happened; the person can change it
	Mood    Mood
	Tags    []string // sealed as one value
	Text    string
	Updated time.Time
	Damaged bool
}

// Boundary is one "If you..., I will..." line in the ledger.
type Boundary struct {
	ID          int64
	Text        string // the boundary itself
	Situation   string // what keeps happening (the builder's first step)
	Why         string
	Consequence string
	ToldTo      string
	SetOn       time.Time // a date (its day is kept; it comes back at local midnight)
	Active      bool      // false once retired
	Damaged     bool
}

// Outcome is what happened when a boundary was tested.
type Outcome string

// The outcomes a test can have.
const (
	Held   Outcome = "held"
	Bent   Outcome = "bent"
	Broken Outcome = "broken"
)

// BoundaryTest is one time a boundary was tested.
type BoundaryTest struct {
	ID         int64
	BoundaryID int64
	On         time.Time // a date, kept like Boundary.SetOn
	Outcome    Outcome
	Note       string
	Damaged    bool
}

// Conversation is a planned talk and, once it has happened, its debrief.
type Conversation struct {
	ID          int64
	Goal        string
	WhenWhere   string
	Opening     string
	IStatements string
	Avoid       string
	SelfCare    string
	Planned     time.Time // when the plan was written
	// The debrief; DebriefedAt is zero until there is one.
	DebriefedAt time.Time
	Happened    string
	Response    string
	Felt        string
	NextTime    string
	Damaged     bool
}

// RelapsePlan is the one living plan for a relapse.
type RelapsePlan struct {
	WarningSigns    string
	WhatISay        string
	WillNotDo       string
	SafetySteps     string
	NaloxoneWhere   string
	NaloxoneExpires time.Time // a date; zero when not given
	WhoToCall       string
	WhereHelp       string
	Updated         time.Time
	Damaged         bool
}

// RelapseEvent is one time "It happened" was recorded.
type RelapseEvent struct {
	ID      int64
	At      time.Time
	Notes   string
	Damaged bool
}

// Draft is unsaved writing kept as the person types. Kind names the form
// ("journal", "boundary", ...) and Ref the record being edited (0 for new).
type Draft struct {
	Kind    string
	Ref     int64
	Text    string // the form's fields, encoded by the caller
	Updated time.Time
	Damaged bool // it did not open: Kind and Text are empty
}

// Tally counts a boundary's tests by outcome.
type Tally struct{ Held, Bent, Broken int }

// Total is how many tests the tally counts.
func (t Tally) Total() int { return t.Held + t.Bent + t.Broken }

// TallyOf counts tests by outcome; a test with another outcome is not counted.
func TallyOf(tests []BoundaryTest) Tally {
	var t Tally
	for _, x := range tests {
		switch x.Outcome {
		case Held:
			t.Held++
		case Bent:
			t.Bent++
		case Broken:
			t.Broken++
		}
	}
	return t
}
