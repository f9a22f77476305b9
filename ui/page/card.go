package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/ui/theme"
)

// NewCard is a titled card on a background a little lighter than the
// window, so it stands apart in light and dark.
// Its title wraps, so a long name fits a phone-width window.
func NewCard(title string, content fyne.CanvasObject) fyne.CanvasObject {
	if title == "" {
		return container.NewStack(newCardBack(), container.NewPadded(content))
	}
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = fynetheme.SizeNameSubHeadingText
	heading.Wrapping = fyne.TextWrapWord
	return container.NewStack(newCardBack(), container.NewPadded(container.NewVBox(heading, content)))
}

// cardBack paints the card colour, following theme changes.
type cardBack struct{ widget.BaseWidget }

func newCardBack() *cardBack {
	c := &cardBack{}
	c.ExtendBaseWidget(c)
	return c
}

func (c *cardBack) CreateRenderer() fyne.WidgetRenderer {
	r := &cardBackRenderer{rect: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type cardBackRenderer struct{ rect *canvas.Rectangle }

func (r *cardBackRenderer) Refresh() {
	r.rect.FillColor = fynetheme.Color(theme.ColorNameCard)
	r.rect.CornerRadius = fynetheme.Size(fynetheme.SizeNameInputRadius)
	r.rect.Refresh()
}

func (r *cardBackRenderer) Layout(s fyne.Size)           { r.rect.Resize(s) }
func (r *cardBackRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *cardBackRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect} }
func (r *cardBackRenderer) Destroy()                     {}
