package ui

import (
	"errors"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// secretWords are what a secretAsker says: its button, while busy, and
// when what was typed is wrong or could not be checked (Reason explains).
type secretWords struct {
	action, busy, wrong, wrongCode, failed *i18n.Message
}

// secretAsker asks for the passphrase or, after a swap, the recovery code,
// and has it checked off the UI goroutine: each check derives a key, which
// takes about a second on purpose. It limits tries the same way wherever
// it asks (the lock screen, and before the lock is changed or turned off):
// one check at a time (a press while one runs is no new try), nothing
// typed is no try, and a wrong one empties the field and says that
// nothing has changed.
type secretAsker struct {
	k     page.Kit
	sh    *Shell
	words secretWords
	// check runs off the UI goroutine with what was typed.
	check func(secret string, recovery bool) error
	// ok runs on the UI goroutine once check has passed.
	ok func(secret string, recovery bool)

	entry    *widgets.Entry
	label    *widget.Label
	hint     *widget.Label
	submit   *widgets.Button
	swap     *widgets.Button
	message  *widget.Label
	recovery bool // the recovery code is being typed
	busy     bool
	// swapped, when set, runs after a move between the passphrase and the
	// recovery code, for the page's words around the field.
	swapped func()
}

func (sh *Shell) newSecretAsker(words secretWords, check func(string, bool) error, ok func(string, bool)) *secretAsker {
	l, k := sh.l, sh.kit()
	a := &secretAsker{k: k, sh: sh, words: words, check: check, ok: ok}
	a.entry = k.Password("")
	a.entry.OnSubmitted = func(string) { a.onSubmit() }
	a.label = page.SectionHeading(l.T(msgLockPassphrase))
	a.hint = page.SmallPrint(l.T(msgLockCodeHint))
	a.hint.Hide()
	a.submit = k.Button(l.T(words.action), nil, a.onSubmit)
	a.submit.Importance = widget.HighImportance
	a.swap = k.Button(l.T(msgLockForgot), nil, a.onSwap)
	a.swap.Importance = widget.LowImportance
	a.message = page.Wrapped("")
	a.message.Importance = widget.DangerImportance
	a.message.Hide()
	return a
}

// fields are the label, hint, field and message, in order.
func (a *secretAsker) fields() []fyne.CanvasObject {
	return []fyne.CanvasObject{a.label, a.hint, a.entry, a.message}
}

// onSwap moves between the passphrase and the recovery code.
func (a *secretAsker) onSwap() {
	l := a.sh.l
	a.recovery = !a.recovery
	a.entry.SetText("")
	// The code opens the records as the passphrase does: it is hidden as
	// it is typed too (the field's eye shows it, to check each group).
	a.entry.Password = true
	a.message.Hide()
	if a.recovery {
		a.label.SetText(l.T(msgLockCode))
		a.hint.Show()
		a.swap.SetText(l.T(msgLockUsePass))
	} else {
		a.label.SetText(l.T(msgLockPassphrase))
		a.hint.Hide()
		a.swap.SetText(l.T(msgLockForgot))
	}
	a.entry.Refresh()
	if a.swapped != nil {
		a.swapped()
	}
	a.focus()
}

func (a *secretAsker) onSubmit() {
	if a.busy {
		return
	}
	secret := a.entry.Text
	if secret == "" {
		if a.recovery {
			a.say(msgLockEmptyCode, nil)
		} else {
			a.say(msgLockEmpty, nil)
		}
		return
	}
	a.busy = true
	a.submit.Disable()
	a.submit.SetText(a.sh.l.T(a.words.busy))
	recovery := a.recovery
	var err error
	a.k.BG.Do(func() { err = a.check(secret, recovery) }, func() { a.done(secret, recovery, err) })
}

func (a *secretAsker) done(secret string, recovery bool, err error) {
	a.busy = false
	a.submit.Enable()
	a.submit.SetText(a.sh.l.T(a.words.action))
	a.entry.SetText("")
	switch {
	case err == nil:
		a.message.Hide()
		a.ok(secret, recovery)
	case errors.Is(err, store.ErrWrongPassphrase) && recovery:
		a.say(a.words.wrongCode, nil)
	case errors.Is(err, store.ErrWrongPassphrase):
		a.say(a.words.wrong, nil)
	default:
		log.Printf("check passphrase: %v", err)
		a.say(a.words.failed, map[string]any{"Reason": page.Reason(a.sh.l, err)})
	}
}

func (a *secretAsker) say(m *i18n.Message, data map[string]any) {
	if data == nil {
		a.message.SetText(a.sh.l.T(m))
	} else {
		a.message.SetText(a.sh.l.T(m, data))
	}
	a.message.Show()
	a.focus()
}

// focus puts the keyboard in the field, unless the window is hidden.
func (a *secretAsker) focus() {
	if !a.sh.hidden {
		a.sh.win.Canvas().Focus(a.entry)
	}
}
