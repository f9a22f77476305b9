package cli

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
)

// backupVerb and restoreVerb are "alongside backup FILE" and
// "alongside restore FILE".
var (
	backupVerb  = verb{run: runBackup, maxArgs: 1}
	restoreVerb = verb{run: runRestore, maxArgs: 1}
)

var helpBackup = &i18n.Message{
	ID:          "CLI.Help.Backup",
	Description: "Text of 'alongside help backup'; keep command and option names (alongside, backup, restore, --data-dir, DIR, FILE) as they are",
	Other: `Usage: alongside [--data-dir DIR] backup FILE

Writes a copy of all your data to FILE: your private records, settings, progress in Learn, meetings and favourites. It works while Alongside is open, and the copy is taken all at once, so it is whole even if you are writing at that moment. An existing FILE is replaced, but only once the new copy is complete: if something goes wrong, nothing is left half-written.

Your private records stay sealed in the copy: if they have a passphrase, the copy opens only with that passphrase or your recovery code (as they are now; changing the passphrase later does not change the copy). Without a passphrase, anyone who can open the file can read them, so keep it somewhere safe. Only you can read the file on this computer (its permissions are 600).

Alongside also makes a copy by itself once a day when you use it, in the folder "backups" inside the data folder, and keeps the last 7 days and 4 weeks of them.

To put a copy back, use: alongside restore FILE

Exit codes: 0 done, 1 failed (then your data is unchanged), 2 the command line was not understood.`,
}

var helpRestore = &i18n.Message{
	ID:          "CLI.Help.Restore",
	Description: "Text of 'alongside help restore'; keep command and option names (alongside, restore, backup, --data-dir, DIR, FILE) and the folder name backups as they are",
	Other: `Usage: alongside [--data-dir DIR] restore FILE

Replaces your data with the backup in FILE. Close Alongside first.

Before anything is replaced, the backup is checked: that Alongside made it, that it is whole and undamaged, that it is not from a newer version of Alongside, and, when it has a passphrase, that the passphrase opens it. A backup from an older version is updated. If any check fails, nothing is changed.

Then your current data is kept as a copy in the folder "backups" inside the data folder (its name begins with alongside-before-restore), and the backup takes its place in one step.

When the backup has a passphrase, give it (or the recovery code that went with it) on the first line of standard input; on a terminal you are asked for it. It is the passphrase the backup was made with, which may not be the one you use today.

To restore onto a new computer, install Alongside there and run this command; the data folder is created if needed.

Exit codes: 0 done, 1 refused or failed (then your data is unchanged), 2 the command line was not understood.`,
}

var (
	msgBackupNeedsFile = &i18n.Message{
		ID:          "CLI.Backup.NeedsFile",
		Description: "'alongside backup' was run without a file name; keep the command as it is",
		Other:       "\"alongside backup\" needs the file to write, for example: alongside backup alongside-backup.db",
	}
	msgBackupNoData = &i18n.Message{
		ID:          "CLI.Backup.NoData",
		Description: "'alongside backup': there is no data in the folder to back up; nothing was created",
		Other:       "There is no Alongside data in this folder yet, so there is nothing to back up. Nothing was created.",
	}
	msgBackupDone = &i18n.Message{
		ID:          "CLI.Backup.Done",
		Description: "'alongside backup' wrote and checked the copy; Path is the file",
		Other:       "Your data is backed up to {{.Path}}, and the copy has been checked.",
	}
	msgBackupLocked = &i18n.Message{
		ID:          "CLI.Backup.Locked",
		Description: "'alongside backup': the copy's private records have a passphrase",
		Other:       "Your private records in it are protected: it opens only with your passphrase or your recovery code, as they are now.",
	}
	msgBackupUnlocked = &i18n.Message{
		ID:          "CLI.Backup.Unlocked",
		Description: "'alongside backup': the copy's private records have no passphrase",
		Other:       "Your private records have no passphrase, so anyone who can open this file can read them. Keep it somewhere safe.",
	}
	msgRestoreNeedsFile = &i18n.Message{
		ID:          "CLI.Restore.NeedsFile",
		Description: "'alongside restore' was run without a file name; keep the command as it is",
		Other:       "\"alongside restore\" needs the backup to restore, for example: alongside restore alongside-backup.db",
	}
	msgRestoreInUse = &i18n.Message{
		ID:          "CLI.Restore.InUse",
		Description: "'alongside restore' while the app is open on the same data folder; nothing was changed",
		Other:       "Alongside is open with this data folder. Close it, then restore again. Nothing was changed.",
	}
	msgRestoreNeedsSecret = &i18n.Message{
		ID:          "CLI.Restore.NeedsSecret",
		Description: "'alongside restore': the backup has a passphrase and none came on standard input; nothing was changed",
		Other:       "This backup is protected by a passphrase. Give its passphrase (or its recovery code) on the first line of standard input. Nothing was changed.",
	}
	msgRestoreDone = &i18n.Message{
		ID:          "CLI.Restore.Done",
		Description: "'alongside restore' worked; Path is the backup file",
		Other:       "Your data is restored from {{.Path}}.",
	}
	msgRestoreKept = &i18n.Message{
		ID:          "CLI.Restore.Kept",
		Description: "'alongside restore': where the data as it was before the restore is kept; Path is a file",
		Other:       "Your data as it was before is kept in {{.Path}}.",
	}
	msgRestoreUpdated = &i18n.Message{
		ID:          "CLI.Restore.Updated",
		Description: "'alongside restore': the backup came from an older version of the app and was updated",
		Other:       "The backup was made by an older version of Alongside and has been updated.",
	}
	msgRestoreUnlocked = &i18n.Message{
		ID:          "CLI.Restore.Unlocked",
		Description: "'alongside restore': the restored private records have no passphrase; keep the command as it is",
		Other:       "Your restored private records have no passphrase: anyone who can open your data folder can read them. To add one: alongside lock set",
	}
)

// runBackup copies the data folder's database to the file named. It runs
// beside an open Alongside too (SQLite's own locks keep the copy whole),
// so a folder in use is not an error here; it creates nothing in the
// data folder. The copy is checked before it is reported done.
func runBackup(ctx context.Context, inv Invocation, env Env) int {
	if len(inv.Args) != 1 {
		fmt.Fprintln(env.Stderr, env.T.T(msgBackupNeedsFile))
		return ExitUsage
	}
	dest, err := filepath.Abs(inv.Args[0])
	if err != nil {
		return fail(env, err)
	}
	dir, err := datadir.Resolve(inv.DataDir)
	if err != nil {
		return fail(env, err)
	}
	lock, err := datadir.AcquireExisting(dir)
	switch {
	case errors.Is(err, datadir.ErrInUse):
		// The app is open: the copy is taken beside it.
	case errors.Is(err, datadir.ErrNoFolder):
		fmt.Fprintln(env.Stderr, env.T.T(msgBackupNoData))
		return ExitFailed
	case err != nil:
		return fail(env, err)
	default:
		defer lock.Release()
	}
	err = store.BackupFile(ctx, filepath.Join(dir, store.FileName), dest)
	if errors.Is(err, store.ErrNoDatabase) {
		fmt.Fprintln(env.Stderr, env.T.T(msgBackupNoData))
		return ExitFailed
	}
	if err != nil {
		return fail(env, err)
	}
	d, err := store.CheckBackup(ctx, dest)
	if err != nil {
		return fail(env, err)
	}
	fmt.Fprintln(env.Stdout, env.T.T(msgBackupDone, map[string]any{"Path": dest}))
	if d.Locked {
		fmt.Fprintln(env.Stdout, env.T.T(msgBackupLocked))
	} else {
		fmt.Fprintln(env.Stdout, env.T.T(msgBackupUnlocked))
	}
	return ExitOK
}

// runRestore replaces the data folder's database with the backup named,
// once store.RestoreFile has checked it, keeping the current data in the
// backups folder. The folder must not be in use; it is created when
// missing (restoring onto a new computer).
func runRestore(ctx context.Context, inv Invocation, env Env) int {
	if len(inv.Args) != 1 {
		fmt.Fprintln(env.Stderr, env.T.T(msgRestoreNeedsFile))
		return ExitUsage
	}
	src, err := filepath.Abs(inv.Args[0])
	if err != nil {
		return fail(env, err)
	}
	dir, err := datadir.Resolve(inv.DataDir)
	if err != nil {
		return fail(env, err)
	}
	// Check first, so that a bad file is refused before a folder is made.
	d, err := store.CheckBackup(ctx, src)
	if err != nil {
		return fail(env, err)
	}
	lock, err := datadir.Acquire(dir)
	if errors.Is(err, datadir.ErrInUse) {
		fmt.Fprintln(env.Stderr, env.T.T(msgRestoreInUse))
		return ExitFailed
	}
	if err != nil {
		return fail(env, err)
	}
	defer lock.Release()
	var secret string
	if d.Locked {
		if secret, err = newInput(env).secret(msgPromptPassphrase); err != nil {
			fmt.Fprintln(env.Stderr, env.T.T(msgRestoreNeedsSecret))
			return ExitFailed
		}
	}
	path := filepath.Join(dir, store.FileName)
	res, err := store.RestoreFile(ctx, path, src, store.RestoreOptions{Secret: secret})
	if err != nil {
		return fail(env, err)
	}
	// Open it once, as the app will: it must open as it is.
	s, err := store.Open(ctx, path)
	if err != nil {
		return fail(env, err)
	}
	if err := s.Close(); err != nil {
		return fail(env, err)
	}
	fmt.Fprintln(env.Stdout, env.T.T(msgRestoreDone, map[string]any{"Path": src}))
	if res.Kept != "" {
		fmt.Fprintln(env.Stdout, env.T.T(msgRestoreKept, map[string]any{"Path": res.Kept}))
	}
	if res.Older() {
		fmt.Fprintln(env.Stdout, env.T.T(msgRestoreUpdated))
	}
	if !res.Locked {
		fmt.Fprintln(env.Stdout, env.T.T(msgRestoreUnlocked))
	}
	return ExitOK
}
