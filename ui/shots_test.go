package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// TestShots saves a picture of every scene, at desktop and phone width, in
// each language, when ALONGSIDE_SHOTS names a folder: a way to look at
// screens that keys are slow to reach. It checks nothing and is skipped
// otherwise.
func TestShots(t *testing.T) {
	dir := os.Getenv("ALONGSIDE_SHOTS")
	if dir == "" {
		t.Skip("set ALONGSIDE_SHOTS to a folder to save pictures of the screens")
	}
	only := os.Getenv("ALONGSIDE_SHOTS_ONLY") // a part of the scene names to keep
	for _, lang := range translations.Supported {
		for _, size := range []fyne.Size{startWindowSize, fyne.NewSize(360, 740)} {
			f := newFixture(t, map[store.Setting]string{store.SettingLanguage: lang, store.SettingCountry: "US", store.SettingTheme: os.Getenv("ALONGSIDE_SHOTS_THEME")})
			for _, sc := range scenes() {
				if only != "" && !strings.Contains(sc.name, only) {
					continue
				}
				f.reset()
				sc.setup(f)
				f.win.Resize(size)
				name := strings.ReplaceAll(sc.name, " ", "-") + "." + lang + "." + map[bool]string{true: "phone", false: "desk"}[size.Width < 400] + ".png"
				save(t, filepath.Join(dir, name), f)
			}
		}
	}
}

// save writes the window's picture; the test driver's software painter
// panics on some shapes the real one draws, so a failure is only logged.
func save(t *testing.T, path string, f *fixture) {
	defer func() {
		if r := recover(); r != nil {
			t.Logf("%s: the test painter failed: %v", path, r)
		}
	}()
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, f.win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
