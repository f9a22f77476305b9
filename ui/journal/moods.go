package journal

import (
	"strings"

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
