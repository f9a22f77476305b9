// Package assets embeds the pictures Alongside shows.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

// Regenerate both icons with:
//
//	go run ./scripts/icon ui/assets/icon.png ui/assets/icon-128.png
var (
	//go:embed icon-128.png
	icon128 []byte
)

// Icon is the window and app icon at 128 px: small enough to set cheaply at
// start-up. The 512 px icon.png is for packaging (FyneApp.toml).
var Icon = fyne.NewStaticResource("icon.png", icon128)

//go:embed neutral.png
var neutral []byte

// Neutral is the window icon while the app is hidden: a plain sheet of
// paper that says nothing about the app.
var Neutral = fyne.NewStaticResource("untitled.png", neutral)
