package ui

import (
	"context"
	"errors"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/widgets"
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
	msgLockEmpty    = &i18n.Message{ID: "Lock.Empty", Description: "Unlock was pressed with nothing typed", Other: "Type your passphrase first."}
	msgLockForgot   = &i18n.Message{ID: "Lock.Forgot", Description: "Button on the lock screen for someone who forgot the passphrase", Other: "Forgot it? Use your recovery code"}
	msgLockCode     = &i18n.Message{ID: "Lock.Code", Description: "Label of the recovery code field on the lock screen", Other: "Recovery code"}
	msgLockCodeHint = &i18n.Message{ID: "Lock.Code.Hint", Description: "Explains the recovery code field",
		Other: "The code you saved when you set your passphrase, such as ABCD-EFGH-… Capitals and dashes do not matter. You will then choose a new passphrase."}
	msgLockUsePass = &i18n.Message{ID: "Lock.UsePassphrase", Description: "Button that goes back from the recovery code to the passphrase", Other: "Use my passphrase instead"}
	msgLockFailed  = &i18n.Message{ID: "Lock.Failed", Description: "Unlocking failed for a reason other than a wrong passphrase; Reason explains",
		Other: "Your records could not be opened. {{.Reason}}"}
)

// locked reports whether private records are locked away: a passphrase is
// set and nobody has unlocked since the start, Hide or the idle time.
func (sh *Shell) locked() bool {
	return sh.deps.Records != nil && !sh.deps.Records.Unlocked()
}

// sealed reports whether only Get help now, Hide and one explaining page
// are on offer: the data could not be opened, or it is locked.
func (sh *Shell) sealed() bool { return sh.deps.StartErr != nil || sh.locked() }

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
	if sh.deps.Records == nil || sh.locked() || !sh.hasPassphrase() {
		return
	}
	sh.deps.Records.Lock()
	sh.forgetPrivate()
	sh.stack = nil
	sh.rebuild()
}

// unlocked shows the app again after the records were opened.
func (sh *Shell) unlocked() {
	sh.stack = nil
	sh.rebuild()
	sh.idle.touch()
}

// lockScreen asks for the passphrase or the recovery code.
type lockScreen struct {
	sh       *Shell
	k        kit
	entry    *widgets.Entry
	label    *widget.Label
	hint     *widget.Label
	unlock   *widgets.Button
	swap     *widgets.Button
	message  *widget.Label
	recovery bool // the recovery code is being typed
	busy     bool
}

func (sh *Shell) lockPage() page {
	s := &lockScreen{sh: sh, k: sh.kit()}
	obj := s.buildUI()
	return page{title: sh.l.T(msgLockTitle), obj: obj, focus: s.entry}
}

func (s *lockScreen) buildUI() fyne.CanvasObject {
	l := s.sh.l
	s.entry = s.k.password("")
	s.entry.OnSubmitted = func(string) { s.onUnlock() }
	s.label = sectionHeading(l.T(msgLockPassphrase))
	s.hint = smallPrint(l.T(msgLockCodeHint))
	s.hint.Hide()
	s.unlock = s.k.button(l.T(msgLockUnlock), fynetheme.LoginIcon(), s.onUnlock)
	s.unlock.Importance = widget.HighImportance
	s.swap = s.k.button(l.T(msgLockForgot), nil, s.onSwap)
	s.swap.Importance = widget.LowImportance
	s.message = wrapped("")
	s.message.Importance = widget.DangerImportance
	s.message.Hide()
	head := widget.NewLabelWithStyle(l.T(msgLockHead), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = fynetheme.SizeNameHeadingText
	head.Wrapping = fyne.TextWrapWord
	col := container.NewVBox(head, wrapped(l.T(msgLockBody)), s.label, s.hint, s.entry, s.message,
		newFlow(s.unlock, s.swap))
	return pageScroll(col)
}

// onSwap moves between the passphrase and the recovery code.
func (s *lockScreen) onSwap() {
	l := s.sh.l
	s.recovery = !s.recovery
	s.entry.SetText("")
	s.entry.Password = !s.recovery
	s.message.Hide()
	if s.recovery {
		s.label.SetText(l.T(msgLockCode))
		s.hint.Show()
		s.swap.SetText(l.T(msgLockUsePass))
	} else {
		s.label.SetText(l.T(msgLockPassphrase))
		s.hint.Hide()
		s.swap.SetText(l.T(msgLockForgot))
	}
	s.entry.Refresh()
	s.sh.win.Canvas().Focus(s.entry)
}

// onUnlock checks what was typed off the UI goroutine (the key derivation
// takes about a second on purpose) and opens the app or says why not.
func (s *lockScreen) onUnlock() {
	if s.busy {
		return
	}
	secret := s.entry.Text
	if secret == "" {
		s.say(msgLockEmpty, nil)
		return
	}
	s.busy = true
	s.unlock.Disable()
	s.unlock.SetText(s.sh.l.T(msgLockOpening))
	recovery := s.recovery
	var err error
	s.k.bg.Do(func() {
		err = openRecords(s.sh.deps.Records, secret, recovery)
	}, func() { s.done(err, recovery) })
}

func openRecords(r lockKeeper, secret string, recovery bool) error {
	if recovery {
		return r.UnlockWithRecovery(context.Background(), secret)
	}
	return r.Unlock(context.Background(), secret)
}

func (s *lockScreen) done(err error, recovery bool) {
	s.busy = false
	s.unlock.Enable()
	s.unlock.SetText(s.sh.l.T(msgLockUnlock))
	s.entry.SetText("")
	switch {
	case err == nil && recovery:
		s.sh.unlocked()
		s.sh.Push(s.sh.passphrasePage(true))
	case err == nil:
		s.sh.unlocked()
	case errors.Is(err, store.ErrWrongPassphrase) && recovery:
		s.say(msgLockWrongCode, nil)
	case errors.Is(err, store.ErrWrongPassphrase):
		s.say(msgLockWrong, nil)
	default:
		log.Printf("unlock: %v", err)
		m, data := explain.Error(err)
		s.say(msgLockFailed, map[string]any{"Reason": s.sh.l.T(m, data)})
	}
}

func (s *lockScreen) say(m *i18n.Message, data map[string]any) {
	if data == nil {
		s.message.SetText(s.sh.l.T(m))
	} else {
		s.message.SetText(s.sh.l.T(m, data))
	}
	s.message.Show()
	s.sh.win.Canvas().Focus(s.entry)
}
