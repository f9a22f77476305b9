// Package assets embeds the pictures Alongside shows.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

// Icon is the app icon (regenerate with: go run ./scripts/icon ui/assets/icon.png).
var Icon = fyne.NewStaticResource("icon.png", iconPNG)
