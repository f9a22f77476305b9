package ui

import (
	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/ui/help"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// Go shows a section. Each section keeps the pages opened in it: going
// back to it shows the page where the person left off, and choosing the
// section it is already in returns to its start. Its screen is made once,
// so what was typed or scrolled there is still there.
func (sh *Shell) Go(id page.Section) {
	if sh.hidden || sh.sealed() || id < 0 || id >= page.SectionCount {
		return
	}
	cur := sh.Current()
	sh.keepPlace()
	kept, ok := sh.places[id]
	if (id == cur && !sh.InHelp()) || !ok { // from Get help now, back to where the person was
		kept = []page.Page{*sh.sectionPage(id)} // the section again: back to its start
	}
	sh.stack = kept
	sh.showTop()
}

// keepPlace remembers the pages open in the current section (Get help now
// left out), so coming back to the section finds the same page.
func (sh *Shell) keepPlace() {
	var kept []page.Page
	for _, p := range sh.stack {
		if !p.Help {
			kept = append(kept, p)
		}
	}
	if len(kept) > 0 {
		sh.places[kept[0].Section] = kept
	}
}

// Push opens a page on top of the current one; Back returns from it.
func (sh *Shell) Push(p page.Page) {
	if sh.hidden {
		return
	}
	if top := sh.Top(); top.Help && p.Help {
		sh.stack[len(sh.stack)-1] = p // Get help now again: show it afresh
	} else {
		p.Section = top.Section
		sh.stack = append(sh.stack, p)
	}
	sh.showTop()
}

// Back closes the page on top, showing the one below it.
func (sh *Shell) Back() {
	if sh.hidden || len(sh.stack) < 2 {
		return
	}
	sh.stack = sh.stack[:len(sh.stack)-1]
	sh.showTop()
}

// ShowHelp opens Get help now over the current page.
func (sh *Shell) ShowHelp() {
	p, _ := sh.helpPage()
	sh.Push(p)
}

// ShowOverdose opens Get help now at the overdose card.
func (sh *Shell) ShowOverdose() {
	p, scr := sh.helpPage()
	sh.Push(p)
	if !sh.hidden {
		scr.JumpToOverdose()
	}
}

// InHelp reports whether Get help now is showing.
func (sh *Shell) InHelp() bool { return sh.Top().Help }

// Current is the section on screen (or under the page on top).
func (sh *Shell) Current() page.Section { return sh.Top().Section }

func (sh *Shell) Top() page.Page {
	if len(sh.stack) == 0 {
		return page.Page{}
	}
	return sh.stack[len(sh.stack)-1]
}

// sectionPage is a section's screen, made on first visit.
func (sh *Shell) sectionPage(id page.Section) *page.Page {
	if p, ok := sh.screens[id]; ok {
		return p
	}
	p := &page.Page{Section: id, Title: sh.l.T(sections[id].title)}
	p.Obj, p.OnShow = sections[id].make(sh, id)
	sh.screens[id] = p
	return p
}

func (sh *Shell) helpPage() (page.Page, *help.Screen) {
	scr := help.NewScreen(sh.kit(), sh.deps.Help, sh, sh.ShowHelp)
	scr.Safety = sh.ShowSafetyPlan
	p := page.Page{Title: sh.l.T(page.MsgGetHelp), Obj: scr.BuildUI(), Help: true,
		Remake: func() page.Page { p, _ := sh.helpPage(); return p }}
	return p, scr
}

// showTop puts the page on top of the stack on screen.
func (sh *Shell) showTop() {
	top := sh.Top()
	sh.head.show(top.Title, len(sh.stack) > 1)
	sh.selectSection(top)
	if top.OnShow != nil {
		top.OnShow()
	}
	sh.body.Objects = []fyne.CanvasObject{top.Obj}
	page.RefreshIfShown(sh.body)
	if !sh.attached {
		return // attach focuses the first page
	}
	sh.closeOverlays()
	sh.DropStaleFocus()
	if top.Focus != nil && !sh.hidden {
		sh.win.Canvas().Focus(top.Focus)
	}
}

// closeOverlays closes pop-ups and message boxes left open by the page
// that was replaced: they belong to it.
func (sh *Shell) closeOverlays() {
	overlays := sh.win.Canvas().Overlays()
	for top := overlays.Top(); top != nil; top = overlays.Top() {
		overlays.Remove(top)
	}
}

// selectSection marks the current section in the list and the phone menu,
// or nothing while Get help now is open.
func (sh *Shell) selectSection(top page.Page) {
	i := int(top.Section)
	if top.Help || sh.sealed() {
		i = -1
	}
	sh.nav.SetSelected(i)
	sh.head.selectSection(i)
}

// Focused is the control that has the keyboard, or nil.
func (sh *Shell) Focused() fyne.Focusable { return sh.win.Canvas().Focused() }

// Focus gives the keyboard to o (the button pressed is gone), unless the
// window is hidden or not yet attached.
func (sh *Shell) Focus(o fyne.Focusable) {
	if sh.attached && !sh.hidden {
		sh.win.Canvas().Focus(o)
	}
}

// DropStaleFocus lets go of keyboard focus held by a widget of the page
// that was replaced: Space must never press a button that is gone, and
// keys must reach the window. Focus in the header or the list stays.
func (sh *Shell) DropStaleFocus() {
	if !sh.attached {
		return
	}
	c := sh.win.Canvas()
	f := c.Focused()
	if f == nil || f == sh.nav || sh.head.owns(f) {
		return
	}
	c.Unfocus()
}

// newSectionList is the list of sections shown beside the body.
func (sh *Shell) newSectionList() *widgets.Choice {
	opts := make([]widgets.ChoiceOption, len(sections))
	for i, s := range sections {
		opts[i] = widgets.ChoiceOption{Label: sh.l.T(s.title), Icon: s.icon()}
	}
	c := widgets.NewChoice(opts, sh.keys)
	c.OnChanged = func(i int) { sh.Go(page.Section(i)) }
	return c
}

// keepLeftWriting keeps at once the words of every editor taken off the
// screen without Save (Get help now, then its section chosen again; a
// new language), so the draft is offered back where the person returns,
// not seconds later. Such an editor can never show again: it is closed.
func (sh *Shell) keepLeftWriting() {
	open := map[fyne.CanvasObject]bool{}
	for _, p := range sh.stack {
		open[p.Obj] = true
	}
	for id, pages := range sh.places {
		if id == sh.Current() {
			continue // the stack holds this section's pages now
		}
		for _, p := range pages {
			open[p.Obj] = true
		}
	}
	sh.journal.KeepLeftWriting(open)
}
