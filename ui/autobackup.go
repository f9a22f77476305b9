package ui

import (
	"context"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgBkAuto = &i18n.Message{ID: "Backups.AutoFailed", Description: "The daily copy could not be made; Reason explains", Other: "Today's automatic copy could not be made. {{.Reason}}"}
)

// autoBackup makes today's copy, off the UI goroutine, when the records are
// open; a failure is said once, calmly, on Home's notice area.
func (sh *Shell) autoBackup() {
	// While the passphrase is being set, a copy would be made under the
	// old key, and might outlive the clean-up that deletes such copies:
	// the next hourly check makes it.
	if sh.deps.Records == nil || sh.deps.StartErr != nil || sh.rekey != nil {
		return
	}
	var err error
	now := sh.idle.now()
	sh.bg.Do(func() { _, err = sh.deps.Records.AutoBackup(context.Background(), now) }, func() {
		if err != nil {
			sh.backupNote = sh.l.T(msgBkAuto, map[string]any{"Reason": page.Reason(sh.l, err)})
		}
	})
}

// StartBackups makes today's automatic copy a little after start-up (so
// as not to slow the first frame), and checks again every hour, for a
// window left open for days.
func (sh *Shell) StartBackups() {
	sh.bg.After(15*time.Second, func() {
		sh.autoBackup()
		sh.StartBackups()
	})
}
