package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// syncFyneLanguage makes Fyne's own words (an entry's context menu, a
// select's placeholder) follow the language chosen in Alongside. Fyne reads
// the language only from the environment, so set LANGUAGE and ask it to
// look again by adding an empty translation.
func syncFyneLanguage(l string) {
	if os.Getenv("LANGUAGE") == l {
		return
	}
	if err := os.Setenv("LANGUAGE", l); err != nil {
		return
	}
	if err := lang.AddTranslationsForLocale([]byte("{}"), fyne.Locale(l)); err != nil {
		fyne.LogError("sync Fyne language", err)
	}
}
