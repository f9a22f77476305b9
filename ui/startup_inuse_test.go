package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
)

// A second copy, started while the first has the data open, says plainly
// that Alongside is already open: not that the data could not be opened
// (it is fine), and its button closes only this window.
func TestSecondCopySaysAlreadyOpen(t *testing.T) {
	f := startupFixture(t, fmt.Errorf("open: %w", datadir.ErrInUse))
	sh := f.sh
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
	sh2 := startupFixture(t, fmt.Errorf("open: %w", store.ErrDamaged)).sh
	if got := sh2.head.title.Text; got != "Your data could not be opened" {
		t.Errorf("damaged data: heading %q", got)
	}
}
