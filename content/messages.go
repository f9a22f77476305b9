package content

import (
	"fmt"
	"io/fs"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	toml "github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"

	"github.com/alongside-app/alongside/translations"
)

// languages are the languages every message file exists in, English (the
// fallback) first: the app's one list, translations.Languages.
var languages = languageTags(translations.Supported)

func languageTags(codes []string) []language.Tag {
	tags := make([]language.Tag, len(codes))
	for i, c := range codes {
		tags[i] = language.Make(c)
	}
	return tags
}

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

// AddMessagesIn parses the help and directory message files of one
// language (such as "es") into the bundle, as AddMessages does for all.
func AddMessagesIn(b *i18n.Bundle, lang string) error {
	one := func(fsys fs.FS, glob func(string) ([]string, error)) error {
		return addLangFS(b, fsys, glob, lang)
	}
	if err := one(files, func(l string) ([]string, error) { return messageFiles(language.Make(l)) }); err != nil {
		return err
	}
	return one(directoryFiles, directoryMessageFiles)
}

// addMessagesFS loads, for every language, the message files glob names
// in fsys into the bundle.
func addMessagesFS(b *i18n.Bundle, fsys fs.FS, glob func(lang string) ([]string, error)) error {
	for _, lang := range languages {
		if err := addLangFS(b, fsys, glob, lang.String()); err != nil {
			return err
		}
	}
	return nil
}

// addLangFS loads one language's message files, as glob names them, into the bundle.
func addLangFS(b *i18n.Bundle, fsys fs.FS, glob func(lang string) ([]string, error), lang string) error {
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	names, err := glob(lang)
	if err != nil {
		return fmt.Errorf("content: %w", err)
	}
	for _, name := range names {
		if _, err := b.LoadMessageFileFS(fsys, name); err != nil {
			return fmt.Errorf("content: %s: %w", name, err)
		}
	}
	return nil
}
