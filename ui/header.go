package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// header is the bar on every screen: Back when a page is open over a
// section, the page's title, Hide and Get help now. On a phone-width
// window Back keeps only its arrow (so that Hide and Get help now keep
// their words, in every language, at 360 px) and a second row holds the
// section menu and the title.
type header struct {
	box      *fyne.Container
	back     *widgets.Button
	title    *widget.Label // beside the buttons on a wide window
	hide     *widgets.Button
	help     *widgets.Button
	sections *widgets.Select // the section menu on a narrow window
	subtitle *widget.Label   // the title on a narrow window, under a pushed page
	row2     *fyne.Container
	backText string
	menu     bool // there are sections to move between
	narrow   bool
}

func newHeader(sh *Shell) *header {
	k := sh.kit()
	h := &header{backText: sh.l.T(page.MsgBack), menu: !sh.sealed()}
	h.back = k.Button(h.backText, fynetheme.NavigateBackIcon(), sh.Back)
	h.hide = k.Button(sh.l.T(msgHide), fynetheme.VisibilityOffIcon(), sh.Hide)
	h.help = k.Button(sh.l.T(page.MsgGetHelp), fynetheme.HelpIcon(), sh.ShowHelp)
	h.help.Importance = widget.HighImportance
	h.title = headingLabel()
	h.subtitle = headingLabel()
	h.sections = h.sectionMenu(sh)
	h.row2 = container.NewStack(h.sections, h.subtitle)
	h.row2.Hide()
	row1 := container.NewBorder(nil, nil, h.back, container.NewHBox(h.hide, h.help), h.title)
	h.box = container.NewVBox(container.NewPadded(container.NewVBox(row1, h.row2)), widget.NewSeparator())
	return h
}

func headingLabel() *widget.Label {
	l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = fynetheme.SizeNameSubHeadingText
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// sectionMenu is the drop-down of sections shown instead of the list on a
// narrow window.
func (h *header) sectionMenu(sh *Shell) *widgets.Select {
	names := make([]string, len(sections))
	for i, s := range sections {
		names[i] = sh.l.T(s.title)
	}
	sel := sh.kit().Choice(names)
	sel.OnChanged = func(string) { sh.Go(page.Section(sel.SelectedIndex())) }
	return sel
}

// show sets the page title and whether Back is offered.
func (h *header) show(title string, canGoBack bool) {
	h.title.SetText(title)
	h.subtitle.SetText(title)
	if canGoBack {
		h.back.Show()
	} else {
		h.back.Hide()
	}
	h.arrange()
}

// selectSection shows section i in the menu (-1: none) without going there.
func (h *header) selectSection(i int) {
	changed := h.sections.OnChanged
	h.sections.OnChanged = nil
	if i < 0 {
		h.sections.ClearSelected()
	} else {
		h.sections.SetSelectedIndex(i)
	}
	h.sections.OnChanged = changed
}

// setNarrow switches between the desktop and the phone arrangement; it
// reports whether anything changed.
func (h *header) setNarrow(narrow bool) bool {
	if narrow == h.narrow {
		return false
	}
	h.narrow = narrow
	h.arrange()
	return true
}

func (h *header) arrange() {
	pushed := h.back.Visible()
	if h.narrow {
		h.back.SetText("")
		h.title.Hide()
		h.row2.Show()
		showIf(h.sections, !pushed && h.menu)
		showIf(h.subtitle, pushed || !h.menu)
	} else {
		h.back.SetText(h.backText)
		h.title.Show()
		h.row2.Hide()
	}
	h.box.Refresh()
}

func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}

// owns reports whether o is one of the header's controls.
func (h *header) owns(o fyne.Focusable) bool {
	for _, c := range []fyne.Focusable{h.back, h.hide, h.help, h.sections} {
		if c == o {
			return true
		}
	}
	return false
}
