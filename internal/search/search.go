// Package search finds journal entries in memory, after unlock: each
// entry's words are folded once (lower case, accents dropped) and every
// search runs over the folded text. Nothing here touches the disk.
package search

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/alongside-app/alongside/store"
)

// Query filters entries; a zero field does not filter.
type Query struct {
	Text     string     // every word must appear in the text or the tags
	Tag      string     // one of the entry's tags, ignoring case and accents
	From, To time.Time  // dates, inclusive
	Mood     store.Mood // exactly this mood
}

// Index holds entries, newest first, with their folded words.
type Index struct {
	entries []store.Entry
	folded  []string
	tags    [][]string
}

// New indexes entries, which must be newest first.
func New(entries []store.Entry) *Index {
	ix := &Index{entries: entries, folded: make([]string, len(entries)), tags: make([][]string, len(entries))}
	for i, e := range entries {
		tags := make([]string, len(e.Tags))
		for j, t := range e.Tags {
			tags[j] = Fold(t)
		}
		ix.tags[i] = tags
		ix.folded[i] = Fold(e.Text) + "\n" + strings.Join(tags, "\n")
	}
	return ix
}

// Find is the entries matching q, newest first.
func (ix *Index) Find(q Query) []store.Entry {
	words := strings.Fields(Fold(q.Text))
	tag := Fold(strings.TrimSpace(q.Tag))
	from, to := dayStart(q.From), dayStart(q.To)
	out := make([]store.Entry, 0, 64)
	for i, e := range ix.entries {
		if q.Mood != 0 && e.Mood != q.Mood {
			continue
		}
		if !from.IsZero() && e.At.Before(from) || !to.IsZero() && !e.At.Before(to.AddDate(0, 0, 1)) {
			continue
		}
		if tag != "" && !has(ix.tags[i], tag) {
			continue
		}
		if containsAll(ix.folded[i], words) {
			out = append(out, e)
		}
	}
	return out
}

func dayStart(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// accents removes combining marks once text is decomposed.
var accents = runes.Remove(runes.In(unicode.Mn))

// Fold lowers case and drops accents, so "Café" and "CAFE" both read "cafe".
func Fold(s string) string {
	if isPlainLower(s) {
		return s
	}
	t := transform.Chain(norm.NFD, accents, norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// isPlainLower reports whether s is ASCII with no capitals: already folded.
func isPlainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// OnThisDay is the entries written on today's month and day in earlier
// years, newest first.
func OnThisDay(entries []store.Entry, today time.Time) []store.Entry {
	var out []store.Entry
	for _, e := range entries {
		if e.At.Month() == today.Month() && e.At.Day() == today.Day() && e.At.Year() < today.Year() {
			out = append(out, e)
		}
	}
	return out
}
