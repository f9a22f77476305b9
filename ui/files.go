package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"
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

// startDir is where the file dialogs start: Downloads in the person's
// home folder when there is one, else the home folder itself.
func startDir() string { return downloadsDir() }

// downloadsDir is the folder for files the person saves: Downloads in
// their home folder when there is one, else the home folder itself.
func downloadsDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return os.TempDir()
	}
	if d := filepath.Join(home, "Downloads"); isDir(d) {
		return d
	}
	return home
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// neutralName is a file name that says nothing of the app or of what is
// in the file: stem (such as "notes"), the day and ext (".pdf").
func neutralName(stem string, day time.Time, ext string) string {
	return stem + "-" + day.Format(dateLayout) + ext
}

// saveFile asks where to save a new file: Fyne's save dialog, titled
// title, starts in startDir with name filled in, and asks before replacing
// a file. write then writes the file at the path chosen, off the UI
// goroutine, and saved is told how it went. If the person cancels,
// nothing happens.
func (sh *Shell) saveFile(title, name string, write func(path string) error, saved func(path string, err error)) {
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

// chooseFile asks for a file to open, one of exts (such as ".json"), in
// Fyne's open dialog titled title, and gives chosen its path.
func (sh *Shell) chooseFile(title string, exts []string, chosen func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			sh.showError(reason(sh.l, err))
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
	if dir, err := storage.ListerForURI(storage.NewFileURI(startDir())); err == nil {
		d.SetLocation(dir)
	}
	size := sh.win.Canvas().Size()
	d.Resize(fyne.NewSize(fyne.Min(760, size.Width), fyne.Min(560, size.Height)))
}

// savedFile says where a file went, with a way to open it, or why it did not.
func (sh *Shell) savedFile(msg *widget.Label, path string, err error) {
	l := sh.l
	if err != nil {
		msg.Importance = widget.DangerImportance
		msg.SetText(l.T(msgSumFailed, map[string]any{"Reason": reason(l, err)}))
		msg.Show()
		return
	}
	msg.Hide()
	sh.showDialog(l.T(msgFileSavedT), wrapped(l.T(msgSumSaved, map[string]any{"Path": path})),
		sh.kit().button(l.T(msgSumOpen), fynetheme.FileIcon(), func() { sh.openPath(path) }))
}

// openPath opens a file or folder with the computer's own program for it
// (a file manager for a folder); when none does, it shows where it is,
// ready to copy.
func (sh *Shell) openPath(path string) {
	sh.kit().openFolder(path, func() { sh.showPathNotOpened(path) })
}

// openFolder opens a folder (or file) with the computer's own program,
// off the UI goroutine, and calls failed when none did.
func (k kit) openFolder(path string, failed func()) {
	k.touch()
	var err error
	k.bg.Do(func() { err = systemOpen(path) }, func() {
		if err != nil && failed != nil {
			failed()
		}
	})
}

func (sh *Shell) showPathNotOpened(path string) {
	sh.showCopyable(sh.l.T(msgFileNotOpenedT), sh.l.T(msgFileNotOpened), path, sh.l.T(msgFileCopyPath))
}

// systemOpen opens path with the computer's own program for it and
// reports whether one took it; tests replace it.
var systemOpen = defaultSystemOpen

func defaultSystemOpen(path string) error {
	var tries [][]string
	switch runtime.GOOS {
	case "windows":
		// Explorer's exit status says nothing of whether it worked.
		cmd := exec.Command("explorer", path)
		if err := cmd.Start(); err != nil {
			return err
		}
		go cmd.Wait()
		return nil
	case "darwin":
		tries = [][]string{{"open", path}}
	default:
		tries = [][]string{{"xdg-open", path}, {"gio", "open", path}, {"kde-open5", path}, {"kde-open", path}, {"exo-open", path}}
	}
	err := exec.ErrNotFound
	for _, t := range tries {
		if _, e := exec.LookPath(t[0]); e != nil {
			continue
		}
		if err = runBriefly(exec.Command(t[0], t[1:]...)); err == nil {
			return nil
		}
	}
	return err
}

// runBriefly runs cmd and waits a few seconds for its answer; one still
// running then (it stays with the program it started) has worked.
func runBriefly(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(3 * time.Second):
		return nil
	}
}
