package ui

import (
	"log"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgErrorTitle = &i18n.Message{ID: "Dialog.Error.Title", Description: "Title of an error message box", Other: "Something went wrong"}
	msgClose      = &i18n.Message{ID: "Dialog.Close", Description: "Button that closes a message box or window", Other: "Close"}
	msgOpenFailed = &i18n.Message{ID: "Dialog.OpenFailed", Description: "A web page or folder could not be opened (for example, no web browser is set up); the address is shown below it",
		Other: "This could not be opened on this computer. You can copy the address below and open it in a web browser or on another device."}
	msgOpenFailedTitle = &i18n.Message{ID: "Dialog.OpenFailed.Title", Description: "Title of the box shown when a link could not be opened", Other: "Could not open the link"}
	msgCopyAddress     = &i18n.Message{ID: "Dialog.CopyAddress", Description: "Button that copies a web address or folder path", Other: "Copy address"}
)

// ShowDialog shows content in a box whose buttons, like every control,
// leave the window's keys working; the last button closes it.
func (sh *Shell) ShowDialog(title string, content fyne.CanvasObject, extra ...fyne.CanvasObject) dialog.Dialog {
	d := dialog.NewCustomWithoutButtons(title, content, sh.win)
	closeBtn := sh.kit().Button(sh.l.T(msgClose), nil, d.Hide)
	closeBtn.Importance = widget.HighImportance
	d.SetButtons(append(extra, closeBtn))
	d.Resize(fyne.NewSize(fyne.Min(460, sh.win.Canvas().Size().Width-2*fynetheme.Padding()), 0))
	d.Show()
	return d
}

// ShowError tells the person what went wrong, with our own words on the button.
func (sh *Shell) ShowError(text string) {
	sh.ShowDialog(sh.l.T(msgErrorTitle), page.Wrapped(text))
}

// OpenURL opens a web page in the browser or a folder in the file manager;
// when that fails it shows the address, ready to copy.
func (sh *Shell) OpenURL(u *url.URL) {
	if err := sh.app.OpenURL(u); err != nil {
		log.Printf("open a %s address: %v", u.Scheme, err)
		sh.showOpenFailed(u)
	}
}

func (sh *Shell) showOpenFailed(u *url.URL) {
	addr := u.String()
	if u.Scheme == "file" {
		addr = u.Path
	}
	sh.ShowCopyable(sh.l.T(msgOpenFailedTitle), sh.l.T(msgOpenFailed), addr, sh.l.T(msgCopyAddress))
}

// ShowCopyable explains, under title, why text (an address or a path) is
// shown, selectable and with a button that copies it.
func (sh *Shell) ShowCopyable(title, why, text, copyLabel string) {
	shown := widget.NewLabel(text)
	shown.Wrapping = fyne.TextWrapBreak
	shown.Selectable = true
	copyBtn := sh.kit().Button(copyLabel, fynetheme.ContentCopyIcon(), func() {
		sh.app.Clipboard().SetContent(text)
	})
	sh.ShowDialog(title, container.NewVBox(page.Wrapped(why), shown), copyBtn)
}

// Confirm asks before something that cannot be taken back; act runs only
// when the person presses the action button. Close cancels.
func (sh *Shell) Confirm(title, body, action string, act func()) {
	var d dialog.Dialog
	yes := sh.kit().Button(action, nil, func() {
		d.Hide()
		act()
	})
	yes.Importance = widget.DangerImportance
	d = sh.ShowDialog(title, page.Wrapped(body), yes)
}

var (
	msgShowDetails = &i18n.Message{ID: "Dialog.ShowDetails", Description: "Button under an error: shows the technical details (in English, for someone helping)", Other: "Show details"}
	msgHideDetails = &i18n.Message{ID: "Dialog.HideDetails", Description: "Button under an error: hides the technical details again", Other: "Hide details"}
)

// ErrorDetails is a "Show details" control for err's technical text,
// collapsed until pressed: the text is never part of the sentence that
// explains the error (internal/explain), and is there only for someone
// helping. Nothing for a nil error.
func (sh *Shell) ErrorDetails(err error) fyne.CanvasObject {
	if err == nil {
		return container.NewVBox()
	}
	text := widget.NewLabel(explain.Details(err))
	text.Wrapping = fyne.TextWrapBreak
	text.Selectable = true
	text.Hide()
	var toggle *widgets.Button
	toggle = sh.kit().Button(sh.l.T(msgShowDetails), fynetheme.InfoIcon(), func() {
		if text.Visible() {
			text.Hide()
			toggle.SetText(sh.l.T(msgShowDetails))
			return
		}
		text.Show()
		toggle.SetText(sh.l.T(msgHideDetails))
	})
	toggle.Importance = widget.LowImportance
	return container.NewVBox(page.NewFlow(toggle), text)
}
