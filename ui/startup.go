package ui

import (
	"context"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
)

var (
	msgStartupTitle = &i18n.Message{ID: "Startup.Title", Description: "Heading when the app could not open its data", Other: "Your data could not be opened"}
	msgStartupHelp  = &i18n.Message{ID: "Startup.Help", Description: "Under the explanation when the data could not be opened: help still works",
		Other: "Get help now (F1) still works: helplines for your country and what to do in an overdose."}
	msgQuit = &i18n.Message{ID: "Startup.Quit", Description: "Button that closes the app when its data could not be opened", Other: "Close Alongside"}
)

// ShowStartupError fills w with a calm explanation of why Alongside could
// not open its data (another copy has it; it is damaged, newer or in a
// folder that cannot be written), with Get help now and Hide still there.
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
	quit := sh.kit().button(sh.l.T(msgQuit), nil, sh.app.Quit)
	col := container.NewVBox(wrapped(sh.l.T(m, data)), wrapped(sh.l.T(msgStartupHelp)),
		newFlow(help, quit), layout.NewSpacer())
	return page{title: sh.l.T(msgStartupTitle), obj: container.NewVScroll(container.NewPadded(col))}
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

func (p *memoryPrefs) Set(_ context.Context, key store.Setting, value string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = map[store.Setting]string{}
	}
	p.m[key] = value
	return nil
}
