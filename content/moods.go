package content

import (
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// MoodNames are the words for a journal entry's mood, 1 to 5 (index 0 is
// "not given"): the same words wherever a mood is shown, in the window,
// the command line, the export and the counsellor summary.
var MoodNames = [6]*i18n.Message{
	{ID: "Mood.None", Description: "Mood choice: the person gives no mood", Other: "Not given"},
	{ID: "Mood.1", Description: "Mood 1 of 5, the lowest", Other: "1 · Very low"},
	{ID: "Mood.2", Description: "Mood 2 of 5", Other: "2 · Low"},
	{ID: "Mood.3", Description: "Mood 3 of 5, the middle", Other: "3 · Okay"},
	{ID: "Mood.4", Description: "Mood 4 of 5", Other: "4 · Good"},
	{ID: "Mood.5", Description: "Mood 5 of 5, the highest", Other: "5 · Very good"},
}

// translator turns a message into words (translations.Localizer does).
type translator interface {
	T(m *i18n.Message, data ...map[string]any) string
}

// MoodWords are the words for mood m ("4 · Good"), or "" when m is not
// 1 to 5.
func MoodWords(l translator, m int) string {
	if m < 1 || m >= len(MoodNames) {
		return ""
	}
	return l.T(MoodNames[m])
}

// MoodScale is every mood from 1 to 5 in its words, in order ("1 · Very
// low, 2 · Low, 3 · Okay, 4 · Good, 5 · Very good").
func MoodScale(l translator) string {
	words := make([]string, 0, len(MoodNames)-1)
	for m := 1; m < len(MoodNames); m++ {
		words = append(words, l.T(MoodNames[m]))
	}
	return strings.Join(words, ", ")
}
