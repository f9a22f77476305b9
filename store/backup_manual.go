package store

import (
	"context"
	"fmt"
	"os"
	"time"
)

// BackupNow makes a copy the person asked for ("Back up now") in the
// backups folder; see MakeBackup.
func (s *Store) BackupNow(ctx context.Context, now time.Time) (BackupInfo, error) {
	return MakeBackup(ctx, s.Backup, s.BackupsDir(), now)
}

// MakeBackup makes a copy the person asked for in the backups folder dir
// with backup (a store's Backup), under a name of its own
// (alongside-manual-<time>.db, "-2"... for a second copy in the same
// second: never the name of a copy already there), checks it
// (quick_check), and returns it. Such copies are apart from the daily
// rotation, which never deletes them: of them, the newest KeepManual are
// kept, and older ones are deleted once the new one is made. A copy that
// fails leaves nothing behind and deletes nothing.
func MakeBackup(ctx context.Context, backup func(context.Context, string) error, dir string, now time.Time) (BackupInfo, error) {
	name, err := reserveName(dir, manualPrefix, now, func(b BackupInfo) bool { return b.Manual })
	if err != nil {
		return BackupInfo{}, err
	}
	err = backup(ctx, name)
	if err == nil {
		if err = quickCheck(ctx, name); err != nil {
			removeDB(name)
		}
	}
	if err != nil {
		os.Remove(name) // the name reserved, empty
		return BackupInfo{}, err
	}
	info, err := os.Stat(name)
	if err != nil {
		return BackupInfo{}, fmt.Errorf("store: back up: %w", err)
	}
	b, _ := parseBackupName(info.Name())
	b.Path, b.Size = name, info.Size()
	_ = pruneManual(dir) // best effort: an old copy left over is no harm, the next one tries again
	return b, nil
}

// pruneManual deletes, in the backups folder dir, all but the newest
// KeepManual copies the person made.
func pruneManual(dir string) error {
	list, err := ListBackups(dir)
	if err != nil {
		return err
	}
	manual := func(b BackupInfo) bool { return b.Manual }
	return removeBackups(dir, "delete old copies", beyondNewest(list, KeepManual, manual), false)
}
