package ui

import (
	"context"
	"errors"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgStartupTitle = &i18n.Message{ID: "Startup.Title", Description: "Heading when the app could not open its data", Other: "Your data could not be opened"}
	msgStartupHelp  = &i18n.Message{ID: "Startup.Help", Description: "Under the explanation when the data could not be opened: help still works",
		Other: "Get help now (F1) still works: helplines for your country and what to do in an overdose."}
	msgQuit = &i18n.Message{ID: "Startup.Quit", Description: "Button that closes the app when its data could not be opened", Other: "Close Alongside"}

	msgStartupInUseTitle = &i18n.Message{ID: "Startup.InUse.Title", Description: "Heading of the window of a second copy of the app, started while the first is open with the same data: nothing is wrong with the data",
		Other: "Alongside is already open"}
	msgStartupInUseQuit = &i18n.Message{ID: "Startup.InUse.Quit", Description: "Button in the window of a second copy of the app: closes this window only; the copy already open stays open",
		Other: "Close this window"}
)

// ShowStartupError fills w with a calm explanation of why Alongside could
// not open its data (another copy has it; it is damaged, newer or in a
// folder that cannot be written), with Get help now and Hide still there.
// When another copy has it, the heading says so plainly: the data is fine.
// Choices made here (language, country) are kept only until it closes.
func ShowStartupError(a fyne.App, w fyne.Window, d Deps) *Shell {
	d.Prefs = &memoryPrefs{}
	if d.StartErr == nil {
		panic("ui: ShowStartupError without an error")
	}
	return Create(a, w, d)
}

// startupPage explains StartErr in the person's language.
func (sh *Shell) startupPage() page {
	m, data := explain.Error(sh.deps.StartErr)
	help := sh.kit().button(sh.l.T(msgGetHelp), fynetheme.HelpIcon(), sh.ShowHelp)
	help.Importance = widget.HighImportance
	title, quitText := msgStartupTitle, msgQuit
	if errors.Is(sh.deps.StartErr, datadir.ErrInUse) {
		// Nothing is wrong with the data: another copy has it open.
		title, quitText = msgStartupInUseTitle, msgStartupInUseQuit
	}
	quit := sh.kit().button(sh.l.T(quitText), nil, sh.app.Quit)
	col := container.NewVBox(wrapped(sh.l.T(m, data)))
	if offer := sh.backupOffer(); offer != nil {
		col.Add(offer)
	}
	col.Add(wrapped(sh.l.T(msgStartupHelp)))
	col.Add(newFlow(help, quit))
	col.Add(layout.NewSpacer())
	return page{title: sh.l.T(title), obj: container.NewVScroll(container.NewPadded(col))}
}

var (
	msgStartupOffer = &i18n.Message{ID: "Startup.Offer", Description: "A damaged data file: the newest good backup is offered; Date and Time say when it was made",
		Other: "Your latest good copy is from {{.Date}}, {{.Time}}. You can put it back now. The damaged file is kept in the backups folder, in case it can be mended later."}
	msgStartupUse      = &i18n.Message{ID: "Startup.UseBackup", Description: "Button: restore the newest good backup", Other: "Put back that copy"}
	msgStartupRestored = &i18n.Message{ID: "Startup.Restored", Description: "The backup was put back", Other: "Your copy is back. Close Alongside and open it again to go on."}
)

// backupOffer offers the newest good automatic copy when the data file is
// damaged, or nil.
func (sh *Shell) backupOffer() fyne.CanvasObject {
	if !errors.Is(sh.deps.StartErr, store.ErrDamaged) || sh.deps.DataDir == "" {
		return nil
	}
	l, k := sh.l, sh.kit()
	b, err := store.LatestGoodBackup(context.Background(), sh.deps.DataDir)
	if err != nil {
		return nil
	}
	details, err := store.CheckBackup(context.Background(), b.Path)
	if err != nil {
		return nil
	}
	secret := k.password("")
	status := wrapped("")
	var use *widgets.Button
	use = k.button(l.T(msgStartupUse), fynetheme.HistoryIcon(), func() {
		use.Disable()
		opt := store.RestoreOptions{Secret: secret.Text, Now: sh.idle.now()}
		secret.SetText("")
		var err error
		path := filepath.Join(sh.deps.DataDir, store.FileName)
		sh.bg.Do(func() { _, err = store.RestoreFile(context.Background(), path, b.Path, opt) }, func() {
			if err != nil {
				use.Enable()
				status.SetText(reason(l, err))
				return
			}
			status.SetText(l.T(msgStartupRestored))
		})
	})
	use.Importance = widget.HighImportance
	box := container.NewVBox(wrapped(l.T(msgStartupOffer, map[string]any{"Date": l.Date(b.Time), "Time": l.Clock(b.Time)})))
	if details.Locked {
		box.Add(form(field{label: l.T(msgRsSecret), input: secret}))
	}
	box.Add(newFlow(use))
	box.Add(status)
	return newCard("", box)
}

// memoryPrefs keeps choices in memory, for a window with no data to keep them in.
type memoryPrefs struct {
	mu sync.Mutex
	m  map[store.Setting]string
}

func (p *memoryPrefs) GetOr(_ context.Context, key store.Setting, def string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if v, ok := p.m[key]; ok {
		return v
	}
	return def
}

func (p *memoryPrefs) Delete(_ context.Context, key store.Setting) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.m, key)
	return nil
}

func (p *memoryPrefs) Set(_ context.Context, key store.Setting, value string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = map[store.Setting]string{}
	}
	p.m[key] = value
	return nil
}
