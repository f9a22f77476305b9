package explain

import (
	"errors"
	"fmt"
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
		{errors.New("disk full"), "Error.Unexpected"},
	}
	for _, c := range cases {
		m, data := Error(c.err)
		if m.ID != c.want {
			t.Errorf("Error(%v) = %s, want %s", c.err, m.ID, c.want)
		}
		if c.want == "Error.Unexpected" && data["Detail"] != c.err.Error() {
			t.Errorf("detail = %v", data["Detail"])
		}
	}
}
