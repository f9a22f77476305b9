package ui

import (
	"strings"
	"time"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// moodNames are the words for moods 1 to 5, shared with the command
// line, the export and the summary; index 0 is "not given".
var moodNames = content.MoodNames

func moodLabels(l *translations.Localizer) []string {
	out := make([]string, len(moodNames))
	for i, m := range moodNames {
		out[i] = l.T(m)
	}
	return out
}

func moodName(l *translations.Localizer, m store.Mood) string {
	return content.MoodWords(l, int(m))
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
