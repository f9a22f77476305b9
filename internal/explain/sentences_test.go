package explain

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// systemErrors are errors of each kind that no sentinel of ours marks,
// as the system really gives them, with the words that must never reach
// the sentence a person reads.
func systemErrors(t *testing.T) map[string]error {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, notFound := os.Open(filepath.Join(dir, "meetings.json"))
	_, notDir := os.Open(filepath.Join(file, "inside"))
	_, isDir := os.ReadFile(dir)
	var v any
	format := json.Unmarshal([]byte("{"), &v)
	return map[string]error{
		"Error.NotFound":      fmt.Errorf("meetings: %w", notFound),
		"Error.Permission":    fmt.Errorf("meetings: %w", &fs.PathError{Op: "open", Path: "/root/x.json", Err: syscall.EACCES}),
		"Error.NotAFolder":    notDir,
		"Error.IsAFolder":     isDir,
		"Error.DiskFull":      &fs.PathError{Op: "write", Path: "/media/usb/x.db", Err: syscall.ENOSPC},
		"Error.ReadOnly":      &fs.PathError{Op: "open", Path: "/media/cd/x.db", Err: syscall.EROFS},
		"Error.InvalidFormat": fmt.Errorf("meetings: parse: %w", format),
		"Error.Network":       &url.Error{Op: "Get", URL: "https://example.org/x.json", Err: &net.DNSError{Err: "no such host", Name: "example.org", IsNotFound: true}},
		"Error.Unexpected":    errors.New("sql: database is closed"),
	}
}

// TestEveryErrorIsASentence: each kind of error, and every sentinel,
// gives a sentence in English and in Spanish that holds nothing of the
// error's own text (issue #24: "Details: meetings: open ~/meetings.json:
// no such file or directory", in English on the Spanish screen too).
func TestEveryErrorIsASentence(t *testing.T) {
	b, err := translations.NewBundle()
	if err != nil {
		t.Fatal(err)
	}
	errs := systemErrors(t)
	for i, e := range []error{store.ErrDamaged, store.ErrLocked, store.ErrTooNew, fmt.Errorf("x: %w: %w", store.ErrBackupUnwritable, syscall.EROFS)} {
		errs[fmt.Sprint("sentinel ", i)] = fmt.Errorf("store: open /home/x/alongside.db: %w", e)
	}
	for want, e := range errs {
		m, data := Error(e)
		if !strings.HasPrefix(want, "sentinel") && m.ID != want {
			t.Errorf("Error(%v) = %s, want %s", e, m.ID, want)
		}
		for _, lang := range []string{translations.English, "es"} {
			text := translations.NewLocalizer(b, lang).T(m, data)
			for _, raw := range rawWords(e) {
				if strings.Contains(strings.ToLower(text), strings.ToLower(raw)) {
					t.Errorf("%s in %s shows %q: %s", m.ID, lang, raw, text)
				}
			}
			if text == "" || strings.Contains(text, "<no value>") {
				t.Errorf("%s in %s: %q", m.ID, lang, text)
			}
		}
		if Details(e) != e.Error() {
			t.Errorf("Details(%v) = %q", e, Details(e))
		}
	}
}

// rawWords are the pieces of err's text a person must not read in the
// sentence: the whole text, each part between colons, and the paths.
func rawWords(err error) []string {
	words := []string{err.Error()}
	for _, part := range strings.Split(err.Error(), ": ") {
		if strings.ContainsAny(part, "/\\") || strings.HasPrefix(part, "open ") || strings.HasPrefix(part, "write ") {
			words = append(words, part)
		}
	}
	return append(words, "/", "no such file", "permission denied", "not a directory", "is a directory", "errno", "unexpected end")
}

// TestSpanishSaysItInSpanish: the new sentences are translated.
func TestSpanishSaysItInSpanish(t *testing.T) {
	b, err := translations.NewBundle()
	if err != nil {
		t.Fatal(err)
	}
	for id, e := range systemErrors(t) {
		m, data := Error(e)
		en := translations.NewLocalizer(b, translations.English).T(m, data)
		es := translations.NewLocalizer(b, "es").T(m, data)
		if en == es {
			t.Errorf("%s is in English on the Spanish screen: %s", id, es)
		}
	}
}
