// Package settings is the Settings section: language, look, the help
// country, the data folder, backups, the counsellor's summary and the
// export, the list of keys, and About. The lock's card and pages belong
// to the window (ui/privacy.go), which gives Settings its card.
package settings

import (
	"context"

	"fyne.io/fyne/v2"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/summary"
	"github.com/alongside-app/alongside/ui/help"
	"github.com/alongside-app/alongside/ui/page"
)

// Keeper is what Settings reads and writes of the records: copies of the
// data, and everything the summary and the export gather.
type Keeper interface {
	summary.Store
	Backup(ctx context.Context, dest string) error
	BackupsDir() string
}

// Appearance changes how the whole window looks and speaks.
type Appearance interface {
	SetLanguage(choice string)
	SetTheme(mode string)
}

// Shortcut is a section's key (Ctrl+Key), for the list of keys.
type Shortcut struct {
	Key     string
	Section *i18n.Message
}

// Links are the window's parts Settings shows: the lock's card, and
// restoring from a copy.
type Links interface {
	PrivacyCard() fyne.CanvasObject    // nil without records
	RestorePage(path string) page.Page // path: a copy to restore, or "" to choose one
}

// Screens makes Settings' pages. Records is nil when the data could not
// be opened.
type Screens struct {
	page.Context
	Records     Keeper
	Prefs       page.Preferences
	Help        *content.Help
	HelpCountry help.CountrySetting
	DataDir     string
	Look        Appearance
	Shortcuts   []Shortcut
	// Again makes these screens afresh (a new language, the records after
	// a restore), for a page the window remakes.
	Again func() *Screens
	Links
}

// fresh is sc made again by the window, or sc when it cannot be.
func (sc *Screens) fresh() *Screens {
	if sc.Again != nil {
		return sc.Again()
	}
	return sc
}
