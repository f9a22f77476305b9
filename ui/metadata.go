package ui

import (
	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/internal/buildinfo"
	"github.com/alongside-app/alongside/ui/assets"
)

// Metadata mirrors FyneApp.toml for binaries made with plain `go build`,
// which Fyne does not give it (a test keeps the two equal). Above all it
// turns on the fyneDo threading model that the whole UI is written for.
func Metadata() fyne.AppMetadata {
	return fyne.AppMetadata{
		ID:         buildinfo.AppID,
		Name:       "Alongside",
		Version:    buildinfo.Version,
		Icon:       assets.Icon,
		Migrations: map[string]bool{"fyneDo": true},
	}
}
