package ui

import (
	"context"
	"log"
	"net/url"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/theme"
	"github.com/alongside-app/alongside/ui/widgets"
)

// Shell is the main window's frame: header, navigation and the current screen.
type Shell struct {
	app  fyne.App
	win  fyne.Window
	deps Deps
	l    *translations.Localizer
	keys *keyRouter

	root    *fyne.Container // swapped between the app and the hidden screen
	main    fyne.CanvasObject
	nav     *navList
	heading *widget.Label
	body    *fyne.Container

	// later runs a function on the UI goroutine after a delay; tests
	// replace it to run delayed work when they choose.
	later func(time.Duration, func())

	current sectionID // section shown when not in Get help now
	inHelp  bool
	hidden  bool
	covered []fyne.CanvasObject // dialogs hidden with the window
}

var (
	msgGetHelp = &i18n.Message{
		ID: "Shell.GetHelpNow", Description: "Button on every screen that opens helplines and the overdose card",
		Other: "Get help now",
	}
	msgHide = &i18n.Message{
		ID: "Shell.Hide", Description: "Button on every screen that instantly hides the window behind a neutral screen",
		Other: "Hide",
	}
	msgSaveFailed = &i18n.Message{
		ID: "Shell.SaveFailed", Description: "A setting could not be saved; Reason explains why",
		Other: "Your choice could not be saved. {{.Reason}}",
	}
)

// rebuild makes every widget again in the current language, keeping the
// section on screen.
func (sh *Shell) rebuild() {
	sh.win.SetTitle(sh.l.T(msgAppName))
	sh.nav = newNavList(sh.l, sh.onNavSelected, sh.keys.typedKey)
	sh.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sh.heading.SizeName = fynetheme.SizeNameSubHeadingText
	sh.heading.Truncation = fyne.TextTruncateEllipsis
	sh.body = container.NewStack()
	sh.main = container.NewBorder(sh.header(), nil, sh.navPanel(), nil, sh.body)
	if sh.inHelp {
		sh.showHelp()
	} else {
		sh.show(sh.current)
	}
	if !sh.hidden {
		sh.root.Objects = []fyne.CanvasObject{sh.main}
		refreshIfShown(sh.root)
	}
}

func (sh *Shell) header() fyne.CanvasObject {
	help := sh.button(sh.l.T(msgGetHelp), fynetheme.HelpIcon(), sh.showHelp)
	help.Importance = widget.HighImportance
	hide := sh.button(sh.l.T(msgHide), fynetheme.VisibilityOffIcon(), sh.Hide)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(hide, help), sh.heading)
	return container.NewVBox(container.NewPadded(bar), widget.NewSeparator())
}

// navPanel is the section list, wide enough for its longest title.
func (sh *Shell) navPanel() fyne.CanvasObject {
	list := newMinSize(fyne.NewSize(navWidth(sh.l), 0), sh.nav)
	return container.NewBorder(nil, nil, nil, widget.NewSeparator(), container.NewPadded(list))
}

// show puts a section on screen.
func (sh *Shell) show(id sectionID) {
	sh.current, sh.inHelp = id, false
	sh.nav.selectQuietly(id)
	sh.setBody(sh.l.T(sections[id].title), sh.screen(id))
}

func (sh *Shell) setBody(title string, obj fyne.CanvasObject) {
	sh.heading.SetText(title)
	sh.body.Objects = []fyne.CanvasObject{obj}
	refreshIfShown(sh.body)
}

// refreshIfShown lays c out again only once it has a size: before the
// window is shown, wrapping text at zero width is costly and thrown away.
func refreshIfShown(c *fyne.Container) {
	if !c.Size().IsZero() {
		c.Refresh()
	}
}

func (sh *Shell) onNavSelected(id sectionID) {
	if sh.hidden {
		return
	}
	sh.show(id)
}

// showHelp opens Get help now in place of the current section.
func (sh *Shell) showHelp() {
	if sh.hidden {
		return
	}
	sh.inHelp = true
	sh.nav.UnselectAll()
	sh.setBody(sh.l.T(msgGetHelp), newHelpScreen(sh).buildUI())
}

// setLanguage applies a stored language choice (System, English, Español).
func (sh *Shell) setLanguage(choice string) {
	lang := translations.Resolve(choice)
	sh.l = translations.NewLocalizer(sh.deps.Bundle, lang)
	syncFyneLanguage(lang)
}

func (sh *Shell) applyTheme(mode string) {
	sh.app.Settings().SetTheme(theme.New(mode))
}

// save stores a setting, telling the person when it could not be saved.
func (sh *Shell) save(key store.Setting, value string) bool {
	if err := sh.deps.Store.Set(context.Background(), key, value); err != nil {
		log.Printf("save setting %s: %v", key, err)
		m, data := explain.Error(err)
		sh.showError(sh.l.T(msgSaveFailed, map[string]any{"Reason": sh.l.T(m, data)}))
		return false
	}
	return true
}

// navWidth fits the longest section title in the list.
func navWidth(l *translations.Localizer) float32 {
	longest := ""
	for _, s := range sections {
		if t := l.T(s.title); len([]rune(t)) > len([]rune(longest)) {
			longest = t
		}
	}
	w := fyne.MeasureText(longest, fynetheme.TextSize(), fyne.TextStyle{}).Width
	return fyne.Max(160, w+fynetheme.IconInlineSize()+6*fynetheme.Padding())
}

// button makes a button that leaves the window's keys (Hide, help) working
// while it has keyboard focus.
func (sh *Shell) button(text string, icon fyne.Resource, tapped func()) *widgets.Button {
	return widgets.NewButton(text, icon, tapped, sh.keys.typedKey)
}

// link makes a hyperlink that leaves the window's keys working while focused.
func (sh *Shell) link(text string, u *url.URL) *widgets.Hyperlink {
	return widgets.NewHyperlink(text, u, sh.keys.typedKey)
}

// choice makes a drop-down list that leaves the window's keys working while focused.
func (sh *Shell) choice(options []string) *widgets.Select {
	return widgets.NewSelect(options, sh.keys.typedKey)
}
