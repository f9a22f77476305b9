package translations

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Language is one language Alongside speaks. Translations, content and
// Settings all take the list from Languages.
type Language struct {
	Code   string        // as stored in settings and in file names: "en"
	Native string        // its name in itself, as a choice shows it: "Español"
	Name   *i18n.Message // its name in the reader's language: "inglés" in Spanish
}

// Languages lists the languages Alongside speaks, the default first.
var Languages = []Language{
	{Code: English, Native: "English", Name: &i18n.Message{ID: "Language.English", Description: "The English language, named in the reader's language, in the middle of a sentence (lower case where the language wants it)", Other: "English"}},
	{Code: Spanish, Native: "Español", Name: &i18n.Message{ID: "Language.Spanish", Description: "The Spanish language, named in the reader's language, in the middle of a sentence (lower case where the language wants it)", Other: "Spanish"}},
	{Code: French, Native: "Français", Name: &i18n.Message{ID: "Language.French", Description: "The French language, named in the reader's language, in the middle of a sentence (lower case where the language wants it)", Other: "French"}},
	{Code: German, Native: "Deutsch", Name: &i18n.Message{ID: "Language.German", Description: "The German language, named in the reader's language, in the middle of a sentence (lower case where the language wants it)", Other: "German"}},
}

// Supported lists the codes of Languages, the default first.
var Supported = codes(Languages)

func codes(langs []Language) []string {
	out := make([]string, len(langs))
	for i, l := range langs {
		out[i] = l.Code
	}
	return out
}

// LanguageOf returns the Language for a code, and whether it is one.
func LanguageOf(code string) (Language, bool) {
	for _, l := range Languages {
		if l.Code == code {
			return l, true
		}
	}
	return Language{}, false
}
