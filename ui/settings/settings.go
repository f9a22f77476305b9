package settings

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/buildinfo"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/help"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/theme"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgSetLanguage       = &i18n.Message{ID: "Settings.Language", Description: "Settings card: language", Other: "Language"}
	msgSetLanguageSystem = &i18n.Message{ID: "Settings.Language.System", Description: "Language choice: follow the computer; Lang is the language that gives, named in the reader's language", Other: "Same as this computer ({{.Lang}})"}
	msgSetTheme          = &i18n.Message{ID: "Settings.Theme", Description: "Settings card: light or dark look", Other: "Appearance"}
	msgSetThemeSystem    = &i18n.Message{ID: "Settings.Theme.System", Description: "Theme choice: follow the computer", Other: "Same as this computer"}
	msgSetThemeLight     = &i18n.Message{ID: "Settings.Theme.Light", Description: "Theme choice: light", Other: "Light"}
	msgSetThemeDark      = &i18n.Message{ID: "Settings.Theme.Dark", Description: "Theme choice: dark", Other: "Dark"}
	msgSetCountry        = &i18n.Message{ID: "Settings.Country", Description: "Settings card: which country's helplines to show", Other: "Country for Get help now"}
	msgSetCountryHint    = &i18n.Message{ID: "Settings.Country.Hint", Description: "Explains the country setting", Other: "Get help now shows the emergency number and helplines for this country."}
	msgSetData           = &i18n.Message{ID: "Settings.Data", Description: "Settings card: where data is kept", Other: "Your data"}
	msgSetDataHint       = &i18n.Message{ID: "Settings.Data.Hint", Description: "Explains the data folder", Other: "Everything you save is kept in this folder on this computer. Nothing is sent anywhere unless you ask."}
	msgSetCopyPath       = &i18n.Message{ID: "Settings.Data.CopyPath", Description: "Button: copy the data folder's path", Other: "Copy path"}
	msgSetOpenFolder     = &i18n.Message{ID: "Settings.Data.Open", Description: "Button: open the data folder in the file manager", Other: "Open folder"}
	msgSetKeys           = &i18n.Message{ID: "Settings.Keys", Description: "Settings card: keyboard shortcuts", Other: "Keyboard shortcuts"}
	msgSetKeysWindow     = &i18n.Message{ID: "Settings.Keys.Window", Description: "Shortcuts that work everywhere; keep key names as they are",
		Other: "Escape three times, or Ctrl+Shift+H: hide the window\nF1 or Ctrl+G: Get help now\nF2: my safety plan"}
	msgSetKeysSection = &i18n.Message{ID: "Settings.Keys.Section", Description: "One line of the shortcut list: Key is a key such as 1, Section a section's name",
		Other: "Ctrl+{{.Key}}: {{.Section}}"}
	msgSetKeysMove = &i18n.Message{ID: "Settings.Keys.Move", Description: "How to move around by keyboard; keep key names as they are",
		Other: "Tab and Shift+Tab: move between controls\nSpace or Enter: press the control that has focus\nArrows: choose in a list; Page Up, Page Down, Home and End: scroll"}
	msgSetAbout     = &i18n.Message{ID: "Settings.About", Description: "Settings card: about the app", Other: "About"}
	msgSetAboutBody = &i18n.Message{ID: "Settings.About.Body", Description: "About text; Version is the version number",
		Other: "Alongside {{.Version}}. Private and offline: no accounts, no tracking. Alongside is not a substitute for professional care, and it is not linked to any fellowship or helpline it describes."}
)

// settingsScreen holds the person's choices: language, look, country, data folder.
type settingsScreen struct {
	k       page.Kit
	l       *translations.Localizer
	prefs   page.Preferences
	look    Appearance
	help    *content.Help
	country help.CountrySetting
	picker  *widgets.Select // the help country, shown again each time Settings comes on screen
	dataDir string
	about   func()            // opens the About page
	open    func(path string) // opens a folder with the file manager, or shows where it is
	privacy fyne.CanvasObject // the lock card; nil without records
	backups fyne.CanvasObject // the backups card; nil without records
	keys    []Shortcut
}

func (sc *Screens) SettingsSection() (fyne.CanvasObject, func()) {
	s := &settingsScreen{k: sc.Kit, l: sc.L, prefs: sc.Prefs, look: sc.Look,
		help: sc.Help, country: sc.HelpCountry, dataDir: sc.DataDir, privacy: sc.PrivacyCard(),
		about: func() { sc.Push(sc.AboutPage()) }, open: sc.OpenPath, keys: sc.Shortcuts}
	fillBackups := func() {} // the backups folder, read again each time Settings shows
	if sc.Records != nil {
		var card fyne.CanvasObject
		card, fillBackups = sc.backupCard()
		s.backups = container.NewVBox(card, sc.summaryCard())
	}
	obj := s.buildUI()
	return obj, func() { s.showCountry(); fillBackups() }
}

// showCountry shows the help country as it is stored now: F1 and F2 can change it while
// Settings lies under them.
func (s *settingsScreen) showCountry() { help.ShowCountry(s.picker, s.help, s.country.Country()) }

func (s *settingsScreen) buildUI() fyne.CanvasObject {
	l := s.l
	s.picker = help.CountryPicker(s.k, s.help, s.country, nil)
	col := container.NewVBox(
		page.NewCard(l.T(msgSetLanguage), s.languageChoice()),
		page.NewCard(l.T(msgSetTheme), s.themeChoice()),
		page.NewCard(l.T(msgSetCountry), container.NewVBox(page.Wrapped(l.T(msgSetCountryHint)), s.picker)),
		page.NewCard(l.T(msgSetData), s.dataFolder()),
	)
	if s.privacy != nil {
		col.Add(s.privacy)
	}
	if s.backups != nil {
		col.Add(s.backups)
	}
	col.Add(container.NewVBox(
		page.NewCard(l.T(msgSetKeys), s.keyList()),
		page.NewCard(l.T(msgSetAbout), container.NewVBox(
			page.Wrapped(l.T(msgSetAboutBody, map[string]any{"Version": buildinfo.Version})),
			page.NewFlow(s.k.Button(l.T(msgAboutTitle), fynetheme.InfoIcon(), s.about)),
		)),
	))
	return container.NewVScroll(container.NewPadded(col))
}

// languageChoice switches the whole window's language at once.
func (s *settingsScreen) languageChoice() fyne.CanvasObject {
	system := translations.Resolve(translations.System)
	name, _ := translations.LanguageOf(system)
	values := []string{translations.System}
	labels := []string{s.l.T(msgSetLanguageSystem, map[string]any{"Lang": s.l.T(name.Name)})}
	for _, lang := range translations.Languages {
		values = append(values, lang.Code)
		labels = append(labels, lang.Native)
	}
	current := s.prefs.GetOr(context.Background(), store.SettingLanguage, translations.System)
	return s.choiceGroup(labels, values, current, s.look.SetLanguage)
}

func (s *settingsScreen) themeChoice() fyne.CanvasObject {
	labels := []string{s.l.T(msgSetThemeSystem), s.l.T(msgSetThemeLight), s.l.T(msgSetThemeDark)}
	current := s.prefs.GetOr(context.Background(), store.SettingTheme, theme.ModeSystem)
	return s.choiceGroup(labels, theme.Modes, current, s.look.SetTheme)
}

func (s *settingsScreen) dataFolder() fyne.CanvasObject {
	dir := s.dataDir
	path := widget.NewLabel(dir)
	path.Wrapping = fyne.TextWrapBreak
	copyBtn := s.k.Button(s.l.T(msgSetCopyPath), fynetheme.ContentCopyIcon(), func() { s.k.Copy(dir) })
	open := s.k.Button(s.l.T(msgSetOpenFolder), fynetheme.FolderOpenIcon(), func() { s.open(dir) })
	return container.NewVBox(page.Wrapped(s.l.T(msgSetDataHint)), path, page.NewFlow(copyBtn, open))
}

// keyList lists the keyboard shortcuts, the section ones from the section table.
func (s *settingsScreen) keyList() fyne.CanvasObject {
	lines := []string{s.l.T(msgSetKeysWindow)}
	for _, sec := range s.keys {
		lines = append(lines, s.l.T(msgSetKeysSection, map[string]any{"Key": sec.Key, "Section": s.l.T(sec.Section)}))
	}
	lines = append(lines, s.l.T(msgSetKeysMove))
	return page.Wrapped(strings.Join(lines, "\n"))
}

// choiceGroup is a set of radio choices showing labels for values;
// onChange gets the chosen value.
func (s *settingsScreen) choiceGroup(labels, values []string, current string, onChange func(string)) *widgets.Choice {
	group := s.k.Radio(labels)
	group.SetSelected(0)
	for i, v := range values {
		if v == current {
			group.SetSelected(i)
		}
	}
	group.OnChanged = func(i int) { onChange(values[i]) }
	return group
}
