package page

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/alongside-app/alongside/ui/widgets"
)

// TopRouter is the window's key router for the controls above the list:
// one that takes the keyboard is scrolled into view in the top's scroll.
type TopRouter struct {
	widgets.Router
	Scroll *container.Scroll
}

func (r *TopRouter) FocusGained(o fyne.CanvasObject) {
	r.Router.FocusGained(o)
	if r.Scroll != nil {
		ScrollIntoView(r.Scroll, o)
	}
}

// topShare is the most of the height the search, the filters and
// the cards above the list take; more of them scrolls.
const topShare = 0.4

// TopListLayout (the journal's, the meetings') puts the top (a scroll) over the list, giving the top what
// it needs up to topShare of the height, and the list the rest.
type TopListLayout struct{}

func (TopListLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	top, line, body := objs[0].(*container.Scroll), objs[1], objs[2]
	most := float32(math.Floor(float64(size.Height * topShare)))
	top.Resize(fyne.NewSize(size.Width, most)) // the content's height depends on its width
	h := fyne.Min(top.Content.MinSize().Height, most)
	top.Move(fyne.NewPos(0, 0))
	top.Resize(fyne.NewSize(size.Width, h))
	line.Move(fyne.NewPos(0, h))
	line.Resize(fyne.NewSize(size.Width, line.MinSize().Height))
	// The line shows only where the top is cut short and scrolls.
	if h >= top.Content.MinSize().Height-0.5 {
		line.Hide()
	} else {
		line.Show()
	}
	body.Move(fyne.NewPos(0, h))
	body.Resize(fyne.NewSize(size.Width, size.Height-h))
}

func (TopListLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	top, body := objs[0].(*container.Scroll), objs[2]
	tm, bm := top.MinSize(), body.MinSize()
	w := fyne.Max(fyne.Max(tm.Width, top.Content.MinSize().Width), bm.Width)
	return fyne.NewSize(w, tm.Height+bm.Height)
}
