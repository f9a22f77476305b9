package ui

import (
	"fyne.io/fyne/v2"
)

// narrowWidth is the window width below which Alongside lays itself out
// for a phone: the section list becomes a menu in the header.
const narrowWidth = 700

// frameLayout places the header across the top, and below it the section
// list beside the body on a wide window, or the body alone on a narrow one.
// Objects: header, section list panel, body.
type frameLayout struct{ sh *Shell }

func (f *frameLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	head, nav, body := objs[0], objs[1], objs[2]
	narrow := size.Width < narrowWidth
	f.sh.head.setNarrow(narrow)
	f.sh.narrow = narrow
	headH := head.MinSize().Height
	head.Move(fyne.NewPos(0, 0))
	head.Resize(fyne.NewSize(size.Width, headH))
	rest := fyne.NewSize(size.Width, size.Height-headH)
	navW := float32(0)
	if narrow {
		nav.Hide()
	} else {
		nav.Show()
		navW = nav.MinSize().Width
		nav.Move(fyne.NewPos(0, headH))
		nav.Resize(fyne.NewSize(navW, rest.Height))
	}
	body.Move(fyne.NewPos(navW, headH))
	body.Resize(fyne.NewSize(rest.Width-navW, rest.Height))
}

// MinSize is the phone arrangement's: the window may always shrink to it.
func (f *frameLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	head, body := objs[0].MinSize(), objs[2].MinSize()
	return fyne.NewSize(fyne.Max(head.Width, body.Width), head.Height+body.Height)
}
