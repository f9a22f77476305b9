package page

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// ExpandHome reads a leading "~" as the person's home folder, as a
// terminal does: "~/backup.db", "~" (and "~\\backup.db" on Windows).
func ExpandHome(path string) string {
	if path != "~" && !strings.HasPrefix(path, "~/") && !strings.HasPrefix(path, "~"+string(filepath.Separator)) {
		return path
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return path
	}
	return filepath.Join(home, path[1:])
}

// WritePrivateFile writes data to path, readable only by this user,
// through a temporary file renamed when complete.
func WritePrivateFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".alongside-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// NeutralName is a file name that says nothing of the app or of what is
// in the file: stem (such as "notes"), the day and ext (".pdf").
func NeutralName(stem string, day time.Time, ext string) string {
	return stem + "-" + day.Format(DateLayout) + ext
}

// StartDir is where the file dialogs start: Downloads in the person's
// home folder when there is one, else the home folder itself.
func StartDir() string { return DownloadsDir() }

// DownloadsDir is the folder for files the person saves: Downloads in
// their home folder when there is one, else the home folder itself.
func DownloadsDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return os.TempDir()
	}
	if d := filepath.Join(home, "Downloads"); IsDir(d) {
		return d
	}
	return home
}

func IsDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// SystemOpen opens path with the computer's own program for it and
// reports whether one took it; tests replace it.
var SystemOpen = defaultSystemOpen

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

// OpenFolder opens a folder (or file) with the computer's own program,
// off the UI goroutine, and calls failed when none did.
func (k Kit) OpenFolder(path string, failed func()) {
	k.Touch()
	var err error
	k.BG.Do(func() { err = SystemOpen(path) }, func() {
		if err != nil && failed != nil {
			failed()
		}
	})
}
