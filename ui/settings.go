package ui

import (
	"context"
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/buildinfo"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/theme"
)

var (
	msgSetLanguage       = &i18n.Message{ID: "Settings.Language", Description: "Settings card: language", Other: "Language"}
	msgSetLanguageSystem = &i18n.Message{ID: "Settings.Language.System", Description: "Language choice: follow the computer; Lang is the language that gives", Other: "Same as this computer ({{.Lang}})"}
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
	msgSetKeysBody       = &i18n.Message{ID: "Settings.Keys.Body", Description: "List of keyboard shortcuts; keep key names as they are",
		Other: "Escape three times, or Ctrl+Shift+H: hide the window\nF1 or Ctrl+G: Get help now\nCtrl+1 to Ctrl+8: go to a section\nTab and Shift+Tab: move between controls; Space or Enter: press"}
	msgSetAbout     = &i18n.Message{ID: "Settings.About", Description: "Settings card: about the app", Other: "About"}
	msgSetAboutBody = &i18n.Message{ID: "Settings.About.Body", Description: "About text; Version is the version number",
		Other: "Alongside {{.Version}}. Private and offline: no accounts, no tracking. Alongside is not a substitute for professional care, and it is not linked to any fellowship or helpline it describes."}
	msgLangEnglish = &i18n.Message{ID: "Settings.Language.English", Description: "The English language, written in English", Other: "English"}
	msgLangSpanish = &i18n.Message{ID: "Settings.Language.Spanish", Description: "The Spanish language, always written in Spanish", Other: "Español"}
)

// settingsScreen holds the person's choices: language, look, country, data folder.
type settingsScreen struct{ sh *Shell }

func newSettingsScreen(sh *Shell) *settingsScreen { return &settingsScreen{sh: sh} }

func (s *settingsScreen) buildUI() fyne.CanvasObject {
	l := s.sh.l
	col := container.NewVBox(
		widget.NewCard(l.T(msgSetLanguage), "", s.languageChoice()),
		widget.NewCard(l.T(msgSetTheme), "", s.themeChoice()),
		widget.NewCard(l.T(msgSetCountry), "", container.NewVBox(wrapped(l.T(msgSetCountryHint)), s.countryChoice())),
		widget.NewCard(l.T(msgSetData), "", s.dataFolder()),
		widget.NewCard(l.T(msgSetKeys), "", wrapped(l.T(msgSetKeysBody))),
		widget.NewCard(l.T(msgSetAbout), "", wrapped(l.T(msgSetAboutBody, map[string]any{"Version": buildinfo.Version}))),
	)
	return container.NewVScroll(container.NewPadded(col))
}

// languageChoice switches the whole window's language at once.
func (s *settingsScreen) languageChoice() fyne.CanvasObject {
	l := s.sh.l
	system := translations.NewLocalizer(s.sh.deps.Bundle, translations.Resolve(translations.System))
	values := []string{translations.System, translations.English, translations.Spanish}
	labels := []string{
		l.T(msgSetLanguageSystem, map[string]any{"Lang": system.T(languageName(system.Lang()))}),
		l.T(msgLangEnglish), l.T(msgLangSpanish),
	}
	current := s.sh.deps.Store.GetOr(context.Background(), store.SettingLanguage, translations.System)
	return choiceGroup(labels, values, current, s.onLanguageChanged)
}

func (s *settingsScreen) onLanguageChanged(value string) {
	if s.sh.save(store.SettingLanguage, value) {
		s.sh.setLanguage(value)
		s.sh.rebuild()
	}
}

func languageName(lang string) *i18n.Message {
	if lang == translations.Spanish {
		return msgLangSpanish
	}
	return msgLangEnglish
}

func (s *settingsScreen) themeChoice() fyne.CanvasObject {
	l := s.sh.l
	labels := []string{l.T(msgSetThemeSystem), l.T(msgSetThemeLight), l.T(msgSetThemeDark)}
	current := s.sh.deps.Store.GetOr(context.Background(), store.SettingTheme, theme.ModeSystem)
	return choiceGroup(labels, theme.Modes, current, s.onThemeChanged)
}

func (s *settingsScreen) onThemeChanged(mode string) {
	if s.sh.save(store.SettingTheme, mode) {
		s.sh.applyTheme(mode)
	}
}

func (s *settingsScreen) countryChoice() fyne.CanvasObject {
	return s.sh.countryPicker(nil)
}

func (s *settingsScreen) dataFolder() fyne.CanvasObject {
	l := s.sh.l
	dir := s.sh.deps.DataDir
	path := widget.NewLabel(dir)
	path.Wrapping = fyne.TextWrapBreak
	path.Selectable = true
	copyBtn := s.sh.button(l.T(msgSetCopyPath), fynetheme.ContentCopyIcon(), func() {
		s.sh.app.Clipboard().SetContent(dir)
	})
	open := s.sh.button(l.T(msgSetOpenFolder), fynetheme.FolderOpenIcon(), func() {
		s.sh.openURL(&url.URL{Scheme: "file", Path: filepath.ToSlash(dir)})
	})
	return container.NewVBox(wrapped(l.T(msgSetDataHint)), path, container.NewHBox(copyBtn, open))
}

// choiceGroup is a vertical set of radio choices showing labels for values;
// onChange gets the chosen value.
func choiceGroup(labels, values []string, current string, onChange func(string)) *widget.RadioGroup {
	group := widget.NewRadioGroup(labels, nil)
	for i, v := range values {
		if v == current {
			group.SetSelected(labels[i])
		}
	}
	if group.Selected == "" {
		group.SetSelected(labels[0])
	}
	group.Required = true
	group.OnChanged = func(label string) {
		for i, lbl := range labels {
			if lbl == label {
				onChange(values[i])
			}
		}
	}
	return group
}
