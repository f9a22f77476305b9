package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/store"
)

// When the data could not be opened, the safety plan (F2) says so: not
// that the plan opens on unlocking, since nothing is locked.
func TestSafetyPlanSaysDataCouldNotOpen(t *testing.T) {
	f := startupFixture(t, fmt.Errorf("open: %w", store.ErrDamaged))
	f.press(fyne.KeyF2)
	got := f.texts()
	if !strings.Contains(got, "because your data could not be opened") || strings.Contains(got, "when you unlock") {
		t.Errorf("the safety plan says:\n%s\nwant that the data could not be opened, not to unlock", got)
	}
}

// startupFixture shows the window Alongside opens when the data could not
// be opened because of err.
func startupFixture(t *testing.T, err error) *fixture {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	sh := ShowStartupError(a, w, Deps{Bundle: newTestBundle(t), Help: loadHelp(t), StartErr: err})
	return &fixture{t: t, app: a, win: w, sh: sh}
}
