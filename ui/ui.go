// Package ui is Alongside's window: the shell around the screens (frame,
// navigation, the window's keys, Hide, Home, the lock, start-up and
// restore). The screens live in one package per area (ui/journal,
// ui/records, ui/worksheets, ui/learn, ui/meetings, ui/settings, ui/help),
// each given a page.Context, its own store interface and the links to
// other areas it needs; areas.go makes them. See docs/architecture.md.
package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/theme"
)

// Preferences is where the person's choices are kept.
type Preferences = page.Preferences

// Deps is what the window needs from the composition root.
type Deps struct {
	Prefs  Preferences
	Bundle *i18n.Bundle
	// Bundles, when set, gives the bundle for a language the person
	// chooses; without it Bundle serves every language.
	Bundles func(lang string) (*i18n.Bundle, error)
	Help    *content.Help
	Learn   *content.Learn // the lessons; nil shows Learn's empty state
	// Directory gives the family fellowships and the official finders of
	// other help, loading them the first time a screen asks (only Meetings
	// does, so start-up does not wait for them); nil, or a nil result,
	// leaves them out of Meetings.
	Directory func() *content.Directory
	DataDir   string
	// Records holds the private records and their lock; nil when the data
	// could not be opened.
	Records Records
	// StartErr, when set, says why the data could not be opened: the
	// window explains it and still offers Get help now and Hide.
	StartErr error
	// Background, when set, replaces the goroutines and timers that work
	// off the UI goroutine (tests run that work when they choose).
	Background page.Background
	// Restored, when set, is told of the store a restore opened in place
	// of the old one (which the restore closed), so that main closes it.
	Restored func(*store.Store)
}

// minWindowSize lets the window shrink to a phone's width; it opens larger.
var (
	minWindowSize   = fyne.NewSize(page.NarrowMinWidth, 560)
	startWindowSize = fyne.NewSize(1000, 700)
)

// Create builds Alongside's interface into w, applying the stored
// language and theme. It returns the shell so tests can drive it.
func Create(a fyne.App, w fyne.Window, d Deps) *Shell {
	sh := begin(a, w, d)
	content := sh.build()
	setContentOnce(w, content)
	sh.attach()
	return sh
}

// begin makes the shell and applies the stored theme and language, which
// the window reads while it is being made.
func begin(a fyne.App, w fyne.Window, d Deps) *Shell {
	ctx := context.Background()
	sh := newShell(a, w, d)
	sh.applyTheme(d.Prefs.GetOr(ctx, store.SettingTheme, theme.ModeSystem))
	sh.setLanguage(d.Prefs.GetOr(ctx, store.SettingLanguage, translations.System))
	return sh
}

// build makes every widget, without touching the window.
func (sh *Shell) build() fyne.CanvasObject {
	sh.rebuild()
	return container.NewStack(newActivity(sh.idle.touch), sh.root)
}

// attach gives the built interface the window: its title, its keys, the
// idle lock and the first page's focus.
func (sh *Shell) attach() {
	sh.attached = true
	sh.win.SetTitle(sh.l.T(page.MsgAppName))
	sh.keys.install(sh.win.Canvas())
	sh.idle.reload()
	if top := sh.Top(); top.Focus != nil && !sh.hidden {
		sh.win.Canvas().Focus(top.Focus)
	}
}

// setContentOnce shows content at the start size with a single layout
// pass. Fyne first lays new content out at its minimum size and then at the
// window's; asking for the start size as the minimum while the content is
// set makes the two passes one, and wrapping text is what start-up spends
// most on. The real minimum applies from the next frame.
func setContentOnce(w fyne.Window, content fyne.CanvasObject) {
	frame := &page.MinSizeLayout{}
	setFramed(w, frame, container.New(frame, content))
}

// setFramed sets c, laid out by frame, as w's content at the start size.
func setFramed(w fyne.Window, frame *page.MinSizeLayout, c *fyne.Container) {
	frame.Min = startWindowSize
	w.SetPadded(false) // the content size is then the window size
	w.Resize(startWindowSize)
	w.SetContent(c)
	frame.Min = minWindowSize
}

// Start is Create for a window that has not been shown yet. The widgets
// are made, measured and laid out at the start size on another goroutine
// while the calling goroutine (the main one) makes the window, which on a
// computer without a graphics card takes as long. ready, when set, is
// waited for first on that goroutine (the fonts warming up).
//
// The window's content starts empty. Once the window exists, and before it
// is first drawn, Fyne asks its content for a minimum size, on the main
// goroutine: there the content waits for the interface and takes it, so
// the first frame shows Home, not an empty window. Call shown after
// w.Show() and before the app runs: it takes the interface if Fyne has not
// asked yet. Until then nothing else may touch the shell.
func Start(a fyne.App, w fyne.Window, d Deps, ready func()) (sh *Shell, shown func()) {
	sh = begin(a, w, d)
	built := make(chan fyne.CanvasObject, 1)
	frame := &startLayout{}
	holder := container.New(frame)
	setFramed(w, &frame.MinSizeLayout, holder)
	go func() {
		if ready != nil {
			ready()
		}
		content := sh.build()
		content.Resize(startWindowSize) // text is wrapped here, off the main goroutine
		built <- content
	}()
	frame.take = func() {
		holder.Objects = []fyne.CanvasObject{<-built}
		if size := holder.Size(); !size.IsZero() {
			frame.Layout(holder.Objects, size) // nothing to do at the start size
		}
		sh.attach()
	}
	return sh, func() {
		if frame.takeOnce() {
			holder.Refresh() // Fyne drew the empty content: draw it again
		}
	}
}

// startLayout is setContentOnce's layout for Start: the first time it is
// asked for a minimum size after Start returns, it takes the interface.
type startLayout struct {
	page.MinSizeLayout
	take func() // nil once taken
}

func (s *startLayout) takeOnce() bool {
	if s.take == nil {
		return false
	}
	take := s.take
	s.take = nil
	take()
	return true
}

func (s *startLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if s.takeOnce() {
		return startWindowSize // laid out at that size; the real minimum applies from the next frame
	}
	return s.MinSizeLayout.MinSize(objs)
}
