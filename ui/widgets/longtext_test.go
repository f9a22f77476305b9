package widgets

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// Tab must leave every text field: the window moves focus when the focused
// widget does not accept Tab (Fyne's glfw window, capturesTab), and a
// multi-line widget.Entry accepts it, typing a tab character.
func TestTabLeavesMultiLineFields(t *testing.T) {
	for _, e := range []*Entry{NewEntry(nil), NewMultiLineEntry(nil)} {
		if e.AcceptsTab() {
			t.Errorf("multi-line %v: the field keeps Tab, so Tab and Shift+Tab cannot leave it", e.MultiLine)
		}
	}
}

// In a field whose text cannot move, Page Up/Down scroll the page; in a
// multi-line field with more text than it shows, they first move in the text
// (to its end), then go to the page.
func TestPageKeysScrollThePageWhenTheTextCannotMove(t *testing.T) {
	r := &fakeRouter{}
	short, long := NewMultiLineEntry(r), NewMultiLineEntry(r)
	long.Wrapping = fyne.TextWrapWord
	long.SetMinRowsVisible(3)
	long.SetText(strings.Repeat("a line of the journal\n", 40))
	one := NewEntry(r)
	c := show(t, short, long, one)
	for _, e := range []*Entry{short, one} {
		r.reset()
		c.Focus(e)
		press(c, fyne.KeyPageDown)
		press(c, fyne.KeyPageUp)
		if !r.gotKey(fyne.KeyPageDown) || !r.gotKey(fyne.KeyPageUp) {
			t.Errorf("multi-line %v, nothing to scroll: the window got %v, want Page Down and Page Up", e.MultiLine, r.keys)
		}
	}
	r.reset()
	c.Focus(long)
	press(c, fyne.KeyPageDown)
	if r.gotKey(fyne.KeyPageDown) || long.CursorRow == 0 {
		t.Fatalf("long text: the first Page Down went to the window (%v), cursor row %d", r.keys, long.CursorRow)
	}
	press(c, fyne.KeyPageDown)
	if !r.gotKey(fyne.KeyPageDown) {
		t.Errorf("long text at its end: Page Down did not go on to the page")
	}
}

// The mouse wheel over a text field that cannot scroll moves the page
// around it (it used to stop there).
func TestWheelOverAFieldScrollsThePage(t *testing.T) {
	test.NewTempApp(t)
	fields := container.NewVBox()
	for range 12 {
		e := NewMultiLineEntry(nil)
		e.SetMinRowsVisible(3)
		fields.Add(e)
	}
	page := container.NewVScroll(fields)
	w := test.NewWindow(page)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(400, 300))
	over := fyne.NewPos(100, 60) // inside the first field
	test.Scroll(w.Canvas(), over, 0, -40)
	if page.Offset.Y == 0 {
		t.Error("the wheel over an empty text field did not scroll the page")
	}
}

// laterQueue replaces later with a queue the test runs by hand, as the
// window's loop would, one piece per turn.
func laterQueue(t *testing.T) *[]func() {
	var q []func()
	old := later
	later = func(fn func()) { q = append(q, fn) }
	t.Cleanup(func() { later = old })
	return &q
}

func runOne(q *[]func()) bool {
	if len(*q) == 0 {
		return false
	}
	fn := (*q)[0]
	*q = (*q)[1:]
	fn()
	return true
}

// SetLongText shows a long text a piece at a time, one piece per turn of
// the loop; FullText is always all of it, typing in the part shown is kept
// where it was typed, OnChanged is called for the typing only, and then
// runs once, at the end.
func TestSetLongTextAddsPiecesAndKeepsTyping(t *testing.T) {
	q := laterQueue(t)
	e := NewMultiLineEntry(nil)
	e.Wrapping = fyne.TextWrapWord
	c := show(t, e)
	text := strings.Repeat("Ein langer Tag, años de espera. ", 1000) // 33 KB, no line breaks
	var changes, done int
	e.OnChanged = func(string) { changes++ }
	e.SetLongText(text, func() { done++ })
	if len(e.Text) > LongTextPiece || !e.Loading() || e.FullText() != text {
		t.Fatalf("first piece: %d bytes shown, loading %v, full text kept %v", len(e.Text), e.Loading(), e.FullText() == text)
	}
	c.Focus(e)
	test.Type(e, "X") // at the start, while the rest is still coming
	text = "X" + text
	turns := 0
	for runOne(q) {
		turns++
		if e.FullText() != text {
			t.Fatalf("turn %d: the full text changed", turns)
		}
	}
	if e.Text != text || e.Loading() {
		t.Fatalf("after %d turns: %d of %d bytes shown, loading %v", turns, len(e.Text), len(text), e.Loading())
	}
	if turns < 8 || done != 1 || changes != 1 {
		t.Errorf("%d turns, then ran %d times, OnChanged %d times (want about 9, 1, 1 for the typing)", turns, done, changes)
	}
}

func TestSetTextStopsALongText(t *testing.T) {
	q := laterQueue(t)
	e := NewMultiLineEntry(nil)
	show(t, e)
	ran := false
	e.SetLongText(strings.Repeat("word ", 5000), func() { ran = true })
	e.SetText("short")
	for runOne(q) {
	}
	if e.Text != "short" || e.FullText() != "short" || ran {
		t.Errorf("text %q, full %q, then ran %v", e.Text, e.FullText(), ran)
	}
}

func TestSplitPieceKeepsEveryCharacter(t *testing.T) {
	texts := []string{"", "short", strings.Repeat("añ€😀 ", 3000), strings.Repeat("x", 9000),
		strings.Repeat("line one\nline two is longer\n\n", 700), strings.Repeat("€", 5000)}
	for _, text := range texts {
		var got strings.Builder
		for rest := text; rest != ""; {
			var piece string
			piece, rest = splitPiece(rest, LongTextPiece)
			if piece == "" || len(piece) > LongTextPiece || !utf8.ValidString(piece) {
				t.Fatalf("piece of %d bytes, valid %v", len(piece), utf8.ValidString(piece))
			}
			got.WriteString(piece)
		}
		if got.String() != text {
			t.Errorf("pieces of a %d-byte text do not add up to it", len(text))
		}
	}
}
