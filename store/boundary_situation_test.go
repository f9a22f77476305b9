package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/alongside-app/alongside/store/seal"
)

// TestBoundariesFromVersion8KeepOpening writes boundaries as version 8
// wrote them, before a boundary kept "what keeps happening": opened by
// this version, they read back whole, with an empty Situation and not
// damaged; then a Situation written to them is kept, also across a
// change of key. Both with values already bound (the sealing mark set:
// nothing is sealed again at Open, the NULL is read as it is) and with
// values sealed before binding (sealed again at Open).
func TestBoundariesFromVersion8KeepOpening(t *testing.T) {
	for _, bound := range []bool{true, false} {
		t.Run(map[bool]string{true: "bound", false: "before binding"}[bound], func(t *testing.T) {
			ctx := context.Background()
			path := version8WithBoundaries(t, bound)

			s, err := Open(ctx, path)
			must(t, err)
			defer func() { must(t, s.Close()) }()
			if v, _ := s.Version(ctx); v != SchemaVersion() {
				t.Fatalf("version %d after Open, want %d", v, SchemaVersion())
			}
			bs, err := s.Boundaries(ctx)
			must(t, err)
			if len(bs) != 2 {
				t.Fatalf("%d boundaries after migrating, want 2", len(bs))
			}
			for _, b := range bs {
				if b.Damaged || b.Situation != "" || b.Text == "" || b.Why != "my sleep" {
					t.Errorf("a boundary written by version 8: %+v, want whole, not damaged, Situation empty", b)
				}
			}

			b := bs[0]
			b.Situation = "He comes home drunk on Fridays"
			must(t, s.UpdateBoundary(ctx, b))
			_, err = setPass(ctx, s, "correct horse battery")
			must(t, err)
			bs, err = s.Boundaries(ctx)
			must(t, err)
			for _, got := range bs {
				want := ""
				if got.ID == b.ID {
					want = b.Situation
				}
				if got.Damaged || got.Situation != want || got.Why != "my sleep" {
					t.Errorf("after a change of key: %+v, want Situation %q, not damaged", got, want)
				}
			}
			var nulls int
			must(t, s.db.QueryRow("SELECT COUNT(*) FROM boundaries WHERE situation IS NULL").Scan(&nulls))
			if nulls != 0 {
				t.Errorf("%d boundaries still have no sealed situation after a change of key", nulls)
			}
		})
	}
}

// version8WithBoundaries makes a file as version 8 left one: its schema,
// a plain key and two boundaries, sealed bound to their rows (and the
// mark saying so) or the older way, before binding.
func version8WithBoundaries(t *testing.T, bound bool) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), FileName)
	db, err := sql.Open("sqlite3", dsn(path))
	must(t, err)
	ms, err := migrations()
	must(t, err)
	if len(ms) < 9 || ms[8].version != 9 {
		t.Fatal("no migration 9")
	}
	for _, m := range ms[:8] {
		_, err := db.Exec(m.sql)
		must(t, err)
	}
	_, err = db.Exec("PRAGMA user_version = 8")
	must(t, err)
	key, err := seal.NewKey()
	must(t, err)
	box, err := seal.New(key)
	must(t, err)
	_, err = db.Exec("INSERT INTO keyring (kind, key) VALUES ('plain', ?)", key)
	must(t, err)
	for id, text := range map[int64]string{3: "If you drive drunk, I will not get in the car.", 8: "If you shout, I will leave the room."} {
		_, err := db.Exec("INSERT INTO boundaries (id, set_on, active, text, why, consequence, told_to) VALUES (?, '2026-03-01', 1, X'', X'', X'', X'')", id)
		must(t, err)
		var b []byte
		must(t, db.QueryRow("SELECT "+boundExpr("boundaries")+" FROM boundaries WHERE id = ?", id).Scan(&b))
		for col, v := range map[string]string{"text": text, "why": "my sleep", "consequence": "", "told_to": "my sister"} {
			ad := appendAD(nil, "boundaries", col, id)
			if bound {
				ad = appendBoundAD(nil, "boundaries", col, id, b)
			}
			sealed, err := box.Seal([]byte(v), ad)
			must(t, err)
			_, err = db.Exec("UPDATE boundaries SET "+col+" = ? WHERE id = ?", sealed, id)
			must(t, err)
		}
	}
	if bound {
		tx, err := db.BeginTx(ctx, nil)
		must(t, err)
		must(t, setPrivate(ctx, tx, box, settingSealing, sealingBound))
		must(t, tx.Commit())
	}
	must(t, db.Close())
	return path
}

// TestBoundarySituationRoundTrips: a new boundary keeps what keeps
// happening, changed or not, across a change of key and a lock; an empty
// value there (one that did not open when the key changed) is damaged,
// unlike the NULL of a boundary written before the column.
func TestBoundarySituationRoundTrips(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	id := mustID(t)(s.AddBoundary(ctx, Boundary{Text: "If you shout, I will leave the room.", Situation: "Shouting at dinner",
		Why: "the children", SetOn: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Active: true}))
	one := func(what string) Boundary {
		t.Helper()
		bs, err := s.Boundaries(ctx)
		must(t, err)
		if len(bs) != 1 || bs[0].ID != id {
			t.Fatalf("%s: %+v", what, bs)
		}
		return bs[0]
	}
	if b := one("added"); b.Situation != "Shouting at dinner" || b.Why != "the children" || b.Damaged {
		t.Errorf("added: %+v", b)
	}
	b := one("added")
	b.Situation = "Shouting at dinner, most nights"
	must(t, s.UpdateBoundary(ctx, b))
	_, err := setPass(ctx, s, "correct horse battery")
	must(t, err)
	must(t, s.Close())
	s, err = Open(ctx, path)
	must(t, err)
	defer s.Close()
	must(t, s.Unlock(ctx, "correct horse battery"))
	if b := one("after a change of key"); b.Situation != "Shouting at dinner, most nights" || b.Damaged {
		t.Errorf("after a change of key and a lock: %+v", b)
	}

	_, err = s.db.Exec("UPDATE boundaries SET situation = X''")
	must(t, err)
	if b := one("blanked"); !b.Damaged || b.Situation != "" {
		t.Errorf("an empty sealed value is not damaged: %+v", b)
	}
	_, err = s.db.Exec("UPDATE boundaries SET situation = NULL")
	must(t, err)
	if b := one("NULL"); b.Damaged || b.Situation != "" || b.Text == "" {
		t.Errorf("NULL, as before the column: %+v", b)
	}
}
