package ui

import (
	"context"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/journal"
	"github.com/alongside-app/alongside/ui/learn"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/theme"
	"github.com/alongside-app/alongside/ui/widgets"
)

// Shell is the main window's frame: header, navigation and the page on
// top of the navigation stack. It owns the window's keys, Hide and the
// language; screens see only the interfaces they need.
type Shell struct {
	app  fyne.App
	win  fyne.Window
	deps Deps
	l    *translations.Localizer
	keys *keyRouter
	bg   page.Background // work off the UI goroutine and delayed work; tests replace it

	root  *fyne.Container // swapped between the app and the hidden screen
	frame *fyne.Container // header, navigation and body
	head  *header
	nav   *widgets.Choice // the section list (wide windows)
	body  *fyne.Container

	stack      []page.Page                  // the navigation stack; never empty once built
	screens    map[page.Section]*page.Page  // each section's screen, made once per language
	places     map[page.Section][]page.Page // the pages left open in each section
	narrow     bool                         // laid out for a phone-width window
	hidden     bool                         // the neutral screen is showing
	icon       fyne.Resource                // the window icon set last
	covered    []fyne.CanvasObject          // dialogs hidden with the window
	hooks      map[hookKind][]func()        // run on hide and reveal
	idle       *idleLock                    // locks the records after the chosen idle time
	journal    *journal.Cache               // the journal, opened once unlocked
	backupNote string                       // why today's automatic copy failed, for Home
	meetings   *meetingsui.Cache            // every meeting, indexed for search, opened once unlocked
	// rekey, while the passphrase is being set or changed, is its
	// progress: the only page then, with Get help now and Hide.
	rekey *rekeyRun
	// codeMissed says a passphrase was set while the window was hidden or
	// locked, so its recovery code was never shown, or was not yet saved
	// (see showRecovery): the next unlock offers to make another.
	codeMissed bool
	// copied is a recovery code the person copied, taken off the
	// clipboard after a minute or when the records lock.
	copied string
	// safetyAnswer is the answer to the safety question asked before some
	// exercises (ui/learn/safetyfirst.go): this session's only, never on disk, and
	// forgotten when the records lock.
	safetyAnswer learn.SafetyAnswer
	// attached is set once the built interface has the window (see
	// attach); until then building does not touch the window.
	attached bool
	drafts   *page.Drafts // the forms' unsaved writing
}

var (
	msgHide = &i18n.Message{
		ID: "Shell.Hide", Description: "Button on every screen that instantly hides the window behind a neutral screen",
		Other: "Hide",
	}
	msgSaveFailed = &i18n.Message{
		ID: "Shell.SaveFailed", Description: "A setting could not be saved; Reason explains why",
		Other: "Your choice could not be saved. {{.Reason}}",
	}
)

func newShell(a fyne.App, w fyne.Window, d Deps) *Shell {
	sh := &Shell{app: a, win: w, deps: d, root: container.NewStack(), bg: page.RealBackground{}}
	if d.Background != nil {
		sh.bg = d.Background
	}
	sh.keys = newKeyRouter(sh)
	sh.idle = newIdleLock(sh)
	sh.journal = journal.NewCache(d.Records)
	sh.meetings = meetingsui.NewCache(d.Records)
	sh.drafts = page.NewDrafts(func() page.DraftKeeper { return sh.deps.Records })
	sh.OnHide(sh.LockNow)
	sh.OnReveal(sh.revealed)
	return sh
}

// kit makes widgets in the current language that leave the window's keys working.
func (sh *Shell) kit() page.Kit {
	return page.Kit{L: sh.l, Keys: sh.keys, Open: sh.OpenURL, Copy: sh.app.Clipboard().SetContent, BG: sh.bg,
		Active: sh.idle.touch}
}

// context is what the screens may use of the window, in the current language.
func (sh *Shell) context() page.Context {
	return page.Context{L: sh.l, Kit: sh.kit(), BG: sh.bg, Now: sh.idle.now, Drafts: sh.drafts,
		Nav: sh, Dialogs: sh, Files: sh, Crisis: sh}
}

// rebuild makes every widget again in the current language, keeping the
// pages on the navigation stack where they were.
func (sh *Shell) rebuild() {
	if sh.attached && !sh.hidden { // hidden: Reveal puts the name back
		sh.win.SetTitle(sh.l.T(page.MsgAppName))
	}
	sh.screens = map[page.Section]*page.Page{}
	sh.places = map[page.Section][]page.Page{} // pages in the old language (or showing private words) go
	sh.journal.Changed = nil                   // the screens that listened are made again
	sh.meetings.Changed = nil
	sh.makeFrame()
	sh.showFrame() // first: the page on top may take the keyboard
	sh.restack()
}

// reframe makes the header, navigation and body again, for a change in
// whether there are sections to move between (the passphrase being set),
// and shows stack; every screen made so far is kept.
func (sh *Shell) reframe(stack []page.Page) {
	sh.makeFrame()
	sh.showFrame() // first: the page on top may take the keyboard
	sh.stack = stack
	sh.showTop()
}

func (sh *Shell) makeFrame() {
	sh.head = newHeader(sh)
	sh.nav = sh.newSectionList()
	sh.body = container.NewStack()
	sh.frame = container.New(&frameLayout{sh: sh}, sh.head.box, sh.navPanel(), sh.body)
	sh.narrow = false
}

// showFrame puts the frame in the window, unless the window is hidden
// (Reveal puts it there).
func (sh *Shell) showFrame() {
	if !sh.hidden {
		sh.root.Objects = []fyne.CanvasObject{sh.frame}
		page.RefreshIfShown(sh.root)
	}
}

// restack makes the pages on the stack again (after a language change) and
// shows the top one.
func (sh *Shell) restack() {
	switch {
	case sh.deps.StartErr != nil:
		sh.stack = []page.Page{sh.startupPage()}
		sh.showTop()
		return
	case sh.Locked():
		sh.stack = []page.Page{sh.lockPage()}
		sh.showTop()
		return
	case sh.rekey != nil:
		sh.stack = []page.Page{sh.rekey.page(sh)}
		sh.showTop()
		return
	}
	old := sh.stack
	sh.stack = nil
	if len(old) == 0 {
		old = []page.Page{{Section: page.SectionHome}}
	}
	for _, p := range old {
		switch {
		case p.Remake != nil:
			sh.stack = append(sh.stack, p.Remake())
		case len(sh.stack) == 0:
			sh.stack = append(sh.stack, *sh.sectionPage(p.Section))
		}
	}
	sh.showTop()
}

// navPanel is the section list beside the body, wide enough for the longest title.
func (sh *Shell) navPanel() fyne.CanvasObject {
	if sh.sealed() {
		return container.NewStack() // nothing to move between
	}
	list := page.NewMinSize(fyne.NewSize(navWidth(sh.l), 0), sh.nav)
	return container.NewBorder(nil, nil, nil, widget.NewSeparator(), container.NewPadded(list))
}

// setLanguage applies a stored language choice (System, English, Español).
func (sh *Shell) setLanguage(choice string) {
	lang := translations.Resolve(choice)
	if sh.deps.Bundles != nil {
		if b, err := sh.deps.Bundles(lang); err == nil {
			sh.deps.Bundle = b
		}
	}
	sh.l = translations.NewLocalizer(sh.deps.Bundle, lang)
	syncFyneLanguage(lang)
}

// SetLanguage saves a language choice and rebuilds the window in it.
func (sh *Shell) SetLanguage(choice string) {
	if sh.save(store.SettingLanguage, choice) {
		sh.setLanguage(choice)
		sh.rebuild()
	}
}

// SetTheme saves and applies a theme mode.
func (sh *Shell) SetTheme(mode string) {
	if sh.save(store.SettingTheme, mode) {
		sh.applyTheme(mode)
	}
}

func (sh *Shell) applyTheme(mode string) {
	sh.app.Settings().SetTheme(theme.New(mode))
}

// save stores a setting, telling the person when it could not be saved.
// While the passphrase is being set, the database is busy for seconds, so
// the setting (Get help now's country) is saved off the UI goroutine.
func (sh *Shell) save(key store.Setting, value string) bool {
	if sh.rekey != nil {
		var err error
		sh.bg.Do(func() { err = sh.deps.Prefs.Set(context.Background(), key, value) }, func() {
			if err != nil {
				sh.saveFailed(key, err)
			}
		})
		return true
	}
	if err := sh.deps.Prefs.Set(context.Background(), key, value); err != nil {
		sh.saveFailed(key, err)
		return false
	}
	return true
}

func (sh *Shell) saveFailed(key store.Setting, err error) {
	log.Printf("save setting %s: %v", key, err)
	m, data := explain.Error(err)
	sh.ShowError(sh.l.T(msgSaveFailed, map[string]any{"Reason": sh.l.T(m, data)}))
}

// navWidth fits the longest section title in the list.
func navWidth(l *translations.Localizer) float32 {
	longest := ""
	for _, s := range sections {
		if t := l.T(s.title); len([]rune(t)) > len([]rune(longest)) {
			longest = t
		}
	}
	w := fyne.MeasureText(longest, fynetheme.TextSize(), fyne.TextStyle{}).Width
	return fyne.Max(160, w+fynetheme.IconInlineSize()+6*fynetheme.Padding())
}
