package widgets

import (
	"math/rand/v2"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// journalText is about n bytes of journal writing: paragraphs of 60 to 250
// words, or one paragraph with no line break at all.
func journalText(n int, paragraphs bool) string {
	words := strings.Fields("I sat in the car for a long time after he left and thought about what the " +
		"counsellor said about boundaries and about what I can and cannot change tonight")
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		for range 60 + rng.IntN(190) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		if paragraphs {
			b.WriteString("\n\n")
		}
	}
	return b.String()[:n]
}

// benchField is a word-wrapped field of ten rows in a page the size of the
// window Alongside opens at, as the journal editor shows it.
func benchField(b *testing.B) (*Entry, fyne.Window) {
	e := NewMultiLineEntry(nil)
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(10)
	w := test.NewWindow(container.NewVScroll(container.NewPadded(e)))
	w.Resize(fyne.NewSize(1000, 700))
	b.Cleanup(w.Close)
	return e, w
}

// BenchmarkLongEntryOpen opens a 100 KB entry: its first piece laid out
// and shown (what the person sees, and the longest the window is busy at
// once), then all of it added a piece at a time as the window's loop does.
// Fresh text each time, so no wrapping is reused. Target: first piece
// under 200 ms.
func BenchmarkLongEntryOpen(b *testing.B) {
	test.NewTempApp(b)
	for _, paragraphs := range []bool{true, false} {
		name := map[bool]string{true: "paragraphs", false: "one-paragraph"}[paragraphs]
		b.Run(name+"/first-piece", func(b *testing.B) {
			q := laterQueueB(b)
			for i := 0; b.Loop(); i++ {
				e, w := benchField(b)
				e.SetLongText(journalText(100_000, paragraphs)+strings.Repeat("x", i%7), nil)
				w.Content().Refresh()
				*q = nil
			}
		})
		b.Run(name+"/all", func(b *testing.B) {
			q := laterQueueB(b)
			for i := 0; b.Loop(); i++ {
				e, w := benchField(b)
				e.SetLongText(journalText(100_000, paragraphs)+strings.Repeat("y", i%7), nil)
				w.Content().Refresh()
				for len(*q) > 0 {
					fn := (*q)[0]
					*q = (*q)[1:]
					fn()
				}
			}
		})
	}
}

// BenchmarkLongEntryKey types one letter into a 100 KB entry. Target:
// under 30 ms.
func BenchmarkLongEntryKey(b *testing.B) {
	test.NewTempApp(b)
	for _, paragraphs := range []bool{true, false} {
		name := map[bool]string{true: "paragraphs", false: "one-paragraph"}[paragraphs]
		b.Run(name, func(b *testing.B) {
			e, w := benchField(b)
			e.SetText(journalText(100_000, paragraphs))
			w.Canvas().Focus(e)
			e.CursorRow = 40
			for b.Loop() {
				test.Type(e, "a")
			}
		})
	}
}

func laterQueueB(b *testing.B) *[]func() {
	var q []func()
	old := later
	later = func(fn func()) { q = append(q, fn) }
	b.Cleanup(func() { later = old })
	return &q
}
