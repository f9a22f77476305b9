package journal

import (
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/translations"
)

var (
	MsgFromLesson = &i18n.Message{ID: "Lesson.From", Description: "Added under a reflection question in a journal entry; Lesson is the lesson's title", Other: "(From the lesson \"{{.Lesson}}\")"}
)

// OwnWords is what the person wrote in an entry: an entry begun from a
// lesson's question starts with the question, a line naming the lesson
// (in this language or in English) and an empty line, left out here, so
// lists show the person's words. Without words of their own, the text
// is given as it is.
func OwnWords(l *translations.Localizer, text string) string {
	_, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return text
	}
	from, rest, ok := strings.Cut(rest, "\n")
	if !ok || !isFromLine(l, strings.TrimSpace(from)) {
		return text
	}
	if strings.TrimSpace(rest) == "" {
		return ""
	}
	return strings.TrimLeft(rest, "\n")
}

// EntryWords is the text lists show for an entry: the person's own
// words, or the whole text when there are none.
func EntryWords(l *translations.Localizer, text string) string {
	if w := OwnWords(l, text); strings.TrimSpace(w) != "" {
		return w
	}
	return text
}

// isFromLine reports whether line names a lesson as MsgFromLesson does.
func isFromLine(l *translations.Localizer, line string) bool {
	for _, tmpl := range []string{l.T(MsgFromLesson, map[string]any{"Lesson": "\x00"}), MsgFromLesson.Other} {
		tmpl = strings.ReplaceAll(tmpl, "{{.Lesson}}", "\x00")
		pre, post, ok := strings.Cut(tmpl, "\x00")
		if ok && len(line) > len(pre)+len(post) && strings.HasPrefix(line, pre) && strings.HasSuffix(line, post) {
			return true
		}
	}
	return false
}
