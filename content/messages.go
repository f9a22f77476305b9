package content

import (
	"fmt"
	"io/fs"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	toml "github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"
)

// languages are the languages every message file exists in; English is the fallback.
var languages = []language.Tag{language.English, language.Spanish}

// Languages returns the language tags content has message files for ("en", "es").
func Languages() []language.Tag { return append([]language.Tag(nil), languages...) }

// messageFiles returns the embedded message files for one language, such as help/us.es.toml.
func messageFiles(lang language.Tag) ([]string, error) {
	return fs.Glob(files, "help/*."+lang.String()+".toml")
}

// AddMessages parses every embedded help/*.<lang>.toml, and the
// directory's words, into the bundle. It registers the TOML format on the
// bundle, so the bundle may be new.
func AddMessages(b *i18n.Bundle) error {
	err := addMessagesFS(b, files, func(lang string) ([]string, error) { return messageFiles(language.Make(lang)) })
	if err != nil {
		return err
	}
	return AddDirectoryMessages(b)
}

// addMessagesFS loads, for every language, the message files glob names
// in fsys into the bundle.
func addMessagesFS(b *i18n.Bundle, fsys fs.FS, glob func(lang string) ([]string, error)) error {
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	for _, lang := range languages {
		names, err := glob(lang.String())
		if err != nil {
			return fmt.Errorf("content: %w", err)
		}
		for _, name := range names {
			if _, err := b.LoadMessageFileFS(fsys, name); err != nil {
				return fmt.Errorf("content: %s: %w", name, err)
			}
		}
	}
	return nil
}
