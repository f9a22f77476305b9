package store

import (
	"context"
	"database/sql"
	"testing"
)

// TestChangedPlainColumnShowsDamage: someone who can write the file
// changes a mood, an outcome, a kind, a date or a tick; the record comes
// back damaged instead of quietly saying something else.
func TestChangedPlainColumnShowsDamage(t *testing.T) {
	for name, tc := range map[string]struct{ sql, table string }{
		"a mood":      {"UPDATE entries SET mood = 1", "entries"},
		"a time":      {"UPDATE entries SET at = at + 86400000000000", "entries"},
		"an outcome":  {"UPDATE boundary_tests SET outcome = 'held'", "boundary_tests"},
		"active":      {"UPDATE boundaries SET active = 0", "boundaries"},
		"a kind":      {"UPDATE trigger_maps SET kind = 'using'", "trigger_maps"},
		"a reward":    {"UPDATE rewards SET kind = 'offer'", "rewards"},
		"a tick":      {"UPDATE weekly_steps SET done = 0", "weekly_steps"},
		"a week":      {"UPDATE weekly_steps SET week = '2026-11-30'", "weekly_steps"},
		"a debrief":   {"UPDATE conversations SET debriefed_at = NULL", "conversations"},
		"an expiry":   {"UPDATE relapse_plan SET naloxone_expires = '2030-01-01'", "relapse_plan"},
		"an event":    {"UPDATE relapse_events SET at = 0", "relapse_events"},
		"a draft ref": {"UPDATE drafts SET ref = ref + 1", "drafts"},
		"a plan date": {"UPDATE safety_plan SET updated = 0", "safety_plan"},
	} {
		t.Run(name, func(t *testing.T) {
			s, _ := openTemp(t)
			x := newEverything("")
			x.save(t, s)
			_, err := s.db.Exec(tc.sql)
			must(t, err)
			got := damagedFlags(t, s, x)
			for table, damaged := range got {
				if damaged != (table == tc.table) {
					t.Errorf("%s damaged = %v after changing %s in %s", table, damaged, name, tc.table)
				}
			}
		})
	}
}

// TestOlderValuesAreBoundOnFirstOpen: values sealed before binding (as an
// older version wrote them, and with no mark) open, are sealed again
// bound at Open, and from then on a changed mood shows as damage.
func TestOlderValuesAreBoundOnFirstOpen(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	id := mustID(t)(s.AddEntry(ctx, Entry{Text: "written by an older version", Mood: 4}))
	box, done, err := s.sealer()
	must(t, err)
	for _, col := range []string{"tags", "text"} { // seal again the old way
		var raw []byte
		must(t, s.db.QueryRow("SELECT "+col+" FROM entries WHERE id = ?", id).Scan(&raw))
		o := opener{box: box}
		plain, ok := o.openBytes("entries", col, id, []byte(mustBound(t, s.db, id)), raw)
		if !ok {
			t.Fatal("the new value does not open")
		}
		old, err := box.Seal(plain, appendAD(nil, "entries", col, id))
		must(t, err)
		_, err = s.db.Exec("UPDATE entries SET "+col+" = ? WHERE id = ?", old, id)
		must(t, err)
	}
	done()
	_, err = s.db.Exec("DELETE FROM private_settings WHERE key = ?", string(settingSealing))
	must(t, err)
	must(t, s.Close())

	s, err = Open(ctx, path)
	must(t, err)
	es, err := s.Entries(ctx)
	must(t, err)
	if len(es) != 1 || es[0].Damaged || es[0].Text != "written by an older version" {
		t.Fatalf("an older value after Open: %+v", es)
	}
	if s.legacy.Load() {
		t.Error("still opening values the old way after the upgrade")
	}
	_, err = s.db.Exec("UPDATE entries SET mood = 1")
	must(t, err)
	if es, _ := s.Entries(ctx); len(es) != 1 || !es[0].Damaged {
		t.Errorf("after the upgrade a changed mood still opens: %+v", es)
	}
	must(t, s.Close())
}

func mustBound(t *testing.T, db *sql.DB, id int64) string {
	t.Helper()
	var b string
	must(t, db.QueryRow("SELECT "+boundExpr("entries")+" FROM entries WHERE id = ?", id).Scan(&b))
	return b
}

// TestEveryBoundColumnExists: boundColumns names real, plain columns.
func TestEveryBoundColumnExists(t *testing.T) {
	s, _ := openTemp(t)
	for table, cols := range boundColumns {
		for _, c := range cols {
			var typ string
			err := s.db.QueryRow("SELECT type FROM pragma_table_info(?) WHERE name = ?", table, c).Scan(&typ)
			if err != nil || typ == "BLOB" {
				t.Errorf("%s.%s: %q %v", table, c, typ, err)
			}
		}
	}
	for table := range sealedColumns {
		if _, ok := boundColumns[table]; !ok {
			t.Errorf("%s binds none of its plain columns", table)
		}
	}
}
