package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// BackupsFolder is the folder, inside the data folder, that holds the
// automatic backups and the copies of the data kept before a restore.
const BackupsFolder = "backups"

// Names in the backups folder. The time in a name is local time, so the
// list reads as the person lived it.
const (
	autoPrefix   = "alongside-"                // alongside-2026-11-25-093012.db: an automatic copy
	keptPrefix   = "alongside-before-restore-" // the data as it was before a restore
	manualPrefix = "alongside-manual-"         // a copy the person asked for ("Back up now")
	backupExt    = ".db"
	nameTime     = "2006-01-02-150405"
	keepDaily    = 7 // automatic copies: the newest seven days that have one...
	keepWeekly   = 4 // ...and the newest copy of each of the newest four weeks that have one
	keepKept     = 3 // copies of the data kept before a restore: the newest three
	// KeepManual is how many copies made with "Back up now" are kept: the
	// newest ten. They are apart from the daily rotation, which never
	// deletes them; making an eleventh deletes the oldest.
	KeepManual   = 10
	nameTimeSize = len(nameTime)
)

// BackupInfo is one copy in the backups folder.
type BackupInfo struct {
	Path string
	Time time.Time // when it was made (local time, to the second)
	Size int64     // bytes
	Auto bool      // an automatic daily copy
	// Manual is a copy the person made ("Back up now"); with Auto false
	// too, it is the data as it was before a restore.
	Manual bool

	seq int // 1, or n for a name ending "-n": the nth copy made in that second
}

// BackupsDir is the backups folder of the data folder dataDir.
func BackupsDir(dataDir string) string { return filepath.Join(dataDir, BackupsFolder) }

// BackupsDir is the backups folder beside the store's database.
func (s *Store) BackupsDir() string { return BackupsDir(filepath.Dir(s.path)) }

// AutoBackup makes the day's automatic backup, when there is none yet for
// now's date, into the backups folder (made 0700 when missing), and then
// deletes the automatic copies the rotation no longer keeps: it keeps
// the copies of the newest 7 days that have one, and the newest copy of
// each of the newest 4 weeks (Monday to Sunday) that have one, so that
// daily use leaves a week of daily copies and about a month of weekly
// ones. The copies kept before a restore are not touched here: each
// restore keeps the newest 3 of them and deletes older ones (see
// Restore).
//
// The new copy is checked (quick_check) before it is kept: a database
// that reads as damaged gives ErrDamaged and deletes nothing. A folder
// that cannot be written gives ErrBackupUnwritable, a full disk also
// ErrDiskFull; the open data is never touched. It reports whether it
// made a copy. The app calls it at start and then, say, hourly.
func (s *Store) AutoBackup(ctx context.Context, now time.Time) (made bool, err error) {
	dir := s.BackupsDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return false, backupUnwritable("create "+dir, err)
	}
	list, err := ListBackups(dir)
	if err != nil {
		return false, err
	}
	today := dayOf(now)
	if !slices.ContainsFunc(list, func(b BackupInfo) bool { return b.Auto && dayOf(b.Time).Equal(today) }) {
		dest := filepath.Join(dir, autoPrefix+now.Local().Format(nameTime)+backupExt)
		if err := backupChecked(ctx, s, dest); err != nil {
			return false, err
		}
		made = true
	}
	return made, rotate(dir)
}

// backupChecked backs up to dest and quick-checks the copy, removing it
// when the check fails.
func backupChecked(ctx context.Context, s *Store, dest string) error {
	if err := s.Backup(ctx, dest); err != nil {
		return err
	}
	if err := quickCheck(ctx, dest); err != nil {
		os.Remove(dest)
		return err
	}
	return nil
}

// quickCheck runs SQLite's quick_check on the closed database at path,
// without writing anything.
func quickCheck(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite3", fileURI(path, url.Values{"mode": {"ro"}, "immutable": {"1"}}))
	if err != nil {
		return err
	}
	defer db.Close()
	var res string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&res); err != nil {
		return classify(fmt.Errorf("store: check %s: %w", path, err))
	}
	if res != "ok" {
		return fmt.Errorf("store: check %s: %w: %s", path, ErrDamaged, res)
	}
	return nil
}

// ListBackups lists the copies in the backups folder dir, newest first:
// the automatic ones and those kept before a restore. A folder that does
// not exist yet holds none.
func ListBackups(dir string) ([]BackupInfo, error) {
	entries, err := os.ReadDir(dir)
	if absent(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: list backups: %w", err)
	}
	var out []BackupInfo
	for _, e := range entries {
		b, ok := parseBackupName(e.Name())
		if !ok || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		b.Path, b.Size = filepath.Join(dir, e.Name()), info.Size()
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b BackupInfo) int {
		return cmp.Or(b.Time.Compare(a.Time), cmp.Compare(b.seq, a.seq), strings.Compare(b.Path, a.Path))
	})
	return out, nil
}

// parseBackupName reads the kind and time from a name in the backups
// folder; other names (temporary files, the person's own) are not ours.
func parseBackupName(name string) (BackupInfo, bool) {
	var b BackupInfo
	stem, ok := strings.CutSuffix(name, backupExt)
	if !ok {
		return b, false
	}
	switch {
	case strings.HasPrefix(stem, keptPrefix):
		stem = stem[len(keptPrefix):]
	case strings.HasPrefix(stem, manualPrefix):
		stem, b.Manual = stem[len(manualPrefix):], true
	case strings.HasPrefix(stem, autoPrefix):
		stem, b.Auto = stem[len(autoPrefix):], true
	default:
		return b, false
	}
	b.seq = 1
	if len(stem) > nameTimeSize && stem[nameTimeSize] == '-' { // a later copy in the same second: "-2"
		n, err := strconv.Atoi(stem[nameTimeSize+1:])
		if err != nil || n < 2 {
			return b, false
		}
		stem, b.seq = stem[:nameTimeSize], n
	}
	t, err := time.ParseInLocation(nameTime, stem, time.Local)
	if err != nil {
		return b, false
	}
	b.Time = t
	return b, true
}

// dayOf is t's calendar day, at local midnight.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Local().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

// rotate deletes the automatic copies in dir that Retained does not keep.
func rotate(dir string) error {
	list, err := ListBackups(dir)
	if err != nil {
		return err
	}
	var autos []BackupInfo
	for _, b := range list {
		if b.Auto {
			autos = append(autos, b)
		}
	}
	times := make([]time.Time, len(autos))
	for i, b := range autos {
		times[i] = b.Time
	}
	keep := Retained(times)
	var gone []BackupInfo
	for i, b := range autos {
		if !keep[i] {
			gone = append(gone, b)
		}
	}
	return removeBackups(dir, "delete old backups", gone, false)
}

// pruneKept deletes, in the backups folder dir, all but the newest
// keepKept copies kept before a restore.
func pruneKept(dir string) error {
	list, err := ListBackups(dir)
	if err != nil {
		return err
	}
	kept := func(b BackupInfo) bool { return !b.Auto && !b.Manual }
	// alsoWAL: a -wal kept beside a damaged file's bytes goes with it.
	return removeBackups(dir, "delete old copies", beyondNewest(list, keepKept, kept), true)
}

// beyondNewest is every copy in list (newest first) that which selects,
// after the newest keep of them.
func beyondNewest(list []BackupInfo, keep int, which func(BackupInfo) bool) []BackupInfo {
	var gone []BackupInfo
	n := 0
	for _, b := range list {
		if which(b) {
			if n++; n > keep {
				gone = append(gone, b)
			}
		}
	}
	return gone
}

// removeBackups deletes the copies gone in the backups folder dir (with
// their -wal and -shm when alsoWAL), going on past a failure; what says
// what failed ("delete old copies").
func removeBackups(dir, what string, gone []BackupInfo, alsoWAL bool) error {
	var errs []error
	for _, b := range gone {
		if err := os.Remove(b.Path); err != nil && !absent(err) {
			errs = append(errs, err)
			continue
		}
		if alsoWAL {
			removeDB(b.Path)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return backupUnwritable(what+" in "+dir, err)
	}
	return nil
}

// Retained says which automatic copies the rotation keeps, given the
// times they were made, newest first: keep[i] is true for the newest
// copy of each of the newest 7 days that have a copy, and for the newest
// copy of each of the newest 4 ISO weeks (Monday to Sunday) that have
// one. A copy may count for both; every other copy goes.
func Retained(times []time.Time) []bool {
	keep := make([]bool, len(times))
	days, weeks := 0, 0
	var lastDay time.Time
	lastYear, lastWeek := 0, 0
	for i, t := range times {
		if d := dayOf(t); days < keepDaily && (days == 0 || !d.Equal(lastDay)) {
			keep[i], lastDay, days = true, d, days+1
		}
		if y, w := t.Local().ISOWeek(); weeks < keepWeekly && (weeks == 0 || y != lastYear || w != lastWeek) {
			keep[i], lastYear, lastWeek, weeks = true, y, w, weeks+1
		}
	}
	return keep
}
