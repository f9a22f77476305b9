package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/translations"
)

// navList is the section list. It passes keys it does not use (Escape,
// F1) on to the window's key router, so Hide and Get help now still work
// while the list has keyboard focus.
type navList struct {
	widget.List
	onKey func(*fyne.KeyEvent)
	quiet bool // true while the shell selects an item itself
}

func newNavList(l *translations.Localizer, onSelect func(sectionID), onKey func(*fyne.KeyEvent)) *navList {
	n := &navList{onKey: onKey}
	n.Length = func() int { return int(sectionCount) }
	n.CreateItem = func() fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewIcon(nil), nil, widget.NewLabel(""))
	}
	n.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		row := o.(*fyne.Container)
		row.Objects[0].(*widget.Label).SetText(l.T(sections[i].title))
		row.Objects[1].(*widget.Icon).SetResource(sections[i].icon())
	}
	n.OnSelected = func(i widget.ListItemID) {
		if !n.quiet {
			onSelect(sectionID(i))
		}
	}
	n.ExtendBaseWidget(n)
	return n
}

// selectQuietly marks a section as selected without reporting it back.
func (n *navList) selectQuietly(id sectionID) {
	n.quiet = true
	n.Select(widget.ListItemID(id))
	n.quiet = false
}

// TypedKey handles the list's own keys and hands the rest to the router.
func (n *navList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		n.List.TypedKey(ev)
	default:
		n.onKey(ev)
	}
}
