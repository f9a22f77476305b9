package ui

import (
	"context"
	"log"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/trustelem/zxcvbn"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
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
	msgPassSaving   = &i18n.Message{ID: "Passphrase.Saving", Description: "Shown while the passphrase is being set", Other: "Setting it…"}
	msgPassShort    = &i18n.Message{ID: "Passphrase.TooShort", Description: "The passphrase is too short", Other: "Use at least 8 characters."}
	msgPassMismatch = &i18n.Message{ID: "Passphrase.Mismatch", Description: "The two passphrases typed differ", Other: "The two passphrases are not the same. Type them again."}
	msgPassWeak     = &i18n.Message{ID: "Passphrase.Weak", Description: "The passphrase would be easy to guess", Other: "This would be easy to guess. Add another word or two."}
	msgPassFailed   = &i18n.Message{ID: "Passphrase.Failed", Description: "The passphrase could not be set; Reason explains", Other: "The passphrase could not be set. {{.Reason}}"}
	msgPassStrength = &i18n.Message{ID: "Passphrase.Strength", Description: "How hard the passphrase is to guess; Level is one of the strength words", Other: "Strength: {{.Level}}"}
	msgStrength     = []*i18n.Message{
		{ID: "Passphrase.Strength.0", Description: "Passphrase strength word", Other: "very easy to guess"},
		{ID: "Passphrase.Strength.1", Description: "Passphrase strength word", Other: "easy to guess"},
		{ID: "Passphrase.Strength.2", Description: "Passphrase strength word", Other: "fair"},
		{ID: "Passphrase.Strength.3", Description: "Passphrase strength word", Other: "strong"},
		{ID: "Passphrase.Strength.4", Description: "Passphrase strength word", Other: "very strong"},
	}
)

// minPassLength and minPassScore are what a passphrase must reach.
const (
	minPassLength = 8
	minPassScore  = 2 // zxcvbn: 0 (too guessable) to 4
)

// spanishWords are common Spanish words zxcvbn's English lists lack, so a
// Spanish passphrase of one common word is not rated strong.
var spanishWords = []string{"contraseña", "hola", "amor", "familia", "casa", "madre", "padre", "hijo", "hija",
	"mama", "papa", "te", "quiero", "dios", "vida", "feliz", "corazon", "amigo", "amiga", "secreto",
	"alongside", "diario", "journal", "password", "clave"}

// passStrength rates a passphrase from 0 to 4.
func passStrength(p string) int {
	return zxcvbn.PasswordStrength(p, spanishWords).Score
}

// passphraseScreen sets or changes the passphrase.
type passphraseScreen struct {
	sh       *Shell
	k        kit
	first    *widgets.Entry
	again    *widgets.Entry
	strength *widget.Label
	message  *widget.Label
	save     *widgets.Button
	busy     bool
}

// passphrasePage sets the passphrase; recovered says the person has just
// used the recovery code.
func (sh *Shell) passphrasePage(recovered bool) page {
	go passStrength("") // builds the word lists while the person reads
	s := &passphraseScreen{sh: sh, k: sh.kit()}
	title := msgPassTitle
	if recovered || sh.hasPassphrase() {
		title = msgPassNewTitle
	}
	return page{title: sh.l.T(title), obj: s.buildUI(recovered)}
}

func (s *passphraseScreen) buildUI(recovered bool) fyne.CanvasObject {
	l := s.sh.l
	s.first = s.k.password("")
	s.again = s.k.password("")
	s.strength = smallPrint("")
	s.first.OnChanged = func(p string) { s.k.touch(); s.showStrength(p) }
	s.again.OnSubmitted = func(string) { s.onSave() }
	s.message = wrapped("")
	s.message.Importance = widget.DangerImportance
	s.message.Hide()
	s.save = s.k.button(l.T(msgPassSave), fynetheme.ConfirmIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	intro := wrapped(l.T(msgPassIntro))
	top := []fyne.CanvasObject{intro}
	if recovered {
		top = []fyne.CanvasObject{wrapped(l.T(msgPassRecovered)), intro}
	}
	f := form(field{label: l.T(msgPassField), input: container.NewVBox(s.first, s.strength)},
		field{label: l.T(msgPassAgain), input: s.again})
	return pageScroll(append(top, f, s.message, newFlow(s.save))...)
}

func (s *passphraseScreen) showStrength(p string) {
	if p == "" {
		s.strength.SetText("")
		return
	}
	s.strength.SetText(s.sh.l.T(msgPassStrength, map[string]any{"Level": s.sh.l.T(msgStrength[passStrength(p)])}))
}

// problem says what is wrong with the typed passphrases, or nil.
func (s *passphraseScreen) problem() *i18n.Message {
	p := s.first.Text
	switch {
	case utf8.RuneCountInString(p) < minPassLength:
		return msgPassShort
	case p != s.again.Text:
		return msgPassMismatch
	case passStrength(p) < minPassScore:
		return msgPassWeak
	}
	return nil
}

func (s *passphraseScreen) onSave() {
	if s.busy {
		return
	}
	if m := s.problem(); m != nil {
		s.say(s.sh.l.T(m))
		return
	}
	s.busy = true
	s.save.Disable()
	s.save.SetText(s.sh.l.T(msgPassSaving))
	pass := s.first.Text
	var code string
	var err error
	s.k.bg.Do(func() {
		code, err = s.sh.deps.Records.SetPassphrase(context.Background(), pass)
	}, func() { s.done(code, err) })
}

func (s *passphraseScreen) done(code string, err error) {
	s.busy = false
	s.save.Enable()
	s.save.SetText(s.sh.l.T(msgPassSave))
	if err != nil {
		log.Printf("set passphrase: %v", err)
		m, data := explain.Error(err)
		s.say(s.sh.l.T(msgPassFailed, map[string]any{"Reason": s.sh.l.T(m, data)}))
		return
	}
	s.first.SetText("")
	s.again.SetText("")
	s.sh.save(store.SettingLockAsked, "yes")
	s.sh.privacyChanged()
	s.sh.replaceTop(s.sh.recoveryPage(code))
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
