package ui

import (
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// moodNames are the words for moods 1 to 5; index 0 is "not given".
var moodNames = []*i18n.Message{
	{ID: "Mood.None", Description: "Mood choice: the person gives no mood", Other: "Not given"},
	{ID: "Mood.1", Description: "Mood 1 of 5, the lowest", Other: "1 · Very low"},
	{ID: "Mood.2", Description: "Mood 2 of 5", Other: "2 · Low"},
	{ID: "Mood.3", Description: "Mood 3 of 5, the middle", Other: "3 · Okay"},
	{ID: "Mood.4", Description: "Mood 4 of 5", Other: "4 · Good"},
	{ID: "Mood.5", Description: "Mood 5 of 5, the highest", Other: "5 · Very good"},
}

func moodLabels(l *translations.Localizer) []string {
	out := make([]string, len(moodNames))
	for i, m := range moodNames {
		out[i] = l.T(m)
	}
	return out
}

func moodName(l *translations.Localizer, m store.Mood) string {
	if m < 1 || int(m) >= len(moodNames) {
		return ""
	}
	return l.T(moodNames[m])
}

// whenLayouts are the forms a date (and time) may be typed in: year first,
// the same in every language, so no date is read the wrong way round.
const (
	dateTimeLayout = "2006-01-02 15:04"
	dateLayout     = "2006-01-02"
)

// parseWhen reads a typed date, with or without a time, in local time.
func parseWhen(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{dateTimeLayout, dateLayout} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateTime writes a moment in the language's words ("November 28, 2026, 2:05 PM").
func dateTime(l *translations.Localizer, t time.Time) string {
	return l.Date(t) + ", " + l.Clock(t)
}

// splitTags reads comma-separated tags, trimmed, without empty or repeated ones.
func splitTags(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range strings.Split(s, ",") {
		t = strings.TrimSpace(t)
		if t != "" && !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			out = append(out, t)
		}
	}
	return out
}
