package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
)

// ScrollByKey moves a page by keyboard: arrows by a line, Page Up and Page
// Down by a screen less a line, Home and End to either end.
func ScrollByKey(s *container.Scroll, key fyne.KeyName) {
	line := fynetheme.TextSize() * 3
	y := s.Offset.Y
	switch key {
	case fyne.KeyUp:
		y -= line
	case fyne.KeyDown:
		y += line
	case fyne.KeyPageUp:
		y -= s.Size().Height - line
	case fyne.KeyPageDown:
		y += s.Size().Height - line
	case fyne.KeyHome:
		y = 0
	case fyne.KeyEnd:
		y = MaxOffset(s)
	default:
		return
	}
	ScrollTo(s, y)
}

// ScrollIntoView scrolls so that o, somewhere inside s, is fully visible.
func ScrollIntoView(s *container.Scroll, o fyne.CanvasObject) {
	if s.Content == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	at, origin := d.AbsolutePositionForObject(o), d.AbsolutePositionForObject(s.Content)
	top := at.Y - origin.Y
	if top < 0 || at.X < origin.X {
		return // not inside this scroll (the header or the section list)
	}
	margin := fynetheme.Padding() * 2
	bottom := top + o.Size().Height
	switch {
	case top-margin < s.Offset.Y:
		ScrollTo(s, top-margin)
	case bottom+margin > s.Offset.Y+s.Size().Height:
		ScrollTo(s, bottom+margin-s.Size().Height)
	}
}

// ScrollTo sets the vertical offset, kept within the content.
func ScrollTo(s *container.Scroll, y float32) {
	y = fyne.Min(fyne.Max(y, 0), MaxOffset(s))
	s.ScrollToOffset(fyne.NewPos(s.Offset.X, y))
}

func MaxOffset(s *container.Scroll) float32 {
	if s.Content == nil {
		return 0
	}
	return fyne.Max(0, s.Content.Size().Height-s.Size().Height)
}
