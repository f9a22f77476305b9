package settings

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside"
	"github.com/alongside-app/alongside/internal/buildinfo"
	"github.com/alongside-app/alongside/ui/page"
)

// The About page, opened from Settings: the app's name and version, its
// licence, where the data lives, and every third-party component compiled
// in with its licence. The names, licence texts and paths are shown as they
// are (they are data); every heading and sentence is a message.

var (
	msgAboutTitle   = &i18n.Message{ID: "About.Title", Description: "Title of the About page, and the button in Settings that opens it", Other: "About Alongside"}
	msgAboutVersion = &i18n.Message{ID: "About.Version", Description: "The app's version on the About page; Version is a number such as 1.2.0", Other: "Version {{.Version}}"}
	msgAboutPurpose = &i18n.Message{ID: "About.Purpose", Description: "What the app is, on the About page",
		Other: "A private companion for family members and friends of someone with a drinking or drug problem. It works offline, with no account and no tracking. It is not a substitute for professional care, and it is not linked to any fellowship or helpline it describes."}
	msgAboutLicence     = &i18n.Message{ID: "About.Licence", Description: "Heading on the About page: the app's own licence", Other: "Licence"}
	msgAboutLicenceBody = &i18n.Message{ID: "About.Licence.Body", Description: "Before the app's licence text (shown in English as it is); BSD-3-Clause is the licence's name",
		Other: "Alongside is free software under the BSD-3-Clause licence: you may use, copy, change and share it, keeping this notice. The licence, in English as it was written:"}
	msgAboutThirdParty     = &i18n.Message{ID: "About.ThirdParty", Description: "Heading on the About page: the other people's software the app is built with", Other: "Software Alongside is built with"}
	msgAboutThirdPartyBody = &i18n.Message{ID: "About.ThirdParty.Body", Description: "Before the list of third-party components and their licence texts (shown in English as they are)",
		Other: "Alongside is built with the free software listed below. Each part keeps its own licence: the list comes first, then every licence in full, in English as it was written."}
)

// AboutPage is the About page for the data folder the window uses.
func (sc *Screens) AboutPage() page.Page {
	l, k := sc.L, sc.Kit
	name := page.Heading(l.T(page.MsgAppName))
	version := widget.NewLabel(l.T(msgAboutVersion, map[string]any{"Version": buildinfo.Version}))
	obj := page.Scroll(
		page.NewCard("", container.NewVBox(name, version, page.Wrapped(l.T(msgAboutPurpose)))),
		page.NewCard(l.T(msgSetData), sc.aboutDataFolder()),
		page.NewCard(l.T(msgAboutLicence), container.NewVBox(page.Wrapped(l.T(msgAboutLicenceBody)), k.ReadOnly(alongside.License, 8))),
		page.NewCard(l.T(msgAboutThirdParty), container.NewVBox(page.Wrapped(l.T(msgAboutThirdPartyBody)), k.ReadOnly(buildinfo.ThirdPartyLicenses, 14))),
	)
	return page.Page{Title: l.T(msgAboutTitle), Obj: obj, Remake: func() page.Page { return sc.fresh().AboutPage() }}
}

// aboutDataFolder shows the data folder's path, to select or copy, and
// opens it in the file manager (or shows where it is when none opens it).
func (sc *Screens) aboutDataFolder() fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	dir := sc.DataDir
	path := k.ReadOnly(dir, 2)
	path.Wrapping = fyne.TextWrapBreak
	copyBtn := k.Button(l.T(msgSetCopyPath), fynetheme.ContentCopyIcon(), func() { k.Copy(dir) })
	open := k.Button(l.T(msgSetOpenFolder), fynetheme.FolderOpenIcon(), func() { sc.OpenPath(dir) })
	return container.NewVBox(page.Wrapped(l.T(msgSetDataHint)), path, page.NewFlow(copyBtn, open))
}
