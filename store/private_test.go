package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// Every test here wraps keys cheaply; BenchmarkUnlock measures the real cost.
func init() { UseQuickKeysForTests() }

const marker = "ZQXMARKER7731"

// fillStrings sets every string field of the struct v points to (and
// every []string) to the marker and the field's name, so that no field
// can be left out when one is added.
func fillStrings(v any, tag string) {
	rv := reflect.ValueOf(v).Elem()
	for i := 0; i < rv.NumField(); i++ {
		f, name := rv.Field(i), rv.Type().Field(i).Name
		switch {
		case f.Kind() == reflect.String && f.Type() == reflect.TypeFor[string]():
			f.SetString(marker + tag + name)
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
			f.Set(reflect.ValueOf([]string{marker + tag + name + "1", marker + tag + name + "2"}))
		}
	}
}

// stringsOf lists every string (and []string element) field of v.
func stringsOf(v any) []string {
	rv := reflect.ValueOf(v)
	var out []string
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		switch {
		case f.Kind() == reflect.String && f.Type() == reflect.TypeFor[string]():
			out = append(out, f.String())
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
			for j := 0; j < f.Len(); j++ {
				out = append(out, f.Index(j).String())
			}
		}
	}
	return out
}

// everything is one of each private record.
type everything struct {
	entry        Entry
	boundary     Boundary
	test         BoundaryTest
	conversation Conversation
	plan         RelapsePlan
	event        RelapseEvent
	draft        Draft
	tmap         TriggerMap
	reward       Reward
	step         WeeklyStep
	safety       SafetyPlan
	problem      ProblemSheet
}

func newEverything(tag string) everything {
	var x everything
	fillStrings(&x.entry, tag)
	fillStrings(&x.boundary, tag)
	fillStrings(&x.test, tag)
	fillStrings(&x.conversation, tag)
	fillStrings(&x.plan, tag)
	fillStrings(&x.event, tag)
	fillStrings(&x.draft, tag)
	fillStrings(&x.tmap, tag)
	fillStrings(&x.reward, tag)
	fillStrings(&x.step, tag)
	fillStrings(&x.safety, tag)
	fillStrings(&x.problem, tag)
	x.tmap.Kind, x.reward.Kind = MapSober, RewardWithhold
	x.step.Week, x.step.CheckedIn, x.step.Done = time.Date(2026, 11, 23, 0, 0, 0, 0, time.Local), true, true
	x.step.CheckedAt = time.Date(2026, 11, 28, 20, 30, 0, 9, time.Local)
	x.entry.Mood, x.test.Outcome, x.boundary.Active = 3, Bent, true
	x.conversation.DebriefedAt = time.Date(2026, 2, 3, 4, 5, 6, 7, time.Local)
	x.plan.NaloxoneExpires = time.Date(2027, 8, 9, 0, 0, 0, 0, time.Local)
	return x
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustID(t *testing.T) func(int64, error) int64 {
	return func(id int64, err error) int64 {
		t.Helper()
		must(t, err)
		return id
	}
}

// save writes x, filling in the ids it gets.
func (x *everything) save(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	id := mustID(t)
	x.entry.ID = id(s.AddEntry(ctx, x.entry))
	x.boundary.ID = id(s.AddBoundary(ctx, x.boundary))
	x.test.BoundaryID = x.boundary.ID
	x.test.ID = id(s.AddBoundaryTest(ctx, x.test))
	x.conversation.ID = id(s.AddConversation(ctx, x.conversation))
	must(t, s.SaveRelapsePlan(ctx, x.plan))
	x.event.ID = id(s.AddRelapseEvent(ctx, x.event))
	must(t, s.SaveDraft(ctx, x.draft))
	x.tmap.ID = id(s.AddTriggerMap(ctx, x.tmap))
	x.reward.ID = id(s.AddReward(ctx, x.reward))
	x.step.RewardID = x.reward.ID
	for { // a week has one step: saving a second everything takes the next free week
		if _, err := s.StepForWeek(ctx, x.step.Week); errors.Is(err, ErrNotFound) {
			break
		}
		x.step.Week = x.step.Week.AddDate(0, 0, 7)
	}
	x.step.ID = id(s.SaveWeeklyStep(ctx, x.step))
	must(t, s.SaveSafetyPlan(ctx, x.safety))
	x.problem.ID = id(s.AddProblemSheet(ctx, x.problem))
}

// load reads back the records x saved.
func load(t *testing.T, s *Store, x everything) everything {
	t.Helper()
	ctx := context.Background()
	var got everything
	var err error
	if got.entry, err = s.Entry(ctx, x.entry.ID); err != nil {
		t.Fatal(err)
	}
	find := func(n int, err error, what string) {
		t.Helper()
		if err != nil || n != 1 {
			t.Fatalf("%s: %d records, %v", what, n, err)
		}
	}
	bs, err := s.Boundaries(ctx)
	find(len(bs), err, "boundaries")
	ts, err := s.BoundaryTests(ctx, x.boundary.ID)
	find(len(ts), err, "tests")
	cs, err := s.Conversations(ctx)
	find(len(cs), err, "conversations")
	es, err := s.RelapseEvents(ctx)
	find(len(es), err, "events")
	ds, err := s.Drafts(ctx)
	find(len(ds), err, "drafts")
	ms, err := s.TriggerMaps(ctx)
	find(len(ms), err, "trigger maps")
	rs, err := s.Rewards(ctx)
	find(len(rs), err, "rewards")
	ss, err := s.WeeklySteps(ctx)
	find(len(ss), err, "weekly steps")
	ps, err := s.ProblemSheets(ctx)
	find(len(ps), err, "problem sheets")
	got.problem = ps[0]
	got.boundary, got.test, got.conversation, got.event, got.draft = bs[0], ts[0], cs[0], es[0], ds[0]
	got.tmap, got.reward, got.step = ms[0], rs[0], ss[0]
	if got.plan, err = s.RelapsePlan(ctx); err != nil {
		t.Fatal(err)
	}
	if got.safety, err = s.SafetyPlan(ctx); err != nil {
		t.Fatal(err)
	}
	return got
}

// dbFiles is the database and its -wal and -shm.
func dbFiles(path string) []string { return []string{path, path + "-wal", path + "-shm"} }

func assertNoMarker(t *testing.T, path, when string) {
	t.Helper()
	for _, p := range dbFiles(path) {
		b, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if i := bytes.Index(b, []byte(marker[:7])); i >= 0 {
			t.Errorf("%s: private words in %s at byte %d: %q", when, p, i, b[i:min(len(b), i+40)])
		}
	}
}

func TestNoPrivateWordReachesTheDisk(t *testing.T) {
	for _, locked := range []bool{false, true} {
		t.Run(fmt.Sprintf("passphrase=%v", locked), func(t *testing.T) {
			ctx := context.Background()
			s, path := openTemp(t)
			if locked {
				if _, err := setPass(ctx, s, "correct horse battery"); err != nil {
					t.Fatal(err)
				}
			}
			x := newEverything("a")
			x.save(t, s)
			// Change every record too, so old and new values both pass through the log.
			y := newEverything("b")
			y.entry.ID, y.boundary.ID, y.conversation.ID = x.entry.ID, x.boundary.ID, x.conversation.ID
			must(t, s.UpdateEntry(ctx, y.entry))
			must(t, s.UpdateBoundary(ctx, y.boundary))
			must(t, s.UpdateConversation(ctx, y.conversation))
			must(t, s.SaveRelapsePlan(ctx, y.plan))
			y.draft.Kind = x.draft.Kind
			must(t, s.SaveDraft(ctx, y.draft))
			y.tmap.ID, y.reward.ID, y.step.ID, y.step.RewardID = x.tmap.ID, x.reward.ID, x.step.ID, x.reward.ID
			must(t, s.UpdateTriggerMap(ctx, y.tmap))
			must(t, s.UpdateReward(ctx, y.reward))
			mustID(t)(s.SaveWeeklyStep(ctx, y.step))
			must(t, s.SaveSafetyPlan(ctx, y.safety))
			y.problem.ID = x.problem.ID
			must(t, s.UpdateProblemSheet(ctx, y.problem))
			assertNoMarker(t, path, "while open")
			must(t, s.Close())
			assertNoMarker(t, path, "after close")
		})
	}
}

func TestEveryFieldReadsBack(t *testing.T) {
	s, _ := openTemp(t)
	x := newEverything("")
	x.save(t, s)
	got := load(t, s, x)
	pairs := []struct {
		name      string
		want, got any
	}{
		{"entry", x.entry, got.entry}, {"boundary", x.boundary, got.boundary}, {"test", x.test, got.test},
		{"conversation", x.conversation, got.conversation}, {"plan", x.plan, got.plan},
		{"event", x.event, got.event}, {"draft", x.draft, got.draft},
		{"trigger map", x.tmap, got.tmap}, {"reward", x.reward, got.reward}, {"weekly step", x.step, got.step},
		{"safety plan", x.safety, got.safety}, {"problem sheet", x.problem, got.problem},
	}
	for _, p := range pairs {
		want, have := stringsOf(p.want), stringsOf(p.got)
		if !slices.Equal(want, have) {
			t.Errorf("%s: strings read back %q, want %q", p.name, have, want)
		}
		if len(want) == 0 {
			t.Errorf("%s: no string fields found", p.name)
		}
	}
	if got.entry.Mood != 3 || got.test.Outcome != Bent || !got.boundary.Active || got.entry.Damaged {
		t.Errorf("plain fields: %+v %+v %+v", got.entry, got.test, got.boundary)
	}
	if !got.conversation.DebriefedAt.Equal(x.conversation.DebriefedAt) {
		t.Errorf("DebriefedAt = %v, want %v", got.conversation.DebriefedAt, x.conversation.DebriefedAt)
	}
	if y, m, d := got.plan.NaloxoneExpires.Date(); y != 2027 || m != 8 || d != 9 {
		t.Errorf("NaloxoneExpires = %v", got.plan.NaloxoneExpires)
	}
	if got.entry.Updated.IsZero() || got.plan.Updated.IsZero() || got.draft.Updated.IsZero() ||
		got.tmap.Updated.IsZero() || got.reward.Updated.IsZero() || got.safety.Updated.IsZero() ||
		got.problem.Updated.IsZero() {
		t.Error("Updated not set by the store")
	}
	if got.tmap.Kind != MapSober || got.reward.Kind != RewardWithhold || !got.step.Week.Equal(x.step.Week) ||
		got.step.RewardID != x.reward.ID || !got.step.CheckedIn || !got.step.Done || !got.step.CheckedAt.Equal(x.step.CheckedAt) {
		t.Errorf("worksheets' plain fields: %+v %+v %+v", got.tmap, got.reward, got.step)
	}
}

// ownTests are the sealed tables whose privacy tests are in their own files.
var ownTests = map[string]string{"my_meetings": "meetings_test.go"}

// TestSealedColumnsKnowTheSchema lists every column of every table in the
// schema: a BLOB column must be listed as sealed (re-keying walks that
// list) or as holding nothing private; and every listed column exists.
func TestSealedColumnsKnowTheSchema(t *testing.T) {
	s, _ := openTemp(t)
	tables, err := s.db.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	must(t, err)
	var names []string
	for tables.Next() {
		var n string
		must(t, tables.Scan(&n))
		names = append(names, n)
	}
	tables.Close()
	seen := map[string]bool{}
	for _, table := range names {
		rows, err := s.db.Query("SELECT name, type FROM pragma_table_info(?)", table)
		must(t, err)
		for rows.Next() {
			var name, typ string
			must(t, rows.Scan(&name, &typ))
			if typ != "BLOB" {
				continue
			}
			seen[table+"."+name] = true
			if !slices.Contains(sealedColumns[table], name) && !slices.Contains(plainBlobColumns[table], name) {
				t.Errorf("%s.%s is a BLOB column that re-keying does not know: list it in sealedColumns (or plainBlobColumns)", table, name)
			}
		}
		rows.Close()
	}
	for _, list := range []map[string][]string{sealedColumns, plainBlobColumns} {
		for table, cols := range list {
			for _, c := range cols {
				if !seen[table+"."+c] {
					t.Errorf("%s.%s is listed but is not a BLOB column of the schema", table, c)
				}
			}
		}
	}
}

// damagedFlags reads every record and says which are damaged, by table.
func damagedFlags(t *testing.T, s *Store, x everything) map[string]bool {
	t.Helper()
	got := load(t, s, x)
	return map[string]bool{
		"entries": got.entry.Damaged, "boundaries": got.boundary.Damaged, "boundary_tests": got.test.Damaged,
		"conversations": got.conversation.Damaged, "relapse_plan": got.plan.Damaged,
		"relapse_events": got.event.Damaged, "drafts": got.draft.Damaged,
		"trigger_maps": got.tmap.Damaged, "rewards": got.reward.Damaged, "weekly_steps": got.step.Damaged,
		"safety_plan": got.safety.Damaged, "problem_sheets": got.problem.Damaged,
	}
}

// TestTamperedValueIsDamaged flips one byte of each sealed value in turn:
// that record, and only it, comes back Damaged with that field empty.
func TestTamperedValueIsDamaged(t *testing.T) {
	s, _ := openTemp(t)
	x := newEverything("")
	x.save(t, s)
	for table, cols := range sealedColumns {
		if ownTests[table] != "" {
			continue // checked by its own tests
		}
		for _, col := range cols {
			var v []byte
			must(t, s.db.QueryRow("SELECT "+col+" FROM "+table).Scan(&v))
			bad := bytes.Clone(v)
			bad[len(bad)/2] ^= 0x20
			_, err := s.db.Exec("UPDATE "+table+" SET "+col+" = ?", bad)
			must(t, err)
			for tbl, damaged := range damagedFlags(t, s, x) {
				if damaged != (tbl == table) {
					t.Errorf("%s.%s tampered: %s damaged = %v", table, col, tbl, damaged)
				}
			}
			_, err = s.db.Exec("UPDATE "+table+" SET "+col+" = ?", v)
			must(t, err)
		}
	}
	for tbl, damaged := range damagedFlags(t, s, x) {
		if damaged {
			t.Errorf("%s still damaged after putting every value back", tbl)
		}
	}
}

func TestMovedValueIsDamaged(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	a := mustID(t)(s.AddEntry(ctx, Entry{Text: "first", Tags: []string{"x"}}))
	b := mustID(t)(s.AddEntry(ctx, Entry{Text: "second"}))
	c := mustID(t)(s.AddEntry(ctx, Entry{Text: "third", Tags: []string{"y"}}))
	// a's text onto b's row; c's text into c's tags column.
	_, err := s.db.Exec("UPDATE entries SET text = (SELECT text FROM entries WHERE id = ?) WHERE id = ?", a, b)
	must(t, err)
	_, err = s.db.Exec("UPDATE entries SET tags = text WHERE id = ?", c)
	must(t, err)
	// And a boundary's text into a relapse event's notes (another table).
	bid := mustID(t)(s.AddBoundary(ctx, Boundary{Text: "boundary"}))
	eid := mustID(t)(s.AddRelapseEvent(ctx, RelapseEvent{Notes: "notes"}))
	_, err = s.db.Exec("UPDATE relapse_events SET notes = (SELECT text FROM boundaries WHERE id = ?) WHERE id = ?", bid, eid)
	must(t, err)

	es, err := s.Entries(ctx)
	must(t, err)
	byID := map[int64]Entry{}
	for _, e := range es {
		byID[e.ID] = e
	}
	if e := byID[a]; e.Damaged || e.Text != "first" {
		t.Errorf("untouched entry: %+v", e)
	}
	if e := byID[b]; !e.Damaged || e.Text != "" {
		t.Errorf("entry with another row's text: %+v, want damaged and empty", e)
	}
	if e := byID[c]; !e.Damaged || e.Text != "third" || e.Tags != nil {
		t.Errorf("entry with its text in its tags: %+v, want damaged, tags empty, text kept", e)
	}
	evs, err := s.RelapseEvents(ctx)
	must(t, err)
	if len(evs) != 1 || !evs[0].Damaged || evs[0].Notes != "" {
		t.Errorf("event with a boundary's text: %+v", evs)
	}
}

// TestMovedWorksheetValueIsDamaged moves values between tables that share
// a column name and a row id (each table's first row is row 1): the table
// alone must tell them apart.
func TestMovedWorksheetValueIsDamaged(t *testing.T) {
	for _, move := range []struct{ from, fromCol, to, toCol string }{
		{"safety_plan", "warning_signs", "relapse_plan", "warning_signs"},
		{"relapse_plan", "warning_signs", "safety_plan", "warning_signs"},
		{"rewards", "cost", "trigger_maps", "cost"},
		{"trigger_maps", "time", "rewards", "time"},
		{"weekly_steps", "plan", "relapse_events", "notes"},
		{"weekly_steps", "next", "problem_sheets", "next"},
		{"problem_sheets", "how_it_went", "weekly_steps", "how_it_went"},
	} {
		t.Run(move.from+" to "+move.to, func(t *testing.T) {
			s, _ := openTemp(t)
			x := newEverything("")
			x.save(t, s)
			_, err := s.db.Exec("UPDATE " + move.to + " SET " + move.toCol + " = (SELECT " + move.fromCol + " FROM " + move.from + ")")
			must(t, err)
			for tbl, damaged := range damagedFlags(t, s, x) {
				if damaged != (tbl == move.to) {
					t.Errorf("%s.%s moved to %s.%s: %s damaged = %v", move.from, move.fromCol, move.to, move.toCol, tbl, damaged)
				}
			}
		})
	}
}

// keyring is the keyring table's rows, as stored.
func keyring(t *testing.T, s *Store) string {
	t.Helper()
	rows, err := s.db.Query("SELECT kind, quote(salt), time, memory, threads, quote(key) FROM keyring ORDER BY kind")
	must(t, err)
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var kind, salt, key string
		var tm, mem, th any
		must(t, rows.Scan(&kind, &salt, &tm, &mem, &th, &key))
		fmt.Fprintf(&b, "%s %s %v %v %v %s\n", kind, salt, tm, mem, th, key)
	}
	must(t, rows.Err())
	return b.String()
}

func fileBytes(t *testing.T, path string) [][]byte {
	t.Helper()
	var out [][]byte
	for _, p := range dbFiles(path) {
		b, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func TestWrongPassphraseChangesNothing(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	x := newEverything("")
	x.save(t, s)
	code, err := setPass(ctx, s, "the right one")
	must(t, err)
	for _, unlocked := range []bool{true, false} {
		if !unlocked {
			s.Lock()
		}
		ring, files := keyring(t, s), fileBytes(t, path)
		for _, try := range []func() error{
			func() error { return s.Unlock(ctx, "the wrong one") },
			func() error { return s.Unlock(ctx, "") },
			func() error { return s.Unlock(ctx, "The right one") },
			func() error { return s.Unlock(ctx, code) }, // the code is not the passphrase
			func() error { return s.UnlockWithRecovery(ctx, "the right one") },
			func() error { return s.UnlockWithRecovery(ctx, "0000-0000-0000-0000-0000-0000") },
			func() error { return s.UnlockWithRecovery(ctx, "") },
		} {
			if err := try(); !errors.Is(err, ErrWrongPassphrase) {
				t.Errorf("unlocked=%v: %v, want ErrWrongPassphrase", unlocked, err)
			}
			if s.Unlocked() != unlocked {
				t.Errorf("a wrong passphrase changed Unlocked from %v", unlocked)
			}
		}
		if keyring(t, s) != ring {
			t.Error("a wrong passphrase changed the keyring")
		}
		if !slices.EqualFunc(fileBytes(t, path), files, bytes.Equal) {
			t.Error("a wrong passphrase changed the database files")
		}
	}
	must(t, s.Unlock(ctx, "the right one"))
	if got := load(t, s, x); got.entry.Text != x.entry.Text {
		t.Errorf("after unlocking: %+v", got.entry)
	}
}

func TestPassphraseSetChangeRemove(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	x := newEverything("")
	x.save(t, s)
	checkAll := func(when string) {
		t.Helper()
		got := load(t, s, x)
		if !slices.Equal(stringsOf(got.entry), stringsOf(x.entry)) || !slices.Equal(stringsOf(got.plan), stringsOf(x.plan)) ||
			!slices.Equal(stringsOf(got.draft), stringsOf(x.draft)) || got.conversation.Damaged ||
			!slices.Equal(stringsOf(got.tmap), stringsOf(x.tmap)) || !slices.Equal(stringsOf(got.step), stringsOf(x.step)) ||
			!slices.Equal(stringsOf(got.safety), stringsOf(x.safety)) || got.reward.Damaged ||
			!slices.Equal(stringsOf(got.problem), stringsOf(x.problem)) || got.problem.Damaged {
			t.Errorf("%s: records changed: %+v", when, got)
		}
	}
	records := func() string { // the sealed records, byte for byte
		t.Helper()
		var b strings.Builder
		for _, table := range sealedTables {
			if ownTests[table] != "" {
				continue // checked by their own tests
			}
			var n int
			var sum string
			must(t, s.db.QueryRow("SELECT COUNT(*), COALESCE(group_concat(hex(CAST(id AS TEXT)) || '|' || "+
				strings.Join(sealedColumns[table], " || '|' || hex(")+strings.Repeat(")", len(sealedColumns[table])-1)+", ','), '') FROM "+table).Scan(&n, &sum))
			fmt.Fprintf(&b, "%s %d %s\n", table, n, sum)
		}
		return b.String()
	}
	before := records()

	has, err := s.HasPassphrase(ctx)
	if err != nil || has {
		t.Fatalf("HasPassphrase on a new store = %v, %v", has, err)
	}
	code1, err := setPass(ctx, s, "first passphrase")
	must(t, err)
	afterSet := records()
	if afterSet == before {
		t.Error("setting the passphrase kept every sealed value as it was: the key did not change")
	}
	if has, _ := s.HasPassphrase(ctx); !has || !s.Unlocked() {
		t.Fatal("after SetPassphrase: want a passphrase, still unlocked")
	}
	s.Lock()
	must(t, s.UnlockWithRecovery(ctx, " "+strings.ToLower(strings.ReplaceAll(code1, "-", " "))+" "))
	checkAll("after unlocking with the recovery code")

	code2, err := setPass(ctx, s, "second passphrase")
	must(t, err)
	afterChange := records()
	if afterChange == afterSet {
		t.Error("changing the passphrase kept every sealed value as it was: the key did not change")
	}
	if code2 == code1 {
		t.Fatal("changing the passphrase kept the recovery code")
	}
	s.Lock()
	for _, old := range []func() error{
		func() error { return s.Unlock(ctx, "first passphrase") },
		func() error { return s.UnlockWithRecovery(ctx, code1) },
	} {
		if err := old(); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("an old secret after the change: %v, want ErrWrongPassphrase", err)
		}
	}
	must(t, s.Unlock(ctx, "second passphrase"))
	checkAll("after the change")
	must(t, s.RemovePassphrase(ctx, currentPass(s)))
	if has, _ := s.HasPassphrase(ctx); has {
		t.Fatal("HasPassphrase after RemovePassphrase")
	}
	for _, old := range []func() error{
		func() error { return s.Unlock(ctx, "second passphrase") },
		func() error { return s.UnlockWithRecovery(ctx, code2) },
	} {
		if err := old(); !errors.Is(err, ErrNoPassphrase) {
			t.Errorf("a secret after removing the passphrase: %v, want ErrNoPassphrase", err)
		}
	}
	if after := records(); after != afterChange {
		t.Errorf("removing the passphrase rewrote records:\n%s\n%s", afterChange, after)
	}
	must(t, s.Close())
	s2, err := Open(ctx, path)
	must(t, err)
	defer s2.Close()
	s = s2
	if !s.Unlocked() {
		t.Fatal("without a passphrase the records should open by themselves")
	}
	checkAll("reopened without a passphrase")
}

func TestLockedAcrossReopen(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	mustID(t)(s.AddEntry(ctx, Entry{Text: "kept"}))
	_, err := setPass(ctx, s, "é accented") // "e" and a combining accent opens it too
	must(t, err)
	must(t, s.Close())
	s2, err := Open(ctx, path)
	must(t, err)
	defer s2.Close()
	if s2.Unlocked() {
		t.Fatal("a store with a passphrase opened unlocked")
	}
	if n, err := s2.CountEntries(ctx); !errors.Is(err, ErrLocked) {
		t.Fatalf("CountEntries while locked = %d, %v, want ErrLocked", n, err)
	}
	must(t, s2.Unlock(ctx, "e\u0301 accented"))
	if e, err := s2.Entries(ctx); err != nil || len(e) != 1 || e[0].Text != "kept" {
		t.Fatalf("after unlock: %+v %v", e, err)
	}
}

// privateCalls is every method that needs the key, called with harmless values.
func privateCalls(s *Store) map[string]func(ctx context.Context) error {
	ignore := func(_ any, err error) error { return err }
	return map[string]func(ctx context.Context) error{
		"AddEntry":       func(ctx context.Context) error { return ignore(s.AddEntry(ctx, Entry{Text: "x"})) },
		"AddEntries":     func(ctx context.Context) error { return ignore(s.AddEntries(ctx, []Entry{{Text: "x"}})) },
		"UpdateEntry":    func(ctx context.Context) error { return s.UpdateEntry(ctx, Entry{ID: 1}) },
		"DeleteEntry":    func(ctx context.Context) error { return s.DeleteEntry(ctx, 1) },
		"Entry":          func(ctx context.Context) error { return ignore(s.Entry(ctx, 1)) },
		"Entries":        func(ctx context.Context) error { return ignore(s.Entries(ctx)) },
		"AddBoundary":    func(ctx context.Context) error { return ignore(s.AddBoundary(ctx, Boundary{})) },
		"UpdateBoundary": func(ctx context.Context) error { return s.UpdateBoundary(ctx, Boundary{ID: 1}) },
		"DeleteBoundary": func(ctx context.Context) error { return s.DeleteBoundary(ctx, 1) },
		"Boundaries":     func(ctx context.Context) error { return ignore(s.Boundaries(ctx)) },
		"AddBoundaryTest": func(ctx context.Context) error {
			return ignore(s.AddBoundaryTest(ctx, BoundaryTest{BoundaryID: 1, Outcome: Held}))
		},
		"DeleteBoundaryTest": func(ctx context.Context) error { return s.DeleteBoundaryTest(ctx, 1) },
		"BoundaryTests":      func(ctx context.Context) error { return ignore(s.BoundaryTests(ctx, 1)) },
		"AddConversation":    func(ctx context.Context) error { return ignore(s.AddConversation(ctx, Conversation{})) },
		"UpdateConversation": func(ctx context.Context) error { return s.UpdateConversation(ctx, Conversation{ID: 1}) },
		"DeleteConversation": func(ctx context.Context) error { return s.DeleteConversation(ctx, 1) },
		"Conversations":      func(ctx context.Context) error { return ignore(s.Conversations(ctx)) },
		"RelapsePlan":        func(ctx context.Context) error { return ignore(s.RelapsePlan(ctx)) },
		"SaveRelapsePlan":    func(ctx context.Context) error { return s.SaveRelapsePlan(ctx, RelapsePlan{}) },
		"AddRelapseEvent":    func(ctx context.Context) error { return ignore(s.AddRelapseEvent(ctx, RelapseEvent{})) },
		"RelapseEvents":      func(ctx context.Context) error { return ignore(s.RelapseEvents(ctx)) },
		"DeleteRelapseEvent": func(ctx context.Context) error { return s.DeleteRelapseEvent(ctx, 1) },
		"SaveDraft":          func(ctx context.Context) error { return s.SaveDraft(ctx, Draft{Kind: "journal"}) },
		"Drafts":             func(ctx context.Context) error { return ignore(s.Drafts(ctx)) },
		"DeleteDraft":        func(ctx context.Context) error { return s.DeleteDraft(ctx, "journal", 0) },
		"AddTriggerMap":      func(ctx context.Context) error { return ignore(s.AddTriggerMap(ctx, TriggerMap{Kind: MapUsing})) },
		"UpdateTriggerMap":   func(ctx context.Context) error { return s.UpdateTriggerMap(ctx, TriggerMap{ID: 1, Kind: MapUsing}) },
		"DeleteTriggerMap":   func(ctx context.Context) error { return s.DeleteTriggerMap(ctx, 1) },
		"TriggerMaps":        func(ctx context.Context) error { return ignore(s.TriggerMaps(ctx)) },
		"AddReward":          func(ctx context.Context) error { return ignore(s.AddReward(ctx, Reward{Kind: RewardOffer})) },
		"UpdateReward":       func(ctx context.Context) error { return s.UpdateReward(ctx, Reward{ID: 1, Kind: RewardOffer}) },
		"DeleteReward":       func(ctx context.Context) error { return s.DeleteReward(ctx, 1) },
		"Rewards":            func(ctx context.Context) error { return ignore(s.Rewards(ctx)) },
		"SaveWeeklyStep": func(ctx context.Context) error {
			return ignore(s.SaveWeeklyStep(ctx, WeeklyStep{Week: time.Now(), Plan: "x"}))
		},
		"WeeklySteps":      func(ctx context.Context) error { return ignore(s.WeeklySteps(ctx)) },
		"StepForWeek":      func(ctx context.Context) error { return ignore(s.StepForWeek(ctx, time.Now())) },
		"DeleteWeeklyStep": func(ctx context.Context) error { return s.DeleteWeeklyStep(ctx, 1) },
		"SafetyPlan":       func(ctx context.Context) error { return ignore(s.SafetyPlan(ctx)) },
		"SaveSafetyPlan":   func(ctx context.Context) error { return s.SaveSafetyPlan(ctx, SafetyPlan{}) },
		"AddProblemSheet":  func(ctx context.Context) error { return ignore(s.AddProblemSheet(ctx, ProblemSheet{Problem: "x"})) },
		"UpdateProblemSheet": func(ctx context.Context) error {
			return s.UpdateProblemSheet(ctx, ProblemSheet{ID: 1, Problem: "x"})
		},
		"DeleteProblemSheet": func(ctx context.Context) error { return s.DeleteProblemSheet(ctx, 1) },
		"ProblemSheets":      func(ctx context.Context) error { return ignore(s.ProblemSheets(ctx)) },
		"SetPassphrase": func(ctx context.Context) error {
			return ignore(s.SetPassphrase(ctx, "", "kettle river blue morning", nil))
		},
		"CountEntries":     func(ctx context.Context) error { return ignore(s.CountEntries(ctx)) },
		"CountMyMeetings":  func(ctx context.Context) error { return ignore(s.CountMyMeetings(ctx)) },
		"Favourites":       func(ctx context.Context) error { return ignore(s.Favourites(ctx)) },
		"SetFavourite":     func(ctx context.Context) error { return s.SetFavourite(ctx, "a-meeting", true) },
		"GetPrivate":       func(ctx context.Context) error { return ignore(s.GetPrivate(ctx, "learn-done")) },
		"SetPrivate":       func(ctx context.Context) error { return s.SetPrivate(ctx, "learn-done", "x") },
		"LovedOneAge":      func(ctx context.Context) error { return ignore(s.LovedOneAge(ctx)) },
		"SetLovedOneAge":   func(ctx context.Context) error { return s.SetLovedOneAge(ctx, AgeUnder18) },
		"RemovePassphrase": func(ctx context.Context) error { return s.RemovePassphrase(ctx, currentPass(s)) },
	}
}

func TestLockedStoreRefusesEveryPrivateCall(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	x := newEverything("")
	x.save(t, s)
	_, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	s.Lock()
	if s.Unlocked() {
		t.Fatal("Unlocked after Lock")
	}
	files := fileBytes(t, path)
	for name, call := range privateCalls(s) {
		if err := call(ctx); !errors.Is(err, ErrLocked) {
			t.Errorf("%s while locked = %v, want ErrLocked", name, err)
		}
	}
	if !slices.EqualFunc(fileBytes(t, path), files, bytes.Equal) {
		t.Error("calls refused while locked changed the database files")
	}
	if has, err := s.HasPassphrase(ctx); err != nil || !has {
		t.Errorf("HasPassphrase while locked = %v, %v", has, err)
	}
	if n, err := s.CountEntries(ctx); !errors.Is(err, ErrLocked) {
		t.Errorf("CountEntries while locked = %d, %v, want ErrLocked", n, err)
	}
	must(t, s.Unlock(ctx, "kettle river blue morning"))
	for name, call := range privateCalls(s) {
		if err := call(ctx); errors.Is(err, ErrLocked) {
			t.Errorf("%s after Unlock = %v", name, err)
		}
	}
}

func TestWithoutPassphrase(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if !s.Unlocked() {
		t.Fatal("a new store is locked")
	}
	s.Lock()
	if !s.Unlocked() {
		t.Fatal("Lock without a passphrase locked the records: nothing could open them again")
	}
	if err := s.Unlock(ctx, "anything"); !errors.Is(err, ErrNoPassphrase) {
		t.Errorf("Unlock = %v, want ErrNoPassphrase", err)
	}
	if err := s.UnlockWithRecovery(ctx, "0000-0000-0000-0000-0000-0000"); !errors.Is(err, ErrNoPassphrase) {
		t.Errorf("UnlockWithRecovery = %v, want ErrNoPassphrase", err)
	}
	if err := s.RemovePassphrase(ctx, currentPass(s)); !errors.Is(err, ErrNoPassphrase) {
		t.Errorf("RemovePassphrase = %v, want ErrNoPassphrase", err)
	}
	for _, p := range []string{"", "   "} {
		if _, err := setPass(ctx, s, p); !errors.Is(err, ErrInvalid) {
			t.Errorf("SetPassphrase(%q) = %v, want ErrInvalid", p, err)
		}
	}
}

func TestRecoveryCodeShape(t *testing.T) {
	s, _ := openTemp(t)
	code, err := setPass(context.Background(), s, "kettle river blue morning")
	must(t, err)
	groups := strings.Split(code, "-")
	if len(groups) != 6 || len(strings.Join(groups, "")) != 24 || strings.ContainsAny(code, "ILOU") {
		t.Errorf("recovery code %q: want 6 groups of 4 from Crockford's alphabet", code)
	}
}

func TestEntries(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	base := time.Date(2026, 1, 2, 10, 0, 0, 123456789, time.Local)
	id := mustID(t)
	old := id(s.AddEntry(ctx, Entry{At: base, Text: "old", Tags: []string{"a", "b"}}))
	tie1 := id(s.AddEntry(ctx, Entry{At: base.Add(time.Hour), Text: "tie 1"}))
	tie2 := id(s.AddEntry(ctx, Entry{At: base.Add(time.Hour), Text: "tie 2", Mood: 1}))
	now := id(s.AddEntry(ctx, Entry{Text: "now"}))
	es, err := s.Entries(ctx)
	must(t, err)
	var order []int64
	for _, e := range es {
		order = append(order, e.ID)
	}
	if want := []int64{now, tie2, tie1, old}; !slices.Equal(order, want) {
		t.Errorf("order %v, want %v (newest first, ties by higher id)", order, want)
	}
	if time.Since(es[0].At) > time.Minute {
		t.Errorf("zero At became %v, want now", es[0].At)
	}
	if e := es[3]; !e.At.Equal(base) || !slices.Equal(e.Tags, []string{"a", "b"}) {
		t.Errorf("old entry: %+v (time kept to the nanosecond?)", e)
	}
	if e := es[2]; e.Tags != nil {
		t.Errorf("entry without tags has %#v", e.Tags)
	}

	must(t, s.UpdateEntry(ctx, Entry{ID: old, Mood: 5, Text: "changed", Tags: []string{"c"}}))
	e, err := s.Entry(ctx, old)
	must(t, err)
	if !e.At.Equal(base) || e.Mood != 5 || e.Text != "changed" || !slices.Equal(e.Tags, []string{"c"}) {
		t.Errorf("updated with a zero At: %+v, want the time kept", e)
	}
	must(t, s.UpdateEntry(ctx, Entry{ID: old, At: base.AddDate(1, 0, 0), Text: "moved"}))
	if es, _ := s.Entries(ctx); es[0].ID != old {
		t.Errorf("moved entry is not first: %+v", es[0])
	}
	for name, err := range map[string]error{
		"UpdateEntry missing": s.UpdateEntry(ctx, Entry{ID: 999}),
		"DeleteEntry missing": s.DeleteEntry(ctx, 999),
		"Entry missing":       func() error { _, err := s.Entry(ctx, 999); return err }(),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s = %v, want ErrNotFound", name, err)
		}
	}
	for name, err := range map[string]error{
		"mood 6":  func() error { _, err := s.AddEntry(ctx, Entry{Mood: 6}); return err }(),
		"mood -1": s.UpdateEntry(ctx, Entry{ID: old, Mood: -1}),
		"year 3000": func() error {
			_, err := s.AddEntry(ctx, Entry{At: time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)})
			return err
		}(),
		"huge text":  func() error { _, err := s.AddEntry(ctx, Entry{Text: strings.Repeat("x", maxText+1)}); return err }(),
		"batch fail": func() error { _, err := s.AddEntries(ctx, []Entry{{Text: "ok"}, {Mood: 7}}); return err }(),
	} {
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%s = %v, want ErrInvalid", name, err)
		}
	}
	must(t, s.DeleteEntry(ctx, tie1))
	if n, _ := s.CountEntries(ctx); n != 3 {
		t.Errorf("CountEntries = %d, want 3 (a refused batch adds nothing)", n)
	}
}

func TestBoundaries(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	id := mustID(t)
	day := func(m, d int) time.Time { return time.Date(2026, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	retired := id(s.AddBoundary(ctx, Boundary{Text: "retired", SetOn: day(5, 1)}))
	older := id(s.AddBoundary(ctx, Boundary{Text: "older", SetOn: day(1, 1), Active: true}))
	newer := id(s.AddBoundary(ctx, Boundary{Text: "newer", SetOn: day(3, 1), Active: true}))
	bs, err := s.Boundaries(ctx)
	must(t, err)
	var order []int64
	for _, b := range bs {
		order = append(order, b.ID)
	}
	if want := []int64{newer, older, retired}; !slices.Equal(order, want) {
		t.Errorf("order %v, want %v (active first, then newest)", order, want)
	}
	// A date given at UTC midnight keeps its day in every time zone.
	if y, m, d := bs[0].SetOn.Date(); y != 2026 || m != 3 || d != 1 || bs[0].SetOn.Location() != time.Local {
		t.Errorf("SetOn = %v, want 2026-03-01 at local midnight", bs[0].SetOn)
	}

	t1 := id(s.AddBoundaryTest(ctx, BoundaryTest{BoundaryID: newer, On: day(3, 2), Outcome: Held, Note: "one"}))
	t2 := id(s.AddBoundaryTest(ctx, BoundaryTest{BoundaryID: newer, On: day(3, 9), Outcome: Broken}))
	t3 := id(s.AddBoundaryTest(ctx, BoundaryTest{BoundaryID: newer, On: day(3, 9), Outcome: Held}))
	id(s.AddBoundaryTest(ctx, BoundaryTest{BoundaryID: older, Outcome: Bent}))
	ts, err := s.BoundaryTests(ctx, newer)
	must(t, err)
	if len(ts) != 3 || ts[0].ID != t3 || ts[1].ID != t2 || ts[2].ID != t1 || ts[2].Note != "one" {
		t.Errorf("tests of a boundary: %+v, want newest first", ts)
	}
	if tl := TallyOf(ts); tl != (Tally{Held: 2, Broken: 1}) || tl.Total() != 3 {
		t.Errorf("tally %+v", tl)
	}
	for name, tt := range map[string]BoundaryTest{
		"unknown outcome":  {BoundaryID: newer, Outcome: "maybe"},
		"no outcome":       {BoundaryID: newer},
		"missing boundary": {BoundaryID: 999, Outcome: Held},
	} {
		if _, err := s.AddBoundaryTest(ctx, tt); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
	must(t, s.UpdateBoundary(ctx, Boundary{ID: older, Text: "retired now", SetOn: day(1, 1), Active: false}))
	must(t, s.DeleteBoundaryTest(ctx, t1))
	must(t, s.DeleteBoundary(ctx, newer))
	var left int
	must(t, s.db.QueryRow("SELECT COUNT(*) FROM boundary_tests WHERE boundary_id = ?", newer).Scan(&left))
	if left != 0 {
		t.Errorf("%d tests left of a deleted boundary", left)
	}
	bs, _ = s.Boundaries(ctx)
	if len(bs) != 2 || bs[0].ID != retired || bs[1].Text != "retired now" || bs[1].Active {
		t.Errorf("after update and delete: %+v", bs)
	}
	if err := s.UpdateBoundary(ctx, Boundary{ID: newer}); !errors.Is(err, ErrNotFound) {
		t.Errorf("update a deleted boundary: %v", err)
	}
	if err := s.DeleteBoundaryTest(ctx, t1); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete a deleted test: %v", err)
	}
}

func TestConversationsAndRelapse(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	id := mustID(t)
	base := time.Date(2026, 4, 1, 9, 0, 0, 0, time.Local)
	a := id(s.AddConversation(ctx, Conversation{Goal: "a", Planned: base}))
	b := id(s.AddConversation(ctx, Conversation{Goal: "b", Planned: base.Add(time.Hour)}))
	must(t, s.UpdateConversation(ctx, Conversation{ID: a, Goal: "a", Planned: base, DebriefedAt: base.Add(48 * time.Hour), Felt: "relieved"}))
	cs, err := s.Conversations(ctx)
	must(t, err)
	if len(cs) != 2 || cs[0].ID != b || cs[1].Felt != "relieved" || !cs[1].DebriefedAt.Equal(base.Add(48*time.Hour)) || !cs[0].DebriefedAt.IsZero() {
		t.Errorf("conversations: %+v", cs)
	}
	must(t, s.DeleteConversation(ctx, b))
	if err := s.DeleteConversation(ctx, b); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}

	p, err := s.RelapsePlan(ctx)
	if err != nil || !reflect.DeepEqual(p, RelapsePlan{}) {
		t.Fatalf("plan before any = %+v, %v; want the zero plan", p, err)
	}
	must(t, s.SaveRelapsePlan(ctx, RelapsePlan{WarningSigns: "first", NaloxoneExpires: time.Date(2027, 1, 31, 0, 0, 0, 0, time.Local)}))
	must(t, s.SaveRelapsePlan(ctx, RelapsePlan{WarningSigns: "second"}))
	p, err = s.RelapsePlan(ctx)
	if err != nil || p.WarningSigns != "second" || !p.NaloxoneExpires.IsZero() || p.Updated.IsZero() {
		t.Errorf("plan after two saves = %+v, %v", p, err)
	}
	e1 := id(s.AddRelapseEvent(ctx, RelapseEvent{At: base, Notes: "first"}))
	e2 := id(s.AddRelapseEvent(ctx, RelapseEvent{Notes: "now"}))
	evs, err := s.RelapseEvents(ctx)
	must(t, err)
	if len(evs) != 2 || evs[0].ID != e2 || evs[1].ID != e1 || evs[1].Notes != "first" {
		t.Errorf("events: %+v", evs)
	}
	must(t, s.DeleteRelapseEvent(ctx, e1))
	if err := s.DeleteRelapseEvent(ctx, e1); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}
}

func TestDrafts(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	must(t, s.SaveDraft(ctx, Draft{Kind: "journal", Text: "one"}))
	must(t, s.SaveDraft(ctx, Draft{Kind: "journal", Text: "two"}))
	must(t, s.SaveDraft(ctx, Draft{Kind: "journal", Ref: 7, Text: "editing 7"}))
	must(t, s.SaveDraft(ctx, Draft{Kind: "boundary", Text: "a boundary"}))
	ds, err := s.Drafts(ctx)
	must(t, err)
	got := map[string]string{}
	for _, d := range ds {
		got[fmt.Sprintf("%s/%d", d.Kind, d.Ref)] = d.Text
	}
	want := map[string]string{"journal/0": "two", "journal/7": "editing 7", "boundary/0": "a boundary"}
	if !reflect.DeepEqual(got, want) || ds[0].Kind != "boundary" {
		t.Errorf("drafts %v (first %q), want %v with the latest first", got, ds[0].Kind, want)
	}
	must(t, s.DeleteDraft(ctx, "journal", 0))
	must(t, s.DeleteDraft(ctx, "journal", 0)) // none left: nothing to do
	must(t, s.DeleteDraft(ctx, "conversation", 3))
	if ds, _ := s.Drafts(ctx); len(ds) != 2 {
		t.Errorf("after delete: %+v", ds)
	}
	if err := s.SaveDraft(ctx, Draft{Text: "no kind"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("draft without a kind: %v", err)
	}
}

// TestLostKeyIsDamaged: a keyring emptied while sealed records exist must
// not be answered with a new key, which would never open them.
func TestLostKeyIsDamaged(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	mustID(t)(s.AddEntry(ctx, Entry{Text: "x"}))
	_, err := s.db.Exec("DELETE FROM keyring")
	must(t, err)
	must(t, s.Close())
	if _, err := Open(ctx, path); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open with the key gone = %v, want ErrDamaged", err)
	}
}

// TestOlderDatabaseGetsAKey: a schema-1 database (settings only) migrates
// with its settings, and gets a key.
func TestOlderDatabaseGetsAKey(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	must(t, s.Set(ctx, SettingLanguage, "es"))
	dropAllBut(t, s, "settings") // as it was at schema 1
	_, err := s.db.Exec("PRAGMA user_version = 1")
	must(t, err)
	must(t, s.Close())
	s2, err := Open(ctx, path)
	must(t, err)
	defer s2.Close()
	if v, _ := s2.Version(ctx); v != SchemaVersion() || s2.GetOr(ctx, SettingLanguage, "") != "es" || !s2.Unlocked() {
		t.Fatalf("after migrating: version %d, language %q, unlocked %v", v, s2.GetOr(ctx, SettingLanguage, ""), s2.Unlocked())
	}
	mustID(t)(s2.AddEntry(ctx, Entry{Text: "first"}))
}

func TestCheckFindsALostKey(t *testing.T) {
	ctx := context.Background()
	for name, spoil := range map[string]string{
		"no key":         "DELETE FROM keyring",
		"short key":      "UPDATE keyring SET key = X'0102'",
		"no recovery":    "DELETE FROM keyring WHERE kind = 'recovery'",
		"absurd costs":   "UPDATE keyring SET memory = 1 << 40 WHERE kind = 'passphrase'",
		"a missing salt": "UPDATE keyring SET salt = NULL WHERE kind = 'recovery'",
	} {
		t.Run(name, func(t *testing.T) {
			s, path := openTemp(t)
			mustID(t)(s.AddEntry(ctx, Entry{Text: "x"}))
			if name != "no key" && name != "short key" {
				_, err := setPass(ctx, s, "kettle river blue morning")
				must(t, err)
			}
			if res, err := s.Check(ctx); err != nil || !res.OK() {
				t.Fatalf("sound: %+v, %v", res, err)
			}
			_, err := s.db.Exec(spoil)
			must(t, err)
			if res, err := s.Check(ctx); err != nil || res.OK() {
				t.Errorf("Check = %+v, %v; want a problem", res, err)
			}
			must(t, s.Close())
			if res, err := Inspect(ctx, path); err != nil || res.OK() || !strings.Contains(res.Problems[0], "key") {
				t.Errorf("Inspect = %+v, %v; want the key's problem", res, err)
			}
		})
	}
}

func TestInspectWithRecords(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	x := newEverything("")
	x.save(t, s)
	must(t, s.Close())
	res, err := Inspect(ctx, path)
	if err != nil || !res.OK() || res.SchemaVersion != SchemaVersion() {
		t.Fatalf("Inspect = %+v, %v", res, err)
	}
}

// TestConcurrentLockAndUse runs reads, writes, Lock and Unlock at once
// (for the race detector): each call either works or is ErrLocked.
func TestConcurrentLockAndUse(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	_, err := setPass(ctx, s, "kettle river blue morning")
	must(t, err)
	done := make(chan error, 3)
	go func() {
		for i := 0; i < 20; i++ {
			s.Lock()
			if err := s.Unlock(ctx, "kettle river blue morning"); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for w := 0; w < 2; w++ {
		go func() {
			for i := 0; i < 20; i++ {
				if _, err := s.AddEntry(ctx, Entry{Text: "x"}); err != nil && !errors.Is(err, ErrLocked) {
					done <- err
					return
				}
				if _, err := s.Entries(ctx); err != nil && !errors.Is(err, ErrLocked) {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for i := 0; i < 3; i++ {
		must(t, <-done)
	}
	es, err := s.Entries(ctx)
	must(t, err)
	for _, e := range es {
		if e.Damaged || e.Text != "x" {
			t.Fatalf("entry written during lock and unlock: %+v", e)
		}
	}
}

// dropAllBut drops every table but keep, children before the tables they
// point to.
func dropAllBut(t *testing.T, s *Store, keep string) {
	t.Helper()
	for round := 0; round < 10; round++ {
		rows, err := s.db.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name != ? AND name NOT LIKE 'sqlite_%'", keep)
		must(t, err)
		var names []string
		for rows.Next() {
			var n string
			must(t, rows.Scan(&n))
			names = append(names, n)
		}
		rows.Close()
		if len(names) == 0 {
			return
		}
		for _, n := range names {
			s.db.Exec("DROP TABLE " + n) // one a child still points to fails until the next round
		}
	}
	t.Fatal("tables left after 10 rounds of dropping")
}
