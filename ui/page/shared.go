package page

import (
	"log"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/translations"
)

// FailText explains err under a message that takes a Reason.
func FailText(l *translations.Localizer, m *i18n.Message, err error) string {
	log.Printf("%s: %v", m.ID, err)
	r, data := explain.Error(err)
	return l.T(m, map[string]any{"Reason": l.T(r, data)})
}

var (
	MsgNotSaved = &i18n.Message{ID: "Form.NotSaved", Description: "A change could not be saved; Reason explains", Other: "This was not saved. {{.Reason}}"}
)

func Heading(text string) *widget.Label {
	h := SectionHeading(text)
	h.SizeName = fynetheme.SizeNameSubHeadingText
	return h
}

func WarningText(text string) *widget.Label {
	w := Wrapped(text)
	w.Importance = widget.DangerImportance
	return w
}

// Snippet is the start of text on one line, at most n runes.
func Snippet(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if r := []rune(text); len(r) > n {
		return string(r[:n]) + "…"
	}
	return text
}

// UpperFirst capitalises a link's first letter, as it now starts a line.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func ParseURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

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

// SourceLink is a link whose words wrap at any width.
func SourceLink(k Kit, text string, u *url.URL) fyne.CanvasObject {
	link := k.Link(text, u)
	link.Wrapping = fyne.TextWrapWord
	return link
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

// RefreshIfShown lays c out again only once it has a size: before the
// window is shown, wrapping text at zero width is costly and thrown away.
func RefreshIfShown(c *fyne.Container) {
	if !c.Size().IsZero() {
		c.Refresh()
	}
}

// SetObjects replaces what c shows with objs in one go. Adding them one by
// one lays c out again after each (at no size at all while c is new), and
// the text in it is measured again each time: Home's first frame paid
// about 8 ms for that.
func SetObjects(c *fyne.Container, objs ...fyne.CanvasObject) {
	c.Objects = objs
	RefreshIfShown(c)
}

var (
	MsgDamaged = &i18n.Message{ID: "Journal.Damaged", Description: "An entry's text could not be opened: it is damaged", Other: "This entry is damaged and cannot be read."}
)

var (
	MsgOpen = &i18n.Message{ID: "Boundaries.Open", Description: "Button: open a boundary to log a test or see its history", Other: "Open"}
)

// CopiedFeedback is how long a "Copied" confirmation stays.
const CopiedFeedback = 2 * time.Second

// DateTime writes a moment in the language's words ("November 28, 2026, 2:05 PM").
func DateTime(l *translations.Localizer, t time.Time) string {
	return l.Date(t) + ", " + l.Clock(t)
}

// whenLayouts are the forms a date (and time) may be typed in: year first,
// the same in every language, so no date is read the wrong way round.
const (
	DateTimeLayout = "2006-01-02 15:04"
	DateLayout     = "2006-01-02"
)

// ParseWhen reads a typed date, with or without a time, in local time.
func ParseWhen(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{DateTimeLayout, DateLayout} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// DraftDelay is how long after the last keystroke a draft is kept.
const DraftDelay = 2 * time.Second

// SetMessage shows text in msg, and makes its card measure it again.
func SetMessage(msg *widget.Label, imp widget.Importance, text string) {
	msg.Importance = imp
	msg.SetText(text)
	msg.Show()
	msg.Refresh()
}

var MsgNotLoaded = &i18n.Message{ID: "Exercise.Failed", Description: "Earlier results of an exercise could not be read; Reason explains", Other: "Your earlier results could not be opened. {{.Reason}}"}

var (
	MsgUnprotected = &i18n.Message{ID: "Summary.Card.Warning", Description: "Warning before writing an unprotected file", Other: "This file will not be protected: anyone who opens it can read what is in it. Keep it somewhere safe, and delete it when you no longer need it."}
)

var (
	MsgGetHelp = &i18n.Message{
		ID: "Shell.GetHelpNow", Description: "Button on every screen that opens helplines and the overdose card",
		Other: "Get help now",
	}
)

var (
	MsgBack = &i18n.Message{
		ID: "Shell.Back", Description: "Button that goes back to the previous screen",
		Other: "Back",
	}
)

var (
	MsgOverdose = &i18n.Message{ID: "Home.Worried.Overdose", Description: "Button on Home that opens Get help now at the overdose card", Other: "What to do in an overdose"}
)

var (
	MsgBadDate = &i18n.Message{ID: "Form.BadDate", Description: "A date could not be read", Other: "Write the date as year-month-day, such as 2026-11-28."}
)

var (
	MsgGroupFit = &i18n.Message{ID: "Exercise.GroupFit", Description: "Exercise name", Other: "Which group might fit you?"}
)

// NarrowMinWidth is the narrowest window every screen must fit.
const NarrowMinWidth = 360

// Reason is the translated explanation of err.
func Reason(l *translations.Localizer, err error) string {
	m, data := explain.Error(err)
	return l.T(m, data)
}

var (
	MsgFileNotSaved = &i18n.Message{ID: "Summary.Card.Failed", Description: "The file could not be written; Reason explains", Other: "The file was not written. {{.Reason}}"}
)

var (
	MsgOpenFile = &i18n.Message{ID: "Summary.Card.Open", Description: "Button: open the written file", Other: "Open it"}
)

var (
	MsgFileSaved = &i18n.Message{ID: "Summary.Card.Saved", Description: "The file was written; Path is where", Other: "Saved as {{.Path}}."}
)

var MsgAppName = &i18n.Message{ID: "App.Name", Description: "The app's name, shown as the window title", Other: "Alongside"}
