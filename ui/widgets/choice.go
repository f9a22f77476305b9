package widgets

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ChoiceOption is one row of a Choice.
type ChoiceOption struct {
	Label string
	Icon  fyne.Resource // optional, shown before the label
}

// Choice is a vertical list of options of which one is chosen. It is a
// single focusable widget (one Tab stop) in two modes:
//
//   - Radio: each row has a radio circle; the arrow keys move and choose
//     at once, like a native radio group. OnChanged runs when the choice
//     changes.
//   - list (Radio false), e.g. the section list: Up and Down move a
//     cursor, Enter or Space chooses the cursor's row. The chosen row has
//     the selection colour behind it. OnChanged runs on every choice made
//     by key or click, even of the row already chosen (going to the
//     current section again closes pages opened above it).
//
// In both modes Home and End jump to the first and last row, a click on a
// row chooses it and focuses the list, and every other key goes to the
// window's Router. While focused, the cursor's row has the focus ring.
type Choice struct {
	widget.BaseWidget

	// Radio shows radio circles, and makes the arrows choose.
	Radio bool
	// Wrap wraps long labels onto more lines instead of cutting them
	// short with an ellipsis.
	Wrap bool
	// Selected is the chosen row, -1 for none. Set it with SetSelected.
	Selected int
	// OnChanged gets the row chosen by a key or a click.
	OnChanged func(int) `json:"-"`

	options []ChoiceOption
	r       Router
	cursor  int
	hovered int
	focused bool

	rows     []*ChoiceRow // made by the renderer, one per option
	onCursor func(int)    // the Select's pop-up scrolls the cursor's row into view
}

var (
	_ fyne.Focusable    = (*Choice)(nil)
	_ fyne.Shortcutable = (*Choice)(nil)
	_ fyne.Tappable     = (*Choice)(nil)
)

// NewChoice makes a list of options with none chosen. r may be nil.
func NewChoice(options []ChoiceOption, r Router) *Choice {
	c := &Choice{options: options, r: r, Selected: -1, hovered: -1}
	c.ExtendBaseWidget(c)
	return c
}

// Options are the rows offered.
func (c *Choice) Options() []ChoiceOption { return c.options }

// SetOptions replaces the rows; a choice beyond the new rows is cleared.
func (c *Choice) SetOptions(options []ChoiceOption) {
	c.options = options
	if c.Selected >= len(options) {
		c.Selected = -1
	}
	c.cursor = clampIndex(c.cursor, len(options))
	c.hovered = -1
	c.Refresh()
}

// SetSelected chooses row i (-1 or out of range: none) without calling
// OnChanged. The cursor moves with it.
func (c *Choice) SetSelected(i int) {
	if i < 0 || i >= len(c.options) {
		i = -1
	} else {
		c.cursor = i
	}
	c.Selected = i
	c.Refresh()
}

// Pick chooses row i as a click on it does, without moving focus:
// OnChanged runs as described on Choice.
func (c *Choice) Pick(i int) {
	if i < 0 || i >= len(c.options) {
		return
	}
	c.cursor = i
	c.choose(i, !c.Radio)
}

// choose makes i the chosen row and tells OnChanged when it changed, or
// always when always is set.
func (c *Choice) choose(i int, always bool) {
	changed := i != c.Selected
	c.Selected = i
	c.Refresh()
	if (changed || always) && c.OnChanged != nil {
		c.OnChanged(i)
	}
}

// move puts the cursor on row i; in Radio mode it also chooses the row.
func (c *Choice) move(i int) {
	i = clampIndex(i, len(c.options))
	c.cursor = i
	if c.onCursor != nil {
		c.onCursor(i)
	}
	if c.Radio {
		c.choose(i, false)
		return
	}
	c.Refresh()
}

func clampIndex(i, n int) int {
	if i >= n {
		i = n - 1
	}
	if i < 0 {
		i = 0
	}
	return i
}

// CreateRenderer is a private method to Fyne which links this widget to
// its renderer.
func (c *Choice) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &choiceRenderer{c: c}
	r.box = &fyne.Container{Layout: &rowsLayout{}}
	r.Refresh()
	return r
}

// MinSize is the size of all rows.
func (c *Choice) MinSize() fyne.Size {
	c.ExtendBaseWidget(c)
	return c.BaseWidget.MinSize()
}

// FocusGained puts the cursor on the chosen row, shows the ring and tells
// the router.
func (c *Choice) FocusGained() {
	c.focused = true
	if c.Selected >= 0 {
		c.cursor = c.Selected
	}
	c.Refresh()
	reportFocus(c.r, c)
}

// FocusLost hides the ring.
func (c *Choice) FocusLost() {
	c.focused = false
	c.Refresh()
}

// Hide also lets go of focus.
func (c *Choice) Hide() {
	unfocusSelf(c)
	c.BaseWidget.Hide()
}

// TypedKey moves and chooses (see Choice) and passes every other key to
// the router.
func (c *Choice) TypedKey(ev *fyne.KeyEvent) {
	n := len(c.options)
	if n == 0 {
		passKey(c.r, ev)
		return
	}
	switch ev.Name {
	case fyne.KeyUp:
		c.move(c.cursor - 1)
	case fyne.KeyDown:
		c.move(c.cursor + 1)
	case fyne.KeyLeft, fyne.KeyRight:
		if !c.Radio {
			passKey(c.r, ev)
			return
		}
		if ev.Name == fyne.KeyLeft {
			c.move(c.cursor - 1)
		} else {
			c.move(c.cursor + 1)
		}
	case fyne.KeyHome:
		c.move(0)
	case fyne.KeyEnd:
		c.move(n - 1)
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		c.Pick(clampIndex(c.cursor, n))
	default:
		passKey(c.r, ev)
	}
}

// TypedRune ignores text (Space arrives as a key too).
func (c *Choice) TypedRune(rune) {}

// TypedShortcut passes shortcuts to the router.
func (c *Choice) TypedShortcut(s fyne.Shortcut) { passShortcut(c.r, s) }

// Tapped chooses the row under the pointer and focuses the list. (On the
// desktop a click lands on the row itself; see ChoiceRow.)
func (c *Choice) Tapped(ev *fyne.PointEvent) {
	i := c.rowAt(ev.Position)
	if i < 0 {
		return
	}
	focusSelf(c)
	c.Pick(i)
}

func (c *Choice) setHovered(i int) {
	if i != c.hovered {
		c.hovered = i
		c.Refresh()
	}
}

// Row is row i on screen, nil before the Choice is shown or when i is out
// of range. Tests tap it as a click would.
func (c *Choice) Row(i int) *ChoiceRow {
	if i < 0 || i >= len(c.rows) {
		return nil
	}
	return c.rows[i]
}

// rowAt is the row at pos (in the widget's coordinates), or -1.
func (c *Choice) rowAt(pos fyne.Position) int {
	for i, row := range c.rows {
		top := row.Position().Y
		if pos.Y >= top && pos.Y < top+row.Size().Height {
			return i
		}
	}
	return -1
}

// rowBounds is the top and height of row i, for scrolling it into view.
func (c *Choice) rowBounds(i int) (top, height float32, ok bool) {
	row := c.Row(i)
	if row == nil {
		return 0, 0, false
	}
	return row.Position().Y, row.Size().Height, true
}

// ChoiceRow is one row of a Choice on screen. A click (tap) on it chooses
// the row and gives the Choice keyboard focus; the pointer over it
// highlights it.
type ChoiceRow struct {
	widget.BaseWidget
	c     *Choice
	index int

	bg, ring    *canvas.Rectangle
	radio, icon *canvas.Image
	label       *widget.Label
	drawn       map[*canvas.Image]string // what each image last drew: see imageChanged
}

var (
	_ fyne.Tappable     = (*ChoiceRow)(nil)
	_ desktop.Hoverable = (*ChoiceRow)(nil)
)

func newChoiceRow(c *Choice, index int) *ChoiceRow {
	row := &ChoiceRow{
		c:     c,
		index: index,
		bg:    canvas.NewRectangle(color.Transparent),
		ring:  canvas.NewRectangle(color.Transparent),
		radio: canvas.NewImageFromResource(nil),
		icon:  canvas.NewImageFromResource(nil),
		label: widget.NewLabel(""),
	}
	row.ring.StrokeWidth = ringWidth
	row.ring.Hide()
	row.radio.FillMode = canvas.ImageFillContain
	row.icon.FillMode = canvas.ImageFillContain
	row.ExtendBaseWidget(row)
	return row
}

// Tapped chooses the row and focuses the Choice.
func (row *ChoiceRow) Tapped(*fyne.PointEvent) {
	focusSelf(row.c)
	row.c.Pick(row.index)
}

// MouseIn highlights the row.
func (row *ChoiceRow) MouseIn(*desktop.MouseEvent) { row.c.setHovered(row.index) }

// MouseMoved is needed for desktop.Hoverable.
func (row *ChoiceRow) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the highlight.
func (row *ChoiceRow) MouseOut() {
	if row.c.hovered == row.index {
		row.c.setHovered(-1)
	}
}

// CreateRenderer is a private method to Fyne which links this widget to
// its renderer.
func (row *ChoiceRow) CreateRenderer() fyne.WidgetRenderer {
	return &rowRenderer{row: row,
		objects: []fyne.CanvasObject{row.bg, row.radio, row.icon, row.label, row.ring}}
}

// MinSize is the row's height and the width its icons and label need.
func (row *ChoiceRow) MinSize() fyne.Size {
	row.ExtendBaseWidget(row)
	return row.BaseWidget.MinSize()
}

// update shows the row's option and state.
func (row *ChoiceRow) update(th fyne.Theme, v fyne.ThemeVariant) {
	c := row.c
	i := row.index
	opt := c.options[i]
	chosen := i == c.Selected

	var fill color.Color = color.Transparent
	switch {
	case chosen && !c.Radio:
		fill = th.Color(theme.ColorNameSelection, v)
	case i == c.hovered:
		fill = th.Color(theme.ColorNameHover, v)
	}
	row.bg.FillColor = fill
	row.bg.CornerRadius = th.Size(theme.SizeNameSelectionRadius)

	row.ring.StrokeColor = ringColor(th, v, fill)
	row.ring.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
	row.ring.Hidden = !(c.focused && i == c.cursor)

	if c.Radio {
		if chosen {
			row.radio.Resource = theme.NewColoredResource(th.Icon(theme.IconNameRadioButtonChecked), theme.ColorNamePrimary)
		} else {
			// The foreground colour, not Fyne's faint default, so an empty
			// circle is plain to see in the light theme.
			row.radio.Resource = theme.NewColoredResource(th.Icon(theme.IconNameRadioButton), theme.ColorNameForeground)
		}
		row.radio.Show()
	} else {
		row.radio.Hide()
	}

	row.icon.Resource = opt.Icon
	row.icon.Hidden = opt.Icon == nil

	row.label.Text = opt.Label
	if c.Wrap {
		row.label.Wrapping, row.label.Truncation = fyne.TextWrapWord, fyne.TextTruncateOff
	} else {
		row.label.Wrapping, row.label.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
	}
	row.Refresh()
}

type rowRenderer struct {
	row     *ChoiceRow
	objects []fyne.CanvasObject
}

func (r *rowRenderer) Destroy() {}

func (r *rowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *rowRenderer) Refresh() {
	for _, o := range r.objects {
		if img, ok := o.(*canvas.Image); ok && !r.row.imageChanged(img) {
			continue
		}
		o.Refresh()
	}
	r.Layout(r.row.Size())
}

// imageChanged reports whether img must be drawn again: its icon, the
// theme or the foreground colour changed since it last was. Refreshing an
// icon reads its SVG again, and selecting a row refreshes every row.
func (row *ChoiceRow) imageChanged(img *canvas.Image) bool {
	key := ""
	if img.Resource != nil {
		th := row.c.Theme()
		v := fyne.CurrentApp().Settings().ThemeVariant()
		key = fmt.Sprintf("%s|%p|%d|%v", img.Resource.Name(), th, v, th.Color(theme.ColorNameForeground, v))
	}
	if row.drawn == nil {
		row.drawn = map[*canvas.Image]string{}
	}
	if old, ok := row.drawn[img]; ok && old == key {
		return false
	}
	row.drawn[img] = key
	return true
}

func (r *rowRenderer) metrics() (pad, icon float32) {
	th := r.row.c.Theme()
	return th.Size(theme.SizeNamePadding), th.Size(theme.SizeNameInlineIcon)
}

// labelX is where the label starts; the label has its own inner padding.
func (r *rowRenderer) labelX() float32 {
	pad, icon := r.metrics()
	x := float32(0)
	if r.row.radio.Visible() {
		x += pad + icon
	}
	if r.row.icon.Visible() {
		x += pad + icon
	}
	return x
}

// MinSize: at least an inline icon plus padding tall.
func (r *rowRenderer) MinSize() fyne.Size {
	pad, icon := r.metrics()
	m := r.row.label.MinSize()
	return fyne.NewSize(r.labelX()+m.Width, fyne.Max(icon+2*pad, m.Height))
}

// Layout places the radio circle, the icon, then the label, centred
// vertically; the background fills the row and the ring lies just inside
// it.
func (r *rowRenderer) Layout(size fyne.Size) {
	pad, icon := r.metrics()
	row := r.row
	row.bg.Move(fyne.NewPos(0, 0))
	row.bg.Resize(size)
	in := float32(ringWidth) / 2 // the stroke is centred on the edge
	row.ring.Move(fyne.NewPos(in, in))
	row.ring.Resize(size.SubtractWidthHeight(2*in, 2*in))

	x := pad
	iconY := (size.Height - icon) / 2
	for _, img := range []*canvas.Image{row.radio, row.icon} {
		if img.Visible() {
			img.Move(fyne.NewPos(x, iconY))
			img.Resize(fyne.NewSquareSize(icon))
			x += icon + pad
		}
	}
	lx := r.labelX()
	w := size.Width - lx
	row.label.Resize(fyne.NewSize(w, size.Height))
	h := fyne.Min(size.Height, row.label.MinSize().Height)
	row.label.Move(fyne.NewPos(lx, (size.Height-h)/2))
	row.label.Resize(fyne.NewSize(w, h))
}

type choiceRenderer struct {
	c   *Choice
	box *fyne.Container
}

func (r *choiceRenderer) Destroy() {}

func (r *choiceRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box} }

func (r *choiceRenderer) Layout(size fyne.Size) {
	r.box.Resize(size)
	r.box.Move(fyne.NewPos(0, 0))
}

func (r *choiceRenderer) MinSize() fyne.Size { return r.box.MinSize() }

func (r *choiceRenderer) Refresh() {
	c := r.c
	th := c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	for len(c.rows) < len(c.options) {
		c.rows = append(c.rows, newChoiceRow(c, len(c.rows)))
	}
	c.rows = c.rows[:len(c.options)]
	objs := make([]fyne.CanvasObject, len(c.rows))
	for i, row := range c.rows {
		row.update(th, v)
		objs[i] = row
	}
	r.box.Objects = objs
	r.Layout(c.Size())
	r.box.Refresh()
}

// rowsLayout stacks rows without gaps, each as tall as it needs at the
// width given (a wrapped label needs the width first).
type rowsLayout struct{}

func (l *rowsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = fyne.Max(s.Width, m.Width)
		s.Height += m.Height
	}
	return s
}

func (l *rowsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
	}
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}
