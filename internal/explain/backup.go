package explain

import (
	"errors"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
)

// Messages for backing up and restoring: what went wrong, that the data
// is safe, and what to do.
var (
	msgBackupUnwritable = &i18n.Message{
		ID:          "Backup.Error.Unwritable",
		Description: "A backup could not be written where the person chose (or into the backups folder): no permission, read-only or missing drive",
		Other:       "The backup could not be saved there, so no copy was made. The folder may be read-only or on a drive that is not connected. Choose another folder, or check that you can save files in this one. Your data is safe and unchanged.",
	}
	msgBackupDiskFull = &i18n.Message{
		ID:          "Backup.Error.DiskFull",
		Description: "A backup could not be written because the disk is full",
		Other:       "There is not enough free space on the disk for the backup, so no copy was made. Free some space or choose another drive. Your data is safe and unchanged.",
	}
	msgBackupIsData = &i18n.Message{
		ID:          "Backup.Error.IsData",
		Description: "The person chose Alongside's own data file as the place for a backup",
		Other:       "That is the file Alongside keeps your data in. Choose another name or folder for the backup. Nothing was changed.",
	}
	msgForeign = &i18n.Message{
		ID:          "Backup.Error.Foreign",
		Description: "alongside check: the data file in the folder was made by another program; nothing was changed",
		Other:       "The data file in this folder was not made by Alongside, so it was not opened and nothing was changed. Check that you chose the right folder.",
	}

	msgRefusedNoFile = &i18n.Message{
		ID:          "Backup.Refused.NoFile",
		Description: "Restore: the file chosen does not exist; nothing was changed",
		Other:       "There is no file there to restore. Check its name and folder. Nothing was changed.",
	}
	msgRefusedForeign = &i18n.Message{
		ID:          "Backup.Refused.Foreign",
		Description: "Restore: the file chosen is not an Alongside backup (another program's file); nothing was changed",
		Other:       "This file is not an Alongside backup, so it was not restored. Nothing was changed. Choose a backup made by Alongside, such as one in the backups folder.",
	}
	msgRefusedDamaged = &i18n.Message{
		ID:          "Backup.Refused.Damaged",
		Description: "Restore: the backup file is damaged or incomplete; nothing was changed",
		Other:       "This backup is damaged or incomplete (it may have been cut short while it was copied), so it was not restored. Nothing was changed. Try another backup, such as an earlier automatic one.",
	}
	msgRefusedTooNew = &i18n.Message{
		ID:          "Backup.Refused.TooNew",
		Description: "Restore: the backup was made by a newer version of the app; nothing was changed",
		Other:       "This backup was made by a newer version of Alongside, so this version cannot restore it. Nothing was changed. Install the newer version, then restore it.",
	}
	msgRefusedUnfinished = &i18n.Message{
		ID:          "Backup.Refused.Unfinished",
		Description: "Restore: the chosen file is a data file with changes still in a companion file whose name ends in -wal; nothing was changed. Keep -wal as it is",
		Other:       "This file has changes waiting in a file beside it (its name ends in -wal), so it cannot be restored on its own. Nothing was changed. Choose a backup that Alongside made, or open that data folder with Alongside once and back it up from there.",
	}
	msgRefusedLocked = &i18n.Message{
		ID:          "Backup.Refused.Locked",
		Description: "Restore: the backup has a passphrase and none was given; nothing was changed",
		Other:       "This backup is protected by a passphrase. Give its passphrase or its recovery code to restore it. Nothing was changed.",
	}
	msgRefusedWrongPassphrase = &i18n.Message{
		ID:          "Backup.Refused.WrongPassphrase",
		Description: "Restore: the passphrase or recovery code given does not open the backup; nothing was changed",
		Other:       "That passphrase or recovery code does not open this backup, so it was not restored and nothing was changed. Use the passphrase you had when the backup was made (capital letters count), or its recovery code.",
	}
	msgRefusedIsData = &i18n.Message{
		ID:          "Backup.Refused.IsData",
		Description: "Restore: the file chosen is the data file Alongside is using now; nothing was changed",
		Other:       "That is the file Alongside keeps your data in now, not a backup. Choose a backup instead. Nothing was changed.",
	}
	msgRefusedUnreadable = &i18n.Message{
		ID:          "Backup.Refused.Unreadable",
		Description: "Restore: the backup file could not be read (no permission, a drive removed); nothing was changed",
		Other:       "This backup could not be read, so it was not restored. Nothing was changed. Check that the drive it is on is connected and that you can open the file.",
	}
)

// refusals picks the message for a refused restore by its reason, in order.
var refusals = []struct {
	reason error
	msg    *i18n.Message
}{
	{store.ErrBackupIsData, msgRefusedIsData},
	{store.ErrNoDatabase, msgRefusedNoFile},
	{store.ErrForeign, msgRefusedForeign},
	{store.ErrTooNew, msgRefusedTooNew},
	{store.ErrUnfinished, msgRefusedUnfinished},
	{store.ErrLocked, msgRefusedLocked},
	{store.ErrWrongPassphrase, msgRefusedWrongPassphrase},
	{store.ErrDamaged, msgRefusedDamaged},
}

// backupError is the message for an error of a backup or a restore, and
// false for any other error. A restore that failed writing in the data
// folder is store.ErrUnwritable, which Error explains already.
func backupError(err error) (*i18n.Message, bool) {
	if errors.Is(err, store.ErrBackupRefused) {
		for _, r := range refusals {
			if errors.Is(err, r.reason) {
				return r.msg, true
			}
		}
		return msgRefusedUnreadable, true
	}
	switch {
	case errors.Is(err, store.ErrUnwritable):
		return nil, false
	case errors.Is(err, store.ErrBackupIsData):
		return msgBackupIsData, true
	case errors.Is(err, store.ErrDiskFull):
		return msgBackupDiskFull, true
	case errors.Is(err, store.ErrBackupUnwritable):
		return msgBackupUnwritable, true
	case errors.Is(err, store.ErrForeign):
		return msgForeign, true
	}
	return nil, false
}
