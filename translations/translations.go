// Package translations holds Alongside's go-i18n message files and the
// Localizer every screen and command uses to turn messages into words in
// the person's language.
package translations

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	toml "github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"
)

//go:embed active.*.toml
var files embed.FS

// Language choices as stored in settings.
const (
	System  = "system" // follow the computer's language
	English = "en"
	Spanish = "es"
	French  = "fr"
	German  = "de"
)

// AddFunc adds more message files (such as content's) to a bundle.
type AddFunc func(*i18n.Bundle) error

// NewBundle loads the app's embedded message files and any extra ones.
func NewBundle(extra ...AddFunc) (*i18n.Bundle, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	if err := AddFS(b, files, "active.*.toml"); err != nil {
		return nil, err
	}
	for _, add := range extra {
		if err := add(b); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// LangFunc adds one language's extra message files (such as content's) to a bundle.
type LangFunc func(b *i18n.Bundle, lang string) error

// NewWindowBundle makes, quickly, the bundle a window speaking lang (one of
// Supported) needs: the app's messages in lang, and extra's in English and
// in lang. The app's English words are not read from active.en.toml: they
// are the default messages in the code, which that file is extracted from,
// and go-i18n falls back to them. Commands and tests use NewBundle.
func NewWindowBundle(lang string, extra LangFunc) (*i18n.Bundle, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	if lang != English {
		if err := AddFS(b, files, "active."+lang+".toml"); err != nil {
			return nil, err
		}
	}
	langs := []string{English}
	if lang != English {
		langs = append(langs, lang)
	}
	for _, l := range langs {
		if err := extra(b, l); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// WindowBundles makes each language's window bundle once, when first
// asked for, and keeps it.
type WindowBundles struct {
	extra LangFunc
	mu    sync.Mutex
	made  map[string]*i18n.Bundle
}

// NewWindowBundles makes window bundles with extra's messages.
func NewWindowBundles(extra LangFunc) *WindowBundles {
	return &WindowBundles{extra: extra, made: map[string]*i18n.Bundle{}}
}

// Get returns lang's window bundle, making it the first time.
func (w *WindowBundles) Get(lang string) (*i18n.Bundle, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if b, ok := w.made[lang]; ok {
		return b, nil
	}
	b, err := NewWindowBundle(lang, w.extra)
	if err != nil {
		return nil, err
	}
	w.made[lang] = b
	return b, nil
}

// AddFS parses every file in fsys matching pattern into b; the language is
// the part of the name between the last two dots (help.es.toml is Spanish).
func AddFS(b *i18n.Bundle, fsys fs.FS, pattern string) error {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return err
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		if _, err := b.ParseMessageFileBytes(data, name); err != nil {
			return fmt.Errorf("translations: %s: %w", name, err)
		}
	}
	return nil
}

// Files returns the embedded message files by language, for tests and tools.
func Files() (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, lang := range Supported {
		data, err := files.ReadFile("active." + lang + ".toml")
		if err != nil {
			return nil, err
		}
		out[lang] = data
	}
	return out, nil
}

// Resolve turns a stored language choice into a supported language:
// the choice itself, or for System (or anything unknown) the computer's.
func Resolve(choice string) string {
	for _, lang := range Supported {
		if choice == lang {
			return lang
		}
	}
	return Match(SystemLocales())
}

// Match picks the first supported language among locales, such as
// "es-MX" or "en_GB.UTF-8"; C and POSIX mean English, as does no match.
func Match(locales []string) string {
	for _, loc := range locales {
		parts := strings.FieldsFunc(loc, isLocaleSep)
		if len(parts) == 0 {
			continue
		}
		base := strings.ToLower(parts[0])
		if base == "c" || base == "posix" {
			return English
		}
		for _, lang := range Supported {
			if base == lang {
				return lang
			}
		}
	}
	return English
}

func isLocaleSep(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '@' }
