package explain

import (
	"fmt"
	"syscall"
	"testing"

	"github.com/alongside-app/alongside/store"
)

func TestBackupErrorsPickMessages(t *testing.T) {
	refused := func(reason error) error { return fmt.Errorf("x: %w: %w", store.ErrBackupRefused, reason) }
	for err, want := range map[error]string{
		refused(store.ErrForeign):                                         "Backup.Refused.Foreign",
		refused(store.ErrDamaged):                                         "Backup.Refused.Damaged",
		refused(store.ErrTooNew):                                          "Backup.Refused.TooNew",
		refused(store.ErrWrongPassphrase):                                 "Backup.Refused.WrongPassphrase",
		refused(store.ErrLocked):                                          "Backup.Refused.Locked",
		refused(store.ErrNoDatabase):                                      "Backup.Refused.NoFile",
		refused(store.ErrUnfinished):                                      "Backup.Refused.Unfinished",
		refused(store.ErrBackupIsData):                                    "Backup.Refused.IsData",
		refused(syscall.EACCES):                                           "Backup.Refused.Unreadable",
		fmt.Errorf("x: %w: %w", store.ErrBackupUnwritable, syscall.EROFS): "Backup.Error.Unwritable",
		fmt.Errorf("x: %w: %w: %w", store.ErrBackupUnwritable, store.ErrDiskFull, syscall.ENOSPC): "Backup.Error.DiskFull",
		fmt.Errorf("x: %w", store.ErrBackupIsData):                                                "Backup.Error.IsData",
		fmt.Errorf("x: %w", store.ErrForeign):                                                     "Backup.Error.Foreign",
		fmt.Errorf("restore: %w: %v", store.ErrUnwritable, store.ErrBackupUnwritable):             "Error.Unwritable",
		fmt.Errorf("x: %w", store.ErrDamaged):                                                     "Error.Damaged",
	} {
		if m, _ := Error(err); m.ID != want {
			t.Errorf("Error(%v) = %s, want %s", err, m.ID, want)
		}
	}
}
