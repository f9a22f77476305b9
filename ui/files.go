package ui

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/ui/page"
)

// Files the person saves or opens go where they choose, through Fyne's
// file dialogs: they start in Downloads (or the home folder when there is
// none), a new file has a name that says nothing of what is in it, and
// Fyne asks before a file is replaced. Nothing is written anywhere the
// person did not pick.

var (
	msgFileSave      = &i18n.Message{ID: "Files.Save", Description: "Button of the save dialog: save the file in the folder and under the name chosen", Other: "Save"}
	msgFileOpen      = &i18n.Message{ID: "Files.Open", Description: "Button of the open dialog: use the file chosen", Other: "Open"}
	msgFileCancel    = &i18n.Message{ID: "Files.Cancel", Description: "Button of the save or open dialog: close it, doing nothing", Other: "Cancel"}
	msgFileSavedT    = &i18n.Message{ID: "Files.Saved.Title", Description: "Title of the box saying a file was saved", Other: "File saved"}
	msgFileNotOpened = &i18n.Message{ID: "Files.NotOpened", Description: "A file or folder could not be opened with the computer's own programs; its path is shown below",
		Other: "This computer has no program that opened it. You can copy where it is and open it from your file manager."}
	msgFileNotOpenedT = &i18n.Message{ID: "Files.NotOpened.Title", Description: "Title of the box shown when a file or folder could not be opened", Other: "Could not open it"}
	msgFileCopyPath   = &i18n.Message{ID: "Files.CopyPath", Description: "Button: copy where a file or folder is (its path)", Other: "Copy where it is"}
)

// SaveFile asks where to save a new file: Fyne's save dialog, titled
// title, starts in startDir with name filled in, and asks before replacing
// a file. write then writes the file at the path chosen, off the UI
// goroutine, and saved is told how it went. If the person cancels,
// nothing happens.
func (sh *Shell) SaveFile(title, name string, write func(path string) error, saved func(path string, err error)) {
	l := sh.l
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			saved("", err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		// Fyne made the file to write through; it is written again, whole,
		// readable by this user only, and taken away if that fails.
		w.Close()
		sh.bg.Do(func() {
			if err = write(path); err != nil {
				if st, e := os.Stat(path); e == nil && st.Size() == 0 {
					os.Remove(path)
				}
			}
		}, func() { saved(path, err) })
	}, sh.win)
	d.SetFileName(name)
	if ext := filepath.Ext(name); ext != "" {
		d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	}
	sh.setupFileDialog(d, title, l.T(msgFileSave))
	d.Show()
}

// ChooseFile asks for a file to open, one of exts (such as ".json"), in
// Fyne's open dialog titled title, and gives chosen its path.
func (sh *Shell) ChooseFile(title string, exts []string, chosen func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			sh.ShowError(page.Reason(sh.l, err))
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		chosen(path)
	}, sh.win)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	sh.setupFileDialog(d, title, sh.l.T(msgFileOpen))
	d.Show()
}

func (sh *Shell) setupFileDialog(d *dialog.FileDialog, title, confirm string) {
	d.SetTitleText(title)
	d.SetConfirmText(confirm)
	d.SetDismissText(sh.l.T(msgFileCancel))
	if dir, err := storage.ListerForURI(storage.NewFileURI(page.StartDir())); err == nil {
		d.SetLocation(dir)
	}
	size := sh.win.Canvas().Size()
	d.Resize(fyne.NewSize(fyne.Min(760, size.Width), fyne.Min(560, size.Height)))
}

// SavedFile says where a file went, with a way to open it, or why it did not.
func (sh *Shell) SavedFile(msg *widget.Label, path string, err error) {
	l := sh.l
	if err != nil {
		msg.Importance = widget.DangerImportance
		msg.SetText(l.T(page.MsgFileNotSaved, map[string]any{"Reason": page.Reason(l, err)}))
		msg.Show()
		return
	}
	msg.Hide()
	sh.ShowDialog(l.T(msgFileSavedT), page.Wrapped(l.T(page.MsgFileSaved, map[string]any{"Path": path})),
		sh.kit().Button(l.T(page.MsgOpenFile), fynetheme.FileIcon(), func() { sh.OpenPath(path) }))
}

// OpenPath opens a file or folder with the computer's own program for it
// (a file manager for a folder); when none does, it shows where it is,
// ready to copy.
func (sh *Shell) OpenPath(path string) {
	sh.kit().OpenFolder(path, func() { sh.showPathNotOpened(path) })
}

func (sh *Shell) showPathNotOpened(path string) {
	sh.ShowCopyable(sh.l.T(msgFileNotOpenedT), sh.l.T(msgFileNotOpened), path, sh.l.T(msgFileCopyPath))
}
