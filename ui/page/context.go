// Package page is what every screen is built from: the Page on the
// navigation stack, the Context a screen is given (language, kit,
// navigation, dialogs, files, the crisis path, the background runner, the
// forms' drafts), the Kit of controls that leave the window's keys
// working, and the layouts and texts screens share.
package page

import (
	"context"
	"log"
	"net/url"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// Context is what a screen may use of the window around it: the
// language, the kit, the background runner, the clock, the forms' drafts,
// navigation, dialogs, files and the crisis path. A screen is given it
// with the one store interface it reads and writes, and nothing else.
type Context struct {
	L      *translations.Localizer
	Kit    Kit
	BG     Background
	Now    func() time.Time // the clock the idle lock and the screens share
	Drafts *Drafts
	Nav
	Dialogs
	Files
	Crisis
}

// Nav moves between pages. Pages of other areas are reached through the
// links each area declares; sections by their ID.
type Nav interface {
	Push(Page)
	Back()
	ReplaceTop(Page) // the page on top, in place of the one there
	Top() Page
	Go(Section)
	Focused() fyne.Focusable // the control that has the keyboard, or nil
	Focus(fyne.Focusable)    // gives the keyboard to a control, unless the window is hidden
	DropStaleFocus()         // takes the keyboard from a control no longer on screen
}

// Dialogs are boxes over the window whose buttons leave its keys working.
type Dialogs interface {
	ShowDialog(title string, content fyne.CanvasObject, extra ...fyne.CanvasObject) dialog.Dialog
	ShowError(text string)
	ShowCopyable(title, why, text, copyLabel string)
	Confirm(title, body, action string, act func())
	ErrorDetails(err error) fyne.CanvasObject
}

// Files are the file dialogs, starting in Downloads, and the system's
// browser and file manager.
type Files interface {
	SaveFile(title, name string, write func(path string) error, saved func(path string, err error))
	ChooseFile(title string, exts []string, chosen func(path string))
	SavedFile(msg *widget.Label, path string, err error)
	OpenPath(path string)
	OpenURL(u *url.URL)
}

// Crisis is the way out that every screen offers: Get help now, the
// overdose card, Hide, and the lock.
type Crisis interface {
	ShowHelp()
	ShowOverdose()
	Hide()
	Hidden() bool
	Locked() bool
	OnHide(func())
	OnReveal(func())
}

// DraftKeeper keeps the forms' sealed drafts.
type DraftKeeper interface {
	Drafts(ctx context.Context) ([]store.Draft, error)
	SaveDraft(ctx context.Context, d store.Draft) error
	DeleteDraft(ctx context.Context, kind string, ref int64) error
}

// Drafts are a window's forms whose writing is not kept yet. Only the UI
// goroutine uses them.
type Drafts struct {
	keeper func() DraftKeeper // the records now (a restore replaces them)
	live   map[*Draft]bool
}

// NewDrafts keeps the drafts of a window's forms in keeper's records.
func NewDrafts(keeper func() DraftKeeper) *Drafts {
	return &Drafts{keeper: keeper, live: map[*Draft]bool{}}
}

// KeepAll keeps at once the writing of every form not kept yet: before
// the records lock, and before a form reads its draft.
func (ds *Drafts) KeepAll() {
	for d := range ds.live {
		d.keep()
	}
}

// Drop deletes the draft of a record that was deleted.
func (ds *Drafts) Drop(kind string, ref int64) {
	if err := ds.keeper().DeleteDraft(context.Background(), DraftKindPrefix+kind, ref); err != nil {
		log.Printf("drop form draft %s: %v", kind, err)
	}
}

// Preferences is where the person's choices are kept: the store, or
// memory when the data could not be opened.
type Preferences interface {
	GetOr(ctx context.Context, key store.Setting, def string) string
	Set(ctx context.Context, key store.Setting, value string) error
	Delete(ctx context.Context, key store.Setting) error
}
