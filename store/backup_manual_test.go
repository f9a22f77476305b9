package store

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
)

// TestBackUpNowKeepsEveryCopyOfTheDay: the day's automatic copy, made
// before a big change, and two copies the person made in the same second
// all stay, however often the daily rotation runs that day (issue #24:
// pressing Back up now twice deleted the day's earlier copies).
func TestBackUpNowKeepsEveryCopyOfTheDay(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	dir := s.BackupsDir()
	if made, err := s.AutoBackup(ctx, at("2026-12-07", "08:00")); err != nil || !made {
		t.Fatalf("AutoBackup: %v %v", made, err)
	}
	_, err := s.AddEntry(ctx, Entry{Text: "twenty thousand meetings later"})
	must(t, err)
	first, err := s.BackupNow(ctx, at("2026-12-07", "09:00"))
	must(t, err)
	second, err := s.BackupNow(ctx, at("2026-12-07", "09:00"))
	must(t, err)
	if first.Path == second.Path || !first.Manual || !second.Manual || first.Auto {
		t.Fatalf("two copies in one second: %+v, %+v", first, second)
	}
	for _, hour := range []string{"10:00", "11:00", "23:59"} {
		if _, err := s.AutoBackup(ctx, at("2026-12-07", hour)); err != nil {
			t.Fatal(err)
		}
	}
	list, err := ListBackups(dir)
	must(t, err)
	var names []string
	for _, b := range list {
		names = append(names, filepath.Base(b.Path))
	}
	want := []string{"alongside-manual-2026-12-07-090000-2.db", "alongside-manual-2026-12-07-090000.db", "alongside-2026-12-07-080000.db"}
	if !slices.Equal(names, want) {
		t.Errorf("after the day: %q, want %q", names, want)
	}
}

// TestBackUpNowKeepsTheNewestTen: the rule said on screen.
func TestBackUpNowKeepsTheNewestTen(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	for i := 0; i < KeepManual+2; i++ {
		_, err := s.BackupNow(ctx, at("2026-12-01").AddDate(0, 0, i))
		must(t, err)
	}
	list, err := ListBackups(s.BackupsDir())
	must(t, err)
	if len(list) != KeepManual || !list[0].Time.Equal(at("2026-12-12")) || !list[KeepManual-1].Time.Equal(at("2026-12-03")) {
		t.Errorf("kept %d: newest %v, oldest %v", len(list), list[0].Time, list[len(list)-1].Time)
	}
}
