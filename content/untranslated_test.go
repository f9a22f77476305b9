package content

import (
	"regexp"
	"strings"
	"testing"
)

// englishWords are common English words that no sentence in another
// language uses. Found in a translation, they mean English was left in.
var englishWords = regexp.MustCompile(`(?i)\b(the|you|your|with|this|that|are|what|when|have)\b`)

// linkTargets are Markdown link targets and web addresses: not words.
var linkTargets = regexp.MustCompile(`\]\([^)]*\)|https?://\S+`)

// leftInEnglish reports the first English word in text, or "".
func leftInEnglish(text string) string {
	return englishWords.FindString(linkTargets.ReplaceAllString(text, ""))
}

// No lesson, help or directory text in another language keeps English
// words (issue #22): each field read by the window, named where it fails.
func TestNothingLeftInEnglish(t *testing.T) {
	learn, err := LoadLearn()
	if err != nil {
		t.Fatal(err)
	}
	h, d := loadHelp(t), loadDirectory(t)
	for _, lang := range Languages()[1:] {
		code := lang.String()
		for _, m := range learn.Modules(code) {
			fields := map[string]string{"title": m.Title, "summary": m.Summary, "intro": m.Intro}
			for _, l := range m.Lessons {
				where := m.ID + "/" + l.ID + " "
				fields[where+"title"] = l.Title
				fields[where+"body"] = l.Body
				fields[where+"keyPoints"] = strings.Join(l.KeyPoints, "\n")
				for _, p := range l.Prompts {
					fields[where+"prompt "+p.ID] = p.Text
				}
				for _, s := range l.Sources {
					fields[where+"source "+s.URL] = s.Name
				}
			}
			for where, text := range fields {
				if w := leftInEnglish(text); w != "" {
					t.Errorf("learn/%s/%s %s: English word %q left in", code, m.ID, where, w)
				}
			}
		}
		for _, tx := range []texts{h.texts, d.texts} {
			for id, text := range tx[code] {
				if w := leftInEnglish(text); w != "" {
					t.Errorf("%s message %s: English word %q left in: %q", code, id, w, text)
				}
			}
		}
	}
}

// The check itself finds English and passes other languages.
func TestLeftInEnglishFindsEnglish(t *testing.T) {
	for text, want := range map[string]string{
		"Call your emergency number.":            "your",
		"What helps when they drink":             "What",
		"Appelle le numéro d'urgence.":           "",
		"Ruf die Notrufnummer an (will helfen).": "",
		"[the page](https://example.org/the)":    "the",
		"[la page](https://example.org/the)":     "",
	} {
		if got := leftInEnglish(text); got != want {
			t.Errorf("leftInEnglish(%q) = %q, want %q", text, got, want)
		}
	}
}
