package content

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	toml "github.com/pelletier/go-toml/v2"
)

// What the loaders of help, the directory and the lessons' sources share:
// strict decoding of the embedded TOML files, the official hosts, and the
// message files read into texts.

// tomlFile is an embedded TOML file and the value it decodes into.
type tomlFile struct {
	name string
	v    any
}

// decodeFiles decodes each file of fsys strictly (decodeStrictFS), in
// order, and stops at the first error.
func decodeFiles(fsys fs.FS, list ...tomlFile) error {
	for _, f := range list {
		if err := decodeStrictFS(fsys, f.name, f.v); err != nil {
			return err
		}
	}
	return nil
}

// officialHosts reads help/official-hosts.toml: the hosts whose pages Get
// help now, the directory and the lessons' sources may show.
func officialHosts() ([]OfficialHost, error) {
	var hosts struct {
		Host []OfficialHost `toml:"host"`
	}
	if err := decodeStrictFS(files, "help/official-hosts.toml", &hosts); err != nil {
		return nil, err
	}
	return hosts.Host, nil
}

// decodeStrictFS decodes an embedded TOML file and rejects keys it does not know (typos).
func decodeStrictFS(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("content: %w", err)
	}
	dec := toml.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err = dec.Decode(v)
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		keys := make([]string, len(strict.Errors))
		for i, e := range strict.Errors {
			keys[i] = strings.Join(e.Key(), ".")
		}
		return fmt.Errorf("content: %s: unknown keys %v: %w", name, keys, ErrInvalid)
	}
	if err != nil {
		return fmt.Errorf("content: %s: %w", name, err)
	}
	return nil
}

// readTextsFS parses, for every language, the message files glob names in
// fsys into texts.
func readTextsFS(fsys fs.FS, glob func(lang string) ([]string, error)) (texts, error) {
	out := texts{}
	for _, lang := range languages {
		names, err := glob(lang.String())
		if err != nil {
			return nil, fmt.Errorf("content: %w", err)
		}
		out[lang.String()] = map[string]string{}
		for _, name := range names {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, fmt.Errorf("content: %w", err)
			}
			mf, err := i18n.ParseMessageFileBytes(data, name, map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal})
			if err != nil {
				return nil, fmt.Errorf("content: %s: %w", name, err)
			}
			for _, m := range mf.Messages {
				out[lang.String()][m.ID] = m.Other
			}
		}
	}
	return out, nil
}
