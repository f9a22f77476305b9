package meetings

import (
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/translations"
)

// The meeting list's rows wrap: a row is as tall as its words need at the
// list's width, so a phone-width window shows the whole name, the day and
// time, and how the meeting is held, never cut short. The list stays
// virtual (it makes widgets only for the rows on screen): each row's lines
// are counted from its words' widths, letter by letter, without making it.

// measuredRows is how many rows, from the top, are given their own height.
// Counting lines costs a little per row; the rows after these (a list of
// thousands, scrolled far down) take the template's height, which holds a
// two-line name and three lines of details.
const measuredRows = 500

// tailNameLines and tailDetailLines are the template's lines.
const tailNameLines, tailDetailLines = 2, 3

// rowShape is how a row is laid out at the list's width.
type rowShape struct {
	detail                 string // when and how, with a line break where they do not fit on one line
	nameLines, detailLines int
}

// newMeetingRow is a row of the list: the name, under it the details, and
// at the right a mark on a favourite. Objects: name, details, mark.
func newMeetingRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	detail := widget.NewLabel("")
	for _, l := range []*widget.Label{name, detail} {
		l.Wrapping = fyne.TextWrapWord
		l.Truncation = fyne.TextTruncateEllipsis // seen only on a row whose lines were miscounted
	}
	r := &rowLayout{}
	r.setLines(tailNameLines, tailDetailLines)
	return container.New(r, name, detail, widget.NewIcon(nil))
}

// rowLayout places a row's name above its details, each given the height
// of the lines it was counted to need, and the favourite's mark at the right.
type rowLayout struct{ nameH, detailH float32 }

// setLines gives the labels the height of their lines, and says whether
// that changed.
func (r *rowLayout) setLines(name, detail int) bool {
	was := *r
	r.nameH, r.detailH = labelHeight(name, true), labelHeight(detail, false)
	return *r != was
}

// rowOverlap is how far the details' label starts above the end of the
// name's: the two labels' inner paddings would otherwise leave a wide gap.
func rowOverlap() float32 { return fynetheme.InnerPadding() / 2 }

func (r *rowLayout) height() float32 { return r.nameH + r.detailH - rowOverlap() }

func (r *rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	name, detail, star := objs[0], objs[1], objs[2]
	iconW := star.MinSize().Width
	textW := fyne.Max(size.Width-iconW-fynetheme.Padding(), 0)
	name.Move(fyne.NewPos(0, 0))
	name.Resize(fyne.NewSize(textW, r.nameH))
	detail.Move(fyne.NewPos(0, r.nameH-rowOverlap()))
	detail.Resize(fyne.NewSize(textW, r.detailH))
	star.Move(fyne.NewPos(textW+fynetheme.Padding(), 0))
	star.Resize(fyne.NewSize(iconW, size.Height))
}

func (r *rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(objs[2].MinSize().Width+fynetheme.Padding()+4*fynetheme.InnerPadding(), r.height())
}

// textWidth is how wide a row's text may run in a list width wide.
func textWidth(listWidth float32) float32 {
	return listWidth - fynetheme.IconInlineSize() - fynetheme.Padding() - 2*fynetheme.InnerPadding()
}

// shapeRows counts the lines of the rows at the top of the list, at its
// width, and gives each its height.
func (s *meetingsScreen) shapeRows() {
	s.shapes = s.shapes[:0]
	s.words = rowWords{}
	heights := map[widget.ListItemID]float32{}
	if s.rowWidth > 0 {
		for i := range min(len(s.hits), measuredRows) {
			sc := s.shapeOf(s.hits[i], textWidth(s.rowWidth))
			s.shapes = append(s.shapes, sc)
			var r rowLayout
			r.setLines(sc.nameLines, sc.detailLines)
			heights[i] = r.height()
		}
	}
	s.list.SetItemHeights(heights)
}

// shapeOf lays out a hit's words in width.
func (s *meetingsScreen) shapeOf(h meetings.Hit, width float32) rowShape {
	bold, plain := letterWidthsFor(true), letterWidthsFor(false)
	detail := packParts(s.rowParts(h), plain, width)
	return rowShape{detail: detail, nameLines: bold.lines(h.Meeting.Name, width), detailLines: plain.lines(detail, width)}
}

// rowPart is a piece of a row's details and what goes before it when it
// follows another on the same line.
type rowPart struct{ sep, text string }

// rowParts are a hit's details: when (and when in the person's own time),
// how it is held, how far.
func (s *meetingsScreen) rowParts(h meetings.Hit) []rowPart {
	w := s.words.when(s.sc, s.nextOnDayAsked(h))
	parts := []rowPart{{"", w[0]}}
	if w[1] != "" {
		parts = append(parts, rowPart{" ", "(" + w[1] + ")"})
	}
	parts = append(parts, rowPart{" · ", s.words.attendance(s.l, h.Meeting.Attendance)})
	if h.DistanceKm >= 0 {
		parts = append(parts, rowPart{" · ", s.sc.Distance(h.DistanceKm)})
	}
	return parts
}

// rowWords keeps the words rows share (most meetings start at one of a
// few hundred times), so that counting hundreds of rows' lines translates
// each only once. shapeRows starts it afresh.
type rowWords struct {
	starts map[instant][2]string
	ways   map[meetings.Attendance]string
}

// instant is a start: the moment and the zone it is told in.
type instant struct {
	unix int64
	loc  *time.Location
}

func (w *rowWords) when(sc *Screens, next time.Time) [2]string {
	if w.starts == nil {
		w.starts = map[instant][2]string{}
	}
	key := instant{next.Unix(), next.Location()}
	out, ok := w.starts[key]
	if !ok {
		out[0], out[1] = sc.meetingWhenParts(next)
		w.starts[key] = out
	}
	return out
}

func (w *rowWords) attendance(l *translations.Localizer, a meetings.Attendance) string {
	if w.ways == nil {
		w.ways = map[meetings.Attendance]string{}
	}
	out, ok := w.ways[a]
	if !ok {
		out = l.T(meetings.AttendanceMessage(a))
		w.ways[a] = out
	}
	return out
}

// packParts puts parts on a line while they fit, and starts a new line for
// a part that does not.
func packParts(parts []rowPart, m *letterWidths, width float32) string {
	var b strings.Builder
	line := float32(0)
	for i, p := range parts {
		w := m.width(p.text)
		if i > 0 && line+m.width(p.sep)+w <= width {
			b.WriteString(p.sep)
			line += m.width(p.sep) + w
		} else {
			if i > 0 {
				b.WriteByte('\n')
			}
			line = w
		}
		b.WriteString(p.text)
	}
	return b.String()
}

// letterWidths estimates how wide a text is drawn from the width of each
// of its letters, measured once. Text shaping only brings letters closer
// (kerning, ligatures), so the estimate is never narrower than the text.
type letterWidths struct {
	size  float32
	style fyne.TextStyle
	w     map[rune]float32
}

var letterCache = map[[2]any]*letterWidths{}

// letterWidthsFor is the cache for the list's text, bold or not, at the
// theme's text size now.
func letterWidthsFor(bold bool) *letterWidths {
	size := fynetheme.TextSize()
	key := [2]any{size, bold}
	m, ok := letterCache[key]
	if !ok {
		m = &letterWidths{size: size, style: fyne.TextStyle{Bold: bold}, w: map[rune]float32{}}
		letterCache[key] = m
	}
	return m
}

func (m *letterWidths) width(s string) float32 {
	total := float32(0)
	for _, r := range s {
		w, ok := m.w[r]
		if !ok {
			w = fyne.MeasureText(string(r), m.size, m.style).Width
			m.w[r] = w
		}
		total += w
	}
	return total
}

// lines is how many rows text takes wrapped word by word in width, as a
// label with fyne.TextWrapWord wraps it: each line breaks at the last
// space that fits, and a word longer than a line breaks between letters.
func (m *letterWidths) lines(text string, width float32) int {
	width-- // a pixel to spare for rounding
	n := 0
	for _, para := range strings.Split(text, "\n") {
		n += m.paraLines(para, width)
	}
	return max(n, 1)
}

func (m *letterWidths) paraLines(para string, width float32) int {
	lines, line := 1, float32(0)
	space := m.width(" ")
	for i, word := range strings.FieldsFunc(para, unicode.IsSpace) {
		w := m.width(word)
		if i > 0 && line+space+w <= width {
			line += space + w
			continue
		}
		if i > 0 {
			lines++
		}
		step := fyne.Max(width-m.size, width/2) // broken between letters: a letter may not fit at a line's end
		for ; w > width && step > 0; w -= step {
			lines++
		}
		line = w
	}
	return lines
}

// labelHeights caches labelHeight.
var labelHeights = map[[3]any]float32{}

// labelHeight is the height of a label showing lines lines.
func labelHeight(lines int, bold bool) float32 {
	key := [3]any{fynetheme.TextSize(), lines, bold}
	if h, ok := labelHeights[key]; ok {
		return h
	}
	text := strings.TrimSuffix(strings.Repeat("Xy\n", lines), "\n")
	h := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold}).MinSize().Height
	labelHeights[key] = h
	return h
}

// resultsLayout holds what shows under the search, the list or a message,
// at its whole size; a new width counts the list's lines again.
type resultsLayout struct{ s *meetingsScreen }

func (r *resultsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != r.s.rowWidth {
		r.s.rowWidth = size.Width
		r.s.shapeRows()
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (r *resultsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// holds is true when o is c or inside its containers.
func holds(c fyne.CanvasObject, o fyne.CanvasObject) bool {
	if c == o {
		return true
	}
	if box, ok := c.(*fyne.Container); ok {
		for _, child := range box.Objects {
			if holds(child, o) {
				return true
			}
		}
	}
	return false
}
