package ui

import (
	"context"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/help"
)

// The help country is the person's own: the country whose emergency number and helplines
// Get help now (F1) and the safety plan (F2) show. It is one setting, chosen in Settings, in
// F1 or in F2, and each of them shows the one stored choice: F1 and F2 are made afresh each
// time they open, and Settings reads the choice again each time it comes on screen.
// Browsing another country's help (Meetings, Other help near you) uses a browseCountry,
// which never touches the setting.

// Country is the country chosen for Get help now.
func (sh *Shell) Country() string {
	return sh.deps.Prefs.GetOr(context.Background(), store.SettingCountry, help.DefaultCountry(sh.deps.Help))
}

// SetCountry saves the country for Get help now.
func (sh *Shell) SetCountry(code string) bool { return sh.save(store.SettingCountry, code) }
