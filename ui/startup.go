package ui

import (
	"context"
	"errors"
	"log"
	"strings"
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
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/settings"
	"github.com/alongside-app/alongside/ui/widgets"
	"github.com/alongside-app/alongside/ui/worksheets"
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
func (sh *Shell) startupPage() page.Page {
	m, data := explain.Error(sh.deps.StartErr)
	help := sh.kit().Button(sh.l.T(page.MsgGetHelp), fynetheme.HelpIcon(), sh.ShowHelp)
	help.Importance = widget.HighImportance
	title, quitText := msgStartupTitle, msgQuit
	if errors.Is(sh.deps.StartErr, datadir.ErrInUse) {
		// Nothing is wrong with the data: another copy has it open.
		title, quitText = msgStartupInUseTitle, msgStartupInUseQuit
	}
	quit := sh.kit().Button(sh.l.T(quitText), nil, sh.app.Quit)
	col := container.NewVBox()
	if sh.damaged() {
		// Not "restore your latest backup": there may be none. Every
		// way on is offered below, each in plain words.
		col.Add(page.Wrapped(sh.l.T(msgStartupDamaged)))
		if offer := sh.backupOffer(); offer != nil {
			col.Add(offer)
		}
		col.Add(sh.fromFileOffer())
		col.Add(sh.freshOffer())
	} else {
		col.Add(page.Wrapped(sh.l.T(m, data)))
	}
	col.Add(page.Wrapped(sh.l.T(msgStartupHelp)))
	col.Add(page.NewFlow(help, quit))
	col.Add(sh.ErrorDetails(sh.deps.StartErr))
	col.Add(layout.NewSpacer())
	return page.Page{Title: sh.l.T(title), Obj: container.NewVScroll(container.NewPadded(col))}
}

var (
	msgStartupOffer = &i18n.Message{ID: "Startup.Offer", Description: "A damaged data file: the newest good backup is offered; Date and Time say when it was made",
		Other: "Your latest good copy is from {{.Date}}, {{.Time}}. You can put it back now. The damaged file is kept in the backups folder, in case it can be mended later."}
	msgStartupUse = &i18n.Message{ID: "Startup.UseBackup", Description: "Button: restore the newest good backup", Other: "Put back that copy"}

	msgStartupDamaged = &i18n.Message{ID: "Startup.Damaged", Description: "Heading text when the data file is damaged; the ways on are offered below it",
		Other: "Alongside's data file is damaged, so it could not be opened. Nothing has been changed. Below are the ways to go on: put back a copy, or start again with empty data while the damaged file is kept."}
	msgStartupFileTitle = &i18n.Message{ID: "Startup.FromFile.Title", Description: "Card on the damaged-data screen: restore a copy from a file the person chooses", Other: "Put back a copy from a file"}
	msgStartupFileIntro = &i18n.Message{ID: "Startup.FromFile.Intro", Description: "Explains restoring from a file when the data file is damaged",
		Other: "If you saved a copy somewhere, such as on a USB stick, choose it here or type where it is (~ means your home folder). The copy is checked before anything changes, and the damaged file is kept in the backups folder."}
	msgStartupChoose  = &i18n.Message{ID: "Startup.FromFile.Choose", Description: "Button: open the file chooser to pick a backup file", Other: "Choose a file…"}
	msgStartupFileGo  = &i18n.Message{ID: "Startup.FromFile.Go", Description: "Button: restore the chosen file", Other: "Put back this copy"}
	msgStartupFreshT  = &i18n.Message{ID: "Startup.Fresh.Title", Description: "Card on the damaged-data screen: start again with empty data", Other: "Start again with empty data"}
	msgStartupFreshIn = &i18n.Message{ID: "Startup.Fresh.Intro", Description: "Explains starting again when the data file is damaged and there is no copy",
		Other: "If you have no copy, Alongside can start again with empty data. The damaged file is not deleted: it is renamed with today's date and kept in your data folder, in case it can be mended later."}
	msgStartupFreshGo = &i18n.Message{ID: "Startup.Fresh.Go", Description: "Button: start again with empty data, keeping the damaged file", Other: "Start with empty data"}
	msgStartupFreshQ  = &i18n.Message{ID: "Startup.Fresh.Confirm", Description: "Asks before starting again with empty data",
		Other: "Start again with empty data? The damaged file is kept, renamed, in your data folder, but what it holds will not show in Alongside."}
	msgStartupFreshOK = &i18n.Message{ID: "Startup.Fresh.Done", Description: "Alongside started again with empty data; Path is the new name of the damaged file, kept",
		Other: "Alongside has started again with empty data. The damaged file is kept as {{.Path}}."}
	msgStartupBack = &i18n.Message{ID: "Startup.Reopened", Description: "A copy was put back in place of the damaged file and opened; Kept is where the damaged file is kept",
		Other: "Your copy is back and open. The damaged file is kept as {{.Kept}}."}
	msgStartupBackNew = &i18n.Message{ID: "Startup.ReopenedNew", Description: "A copy was put back and opened (there was no damaged file left to keep)", Other: "Your copy is back and open."}
	msgStartupWorking = &i18n.Message{ID: "Startup.Working", Description: "Shown while a copy is put back or the data is started again", Other: "Working on it…"}
)

// damaged reports whether the window shows a data file that did not
// open as damaged, in a known folder: then it offers the ways on.
func (sh *Shell) damaged() bool {
	return errors.Is(sh.deps.StartErr, store.ErrDamaged) && sh.deps.DataDir != ""
}

// planState says whether the safety plan's written part can be read now.
func (sh *Shell) planState() worksheets.PlanState {
	switch {
	case (sh.deps.Records == nil || sh.Locked()) && sh.deps.StartErr != nil:
		return worksheets.PlanNoData
	case sh.deps.Records == nil || sh.Locked():
		return worksheets.PlanLocked
	case sh.rekey != nil:
		return worksheets.PlanRekeying
	}
	return worksheets.PlanOpen
}

// backupOffer offers the newest good automatic copy when the data file is
// damaged, or nil.
func (sh *Shell) backupOffer() fyne.CanvasObject {
	if !sh.damaged() {
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
	secret := k.Password("")
	status := page.Wrapped("")
	var use *widgets.Button
	use = k.Button(l.T(msgStartupUse), fynetheme.HistoryIcon(), func() {
		use.Disable()
		sh.restoreAtStart(b.Path, secret, status, use)
	})
	use.Importance = widget.HighImportance
	box := container.NewVBox(page.Wrapped(l.T(msgStartupOffer, map[string]any{"Date": l.Date(b.Time), "Time": l.Clock(b.Time)})))
	if details.Locked {
		box.Add(page.Form(page.Field{Label: l.T(msgRsSecret), Input: secret}))
	}
	box.Add(page.NewFlow(use))
	box.Add(status)
	return page.NewCard("", box)
}

// fromFileOffer puts back a copy from a file the person chooses (Fyne's
// file chooser) or types, "~" read as the home folder.
func (sh *Shell) fromFileOffer() fyne.CanvasObject {
	l, k := sh.l, sh.kit()
	file := k.Entry("")
	secret := k.Password("")
	status := page.Wrapped("")
	choose := k.Button(l.T(msgStartupChoose), fynetheme.FolderOpenIcon(), func() {
		sh.ChooseFile(l.T(msgRsChooseT), nil, func(path string) { file.SetText(path) })
	})
	var use *widgets.Button
	use = k.Button(l.T(msgStartupFileGo), fynetheme.HistoryIcon(), func() {
		src := page.ExpandHome(strings.TrimSpace(file.Text))
		if src == "" {
			status.SetText(l.T(settings.MsgBackupNeed))
			return
		}
		sh.restoreAtStart(src, secret, status, use)
	})
	use.Importance = widget.HighImportance
	f := page.Form(page.Field{Label: l.T(settings.MsgBackupFile), Input: container.NewBorder(nil, nil, nil, choose, file)},
		page.Field{Label: l.T(msgRsSecret), Hint: l.T(msgRsSecretWhy), Input: secret})
	return page.NewCard(l.T(msgStartupFileTitle), container.NewVBox(page.Wrapped(l.T(msgStartupFileIntro)), f, page.NewFlow(use), status))
}

// freshOffer starts again with empty data, keeping the damaged file
// aside under a dated name (never deleted), after asking.
func (sh *Shell) freshOffer() fyne.CanvasObject {
	l, k := sh.l, sh.kit()
	status := page.Wrapped("")
	var fresh *widgets.Button
	fresh = k.Button(l.T(msgStartupFreshGo), fynetheme.ContentAddIcon(), func() {
		sh.Confirm(l.T(msgStartupFreshT), l.T(msgStartupFreshQ), l.T(msgStartupFreshGo), func() {
			fresh.Disable()
			status.SetText(l.T(msgStartupWorking))
			var aside string
			now := sh.idle.now()
			sh.reopenAtStart(func(path string) (err error) {
				aside, err = store.SetAside(path, now)
				return err
			}, func(err error) {
				fresh.Enable()
				status.SetText(page.Reason(l, err))
			}, func() string { return sh.l.T(msgStartupFreshOK, map[string]any{"Path": aside}) })
		})
	})
	return page.NewCard(l.T(msgStartupFreshT), container.NewVBox(page.Wrapped(l.T(msgStartupFreshIn)), page.NewFlow(fresh), status))
}

// restoreAtStart puts the backup at src in place of the damaged file
// (kept in the backups folder first) and opens it.
func (sh *Shell) restoreAtStart(src string, secret *widgets.Entry, status *widget.Label, btn *widgets.Button) {
	l := sh.l
	btn.Disable()
	status.SetText(l.T(msgStartupWorking))
	opt := store.RestoreOptions{Secret: secret.Text, Now: sh.idle.now()}
	secret.SetText("")
	var res store.RestoreResult
	sh.reopenAtStart(func(path string) (err error) {
		res, err = store.RestoreFile(context.Background(), path, src, opt)
		return err
	}, func(err error) {
		btn.Enable()
		status.SetText(page.Reason(l, err))
	}, func() string {
		if res.Kept == "" {
			return sh.l.T(msgStartupBackNew)
		}
		return sh.l.T(msgStartupBack, map[string]any{"Kept": res.Kept})
	})
}

// heldData keeps the data folders opened after start-up (a copy put
// back, or a fresh start) for the life of the process, and with them
// their locks: a lock's file left to the collector would be closed,
// letting a second copy of Alongside in.
var heldData []*datadir.Data

// reopenAtStart mends the data folder with mend, off the UI goroutine and
// holding the folder's lock, then opens its data and builds the window
// on it in place: no closing and opening again. On failure, failed is
// told why and the window stays as it is; on success it shows said's
// words.
func (sh *Shell) reopenAtStart(mend func(path string) error, failed func(error), said func() string) {
	ctx := context.Background()
	carry := sh.deps.Prefs // choices made on this screen (language, look)
	var data *datadir.Data
	var lang, look string
	var err error
	sh.bg.Do(func() {
		if data, err = datadir.Recover(ctx, sh.deps.DataDir, mend); err != nil {
			return
		}
		for _, key := range []store.Setting{store.SettingLanguage, store.SettingTheme} {
			if v := carry.GetOr(ctx, key, ""); v != "" && data.Store.GetOr(ctx, key, "") == "" {
				_ = data.Store.Set(ctx, key, v) // best effort: a choice made while the data was shut
			}
		}
		lang = data.Store.GetOr(ctx, store.SettingLanguage, "")
		look = data.Store.GetOr(ctx, store.SettingTheme, "")
	}, func() {
		if err != nil {
			log.Printf("open the data again: %v", err)
			failed(err)
			return
		}
		heldData = append(heldData, data)
		sh.deps.StartErr = nil
		if lang != "" {
			sh.setLanguage(lang)
		}
		if look != "" {
			sh.applyTheme(look)
		}
		sh.swapStore(data.Store)
		sh.Go(page.SectionHome)
		sh.ShowDialog(sh.l.T(page.MsgAppName), page.Wrapped(said()))
	})
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
