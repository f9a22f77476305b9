package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
)

// A second copy, started while the first has the data open, says plainly
// that Alongside is already open: not that the data could not be opened
// (it is fine), and its button closes only this window.
func TestSecondCopySaysAlreadyOpen(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	sh := ShowStartupError(a, w, Deps{Bundle: newTestBundle(t), Help: loadHelp(t), StartErr: fmt.Errorf("open: %w", datadir.ErrInUse)})
	f := &fixture{t: t, app: a, win: w, sh: sh}
	if got := sh.head.title.Text; got != "Alongside is already open" {
		t.Errorf("heading %q, want %q", got, "Alongside is already open")
	}
	if strings.Contains(f.texts(), "could not be opened") {
		t.Errorf("the second copy says the data could not be opened:\n%s", f.texts())
	}
	if f.button("Close this window") == nil {
		t.Error("no Close this window button")
	}

	// A damaged file still says so.
	a2 := test.NewTempApp(t)
	w2 := test.NewTempWindow(t, nil)
	sh2 := ShowStartupError(a2, w2, Deps{Bundle: newTestBundle(t), Help: loadHelp(t), StartErr: fmt.Errorf("open: %w", store.ErrDamaged)})
	if got := sh2.head.title.Text; got != "Your data could not be opened" {
		t.Errorf("damaged data: heading %q", got)
	}
}
