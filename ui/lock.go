package ui

import (
	"context"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/ui/learn"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgLockTitle = &i18n.Message{ID: "Lock.Title", Description: "Header title while the private records are locked", Other: "Locked"}
	msgLockHead  = &i18n.Message{ID: "Lock.Heading", Description: "Heading of the lock screen", Other: "Your private records are locked"}
	msgLockBody  = &i18n.Message{ID: "Lock.Body", Description: "Explains the lock screen",
		Other: "Type your passphrase to open your journal, boundaries, conversations and plans. Get help now (F1) and Hide work without it."}
	msgLockPassphrase = &i18n.Message{ID: "Lock.Passphrase", Description: "Label of the passphrase field on the lock screen", Other: "Passphrase"}
	msgLockUnlock     = &i18n.Message{ID: "Lock.Unlock", Description: "Button that unlocks the private records", Other: "Unlock"}
	msgLockOpening    = &i18n.Message{ID: "Lock.Opening", Description: "Shown while the passphrase is being checked", Other: "Opening…"}
	msgLockWrong      = &i18n.Message{ID: "Lock.Wrong", Description: "The passphrase typed on the lock screen is wrong",
		Other: "That passphrase did not open your records. Check Caps Lock and try again. Nothing has changed."}
	msgLockWrongCode = &i18n.Message{ID: "Lock.WrongCode", Description: "The recovery code typed on the lock screen is wrong",
		Other: "That recovery code did not open your records. Check each group of letters and try again. Nothing has changed."}
	msgLockEmpty     = &i18n.Message{ID: "Lock.Empty", Description: "Unlock was pressed with nothing typed", Other: "Type your passphrase first."}
	msgLockEmptyCode = &i18n.Message{ID: "Lock.EmptyCode", Description: "Unlock was pressed with no recovery code typed", Other: "Type your recovery code first."}
	msgLockBodyCode  = &i18n.Message{ID: "Lock.BodyCode", Description: "Explains the lock screen while the recovery code is asked for instead of the passphrase",
		Other: "Type your recovery code to open your journal, boundaries, conversations and plans. Get help now (F1) and Hide work without it."}
	msgLockForgot   = &i18n.Message{ID: "Lock.Forgot", Description: "Button on the lock screen for someone who forgot the passphrase", Other: "Forgot it? Use your recovery code"}
	msgLockCode     = &i18n.Message{ID: "Lock.Code", Description: "Label of the recovery code field on the lock screen", Other: "Recovery code"}
	msgLockCodeHint = &i18n.Message{ID: "Lock.Code.Hint", Description: "Explains the recovery code field",
		Other: "The code you saved when you set your passphrase, such as ABCD-EFGH-… Capitals and dashes do not matter. You will then choose a new passphrase."}
	msgLockUsePass = &i18n.Message{ID: "Lock.UsePassphrase", Description: "Button that goes back from the recovery code to the passphrase", Other: "Use my passphrase instead"}
	msgLockFailed  = &i18n.Message{ID: "Lock.Failed", Description: "Unlocking failed for a reason other than a wrong passphrase; Reason explains",
		Other: "Your records could not be opened. {{.Reason}}"}
)

// Locked reports whether private records are locked away: a passphrase is
// set and nobody has unlocked since the start, Hide or the idle time.
func (sh *Shell) Locked() bool {
	return sh.deps.Records != nil && !sh.deps.Records.Unlocked()
}

// sealed reports whether only Get help now, Hide and one page are on
// offer: the data could not be opened, it is locked, the passphrase is
// being set, or its new recovery code is not saved yet.
func (sh *Shell) sealed() bool {
	return sh.deps.StartErr != nil || sh.Locked() || sh.rekey != nil || sh.holding()
}

// holding reports whether a page on the stack keeps the window to itself
// (the new recovery code, until it is saved).
func (sh *Shell) holding() bool {
	for _, p := range sh.stack {
		if p.Holds {
			return true
		}
	}
	return false
}

// hasPassphrase reports whether the lock is on.
func (sh *Shell) hasPassphrase() bool {
	if sh.deps.Records == nil {
		return false
	}
	on, err := sh.deps.Records.HasPassphrase(context.Background())
	if err != nil {
		log.Printf("privacy lock: %v", err)
	}
	return on
}

// LockNow locks the private records when a passphrase is set: the key and
// every screen that showed private words are dropped, and the lock screen
// shows. Without a passphrase there is nothing to lock.
func (sh *Shell) LockNow() {
	if sh.deps.Records == nil || sh.Locked() || !sh.hasPassphrase() {
		return
	}
	sh.drafts.KeepAll() // forms' unsaved writing, while the key is still there
	sh.journal.KeepPending()
	if sh.holding() {
		// The new recovery code was on screen, not yet saved: it goes
		// with the lock, and the next unlock offers to make another.
		sh.codeMissed = true
	}
	sh.deps.Records.Lock()
	sh.forgetPrivate()
	sh.uncopySecret(sh.copied)
	if sh.rekey != nil {
		sh.rekey.back = nil // pages that showed private words go too
	}
	sh.covered = nil // message boxes Hide covered belong to those pages: Continue leaves them closed
	sh.stack = nil
	sh.rebuild()
}

// revealed gives the keyboard back when Continue brings the window back
// from Hide: to the page's field, such as the lock screen's passphrase
// field, as at first start (Hide let go of the keyboard).
func (sh *Shell) revealed() {
	if !sh.attached || sh.hidden {
		return
	}
	sh.DropStaleFocus() // the hidden screen's Continue, if Tab and Enter pressed it
	if top := sh.Top(); top.Focus != nil {
		sh.win.Canvas().Focus(top.Focus)
	}
}

// unlocked shows the app again after the records were opened.
func (sh *Shell) unlocked() {
	sh.stack = nil
	sh.rebuild()
	sh.idle.touch()
}

// lockWords are what the lock screen's asker says.
var lockWords = secretWords{action: msgLockUnlock, busy: msgLockOpening, wrong: msgLockWrong,
	wrongCode: msgLockWrongCode, failed: msgLockFailed}

// lockPage asks for the passphrase or the recovery code.
func (sh *Shell) lockPage() page.Page {
	a := sh.newSecretAsker(lockWords, func(secret string, recovery bool) error {
		return openRecords(sh.deps.Records, secret, recovery)
	}, sh.opened)
	a.submit.SetIcon(fynetheme.LoginIcon())
	l := sh.l
	head := widget.NewLabelWithStyle(l.T(msgLockHead), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = fynetheme.SizeNameHeadingText
	head.Wrapping = fyne.TextWrapWord
	body := page.Wrapped(l.T(msgLockBody))
	a.swapped = func() { // it speaks of what is asked for
		if a.recovery {
			body.SetText(l.T(msgLockBodyCode))
		} else {
			body.SetText(l.T(msgLockBody))
		}
	}
	col := container.NewVBox(append(append([]fyne.CanvasObject{head, body}, a.fields()...),
		page.NewFlow(a.submit, a.swap))...)
	return page.Page{Title: l.T(msgLockTitle), Obj: page.Scroll(col), Focus: a.entry}
}

func openRecords(r lockKeeper, secret string, recovery bool) error {
	if recovery {
		return r.UnlockWithRecovery(context.Background(), secret)
	}
	return r.Unlock(context.Background(), secret)
}

// opened shows the app once the lock screen's secret opened the records.
// After the recovery code a new passphrase is asked for at once; the code
// just typed stands in for the current secret, so it is not asked again.
// When the window was hidden meanwhile, the records lock again.
func (sh *Shell) opened(secret string, recovery bool) {
	if sh.hidden {
		sh.deps.Records.Lock()
		return
	}
	sh.unlocked()
	switch {
	case sh.rekey != nil: // the passphrase is being set: its progress shows
	case recovery:
		sh.Push(sh.passphrasePage(secret, true))
	case sh.codeMissed:
		sh.codeMissed = false
		sh.Go(page.SectionSettings)
		sh.Push(sh.currentSecretPage(msgPassCodeMissed))
	}
}

// forgetPrivate drops every private word the screens hold in memory.
func (sh *Shell) forgetPrivate() {
	sh.journal.Forget()
	sh.meetings.Forget()
	sh.safetyAnswer = learn.SafetyNotAsked
}
