package explain

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
)

func TestErrorPicksMessage(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("wrapped: %w", datadir.ErrInUse), "Error.InUse"},
		{fmt.Errorf("x: %w", store.ErrTooNew), "Error.TooNew"},
		{fmt.Errorf("x: %w", store.ErrDamaged), "Error.Damaged"},
		{fmt.Errorf("x: %w: %w", store.ErrUnwritable, errors.New("permission denied")), "Error.Unwritable"},
		{fmt.Errorf("x: %w", datadir.ErrNoFolder), "Error.NoFolder"},
		{fmt.Errorf("x: %w", store.ErrNoDatabase), "Error.NoDatabase"},
		{fmt.Errorf("x: %w", store.ErrUnfinished), "Error.Unfinished"},
		{store.ErrWrongPassphrase, "Error.WrongPassphrase"},
		{fmt.Errorf("x: %w", store.ErrLocked), "Error.Locked"},
		{store.ErrNoPassphrase, "Error.NoPassphrase"},
		{store.CheckPassphrase("x"), "Error.PassphraseTooShort"},
		{store.CheckPassphrase("password"), "Error.PassphraseTooWeak"},
		{errors.New("something odd"), "Error.Unexpected"},
	}
	for _, c := range cases {
		m, data := Error(c.err)
		if m.ID != c.want {
			t.Errorf("Error(%v) = %s, want %s", c.err, m.ID, c.want)
		}
		if _, ok := data["Detail"]; ok {
			t.Errorf("Error(%v) gives the raw text as data", c.err)
		}
	}
}

// TestRealErrorsAreExplained: the errors datadir and store really return
// (not only their sentinels) reach the calm messages.
func TestRealErrorsAreExplained(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "missing")
	_, openErr := datadir.Open(ctx, filepath.Join(file, "data"))
	_, lockErr := datadir.AcquireExisting(missing)
	_, inspectErr := store.Inspect(ctx, filepath.Join(t.TempDir(), store.FileName))
	for want, err := range map[string]error{
		"Error.Unwritable": openErr,
		"Error.NoFolder":   lockErr,
		"Error.NoDatabase": inspectErr,
	} {
		if m, _ := Error(err); m.ID != want {
			t.Errorf("Error(%v) = %s, want %s", err, m.ID, want)
		}
	}
}
