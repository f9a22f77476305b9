package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
	"time"
)

const marker = "ZQXMARKER7731"

func init() { UseQuickKeysForTests() }

// fillEverything writes the marker through every private field.
func fillEverything(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	m := func(f string) string { return marker + f }
	must := func(_ int64, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.AddEntry(ctx, Entry{Mood: 3, Tags: []string{m("tag")}, Text: m("text")}))
	bid, err := s.AddBoundary(ctx, Boundary{Text: m("b"), Why: m("why"), Consequence: m("c"), ToldTo: m("to"), Active: true})
	must(bid, err)
	must(s.AddBoundaryTest(ctx, BoundaryTest{BoundaryID: bid, Outcome: Held, Note: m("note")}))
	must(s.AddConversation(ctx, Conversation{Goal: m("g"), WhenWhere: m("ww"), Opening: m("o"), IStatements: m("i"),
		Avoid: m("a"), SelfCare: m("sc"), Happened: m("h"), Response: m("r"), Felt: m("f"), NextTime: m("n")}))
	if err := s.SaveRelapsePlan(ctx, RelapsePlan{WarningSigns: m("ws"), WhatISay: m("say"), WillNotDo: m("not"),
		SafetySteps: m("safe"), NaloxoneWhere: m("nal"), WhoToCall: m("call"), WhereHelp: m("help")}); err != nil {
		t.Fatal(err)
	}
	must(s.AddRelapseEvent(ctx, RelapseEvent{Notes: m("ev")}))
	if err := s.SaveDraft(ctx, Draft{Kind: "journal", Text: m("draft")}); err != nil {
		t.Fatal(err)
	}
}

func assertNoMarker(t *testing.T, path string) {
	t.Helper()
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		b, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(marker)) || bytes.Contains(b, []byte("ZQXMARK")) {
			t.Fatalf("private text found in %s", p)
		}
	}
}

func TestNoPrivateWordReachesTheDisk(t *testing.T) {
	for _, lock := range []bool{false, true} {
		s, path := openTemp(t)
		if lock {
			if _, err := s.SetPassphrase(context.Background(), "correct horse battery"); err != nil {
				t.Fatal(err)
			}
		}
		fillEverything(t, s)
		assertNoMarker(t, path) // while open, WAL included
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		assertNoMarker(t, path)
	}
}

func TestEveryFieldReadsBack(t *testing.T) {
	s, _ := openTemp(t)
	fillEverything(t, s)
	ctx := context.Background()
	es, _ := s.Entries(ctx)
	bs, _ := s.Boundaries(ctx)
	ts, _ := s.BoundaryTests(ctx, bs[0].ID)
	cs, _ := s.Conversations(ctx)
	p, _ := s.RelapsePlan(ctx)
	ev, _ := s.RelapseEvents(ctx)
	ds, _ := s.Drafts(ctx)
	got := []string{es[0].Text, es[0].Tags[0], bs[0].Text, bs[0].Why, bs[0].Consequence, bs[0].ToldTo, ts[0].Note,
		cs[0].Goal, cs[0].NextTime, p.WarningSigns, p.WhereHelp, ev[0].Notes, ds[0].Text}
	want := []string{"text", "tag", "b", "why", "c", "to", "note", "g", "n", "ws", "help", "ev", "draft"}
	for i := range want {
		if got[i] != marker+want[i] {
			t.Errorf("field %d = %q, want %q", i, got[i], marker+want[i])
		}
	}
}

func TestTamperedOrMovedValueIsDamaged(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	a, _ := s.AddEntry(ctx, Entry{Text: "first"})
	b, _ := s.AddEntry(ctx, Entry{Text: "second"})
	// Move a's sealed words onto b.
	if _, err := s.db.Exec("UPDATE entries SET words = (SELECT words FROM entries WHERE id = ?) WHERE id = ?", a, b); err != nil {
		t.Fatal(err)
	}
	// Flip one byte of a's.
	var words []byte
	if err := s.db.QueryRow("SELECT words FROM entries WHERE id = ?", a).Scan(&words); err != nil {
		t.Fatal(err)
	}
	words[30] ^= 1
	if _, err := s.db.Exec("UPDATE entries SET words = ? WHERE id = ?", words, a); err != nil {
		t.Fatal(err)
	}
	es, err := s.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if !e.Damaged || e.Text != "" {
			t.Errorf("entry %d: damaged=%v text=%q, want damaged and empty", e.ID, e.Damaged, e.Text)
		}
	}
}

func TestPassphraseLifecycle(t *testing.T) {
	s, path := openTemp(t)
	ctx := context.Background()
	fillEverything(t, s)
	code, err := s.SetPassphrase(ctx, "first passphrase")
	if err != nil {
		t.Fatal(err)
	}
	s.Lock()
	if _, err := s.Entries(ctx); !errors.Is(err, ErrLocked) {
		t.Fatalf("locked Entries: %v", err)
	}
	before, _ := os.ReadFile(path)
	if err := s.Unlock(ctx, "wrong"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) || s.Unlocked() {
		t.Fatal("a wrong passphrase changed something")
	}
	if err := s.UnlockWithRecovery(ctx, " "+lower(code)+" "); err != nil {
		t.Fatalf("recovery code: %v", err)
	}
	if _, err := s.SetPassphrase(ctx, "second passphrase"); err != nil {
		t.Fatal(err)
	}
	s.Lock()
	for _, old := range []func() error{
		func() error { return s.Unlock(ctx, "first passphrase") },
		func() error { return s.UnlockWithRecovery(ctx, code) },
	} {
		if err := old(); !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("old secret still opens: %v", err)
		}
	}
	if err := s.Unlock(ctx, "second passphrase"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemovePassphrase(ctx); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if !s2.Unlocked() {
		t.Fatal("without a passphrase the records should open by themselves")
	}
	es, err := s2.Entries(ctx)
	if err != nil || len(es) != 1 || es[0].Text != marker+"text" {
		t.Fatalf("records after set, change, remove: %v %+v", err, es)
	}
}

func lower(s string) string { return string(bytes.ToLower([]byte(s))) }

func TestLockedStoreStaysLockedAfterReopen(t *testing.T) {
	s, path := openTemp(t)
	ctx := context.Background()
	if _, err := s.SetPassphrase(ctx, "a passphrase here"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.Unlocked() {
		t.Fatal("opened without the passphrase")
	}
	if _, err := s2.AddEntry(ctx, Entry{Text: "x"}); !errors.Is(err, ErrLocked) {
		t.Fatalf("add while locked: %v", err)
	}
	if n, err := s2.CountEntries(ctx); err != nil || n != 0 {
		t.Fatalf("count while locked: %d %v", n, err)
	}
}

func TestEntriesNewestFirstAndUpdate(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	base := time.Date(2026, 1, 2, 10, 0, 0, 0, time.Local)
	old, _ := s.AddEntry(ctx, Entry{At: base, Text: "old"})
	_, _ = s.AddEntry(ctx, Entry{At: base.Add(time.Hour), Text: "new"})
	if err := s.UpdateEntry(ctx, Entry{ID: old, At: base.Add(2 * time.Hour), Mood: 5, Text: "moved"}); err != nil {
		t.Fatal(err)
	}
	es, _ := s.Entries(ctx)
	if es[0].Text != "moved" || es[0].Mood != 5 || !es[0].At.Equal(base.Add(2*time.Hour)) {
		t.Fatalf("got %+v", es[0])
	}
	if err := s.UpdateEntry(ctx, Entry{ID: 999, Text: "x"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("update missing: %v", err)
	}
	if _, err := s.AddEntry(ctx, Entry{Mood: 9}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("mood 9: %v", err)
	}
}
