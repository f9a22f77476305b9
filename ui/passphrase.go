package ui

import (
	"context"
	"errors"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgPassTitle    = &i18n.Message{ID: "Passphrase.Title", Description: "Title of the page that sets a passphrase", Other: "Set a passphrase"}
	msgPassNewTitle = &i18n.Message{ID: "Passphrase.NewTitle", Description: "Title of the page that changes the passphrase", Other: "Choose a new passphrase"}
	msgPassIntro    = &i18n.Message{ID: "Passphrase.Intro", Description: "Explains how to choose a passphrase",
		Other: "Choose a passphrase only you know. A few ordinary words together are easy to remember and hard to guess, such as \"kettle river blue morning\". Alongside cannot show it to you again, but you will get a recovery code in case you forget it."}
	msgPassRecovered = &i18n.Message{ID: "Passphrase.Recovered", Description: "Shown after unlocking with the recovery code",
		Other: "Your records are open. Choose a new passphrase now; you will get a new recovery code, and the old one will stop working."}
	msgPassField    = &i18n.Message{ID: "Passphrase.Field", Description: "Label of the new passphrase field", Other: "New passphrase"}
	msgPassAgain    = &i18n.Message{ID: "Passphrase.Again", Description: "Label of the field where the passphrase is typed again", Other: "Type it again"}
	msgPassSave     = &i18n.Message{ID: "Passphrase.Save", Description: "Button that sets the passphrase", Other: "Set passphrase"}
	msgPassMismatch = &i18n.Message{ID: "Passphrase.Mismatch", Description: "The two passphrases typed differ", Other: "The two passphrases are not the same. Type them again."}
	msgPassFailed   = &i18n.Message{ID: "Passphrase.Failed", Description: "The passphrase could not be set; Reason explains", Other: "The passphrase could not be set. {{.Reason}}"}
	msgPassStrength = &i18n.Message{ID: "Passphrase.Strength", Description: "How hard the passphrase is to guess; Level is one of the strength words", Other: "Strength: {{.Level}}"}
	msgStrength     = []*i18n.Message{
		{ID: "Passphrase.Strength.0", Description: "Passphrase strength word", Other: "very easy to guess"},
		{ID: "Passphrase.Strength.1", Description: "Passphrase strength word", Other: "easy to guess"},
		{ID: "Passphrase.Strength.2", Description: "Passphrase strength word", Other: "fair"},
		{ID: "Passphrase.Strength.3", Description: "Passphrase strength word", Other: "strong"},
		{ID: "Passphrase.Strength.4", Description: "Passphrase strength word", Other: "very strong"},
	}

	msgPassBackupsSet = &i18n.Message{ID: "Passphrase.Backups.Set", Description: "Before a passphrase is first set: what happens to the copies in the backups folder; Count is how many there are",
		One:   "The backup copy in Alongside's backups folder was made without a passphrase, so anyone who can open this computer's files could read it. When you set the passphrase, it is deleted and one new copy is made under the lock.",
		Other: "Your {{.Count}} backup copies in Alongside's backups folder were made without a passphrase, so anyone who can open this computer's files could read them. When you set the passphrase, they are deleted and one new copy is made under the lock."}
	msgPassBackupsChange = &i18n.Message{ID: "Passphrase.Backups.Change", Description: "Before the passphrase is changed: what happens to the copies in the backups folder; Count is how many there are",
		One:   "The backup copy in Alongside's backups folder was made under the old passphrase, so the old passphrase or the old recovery code would still open it. When you set the new passphrase, it is deleted and one new copy is made under the new lock.",
		Other: "Your {{.Count}} backup copies in Alongside's backups folder were made under the old passphrase, so the old passphrase or the old recovery code would still open them. When you set the new passphrase, they are deleted and one new copy is made under the new lock."}
	msgPassBackupsNone = &i18n.Message{ID: "Passphrase.Backups.None", Description: "Before a passphrase is set or changed, when the backups folder holds no copy",
		Other: "When the passphrase is set, one new backup copy is made in Alongside's backups folder, under the lock."}
	msgPassBackupsElsewhere = &i18n.Message{ID: "Passphrase.Backups.Elsewhere", Description: "Before a passphrase is set or changed: copies the person saved elsewhere stay as they were",
		Other: "Copies you saved somewhere else yourself are not changed: they still open without this passphrase. Delete them if someone else could find them."}
	msgPassCodeMissed = &i18n.Message{ID: "Passphrase.CodeMissed", Description: "After unlocking: the passphrase was set, but the window was hidden or locked before its recovery code was shown and saved",
		Other: "Your passphrase is set, but its recovery code was not shown long enough for you to save it: the window was hidden or locked first. Without a recovery code there is no way back in if you forget your passphrase. Make a new one now: type your passphrase, then choose a passphrase again (it may be the same one)."}

	msgCurIntro     = &i18n.Message{ID: "Passphrase.Current.Intro", Description: "Before the passphrase can be changed, the current one is asked for", Other: "First type your passphrase as it is now, or your recovery code. Then you will choose the new one."}
	msgCurContinue  = &i18n.Message{ID: "Passphrase.Current.Continue", Description: "Button that checks the current passphrase before changing it", Other: "Continue"}
	msgCurChecking  = &i18n.Message{ID: "Passphrase.Current.Checking", Description: "Shown while the current passphrase is being checked", Other: "Checking…"}
	msgCurWrong     = &i18n.Message{ID: "Passphrase.Current.Wrong", Description: "The current passphrase typed is wrong", Other: "That is not your passphrase. Check Caps Lock and try again. Nothing has changed."}
	msgCurWrongCode = &i18n.Message{ID: "Passphrase.Current.WrongCode", Description: "The recovery code typed instead of the current passphrase is wrong", Other: "That is not your recovery code. Check each group of letters and try again. Nothing has changed."}
	msgCurFailed    = &i18n.Message{ID: "Passphrase.Current.Failed", Description: "The current passphrase could not be checked; Reason explains", Other: "Your passphrase could not be checked. {{.Reason}}"}
)

// currentWords are what the question before changing the lock says.
var currentWords = secretWords{action: msgCurContinue, busy: msgCurChecking, wrong: msgCurWrong,
	wrongCode: msgCurWrongCode, failed: msgCurFailed}

// currentSecretPage asks for the passphrase or the recovery code before
// the lock may be changed, then for the new passphrase. note, when set,
// says why it is asked now.
func (sh *Shell) currentSecretPage(note *i18n.Message) page.Page {
	var obj fyne.CanvasObject
	a := sh.newSecretAsker(currentWords, func(secret string, _ bool) error {
		return sh.deps.Records.CheckSecret(context.Background(), secret)
	}, func(secret string, _ bool) {
		if sh.showing(obj) {
			sh.ReplaceTop(sh.passphrasePage(secret, false))
		}
	})
	a.submit.SetIcon(fynetheme.NavigateNextIcon())
	var top []fyne.CanvasObject
	if note != nil {
		top = append(top, page.Wrapped(sh.l.T(note)))
	}
	top = append(top, page.Wrapped(sh.l.T(msgCurIntro)))
	obj = page.Scroll(append(append(top, a.fields()...), page.NewFlow(a.submit, a.swap))...)
	return page.Page{Title: sh.l.T(msgPrivacyChange), Obj: obj, Focus: a.entry}
}

// showing reports whether obj is the page on screen: a check that ends
// after Hide, the lock or Back has nothing to show its answer on.
func (sh *Shell) showing(obj fyne.CanvasObject) bool {
	return !sh.hidden && !sh.Locked() && sh.Top().Obj == obj
}

// passphraseScreen sets or changes the passphrase.
type passphraseScreen struct {
	sh       *Shell
	k        page.Kit
	first    *widgets.Entry
	again    *widgets.Entry
	strength *widget.Label
	message  *widget.Label
	save     *widgets.Button
	// current is the passphrase or recovery code the person has just
	// typed (before this page, or at the lock screen), kept only until
	// SetPassphrase has it; "" when no lock is set.
	current string
	obj     fyne.CanvasObject
}

// passphrasePage sets the passphrase, or changes it given current (the
// passphrase or recovery code as it is now); recovered says the person has
// just used the recovery code at the lock screen.
func (sh *Shell) passphrasePage(current string, recovered bool) page.Page {
	go store.PassphraseStrength("") // builds the word lists while the person reads
	s := &passphraseScreen{sh: sh, k: sh.kit(), current: current}
	changing := recovered || sh.hasPassphrase()
	title := msgPassTitle
	if changing {
		title = msgPassNewTitle
	}
	s.obj = s.buildUI(recovered, changing)
	return page.Page{Title: sh.l.T(title), Obj: s.obj, Focus: s.first}
}

func (s *passphraseScreen) buildUI(recovered, changing bool) fyne.CanvasObject {
	l := s.sh.l
	s.first = s.k.Password("")
	s.again = s.k.Password("")
	s.strength = page.SmallPrint("")
	s.first.OnChanged = func(p string) { s.k.Touch(); s.showStrength(p) }
	s.again.OnSubmitted = func(string) { s.onSave() }
	s.message = page.Wrapped("")
	s.message.Importance = widget.DangerImportance
	s.message.Hide()
	s.save = s.k.Button(l.T(msgPassSave), fynetheme.ConfirmIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	intro := page.Wrapped(l.T(msgPassIntro))
	top := []fyne.CanvasObject{intro}
	if recovered {
		top = []fyne.CanvasObject{page.Wrapped(l.T(msgPassRecovered)), intro}
	}
	f := page.Form(page.Field{Label: l.T(msgPassField), Input: container.NewVBox(s.first, s.strength)},
		page.Field{Label: l.T(msgPassAgain), Input: s.again})
	return page.Scroll(append(top, f, s.sh.backupsNotice(changing), page.NewFlow(s.save), s.message)...)
}

// backupsNotice says plainly what setting the passphrase does to the
// copies in the backups folder, made without it or under the old one,
// and that copies saved elsewhere are not changed.
func (sh *Shell) backupsNotice(changing bool) fyne.CanvasObject {
	l := sh.l
	infos, err := store.ListBackups(sh.deps.Records.BackupsDir())
	if err != nil {
		log.Printf("list backups: %v", err)
	}
	m := msgPassBackupsSet
	if changing {
		m = msgPassBackupsChange
	}
	first := l.N(m, len(infos), nil)
	if len(infos) == 0 {
		first = l.T(msgPassBackupsNone)
	}
	return container.NewVBox(page.Wrapped(first), page.Wrapped(l.T(msgPassBackupsElsewhere)))
}

func (s *passphraseScreen) showStrength(p string) {
	if p == "" {
		s.strength.SetText("")
		return
	}
	s.strength.SetText(s.sh.l.T(msgPassStrength, map[string]any{"Level": s.sh.l.T(msgStrength[store.PassphraseStrength(p)])}))
}

// problem says what is wrong with the typed passphrases, or "". The rule
// is the store's, so the window and the command line refuse alike.
func (s *passphraseScreen) problem() string {
	if err := store.CheckPassphrase(s.first.Text); err != nil {
		return page.Reason(s.sh.l, err)
	}
	if s.first.Text != s.again.Text {
		return s.sh.l.T(msgPassMismatch)
	}
	return ""
}

func (s *passphraseScreen) onSave() {
	if s.sh.rekey != nil {
		return
	}
	if m := s.problem(); m != "" {
		s.say(m)
		return
	}
	pass, current := s.first.Text, s.current
	s.first.SetText("")
	s.again.SetText("")
	run := s.sh.startRekey()
	var change store.LockChange
	var err error
	s.k.BG.Do(func() {
		change, err = s.sh.deps.Records.SetPassphrase(context.Background(), current, pass, progressOnUI(run.show))
	}, func() { s.done(run, change, err) })
}

func (s *passphraseScreen) done(run *rekeyRun, change store.LockChange, err error) {
	sh := s.sh
	sh.endRekey(run)
	if err != nil {
		log.Printf("set passphrase: %v", err)
		if errors.Is(err, store.ErrWrongPassphrase) && sh.showing(s.obj) {
			// What was typed before no longer opens the records (changed
			// meanwhile): ask for it again.
			sh.ReplaceTop(sh.currentSecretPage(nil))
			return
		}
		s.say(sh.l.T(msgPassFailed, map[string]any{"Reason": page.Reason(sh.l, err)}))
		return
	}
	s.current = ""
	sh.save(store.SettingLockAsked, "yes")
	sh.privacyChanged()
	if sh.hidden || sh.Locked() {
		// Nobody may see the recovery code now: it is dropped, and the
		// next unlock offers to make another.
		sh.codeMissed = true
		sh.LockNow()
		return
	}
	sh.codeMissed = false
	sh.showRecovery(change)
}

func (s *passphraseScreen) say(text string) {
	s.message.SetText(text)
	s.message.Show()
}

// lastGroup is the part of a recovery code after its last dash.
func lastGroup(code string) string {
	i := strings.LastIndexAny(code, "- ")
	return code[i+1:]
}
