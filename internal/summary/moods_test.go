package summary

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/translations"
)

// TestMoodScaleInTheWindowsWords: the summary explains the mood trend
// with the words the window's mood choice uses, every one of them, in
// every language.
func TestMoodScaleInTheWindowsWords(t *testing.T) {
	d, err := Collect(context.Background(), filled(t), day("2026-11-01"), day("2026-11-30"))
	must(t, err)
	if len(d.Moods) == 0 {
		t.Fatal("no moods in the period")
	}
	for _, lang := range []string{translations.English, translations.Spanish} {
		l := localizer(t, lang)
		var buf bytes.Buffer
		must(t, Write(&buf, l, d, day("2026-12-01")))
		text, err := pdfText(buf.Bytes())
		must(t, err)
		text = strings.Join(strings.Fields(text), " ") // lines wrap anywhere
		for m := 1; m < len(content.MoodNames); m++ {
			if w := content.MoodWords(l, m); w == "" || !strings.Contains(text, w) {
				t.Errorf("%s: the summary's mood scale lacks the window's words for mood %d, %q:\n%s", lang, m, w, text)
			}
		}
	}
}
