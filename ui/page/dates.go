package page

import (
	"strings"
	"time"

	"github.com/alongside-app/alongside/translations"
)

// DateTimeLayout and DateLayout are the forms a date (and time) may be typed in: year first,
// the same in every language, so no date is read the wrong way round.
const (
	DateTimeLayout = "2006-01-02 15:04"
	DateLayout     = "2006-01-02"
)

// DateTime writes a moment in the language's words ("November 28, 2026, 2:05 PM").
func DateTime(l *translations.Localizer, t time.Time) string {
	return l.Date(t) + ", " + l.Clock(t)
}

// ParseWhen reads a typed date, with or without a time, in local time.
func ParseWhen(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{DateTimeLayout, DateLayout} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
