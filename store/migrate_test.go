package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store/seal"
)

// TestVersion6MigratesWithItsData writes a file as version 6 wrote it (no
// AUTOINCREMENT on the worksheet tables, values sealed without binding,
// favourites in the clear, the narrow meeting-list checks), with gaps in
// its ids, then opens it: every record, id and reference is kept, the
// values are bound, the favourites sealed, and no id is ever reused.
func TestVersion6MigratesWithItsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), FileName)
	db, err := sql.Open("sqlite3", dsn(path))
	must(t, err)
	ms, err := migrations()
	must(t, err)
	for _, m := range ms[:6] {
		_, err := db.Exec(m.sql)
		must(t, err)
	}
	_, err = db.Exec("PRAGMA user_version = 6")
	must(t, err)
	key, err := seal.NewKey()
	must(t, err)
	box, err := seal.New(key)
	must(t, err)
	old := func(table, col string, id int64, v string) []byte { // as version 6 sealed
		b, err := box.Seal([]byte(v), appendAD(nil, table, col, id))
		must(t, err)
		return b
	}
	exec := func(q string, args ...any) {
		t.Helper()
		_, err := db.Exec(q, args...)
		must(t, err)
	}
	exec("INSERT INTO keyring (kind, key) VALUES ('plain', ?)", key)
	for _, id := range []int64{2, 5} {
		exec("INSERT INTO rewards (id, kind, updated, what, cost, time, how) VALUES (?, 'offer', 1, ?, ?, ?, ?)",
			id, old("rewards", "what", id, "a film"), old("rewards", "cost", id, ""), old("rewards", "time", id, ""), old("rewards", "how", id, ""))
	}
	exec("INSERT INTO trigger_maps (id, kind, updated, title, who, place, time, thoughts, feelings, payoff, cost, my_part) VALUES (7, 'using', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		old("trigger_maps", "title", 7, "Friday"), old("trigger_maps", "who", 7, ""), old("trigger_maps", "place", 7, ""), old("trigger_maps", "time", 7, ""),
		old("trigger_maps", "thoughts", 7, ""), old("trigger_maps", "feelings", 7, ""), old("trigger_maps", "payoff", 7, ""), old("trigger_maps", "cost", 7, ""), old("trigger_maps", "my_part", 7, ""))
	exec("INSERT INTO weekly_steps (id, week, reward_id, checked_in, done, plan, how_it_went, next) VALUES (3, '2026-11-23', 5, 1, 1, ?, ?, ?)",
		old("weekly_steps", "plan", 3, "the film"), old("weekly_steps", "how_it_went", 3, "good"), old("weekly_steps", "next", 3, ""))
	exec("INSERT INTO meeting_feeds (id, source, program, format, time_zone, imported, meetings, skipped) VALUES (4, 'list.json', 'al-anon', 'csv', '', 1, 1, 0)")
	m := meetings.Meeting{Slug: "tuesday-hall", Name: "Tuesday Hall", Program: meetings.ProgramAlAnon}
	exec("INSERT INTO meetings (feed_id, slug, data) VALUES (4, 'tuesday-hall', ?)", appendMeeting(nil, &m))
	exec("INSERT INTO meeting_favourites (slug, added) VALUES ('tuesday-hall', 1)")
	must(t, db.Close())

	s, err := Open(ctx, path)
	must(t, err)
	defer s.Close()
	rewards, err := s.Rewards(ctx)
	must(t, err)
	if len(rewards) != 2 || rewards[0].Damaged || rewards[1].What != "a film" {
		t.Fatalf("rewards after migrating: %+v", rewards)
	}
	maps, err := s.TriggerMaps(ctx)
	must(t, err)
	if len(maps) != 1 || maps[0].ID != 7 || maps[0].Title != "Friday" || maps[0].Damaged {
		t.Fatalf("maps after migrating: %+v", maps)
	}
	steps, err := s.WeeklySteps(ctx)
	must(t, err)
	if len(steps) != 1 || steps[0].ID != 3 || steps[0].RewardID != 5 || steps[0].HowItWent != "good" || !steps[0].Done || steps[0].Damaged {
		t.Fatalf("steps after migrating: %+v", steps)
	}
	feeds, err := s.Feeds(ctx)
	must(t, err)
	if len(feeds) != 1 || feeds[0].ID != 4 || feeds[0].Program != meetings.ProgramAlAnon {
		t.Fatalf("feeds after migrating: %+v", feeds)
	}
	if ms, err := s.Meetings(ctx); err != nil || len(ms) != 1 || ms[0].Name != "Tuesday Hall" {
		t.Fatalf("meetings after migrating: %+v %v", ms, err)
	}
	if favs, err := s.Favourites(ctx); err != nil || !favs["tuesday-hall"] {
		t.Fatalf("favourites after migrating: %v %v", favs, err)
	}
	if id := mustID(t)(s.AddReward(ctx, Reward{Kind: RewardOffer, What: "new"})); id <= 5 {
		t.Errorf("a new reward took id %d, at or below an id already used", id)
	}
	if id := mustID(t)(s.AddTriggerMap(ctx, TriggerMap{Kind: MapSober, Title: "new"})); id <= 7 {
		t.Errorf("a new map took id %d", id)
	}
	_, err = s.db.Exec("UPDATE weekly_steps SET done = 0")
	must(t, err)
	if steps, _ := s.WeeklySteps(ctx); len(steps) != 1 || !steps[0].Damaged {
		t.Error("after migrating, values are not bound to their rows' ticks")
	}
}
