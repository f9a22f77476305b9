package ui

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgBkTitle = &i18n.Message{ID: "Backups.Title", Description: "Settings card about backups", Other: "Backups"}
	msgBkIntro = &i18n.Message{ID: "Backups.Intro", Description: "Explains backups",
		Other: "Alongside keeps a copy of your data once a day, in the backups folder of your data folder: the last 7 days and 4 weeks. Keep another copy somewhere else too, such as a USB stick, in case this computer is lost. Copies of locked records open only with your passphrase or recovery code."}
	msgBkNow       = &i18n.Message{ID: "Backups.Now", Description: "Button: make a backup now", Other: "Back up now"}
	msgBkElsewhere = &i18n.Message{ID: "Backups.Elsewhere", Description: "Button: save a copy of the data in a place the person chooses", Other: "Save a copy elsewhere…"}
	msgBkRestore   = &i18n.Message{ID: "Backups.RestoreFile", Description: "Button: restore from a backup file the person chooses", Other: "Restore from a file…"}
	msgBkMade      = &i18n.Message{ID: "Backups.Made", Description: "A backup was made; Path is where", Other: "Backed up to {{.Path}}."}
	msgBkFailed    = &i18n.Message{ID: "Backups.Failed", Description: "A backup failed; Reason explains. The data itself is fine", Other: "The copy was not made. {{.Reason}} Your data itself is fine."}
	msgBkNone      = &i18n.Message{ID: "Backups.None", Description: "No backup in the backups folder yet", Other: "No copies yet. The first is made today."}
	msgBkRow       = &i18n.Message{ID: "Backups.Row", Description: "One backup: Date and Time when made, Size such as 1.2 MB", Other: "{{.Date}}, {{.Time}} · {{.Size}}"}
	msgBkKept      = &i18n.Message{ID: "Backups.KeptRow", Description: "One copy of the data kept before a restore: Date and Time, Size", Other: "Before a restore, {{.Date}}, {{.Time}} · {{.Size}}"}
	msgBkMB        = &i18n.Message{ID: "Backups.MB", Description: "A size in megabytes; N is a number such as 1.2", Other: "{{.N}} MB"}
	msgBkUse       = &i18n.Message{ID: "Backups.Use", Description: "Button: restore this backup", Other: "Restore"}
	msgBkSaveTitle = &i18n.Message{ID: "Backups.Save.Title", Description: "Title of the page saving a copy elsewhere", Other: "Save a copy elsewhere"}
	msgBkSaveIntro = &i18n.Message{ID: "Backups.Save.Intro", Description: "Explains saving a copy elsewhere",
		Other: "Choose where the copy goes, for example a USB stick. The copy holds everything; locked records in it stay locked."}
	msgBkFile = &i18n.Message{ID: "Backups.File", Description: "Field: the file to write or read", Other: "File"}
	msgBkSave = &i18n.Message{ID: "Backups.Save", Description: "Button: write the copy", Other: "Save the copy"}
	msgBkNeed = &i18n.Message{ID: "Backups.NeedFile", Description: "No file given", Other: "Give a file first."}
	msgBkAuto = &i18n.Message{ID: "Backups.AutoFailed", Description: "The daily copy could not be made; Reason explains", Other: "Today's automatic copy could not be made. {{.Reason}} Your data itself is fine."}
)

// backupCard is Settings' card of backups: make one, list them, restore one.
func (sh *Shell) backupCard() fyne.CanvasObject {
	l, k := sh.l, sh.kit()
	list := container.NewVBox()
	msg := wrapped("")
	msg.Hide()
	now := k.button(l.T(msgBkNow), fynetheme.DocumentSaveIcon(), func() { sh.backupNow(msg, list) })
	else_ := k.button(l.T(msgBkElsewhere), fynetheme.FolderIcon(), func() { sh.Push(sh.saveCopyPage()) })
	restore := k.button(l.T(msgBkRestore), fynetheme.HistoryIcon(), func() { sh.Push(sh.restorePage("")) })
	sh.fillBackups(list)
	return newCard(l.T(msgBkTitle), container.NewVBox(wrapped(l.T(msgBkIntro)), newFlow(now, else_, restore), msg, list))
}

// backupName is a new copy's name in the backups folder, as the automatic
// copies are named so the list and the rotation know it.
func backupName(t time.Time) string { return "alongside-" + t.Format("2006-01-02-150405") + ".db" }

func (sh *Shell) backupNow(msg *widget.Label, list *fyne.Container) {
	dest := filepath.Join(sh.deps.Records.BackupsDir(), backupName(sh.idle.now()))
	var err error
	sh.bg.Do(func() {
		if err = os.MkdirAll(filepath.Dir(dest), 0o700); err == nil {
			err = sh.deps.Records.Backup(context.Background(), dest)
		}
	}, func() {
		if err != nil {
			msg.Importance = widget.DangerImportance
			msg.SetText(sh.l.T(msgBkFailed, map[string]any{"Reason": reason(sh.l, err)}))
		} else {
			msg.Importance = widget.SuccessImportance
			msg.SetText(sh.l.T(msgBkMade, map[string]any{"Path": dest}))
		}
		msg.Show()
		sh.fillBackups(list)
	})
}

// reason is the translated explanation of err.
func reason(l *translations.Localizer, err error) string {
	m, data := explain.Error(err)
	return l.T(m, data)
}

// backupsShown is how many copies the list shows.
const backupsShown = 12

func (sh *Shell) fillBackups(list *fyne.Container) {
	l, k := sh.l, sh.kit()
	list.RemoveAll()
	infos, err := store.ListBackups(sh.deps.Records.BackupsDir())
	if err != nil || len(infos) == 0 {
		list.Add(smallPrint(l.T(msgBkNone)))
		return
	}
	for i, b := range infos {
		if i == backupsShown {
			break
		}
		row := msgBkRow
		if !b.Auto {
			row = msgBkKept
		}
		text := l.T(row, map[string]any{"Date": l.Date(b.Time), "Time": l.Clock(b.Time), "Size": megabytes(l, b.Size)})
		path := b.Path
		use := k.button(l.T(msgBkUse), fynetheme.HistoryIcon(), func() { sh.Push(sh.restorePage(path)) })
		use.Importance = widget.LowImportance
		list.Add(container.NewBorder(nil, nil, nil, use, wrapped(text)))
	}
}

func megabytes(l *translations.Localizer, n int64) string {
	return l.T(msgBkMB, map[string]any{"N": l.Decimal(float64(n)/1e6, 1)})
}

// saveCopyPage writes a copy of the data where the person says.
func (sh *Shell) saveCopyPage() page {
	l, k := sh.l, sh.kit()
	file := k.entry("")
	file.SetText(filepath.Join(downloadsDir(), "alongside-backup-"+sh.idle.now().Format("2006-01-02")+".db"))
	msg := wrapped("")
	msg.Hide()
	var save *widgets.Button
	save = k.button(l.T(msgBkSave), fynetheme.DocumentSaveIcon(), func() {
		dest := file.Text
		if dest == "" {
			msg.SetText(l.T(msgBkNeed))
			msg.Show()
			return
		}
		save.Disable()
		var err error
		sh.bg.Do(func() { err = sh.deps.Records.Backup(context.Background(), dest) }, func() {
			save.Enable()
			msg.Importance = widget.SuccessImportance
			msg.SetText(l.T(msgBkMade, map[string]any{"Path": dest}))
			if err != nil {
				msg.Importance = widget.DangerImportance
				msg.SetText(l.T(msgBkFailed, map[string]any{"Reason": reason(l, err)}))
			}
			msg.Show()
		})
	})
	save.Importance = widget.HighImportance
	obj := pageScroll(wrapped(l.T(msgBkSaveIntro)), form(field{label: l.T(msgBkFile), input: file}), msg, newFlow(save))
	return page{title: l.T(msgBkSaveTitle), obj: obj}
}

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
			sh.backupNote = sh.l.T(msgBkAuto, map[string]any{"Reason": reason(sh.l, err)})
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
