package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

func at(day string, clock ...string) time.Time {
	c := "12:00"
	if len(clock) > 0 {
		c = clock[0]
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", day+" "+c, time.Local)
	if err != nil {
		panic(err)
	}
	return t
}

func TestRetained(t *testing.T) {
	// 2026-11-25 is a Wednesday; ISO weeks start on Monday.
	var daily []time.Time
	for d := at("2026-11-25"); !d.Before(at("2026-09-27")); d = d.AddDate(0, 0, -1) {
		daily = append(daily, d)
	}
	cases := []struct {
		name  string
		times []time.Time
		want  []string
	}{
		{"none", nil, nil},
		{"one", []time.Time{at("2026-11-25")}, []string{"2026-11-25"}},
		{
			"every day for two months: a week of days, then the newest of each older week",
			daily,
			[]string{"2026-11-25", "2026-11-24", "2026-11-23", "2026-11-22", "2026-11-21", "2026-11-20", "2026-11-19", "2026-11-15", "2026-11-08"},
		},
		{
			"now and then: a second copy of a day goes; weeks that have copies count, however far back",
			[]time.Time{
				at("2026-11-25", "10:00"), at("2026-11-25", "09:00"), at("2026-11-20"), at("2026-10-01"),
				at("2026-09-01"), at("2026-08-01"), at("2026-07-01"), at("2026-06-01"), at("2026-05-01"),
			},
			[]string{"2026-11-25 10:00", "2026-11-20", "2026-10-01", "2026-09-01", "2026-08-01", "2026-07-01", "2026-06-01"},
		},
		{
			"a week of several copies keeps its newest as its weekly copy",
			[]time.Time{at("2026-11-25"), at("2026-11-24"), at("2026-11-23"), at("2026-11-21"), at("2026-11-20"), at("2026-11-19"), at("2026-11-17"), at("2026-11-16"), at("2026-11-13"), at("2026-11-12")},
			[]string{"2026-11-25", "2026-11-24", "2026-11-23", "2026-11-21", "2026-11-20", "2026-11-19", "2026-11-17", "2026-11-13"},
		},
	}
	for _, c := range cases {
		keep := Retained(c.times)
		var got []string
		for i, k := range keep {
			if k {
				got = append(got, label(c.times[i]))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got %v\nwant %v", c.name, got, c.want)
		}
	}
}

// label is "2006-01-02", with the time when it is not noon.
func label(t time.Time) string {
	if t.Hour() == 12 && t.Minute() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04")
}

func autoDays(t *testing.T, dir string) []string {
	t.Helper()
	list, err := ListBackups(dir)
	must(t, err)
	var out []string
	for _, b := range list {
		if b.Auto {
			out = append(out, b.Time.Format("2006-01-02"))
		}
	}
	return out
}

// TestAutoBackupRotation uses the app for forty days, opening it twice a
// day: one copy a day is made, and the rotation leaves a week of daily
// copies and the newest of each of the four newest weeks.
func TestAutoBackupRotation(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	dir := s.BackupsDir()
	day := at("2026-10-17", "08:30")
	for i := 0; i < 40; i++ {
		_, err := s.AddEntry(ctx, Entry{Text: "a day"})
		must(t, err)
		made, err := s.AutoBackup(ctx, day)
		if err != nil || !made {
			t.Fatalf("%s: first start of the day: made %v, %v", day.Format(time.DateOnly), made, err)
		}
		made, err = s.AutoBackup(ctx, day.Add(14*time.Hour)) // 22:30, same day
		if err != nil || made {
			t.Fatalf("%s: second start of the day: made %v, %v", day.Format(time.DateOnly), made, err)
		}
		day = day.AddDate(0, 0, 1)
	}
	want := []string{"2026-11-25", "2026-11-24", "2026-11-23", "2026-11-22", "2026-11-21", "2026-11-20", "2026-11-19", "2026-11-15", "2026-11-08"}
	if got := autoDays(t, dir); !slices.Equal(got, want) {
		t.Errorf("copies kept:\n got %v\nwant %v", got, want)
	}
	info, err := os.Stat(dir)
	must(t, err)
	if info.Mode().Perm() != 0o700 {
		t.Errorf("backups folder mode %v, want 700", info.Mode().Perm())
	}
	list, err := ListBackups(dir)
	must(t, err)
	for _, b := range list {
		fi, err := os.Stat(b.Path)
		must(t, err)
		if fi.Mode().Perm() != 0o600 || b.Size != fi.Size() || b.Size == 0 {
			t.Errorf("%s: mode %v, size %d (listed %d)", b.Path, fi.Mode().Perm(), fi.Size(), b.Size)
		}
	}
	// The newest copy holds the 40 entries.
	c := openCopy(t, list[0].Path)
	if n, err := c.CountEntries(ctx); err != nil || n != 40 {
		t.Errorf("newest copy: %d entries, %v; want 40", n, err)
	}
}

func TestListBackupsIgnoresOtherFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"alongside-2026-11-25-093000.db", "alongside-before-restore-2026-11-26-101500.db",
		"alongside-before-restore-2026-11-26-101500-2.db", ".alongside-backup-123.tmp",
		"notes.txt", "alongside-yesterday.db", "alongside-2026-11-25-093000.db-wal",
	} {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600))
	}
	list, err := ListBackups(dir)
	must(t, err)
	var got []string
	for _, b := range list {
		got = append(got, filepath.Base(b.Path))
	}
	want := []string{"alongside-before-restore-2026-11-26-101500-2.db", "alongside-before-restore-2026-11-26-101500.db", "alongside-2026-11-25-093000.db"}
	if !slices.Equal(got, want) {
		t.Errorf("ListBackups = %v, want %v", got, want)
	}
	if list[2].Auto != true || list[0].Auto || !list[2].Time.Equal(at("2026-11-25", "09:30")) {
		t.Errorf("kinds or times: %+v", list)
	}
	if none, err := ListBackups(filepath.Join(dir, "missing")); err != nil || none != nil {
		t.Errorf("missing folder: %v, %v", none, err)
	}
}

func TestAutoBackupUnwritableFolder(t *testing.T) {
	ctx := context.Background()
	s, dir := openData(t)
	defer s.Close()
	_, err := s.AddEntry(ctx, Entry{Text: "one"})
	must(t, err)
	before := tableDigests(t, s)
	// A file stands where the backups folder should be.
	must(t, os.WriteFile(filepath.Join(dir, BackupsFolder), []byte("not a folder"), 0o600))
	made, err := s.AutoBackup(ctx, at("2026-11-25"))
	if made || !errors.Is(err, ErrBackupUnwritable) {
		t.Errorf("AutoBackup = %v, %v; want ErrBackupUnwritable", made, err)
	}
	assertStillWorks(t, s, before)
}

// TestAutoBackupFullDiskKeepsOldCopies: when today's copy cannot be
// written, the older copies are all still there.
func TestAutoBackupFullDiskKeepsOldCopies(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	day := at("2026-11-01")
	for i := 0; i < 10; i++ {
		_, err := s.AutoBackup(ctx, day.AddDate(0, 0, i))
		must(t, err)
	}
	kept := autoDays(t, s.BackupsDir())
	before := tableDigests(t, s)
	backupFault = func(string) error { return syscall.ENOSPC }
	defer func() { backupFault = nil }()
	made, err := s.AutoBackup(ctx, day.AddDate(0, 0, 30))
	if made || !errors.Is(err, ErrDiskFull) || !errors.Is(err, ErrBackupUnwritable) {
		t.Errorf("AutoBackup on a full disk = %v, %v", made, err)
	}
	if got := autoDays(t, s.BackupsDir()); !slices.Equal(got, kept) {
		t.Errorf("copies after a failed backup: %v, want %v", got, kept)
	}
	if tmp, _ := filepath.Glob(filepath.Join(s.BackupsDir(), ".*")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
	assertStillWorks(t, s, before)
}

// TestAutoBackupChecksTheCopy: a copy that reads as damaged (its pages
// are overwritten here just before it would be kept, as a failing disk
// might) is refused with ErrDamaged and removed, and no older copy is
// deleted for it.
func TestAutoBackupChecksTheCopy(t *testing.T) {
	ctx := context.Background()
	s, _ := openData(t)
	defer s.Close()
	day := at("2026-11-01")
	for i := 0; i < 10; i++ {
		_, err := s.AutoBackup(ctx, day.AddDate(0, 0, i))
		must(t, err)
	}
	kept := autoDays(t, s.BackupsDir())
	backupFault = func(tmp string) error {
		f, err := os.OpenFile(tmp, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = f.WriteAt(bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 3*4096/4), 4096) // pages 2 to 4
		return err
	}
	defer func() { backupFault = nil }()
	made, err := s.AutoBackup(ctx, day.AddDate(0, 0, 30))
	if made || !errors.Is(err, ErrDamaged) {
		t.Errorf("AutoBackup of a copy that reads as damaged = %v, %v; want ErrDamaged", made, err)
	}
	if got := autoDays(t, s.BackupsDir()); !slices.Equal(got, kept) {
		t.Errorf("copies after a damaged copy: %v, want %v", got, kept)
	}
}

// TestListBackupsOrdersCopiesOfOneSecond: "-10" is newer than "-9", and
// both newer than the first copy of that second.
func TestListBackupsOrdersCopiesOfOneSecond(t *testing.T) {
	dir := t.TempDir()
	stem := keptPrefix + "2026-11-26-101500"
	for _, suffix := range []string{"", "-2", "-9", "-10", "-x", "-1"} {
		must(t, os.WriteFile(filepath.Join(dir, stem+suffix+backupExt), []byte("x"), 0o600))
	}
	list, err := ListBackups(dir)
	must(t, err)
	var got []string
	for _, b := range list {
		got = append(got, strings.TrimPrefix(strings.TrimSuffix(filepath.Base(b.Path), backupExt), stem))
	}
	if want := []string{"-10", "-9", "-2", ""}; !slices.Equal(got, want) {
		t.Errorf("ListBackups = %q, want %q", got, want)
	}
}
