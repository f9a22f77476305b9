package export

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
)

// notRecords are the store's tables that hold no record of the person's
// own: settings, keys, the public meeting lists, unsaved drafts (the
// screens offer them back; saved, they are records), and the scores of a
// self-care rating (written with their rating).
var notRecords = map[string]string{
	"settings":         "plain settings",
	"private_settings": "sealed settings: what the window shows, not records",
	"keyring":          "the keys",
	"meetings":         "public meeting lists",
	"meeting_feeds":    "public meeting lists",
	"drafts":           "unsaved writing",
	"selfcare_scores":  "part of selfcare_ratings",
	"sqlite_sequence":  "SQLite's own",
	// Favourites moved into private_settings (see TestFavouritesAreExported).
	"meeting_favourites": "favourites kept in the clear by older versions",
}

// recordKinds says, for every table of records, how to add one and what
// the export must then show. A new table of records fails
// TestEveryRecordIsExported until it is exported and listed here.
var recordKinds = map[string]struct {
	add  func(ctx context.Context, s *store.Store) error
	want []string
}{
	"entries": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddEntry(ctx, store.Entry{Text: "journal words"})
		return err
	}, []string{"journal words"}},
	"boundaries": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddBoundary(ctx, store.Boundary{Text: "boundary words", Active: true})
		return err
	}, []string{"boundary words"}},
	"boundary_tests": {func(ctx context.Context, s *store.Store) error {
		id, err := s.AddBoundary(ctx, store.Boundary{Text: "tested", Active: true})
		if err == nil {
			_, err = s.AddBoundaryTest(ctx, store.BoundaryTest{BoundaryID: id, Outcome: store.Held, Note: "test words"})
		}
		return err
	}, []string{"test words"}},
	"conversations": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddConversation(ctx, store.Conversation{Goal: "goal words"})
		return err
	}, []string{"goal words"}},
	"relapse_plan": {func(ctx context.Context, s *store.Store) error {
		return s.SaveRelapsePlan(ctx, store.RelapsePlan{WhoToCall: "call words"})
	}, []string{"call words"}},
	"relapse_events": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddRelapseEvent(ctx, store.RelapseEvent{Notes: "event words"})
		return err
	}, []string{"event words"}},
	"trigger_maps": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddTriggerMap(ctx, store.TriggerMap{Kind: store.MapSober, Title: "map words"})
		return err
	}, []string{"map words"}},
	"rewards": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddReward(ctx, store.Reward{Kind: store.RewardOffer, What: "reward words"})
		return err
	}, []string{"reward words"}},
	"weekly_steps": {func(ctx context.Context, s *store.Store) error {
		_, err := s.SaveWeeklyStep(ctx, store.WeeklyStep{Week: time.Date(2026, 11, 23, 0, 0, 0, 0, time.Local), Plan: "week words"})
		return err
	}, []string{"week words"}},
	"safety_plan": {func(ctx context.Context, s *store.Store) error {
		return s.SaveSafetyPlan(ctx, store.SafetyPlan{CodeWord: "pineapple", SafePlaces: "my sister's"})
	}, []string{"## My safety plan", "**Code word:** pineapple", "my sister's", "where they will never look"}},
	"problem_sheets": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddProblemSheet(ctx, store.ProblemSheet{Problem: "problem words", Ideas: "idea words", Next: "next words"})
		return err
	}, []string{"## Solving a problem", "### problem words", "idea words", "next words"}},
	"my_meetings": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddMyMeeting(ctx, store.MyMeeting{Name: "Tuesday group at St Anne's", Fellowship: meetings.FellowshipAlAnon,
			Days: []time.Weekday{time.Tuesday}, Start: 19 * 60, End: 20*60 + 30, Attendance: meetings.InPerson, Address: "1 Church Lane", Notes: "meeting notes"})
		return err
	}, []string{"## My own meetings", "### Tuesday group at St Anne's", "Tuesday 19:00–20:30", "1 Church Lane", "meeting notes"}},
	"enabling_checks": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddEnablingCheck(ctx, store.EnablingCheck{TakenAt: time.Date(2026, 10, 4, 9, 0, 0, 0, time.Local), Answers: []int{2, 1, 0}})
		return err
	}, []string{"## Enabling self-checks", "2026-10-04: score 3 of 6"}},
	"selfcare_ratings": {func(ctx context.Context, s *store.Store) error {
		_, err := s.AddSelfCareRating(ctx, store.SelfCareRating{TakenAt: time.Date(2026, 10, 5, 9, 0, 0, 0, time.Local), Scores: map[string]int{"sleep": 4}})
		return err
	}, []string{"## Self-care ratings", "2026-10-05: Sleep and rest 4"}},
}

// Every table of the person's records is in the export: a record of each
// kind, added alone, shows in it.
func TestEveryRecordIsExported(t *testing.T) {
	ctx := context.Background()
	for _, table := range tables(t) {
		if _, ok := notRecords[table]; ok {
			continue
		}
		kind, ok := recordKinds[table]
		if !ok {
			t.Errorf("the store has a table %q the export test does not know: export its records and add it to recordKinds (or to notRecords, saying why it holds no records)", table)
			continue
		}
		s := openStore(t)
		if err := kind.add(ctx, s); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		doc := exportTo(t, s, "en")
		for _, w := range kind.want {
			if !strings.Contains(doc, w) {
				t.Errorf("%s: the export lacks %q:\n%s", table, w, doc)
			}
		}
	}
}

// tables are the tables of a new store.
func tables(t *testing.T) []string {
	t.Helper()
	s := openStore(t)
	db, err := sql.Open("sqlite3", "file:"+s.Path()+"?mode=ro")
	must(t, err)
	defer db.Close()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	must(t, err)
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		must(t, rows.Scan(&name))
		if !strings.Contains(name, "_fts") { // a search index's own tables
			out = append(out, name)
		}
	}
	must(t, rows.Err())
	if len(out) < 10 {
		t.Fatalf("only %d tables: %v", len(out), out)
	}
	return out
}

// The favourite meetings (kept in the private settings) are in the export.
func TestFavouritesAreExported(t *testing.T) {
	ctx, s := context.Background(), openStore(t)
	must(t, s.SetFavourite(ctx, "gone-meeting", true))
	doc := exportTo(t, s, "en")
	if !strings.Contains(doc, "## My favourite meetings\n\n- gone-meeting") {
		t.Errorf("the export lacks the favourite:\n%s", doc)
	}
}
