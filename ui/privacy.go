package ui

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgRecTitle = &i18n.Message{ID: "Recovery.Title", Description: "Title of the page showing the recovery code", Other: "Your recovery code"}
	msgRecBody  = &i18n.Message{ID: "Recovery.Body", Description: "Explains the recovery code, shown once",
		Other: "Your passphrase is set. If you ever forget it, this code is the only way back in. Write it on paper and keep it somewhere safe, away from this computer. It will not be shown again."}
	msgRecCopy     = &i18n.Message{ID: "Recovery.Copy", Description: "Button that copies the recovery code", Other: "Copy code"}
	msgRecCopyNote = &i18n.Message{ID: "Recovery.CopyNote", Description: "Under the copy button: the code is copied only on request, and not for long",
		Other: "The code is copied only if you press Copy code, and Alongside empties the clipboard a minute later, or when it locks."}
	msgRecBackupsRemoved = &i18n.Message{ID: "Recovery.BackupsRemoved", Description: "After the passphrase was set: how many older backup copies were deleted; Count is a number",
		One:   "The older backup copy, which the new passphrase did not protect, was deleted.",
		Other: "{{.Count}} older backup copies, which the new passphrase did not protect, were deleted."}
	msgRecBackupMade    = &i18n.Message{ID: "Recovery.BackupMade", Description: "After the passphrase was set: a new backup copy was made under it", Other: "A new backup copy was made under the lock."}
	msgRecBackupNotMade = &i18n.Message{ID: "Recovery.BackupNotMade", Description: "After the passphrase was set: no new backup copy could be made",
		Other: "A new backup copy could not be made in the backups folder just now; Alongside tries again within the hour."}
	msgRecConfirm = &i18n.Message{ID: "Recovery.Confirm", Description: "Asks the person to prove they saved the code",
		Other: "To show you have saved it, type its last group (the letters after the last dash)."}
	msgRecProof = &i18n.Message{ID: "Recovery.Proof", Description: "Label of the field where the last group of the new recovery code is typed",
		Other: "Last group of your recovery code"}
	msgRecDone     = &i18n.Message{ID: "Recovery.Done", Description: "Button: the recovery code is saved", Other: "I have saved it"}
	msgRecMismatch = &i18n.Message{ID: "Recovery.Mismatch", Description: "The last group typed does not match the code",
		Other: "That is not the last group of your code. Look at the code above and try again."}

	msgPrivacy    = &i18n.Message{ID: "Settings.Privacy", Description: "Settings card: the privacy lock", Other: "Privacy lock"}
	msgPrivacyOn  = &i18n.Message{ID: "Settings.Privacy.On", Description: "The lock is on", Other: "Your private records are locked with a passphrase. Hide, and the idle time below, lock them at once; only your passphrase or your recovery code opens them."}
	msgPrivacyOff = &i18n.Message{ID: "Settings.Privacy.Off", Description: "The lock is off: say plainly what that means",
		Other: "No passphrase is set. Your records are sealed, but the key that opens them is kept beside them, so someone who can open this computer's files and knows how could read them. Set a passphrase if other people use this computer."}
	msgPrivacySet     = &i18n.Message{ID: "Settings.Privacy.Set", Description: "Button: set a passphrase", Other: "Set a passphrase"}
	msgPrivacyChange  = &i18n.Message{ID: "Settings.Privacy.Change", Description: "Button: change the passphrase", Other: "Change passphrase"}
	msgPrivacyRemove  = &i18n.Message{ID: "Settings.Privacy.Remove", Description: "Button: turn the passphrase off", Other: "Turn off passphrase"}
	msgPrivacyLockNow = &i18n.Message{ID: "Settings.Privacy.LockNow", Description: "Button: lock the records now", Other: "Lock now"}
	msgPrivacyRemoveQ = &i18n.Message{ID: "Settings.Privacy.RemoveQ", Description: "Asks before turning the passphrase off",
		Other: "Your records will stay on this computer, and anyone who can open Alongside here will be able to read them. Turn off the passphrase?"}
	msgPrivacyRemoveAsk = &i18n.Message{ID: "Settings.Privacy.RemoveAsk", Description: "Asks for the passphrase before turning it off",
		Other: "To turn it off, type your passphrase, or your recovery code, here."}
	msgPrivacyRemoveWrong = &i18n.Message{ID: "Settings.Privacy.RemoveWrong", Description: "What was typed to turn the passphrase off is neither the passphrase nor the recovery code",
		Other: "That is neither your passphrase nor your recovery code. Check it (capital letters count in a passphrase) and try again. Nothing has changed."}
	msgPrivacyRemoving     = &i18n.Message{ID: "Settings.Privacy.Removing", Description: "Shown while the passphrase is being checked and turned off", Other: "Turning it off…"}
	msgPrivacyRemoveFailed = &i18n.Message{ID: "Settings.Privacy.RemoveFailed", Description: "The passphrase could not be turned off; Reason explains",
		Other: "The passphrase could not be turned off. {{.Reason}}"}
	msgAutoLock     = &i18n.Message{ID: "Settings.AutoLock", Description: "Label of the idle-time choice", Other: "Lock when I have been away for"}
	msgAutoLockOff  = &i18n.Message{ID: "Settings.AutoLock.Off", Description: "Auto-lock choice: never", Other: "Never"}
	msgAutoLockMins = &i18n.Message{ID: "Settings.AutoLock.Minutes", Description: "Auto-lock choice; Count is a number of minutes",
		One: "{{.Count}} minute", Other: "{{.Count}} minutes"}

	msgInviteTitle = &i18n.Message{ID: "Home.Invite.Title", Description: "Card offering a passphrase on first use", Other: "Do other people use this computer?"}
	msgInviteBody  = &i18n.Message{ID: "Home.Invite.Body", Description: "Body of the passphrase offer",
		Other: "If someone else could open Alongside here, a passphrase keeps your journal and plans private. You can set one now, or later in Settings."}
	msgInviteLater = &i18n.Message{ID: "Home.Invite.Later", Description: "Button: do not set a passphrase now", Other: "Not now"}
)

// privacyChanged reloads the lock's state after the passphrase was set or
// removed; Home and Settings are made again on their next visit.
func (sh *Shell) privacyChanged() {
	sh.idle.reload()
	delete(sh.screens, page.SectionHome)
	delete(sh.screens, page.SectionSettings)
}

// ReplaceTop shows p instead of the page on top.
func (sh *Shell) ReplaceTop(p page.Page) {
	if len(sh.stack) < 2 {
		sh.Push(p)
		return
	}
	p.Section = sh.Top().Section
	sh.stack[len(sh.stack)-1] = p
	sh.showTop()
}

// clipboardKeep is how long a copied recovery code may stay on the clipboard.
const clipboardKeep = time.Minute

// showRecovery shows the new recovery code as the only page. It is not
// shown again, so until the person shows it is saved there is no Back and
// no other section (the frame is sealed, as while re-keying); Get help now
// and Hide work as always. Hide, or the idle time, locks and drops the
// code, and the next unlock offers to make another.
func (sh *Shell) showRecovery(change store.LockChange) {
	p := sh.recoveryPage(change)
	p.Section = page.SectionSettings
	p.Holds = true
	sh.stack = []page.Page{p} // first: the frame is made for it, without sections
	sh.reframe(sh.stack)
}

// codeSaved leaves the saved recovery code for Settings, made again so
// that its card, like Home's, shows the lock as it is now.
func (sh *Shell) codeSaved() {
	delete(sh.screens, page.SectionSettings)
	delete(sh.places, page.SectionSettings)
	stack := []page.Page{*sh.sectionPage(page.SectionSettings)}
	sh.stack = stack // first: the frame is made with the sections again
	sh.reframe(stack)
}

// recoveryPage shows the new recovery code once, and what happened to the
// backup copies, and asks for proof the code was saved. The code goes on
// the clipboard only when the person asks.
func (sh *Shell) recoveryPage(change store.LockChange) page.Page {
	l, k := sh.l, sh.kit()
	code := change.RecoveryCode
	shown := widget.NewLabelWithStyle(code, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true, Bold: true})
	shown.SizeName = fynetheme.SizeNameSubHeadingText
	shown.Wrapping = fyne.TextWrapBreak
	copyBtn := k.Button(l.T(msgRecCopy), fynetheme.ContentCopyIcon(), func() { sh.copySecret(code) })
	proof := k.Entry("")
	wrong := page.Wrapped(l.T(msgRecMismatch))
	wrong.Importance = widget.DangerImportance
	wrong.Hide()
	finish := func() {
		if !strings.EqualFold(strings.TrimSpace(proof.Text), lastGroup(code)) {
			wrong.Show()
			return
		}
		sh.codeSaved()
	}
	proof.OnSubmitted = func(string) { finish() }
	done := k.Button(l.T(msgRecDone), fynetheme.ConfirmIcon(), finish)
	done.Importance = widget.HighImportance
	obj := page.Scroll(page.Wrapped(l.T(msgRecBody)), shown, page.NewFlow(copyBtn), page.SmallPrint(l.T(msgRecCopyNote)),
		page.Wrapped(backupsDone(l, change)), page.Wrapped(l.T(msgRecConfirm)), page.Form(page.Field{Label: l.T(msgRecProof), Input: proof}),
		wrong, page.NewFlow(done))
	return page.Page{Title: l.T(msgRecTitle), Obj: obj}
}

// backupsDone says what setting the passphrase did to the backup copies.
func backupsDone(l *translations.Localizer, change store.LockChange) string {
	made := l.T(msgRecBackupMade)
	if !change.BackupMade {
		made = l.T(msgRecBackupNotMade)
	}
	if change.BackupsRemoved == 0 {
		return made
	}
	return l.N(msgRecBackupsRemoved, change.BackupsRemoved, nil) + " " + made
}

// copySecret puts secret on the clipboard, and takes it off again after
// clipboardKeep, or when the records lock, unless something else was
// copied meanwhile.
func (sh *Shell) copySecret(secret string) {
	clip := sh.app.Clipboard()
	clip.SetContent(secret)
	sh.copied = secret
	sh.bg.After(clipboardKeep, func() { sh.uncopySecret(secret) })
}

// uncopySecret empties the clipboard if it still holds secret.
func (sh *Shell) uncopySecret(secret string) {
	if secret == "" {
		return
	}
	if clip := sh.app.Clipboard(); clip.Content() == secret {
		clip.SetContent("")
	}
	if sh.copied == secret {
		sh.copied = ""
	}
}

// PrivacyCard is Settings' lock card: what the lock does now, and the
// buttons that change it.
func (sh *Shell) PrivacyCard() fyne.CanvasObject {
	l, k := sh.l, sh.kit()
	if sh.deps.Records == nil {
		return nil
	}
	if !sh.hasPassphrase() {
		set := k.Button(l.T(msgPrivacySet), fynetheme.LoginIcon(), sh.offerPassphrase)
		set.Importance = widget.HighImportance
		return page.NewCard(l.T(msgPrivacy), container.NewVBox(page.Wrapped(l.T(msgPrivacyOff)), page.NewFlow(set)))
	}
	lock := k.Button(l.T(msgPrivacyLockNow), fynetheme.LoginIcon(), sh.LockNow)
	change := k.Button(l.T(msgPrivacyChange), nil, func() { sh.Push(sh.currentSecretPage(nil)) })
	remove := k.Button(l.T(msgPrivacyRemove), nil, sh.onRemovePassphrase)
	return page.NewCard(l.T(msgPrivacy), container.NewVBox(page.Wrapped(l.T(msgPrivacyOn)), page.NewFlow(lock, change, remove),
		page.SectionHeading(l.T(msgAutoLock)), sh.autoLockChoice()))
}

// removeWords are what the question before turning the lock off says. It
// takes the passphrase or the recovery code in one field (a swap button
// would not fit a phone-width dialog in Spanish), so a wrong one is
// neither.
var removeWords = secretWords{action: msgPrivacyRemove, busy: msgPrivacyRemoving, wrong: msgPrivacyRemoveWrong,
	wrongCode: msgPrivacyRemoveWrong, failed: msgPrivacyRemoveFailed}

// onRemovePassphrase asks, with the passphrase or the recovery code, before
// turning the lock off; tries are limited as on the lock screen.
func (sh *Shell) onRemovePassphrase() {
	l := sh.l
	var d dialog.Dialog
	a := sh.newSecretAsker(removeWords, func(secret string, _ bool) error {
		return sh.deps.Records.RemovePassphrase(context.Background(), secret)
	}, func(string, bool) {
		d.Hide()
		sh.lockRemoved()
	})
	a.submit.Importance = widget.DangerImportance
	body := append([]fyne.CanvasObject{page.Wrapped(l.T(msgPrivacyRemoveQ)), page.Wrapped(l.T(msgPrivacyRemoveAsk))}, a.fields()...)
	// The button goes with the field: beside Close, its Spanish words
	// would not fit a phone-width window.
	d = sh.ShowDialog(l.T(msgPrivacyRemove), container.NewVBox(append(body, page.NewFlow(a.submit))...))
	a.focus()
}

// lockRemoved shows Settings again once the lock is off; the lock screen,
// if Hide brought it up meanwhile, goes, since nothing is locked now.
func (sh *Shell) lockRemoved() {
	sh.privacyChanged()
	sh.stack = nil
	sh.rebuild()
	sh.Go(page.SectionSettings)
}

// autoLockChoice picks the idle time before the lock closes.
func (sh *Shell) autoLockChoice() fyne.CanvasObject {
	labels := make([]string, len(autoLockChoices))
	current := autoLockMinutes(sh.deps.Prefs)
	chosen := 0
	for i, m := range autoLockChoices {
		labels[i] = sh.l.N(msgAutoLockMins, m, nil)
		if m == 0 {
			labels[i] = sh.l.T(msgAutoLockOff)
		}
		if m == current {
			chosen = i
		}
	}
	c := sh.kit().Radio(labels)
	c.SetSelected(chosen)
	c.OnChanged = func(i int) {
		if sh.save(store.SettingAutoLock, strconv.Itoa(autoLockChoices[i])) {
			sh.idle.reload()
		}
	}
	return c
}

// offerPassphrase opens the page that sets a passphrase; when one is set
// already (set meanwhile, by this window or the command line, while an
// older card still offered it), the current one is asked for first, as
// Change passphrase does.
func (sh *Shell) offerPassphrase() {
	if sh.hasPassphrase() {
		sh.Push(sh.currentSecretPage(nil))
		return
	}
	sh.Push(sh.passphrasePage("", false))
}

// inviteWanted reports whether Home offers a passphrase: none is set, and
// the offer was not declined.
func (sh *Shell) inviteWanted() bool {
	return sh.deps.Records != nil && !sh.hasPassphrase() &&
		sh.deps.Prefs.GetOr(context.Background(), store.SettingLockAsked, "") != "yes"
}

// inviteCard offers a passphrase once, calmly, until it is set or declined.
func (sh *Shell) inviteCard() fyne.CanvasObject {
	if !sh.inviteWanted() {
		return nil
	}
	l, k := sh.l, sh.kit()
	var card fyne.CanvasObject
	set := k.Button(l.T(msgPrivacySet), fynetheme.LoginIcon(), sh.offerPassphrase)
	set.Importance = widget.HighImportance
	later := k.Button(l.T(msgInviteLater), nil, func() {
		if sh.save(store.SettingLockAsked, "yes") {
			card.Hide()
		}
	})
	card = page.NewCard(l.T(msgInviteTitle), container.NewVBox(page.Wrapped(l.T(msgInviteBody)), page.NewFlow(set, later)))
	return card
}
