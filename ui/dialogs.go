package ui

import (
	"log"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/theme"
)

var (
	msgErrorTitle = &i18n.Message{ID: "Dialog.Error.Title", Description: "Title of an error message box", Other: "Something went wrong"}
	msgClose      = &i18n.Message{ID: "Dialog.Close", Description: "Button that closes a message box or window", Other: "Close"}
	msgOpenFailed = &i18n.Message{ID: "Dialog.OpenFailed", Description: "A web page or folder could not be opened; Address is what was tried",
		Other: "This could not be opened here. You can copy the address and open it yourself: {{.Address}}"}
)

// showError tells the person what went wrong, with our own words on the button.
func (sh *Shell) showError(text string) {
	d := dialog.NewCustom(sh.l.T(msgErrorTitle), sh.l.T(msgClose), wrapped(text), sh.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// openURL opens a web page in the browser or a folder in the file manager.
func (sh *Shell) openURL(u *url.URL) {
	if err := sh.app.OpenURL(u); err != nil {
		log.Printf("open %s: %v", u.Scheme, err)
		sh.showError(sh.l.T(msgOpenFailed, map[string]any{"Address": u.String()}))
	}
}

// ShowStartupError fills w with a short explanation of why Alongside could
// not open its data (a second copy, damaged or newer data); its button
// closes the app.
func ShowStartupError(a fyne.App, w fyne.Window, bundle *i18n.Bundle, err error) {
	l := translations.NewLocalizer(bundle, translations.Resolve(translations.System))
	a.Settings().SetTheme(theme.New(theme.ModeSystem))
	w.SetTitle(l.T(msgAppName))
	m, data := explain.Error(err)
	closeBtn := widget.NewButton(l.T(msgClose), a.Quit)
	closeBtn.Importance = widget.HighImportance
	body := container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), closeBtn), nil, nil, wrapped(l.T(m, data)))
	// A minimum width, so the wrapped text is measured at a readable width.
	w.SetContent(newMinSize(fyne.NewSize(480, 0), container.NewPadded(body)))
	w.CenterOnScreen()
}
