package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/journal"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/settings"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgRsTitle = &i18n.Message{ID: "Restore.Title", Description: "Title of the page restoring a backup", Other: "Restore a backup"}
	msgRsIntro = &i18n.Message{ID: "Restore.Intro", Description: "Explains restoring",
		Other: "Restoring puts the data in the backup in place of your data now. Your data as it is now is kept in the backups folder first, so nothing is lost. The file is checked before anything changes."}
	msgRsSecret    = &i18n.Message{ID: "Restore.Secret", Description: "Field: the backup's passphrase or recovery code", Other: "The backup's passphrase or recovery code"}
	msgRsSecretWhy = &i18n.Message{ID: "Restore.Secret.Hint", Description: "Hint under the secret field", Other: "Needed only when the backup's records were locked. Nothing is changed if it is wrong."}
	msgRsGo        = &i18n.Message{ID: "Restore.Go", Description: "Button: restore the backup", Other: "Restore this backup"}
	msgRsQ         = &i18n.Message{ID: "Restore.Confirm", Description: "Asks before restoring", Other: "Put this backup in place of your data now? Your data now is kept in the backups folder first."}
	msgRsChecking  = &i18n.Message{ID: "Restore.Step.Checking", Description: "Restore progress", Other: "Checking the backup…"}
	msgRsCopying   = &i18n.Message{ID: "Restore.Step.Copying", Description: "Restore progress", Other: "Copying the backup…"}
	msgRsUpdating  = &i18n.Message{ID: "Restore.Step.Updating", Description: "Restore progress", Other: "Updating a backup from an older version…"}
	msgRsKeeping   = &i18n.Message{ID: "Restore.Step.Keeping", Description: "Restore progress", Other: "Keeping a copy of your data now…"}
	msgRsReplacing = &i18n.Message{ID: "Restore.Step.Replacing", Description: "Restore progress", Other: "Putting the backup in place…"}
	msgRsOpening   = &i18n.Message{ID: "Restore.Step.Opening", Description: "Restore progress", Other: "Opening the restored data…"}
	msgRsDone      = &i18n.Message{ID: "Restore.Done", Description: "The restore worked; Kept is where the old data was kept", Other: "Restored. Your data as it was before is kept as {{.Kept}}."}
	msgRsDoneNew   = &i18n.Message{ID: "Restore.DoneNew", Description: "The restore worked and there was no data before", Other: "Restored."}
)

var restoreSteps = map[store.RestoreStep]*i18n.Message{
	store.RestoreChecking: msgRsChecking, store.RestoreCopying: msgRsCopying, store.RestoreUpdating: msgRsUpdating,
	store.RestoreKeeping: msgRsKeeping, store.RestoreReplacing: msgRsReplacing, store.RestoreReopening: msgRsOpening,
}

// restorer is the restore page.
type restorer struct {
	sh     *Shell
	file   *widgets.Entry
	secret *widgets.Entry
	status *widget.Label
	goBtn  *widgets.Button
}

var msgRsChooseT = &i18n.Message{ID: "Restore.Choose.Title", Description: "Title of the dialog choosing the copy to put back", Other: "Choose the copy to put back"}

// RestorePage restores a backup; path may be given (one from the list).
func (sh *Shell) RestorePage(path string) page.Page {
	l, k := sh.l, sh.kit()
	r := &restorer{sh: sh, file: k.Entry(""), secret: k.Password(""), status: page.Wrapped("")}
	r.file.SetText(path)
	r.goBtn = k.Button(l.T(msgRsGo), fynetheme.HistoryIcon(), func() {
		sh.Confirm(l.T(msgRsGo), l.T(msgRsQ), l.T(msgRsGo), r.start)
	})
	r.goBtn.Importance = widget.HighImportance
	choose := k.Button(l.T(msgStartupChoose), fynetheme.FolderOpenIcon(), func() {
		sh.ChooseFile(l.T(msgRsChooseT), nil, func(path string) { r.file.SetText(path) })
	})
	file := container.NewBorder(nil, nil, nil, choose, r.file)
	f := page.Form(page.Field{Label: l.T(settings.MsgBackupFile), Input: file}, page.Field{Label: l.T(msgRsSecret), Hint: l.T(msgRsSecretWhy), Input: r.secret})
	return page.Page{Title: l.T(msgRsTitle), Obj: page.Scroll(page.Wrapped(l.T(msgRsIntro)), f, page.NewFlow(r.goBtn), r.status)}
}

func (r *restorer) start() {
	l, sh := r.sh.l, r.sh
	src := page.ExpandHome(strings.TrimSpace(r.file.Text))
	if src == "" {
		r.status.SetText(l.T(settings.MsgBackupNeed))
		return
	}
	r.goBtn.Disable()
	opt := store.RestoreOptions{Secret: r.secret.Text, Now: sh.idle.now(), Progress: func(s store.RestoreStep) {
		if m := restoreSteps[s]; m != nil {
			fyne.Do(func() { r.status.SetText(l.T(m)) })
		}
	}}
	r.secret.SetText("")
	var ns *store.Store
	var res store.RestoreResult
	var err error
	sh.bg.Do(func() {
		ns, res, err = sh.deps.Records.Restore(context.Background(), src, opt)
	}, func() {
		r.goBtn.Enable()
		if err != nil {
			r.status.SetText(restoreRefusal(sh, err))
			return
		}
		sh.useStore(ns)
		done := l.T(msgRsDoneNew)
		if res.Kept != "" {
			done = l.T(msgRsDone, map[string]any{"Kept": res.Kept})
		}
		sh.ShowDialog(l.T(msgRsTitle), page.Wrapped(done))
	})
}

// restoreRefusal explains why a backup was not restored (a locked one
// with no secret included).
func restoreRefusal(sh *Shell, err error) string { return page.Reason(sh.l, err) }

// useStore puts the store a restore opened in place of the old one: the
// screens are made again on it.
func (sh *Shell) useStore(s *store.Store) {
	sh.swapStore(s)
	sh.Go(page.SectionSettings)
}

// swapStore makes every screen again on s, which main is told of.
func (sh *Shell) swapStore(s *store.Store) {
	sh.deps.Prefs, sh.deps.Records = s, s
	if sh.deps.Restored != nil {
		sh.deps.Restored(s)
	}
	sh.journal = journal.NewCache(s)
	sh.meetings = meetingsui.NewCache(s)
	sh.idle.reload()
	sh.rebuild()
}
