package thirdparty

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// upstreamRows wraps text as Fyne v2.7.1's lineBounds did for one text
// segment with nothing before it and no truncation (a wrapped label or a
// multi-line entry): the rows' text, one string each. It is upstream's
// algorithm (BSD 3-Clause, Fyne.io developers), kept here to check the
// patched copy in third_party/fyne against it.
func upstreamRows(s string, wrap fyne.TextWrap, width float32, size float32) []string {
	text := []rune(s)
	fits := func(low, high int) bool {
		return fyne.MeasureText(string(text[low:high]), size, fyne.TextStyle{}).Width <= width
	}
	var rows []string
	emit := func(low, high int) { rows = append(rows, string(text[low:high])) }
	begin := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		low, high, end := begin, i, i
		begin = i + 1
		if low == high {
			emit(low, low)
			continue
		}
		for low < high {
			sub := text[low:high]
			if fits(low, high) {
				emit(low, high)
				low, high = high, end
				if wrap == fyne.TextWrapWord && low < high && unicode.IsSpace(text[low]) {
					low++
				}
				continue
			}
			if wrap == fyne.TextWrapBreak {
				newHigh := upstreamSearch(fits, low, high)
				if newHigh <= low {
					emit(low, low+1)
					low++
				} else {
					high = newHigh
				}
				continue
			}
			fallback := upstreamSearch(fits, low, low+len(sub)-1) - low
			if fallback < 1 {
				emit(low, low+1)
				low++
				high = low + 1
				if high > end {
					return rows
				}
				continue
			}
			space := fallback
			for ; space >= 0 && !unicode.IsSpace(sub[space]); space-- {
			}
			if space < 0 {
				space = fallback
			}
			if space == 0 {
				space = 1
			}
			high = low + space
		}
	}
	return rows
}

// upstreamSearch is upstream's binarySearch.
func upstreamSearch(fits func(int, int) bool, low, maxHigh int) int {
	if low >= maxHigh {
		return low
	}
	if fits(low, maxHigh) {
		return maxHigh
	}
	high, delta := low, maxHigh-low
	for delta > 0 {
		delta /= 2
		if fits(low, high+delta) {
			high += delta
		}
	}
	for high < maxHigh && fits(low, high+1) {
		high++
	}
	return high
}

// shownRows are the rows a RichText shows, one string each.
func shownRows(t *widget.RichText) []string {
	var rows []string
	for _, o := range test.WidgetRenderer(t).Objects() {
		if txt, ok := o.(*canvas.Text); ok {
			rows = append(rows, txt.Text)
		}
	}
	return rows
}

// randomText is words of random lengths (some longer than a row), with
// single and double line breaks, some runs of spaces and some accents.
func randomText(rng *rand.Rand, n int) string {
	words := []string{"a", "he", "drank", "again", "yesterday", "and", "I", "felt", "tired", "años", "Übermorgen",
		"counselling", "supercalifragilisticexpialidocious-and-then-some-more-without-a-space-anywhere-at-all"}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(words[rng.IntN(len(words))])
		switch r := rng.IntN(40); {
		case r == 0:
			b.WriteString("\n")
		case r == 1:
			b.WriteString("\n\n")
		case r == 2:
			b.WriteString("   ")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

// TestFyneWrapsAsUpstream checks that the patched wrapping gives the rows
// upstream's algorithm gives: over random texts (up to 1,500 characters,
// some one long paragraph), widths from a few characters to a wide window,
// word and character wrapping; then at the same width after a letter is
// typed inside the text and after words are added at its end (so rows kept
// from the last layout are used), and at a new width.
func TestFyneWrapsAsUpstream(t *testing.T) {
	test.NewTempApp(t)
	rng := rand.New(rand.NewPCG(11, 3))
	pad := theme.InnerPadding()
	size := theme.TextSize()
	for i := range 16 {
		text := randomText(rng, 50+rng.IntN(1500))
		if i%3 == 0 {
			text = strings.ReplaceAll(text, "\n", " ")
		}
		wrap := fyne.TextWrapWord
		if i%4 == 3 {
			wrap = fyne.TextWrapBreak
		}
		rt := widget.NewRichTextWithText(text)
		rt.Wrapping = wrap
		wide := 100 + rng.Float32()*800
		steps := []struct {
			width float32
			edit  func(string) string
		}{
			{30 + rng.Float32()*70, nil},
			{wide, nil},
			{wide, func(s string) string { // a letter typed inside
				at := rng.IntN(len(s))
				for at > 0 && !utf8.RuneStart(s[at]) {
					at--
				}
				return s[:at] + "x" + s[at:]
			}},
			{wide, func(s string) string { return s + " and then some more words at the end" }},
			{100 + rng.Float32()*800, nil},
		}
		for step, st := range steps {
			if st.edit != nil {
				text = st.edit(text)
				rt.Segments[0].(*widget.TextSegment).Text = text
				rt.Refresh()
			}
			rt.Resize(fyne.NewSize(st.width, 100))
			want := upstreamRows(text, wrap, st.width-2*pad, size)
			got := shownRows(rt)
			if d := firstDifference(want, got); d != "" {
				t.Fatalf("text %d (%d characters, width %.0f, step %d): %s", i, len(text), st.width, step, d)
			}
		}
	}
}

func firstDifference(want, got []string) string {
	for i := range max(len(want), len(got)) {
		w, g := "(none)", "(none)"
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			return fmt.Sprintf("row %d of %d/%d: upstream %q, patched %q", i, len(want), len(got), w, g)
		}
	}
	return ""
}

// TestListSetItemHeights checks the patched List.SetItemHeights: it gives
// items their heights, and a new call replaces them all, items left out
// taking the template's height again (CHANGES.md, 9).
func TestListSetItemHeights(t *testing.T) {
	test.NewTempApp(t)
	l := widget.NewList(func() int { return 3 }, func() fyne.CanvasObject { return widget.NewLabel("x") },
		func(widget.ListItemID, fyne.CanvasObject) {})
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(200, 100))
	bottom := func() float32 { l.ScrollToBottom(); return l.GetScrollOffset() }
	plain := bottom()
	l.SetItemHeights(map[widget.ListItemID]float32{0: 200, 2: 300})
	row := l.CreateItem().MinSize().Height
	if got, want := bottom(), plain+(200-row)+(300-row); got < want-1 || got > want+1 {
		t.Errorf("with two items taller, the list scrolls to %.0f, want %.0f", got, want)
	}
	l.SetItemHeights(map[widget.ListItemID]float32{1: 150})
	if got, want := bottom(), plain+(150-row); got < want-1 || got > want+1 {
		t.Errorf("with the heights replaced, the list scrolls to %.0f, want %.0f", got, want)
	}
	l.SetItemHeights(nil)
	if got := bottom(); got != plain {
		t.Errorf("with no heights, the list scrolls to %.0f, want %.0f", got, plain)
	}
}
