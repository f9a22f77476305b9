package settings

import (
	"context"
	"log"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgBkTitle = &i18n.Message{ID: "Backups.Title", Description: "Settings card about backups", Other: "Backups"}
	msgBkIntro = &i18n.Message{ID: "Backups.Intro", Description: "Explains backups",
		Other: "Alongside keeps a copy of your data once a day, in the backups folder of your data folder: the last 7 days and 4 weeks. Copies you make with Back up now are kept apart from those: the newest 10 of them stay until you make more. Keep another copy somewhere else too, such as a USB stick, in case this computer is lost. Copies of locked records open only with your passphrase or recovery code."}
	msgBkNow       = &i18n.Message{ID: "Backups.Now", Description: "Button: make a backup now", Other: "Back up now"}
	msgBkElsewhere = &i18n.Message{ID: "Backups.Elsewhere", Description: "Button: save a copy of the data in a place the person chooses", Other: "Save a copy elsewhere…"}
	msgBkRestore   = &i18n.Message{ID: "Backups.RestoreFile", Description: "Button: restore from a backup file the person chooses", Other: "Restore from a file…"}
	msgBkMade      = &i18n.Message{ID: "Backups.Made", Description: "A backup was made; Path is where", Other: "Backed up to {{.Path}}."}
	msgBkMaking    = &i18n.Message{ID: "Backups.Making", Description: "Shown at once when Back up now is pressed, until the copy is made", Other: "Making a copy…"}
	msgBkManual    = &i18n.Message{ID: "Backups.ManualRow", Description: "One copy the person made with Back up now: Date and Time when made, Size such as 1.2 MB", Other: "Made by you, {{.Date}}, {{.Time}} · {{.Size}}"}
	msgBkNone      = &i18n.Message{ID: "Backups.None", Description: "No backup in the backups folder yet", Other: "No copies yet. The first is made today."}
	msgBkRow       = &i18n.Message{ID: "Backups.Row", Description: "One backup: Date and Time when made, Size such as 1.2 MB", Other: "{{.Date}}, {{.Time}} · {{.Size}}"}
	msgBkKept      = &i18n.Message{ID: "Backups.KeptRow", Description: "One copy of the data kept before a restore: Date and Time, Size", Other: "Before a restore, {{.Date}}, {{.Time}} · {{.Size}}"}
	msgBkMB        = &i18n.Message{ID: "Backups.MB", Description: "A size in megabytes; N is a number such as 1.2", Other: "{{.N}} MB"}
	msgBkUse       = &i18n.Message{ID: "Backups.Use", Description: "Button: restore this backup", Other: "Restore"}
	msgBkSaveTitle = &i18n.Message{ID: "Backups.Save.Title", Description: "Title of the page saving a copy elsewhere", Other: "Save a copy elsewhere"}
	msgBkSaveIntro = &i18n.Message{ID: "Backups.Save.Intro", Description: "Explains saving a copy elsewhere",
		Other: "Choose where the copy goes, for example a USB stick. The copy holds everything; locked records in it stay locked."}
	MsgBackupFile = &i18n.Message{ID: "Backups.File", Description: "Field: the file to write or read", Other: "File"}
	msgBkSave     = &i18n.Message{ID: "Backups.Save", Description: "Button: write the copy", Other: "Save the copy"}
	MsgBackupNeed = &i18n.Message{ID: "Backups.NeedFile", Description: "No file given", Other: "Give a file first."}
)

// backupCard is Settings' card of backups: make one, list them, restore
// one. refresh reads the backups folder again (Settings calls it each
// time it comes on screen), so the list is always what the folder holds.
func (sc *Screens) backupCard() (card fyne.CanvasObject, refresh func()) {
	l, k := sc.L, sc.Kit
	list := container.NewVBox()
	msg := page.Wrapped("")
	msg.Hide()
	var now *widgets.Button
	now = k.Button(l.T(msgBkNow), fynetheme.DocumentSaveIcon(), func() { sc.backupNow(now, msg, list) })
	else_ := k.Button(l.T(msgBkElsewhere), fynetheme.FolderIcon(), func() { sc.Push(sc.SaveCopyPage()) })
	restore := k.Button(l.T(msgBkRestore), fynetheme.HistoryIcon(), func() { sc.Push(sc.RestorePage("")) })
	refresh = func() { sc.fillBackups(list) }
	refresh()
	return page.NewCard(l.T(msgBkTitle), container.NewVBox(page.Wrapped(l.T(msgBkIntro)), page.NewFlow(now, else_, restore), msg, list)), refresh
}

// backupNow makes a copy in the backups folder, apart from the daily
// rotation (see store.MakeBackup). It says at once that the copy is being
// made, makes it off the UI goroutine, then says how it went and lists
// the folder again.
func (sc *Screens) backupNow(btn *widgets.Button, msg *widget.Label, list *fyne.Container) {
	btn.Disable()
	page.SetMessage(msg, widget.MediumImportance, sc.L.T(msgBkMaking))
	rec, now := sc.Records, sc.Now()
	var made store.BackupInfo
	var err error
	sc.BG.Do(func() {
		made, err = store.MakeBackup(context.Background(), rec.Backup, rec.BackupsDir(), now)
	}, func() {
		btn.Enable()
		if err != nil {
			log.Printf("back up now: %v", err)
			page.SetMessage(msg, widget.DangerImportance, page.Reason(sc.L, err))
		} else {
			page.SetMessage(msg, widget.SuccessImportance, sc.L.T(msgBkMade, map[string]any{"Path": made.Path}))
		}
		sc.fillBackups(list)
	})
}

// fillBackups lists the copies in the backups folder, read off the UI
// goroutine, newest first: automatic ones, those the person made, and
// those kept before a restore.
func (sc *Screens) fillBackups(list *fyne.Container) {
	rec := sc.Records
	if rec == nil {
		return
	}
	dir := rec.BackupsDir()
	var infos []store.BackupInfo
	var err error
	sc.BG.Do(func() { infos, err = store.ListBackups(dir) }, func() {
		if err != nil {
			log.Printf("list backups: %v", err)
		}
		sc.showBackups(list, infos)
	})
}

func (sc *Screens) showBackups(list *fyne.Container, infos []store.BackupInfo) {
	l, k := sc.L, sc.Kit
	list.RemoveAll()
	if len(infos) == 0 {
		list.Add(page.SmallPrint(l.T(msgBkNone)))
		return
	}
	for _, b := range infos {
		row := msgBkRow
		switch {
		case b.Manual:
			row = msgBkManual
		case !b.Auto:
			row = msgBkKept
		}
		text := l.T(row, map[string]any{"Date": l.Date(b.Time), "Time": l.Clock(b.Time), "Size": megabytes(l, b.Size)})
		path := b.Path
		use := k.Button(l.T(msgBkUse), fynetheme.HistoryIcon(), func() { sc.Push(sc.RestorePage(path)) })
		use.Importance = widget.LowImportance
		list.Add(container.NewBorder(nil, nil, nil, use, page.Wrapped(text)))
	}
}

func megabytes(l *translations.Localizer, n int64) string {
	return l.T(msgBkMB, map[string]any{"N": l.Decimal(float64(n)/1e6, 1)})
}

// SaveCopyPage writes a copy of the data where the person says: chosen
// in Fyne's save dialog, or typed ("~" is the home folder).
func (sc *Screens) SaveCopyPage() page.Page {
	l, k := sc.L, sc.Kit
	now := sc.Now()
	file := k.Entry("")
	file.SetText(filepath.Join(page.DownloadsDir(), page.NeutralName("copy", now, ".db")))
	msg := page.Wrapped("")
	msg.Hide()
	var save, choose *widgets.Button
	write := func(dest string) error { return sc.Records.Backup(context.Background(), dest) }
	said := func(dest string, err error) {
		save.Enable()
		choose.Enable()
		if err != nil {
			log.Printf("save a copy: %v", err)
			page.SetMessage(msg, widget.DangerImportance, page.Reason(l, err))
			return
		}
		file.SetText(dest)
		page.SetMessage(msg, widget.SuccessImportance, l.T(msgBkMade, map[string]any{"Path": dest}))
	}
	save = k.Button(l.T(msgBkSave), fynetheme.DocumentSaveIcon(), func() {
		dest := page.ExpandHome(strings.TrimSpace(file.Text))
		if dest == "" {
			page.SetMessage(msg, widget.DangerImportance, l.T(MsgBackupNeed))
			return
		}
		save.Disable()
		choose.Disable()
		var err error
		sc.BG.Do(func() { err = write(dest) }, func() { said(dest, err) })
	})
	save.Importance = widget.HighImportance
	choose = k.Button(l.T(msgBkChoosePlace), fynetheme.FolderOpenIcon(), func() {
		sc.SaveFile(l.T(msgBkSaveAs), filepath.Base(page.ExpandHome(strings.TrimSpace(file.Text))), write, said)
	})
	obj := page.Scroll(page.Wrapped(l.T(msgBkSaveIntro)), page.Form(page.Field{Label: l.T(MsgBackupFile), Input: file}), page.NewFlow(choose, save), msg)
	return page.Page{Title: l.T(msgBkSaveTitle), Obj: obj}
}

var (
	msgBkChoosePlace = &i18n.Message{ID: "Backups.Save.Choose", Description: "Button: choose where to save the copy in a file dialog, then save it there", Other: "Choose where and save…"}
	msgBkSaveAs      = &i18n.Message{ID: "Backups.Save.As", Description: "Title of the dialog choosing where to save a copy of the data", Other: "Where to save the copy"}
)
