package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// pageRows is how far Page Up and Page Down move in a List.
const pageRows = 10

// List is a widget.List (virtual: it makes widgets only for the rows on
// screen) that keeps the window's keys working. Up and Down move the
// highlight, Page Up and Page Down move it ten rows, Space, Enter and
// Return choose the highlighted row; every other key and every shortcut
// goes to the Router.
type List struct {
	widget.List
	r Router
}

var (
	_ fyne.Focusable    = (*List)(nil)
	_ fyne.Shortcutable = (*List)(nil)
)

// NewList makes a virtual list, as widget.NewList does. r may be nil.
func NewList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject), r Router) *List {
	l := &List{r: r}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// FocusGained highlights the row and tells the router.
func (l *List) FocusGained() {
	l.List.FocusGained()
	reportFocus(l.r, l)
}

// TypedKey moves and chooses rows, and passes other keys to the router.
func (l *List) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeySpace:
		l.List.TypedKey(ev)
	case fyne.KeyReturn, fyne.KeyEnter:
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace, Physical: ev.Physical})
	case fyne.KeyPageDown:
		l.repeat(fyne.KeyDown)
	case fyne.KeyPageUp:
		l.repeat(fyne.KeyUp)
	default:
		passKey(l.r, ev)
	}
}

func (l *List) repeat(k fyne.KeyName) {
	for range pageRows {
		l.List.TypedKey(&fyne.KeyEvent{Name: k})
	}
}

// TypedShortcut hands every shortcut to the router.
func (l *List) TypedShortcut(s fyne.Shortcut) { passShortcut(l.r, s) }
