package ui

import (
	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// section describes one entry of the navigation: the list, the phone
// menu, the Ctrl+number shortcuts and Settings' list of keys are all made
// from this table. A section whose records cannot be reached (the data
// could not be opened) shows its empty state.
type section struct {
	title      *i18n.Message
	icon       func() fyne.Resource                                   // a function: theme icons need a running app
	key        fyne.KeyName                                           // Ctrl (Cmd) + key goes there
	make       func(*Shell, page.Section) (fyne.CanvasObject, func()) // the screen, and what to do each time it shows
	emptyTitle *i18n.Message
	emptyBody  *i18n.Message
}

var sections [page.SectionCount]section

// The table is filled in init: its make functions refer back to it.
func init() {
	sections = [page.SectionCount]section{
		page.SectionHome: {
			key: fyne.Key1, make: makeHome,
			title: &i18n.Message{ID: "Nav.Home", Description: "Navigation: the start screen", Other: "Home"},
			icon:  fynetheme.HomeIcon,
		},
		page.SectionLearn: {
			key: fyne.Key2, make: func(sh *Shell, id page.Section) (fyne.CanvasObject, func()) {
				if sh.deps.Learn == nil {
					return makeEmpty(sh, id)
				}
				return sh.learnScreens().LearnSection()
			},
			title: &i18n.Message{ID: "Nav.Learn", Description: "Navigation: lessons and exercises", Other: "Learn"},
			icon:  fynetheme.InfoIcon,
		},
		page.SectionJournal: {
			key: fyne.Key3, make: private(func(sh *Shell) (fyne.CanvasObject, func()) { return sh.journalScreens().JournalSection() }),
			title: &i18n.Message{ID: "Nav.Journal", Description: "Navigation: the private journal", Other: "Journal"},
			icon:  fynetheme.DocumentCreateIcon,
		},
		page.SectionBoundaries: {
			key: fyne.Key4, make: private(func(sh *Shell) (fyne.CanvasObject, func()) { return sh.recordScreens().BoundariesSection() }),
			title: &i18n.Message{ID: "Nav.Boundaries", Description: "Navigation: the boundaries the person sets", Other: "Boundaries"},
			icon:  fynetheme.ContentRedoIcon,
		},
		page.SectionConversations: {
			key: fyne.Key5, make: private(func(sh *Shell) (fyne.CanvasObject, func()) { return sh.recordScreens().ConversationsSection() }),
			title: &i18n.Message{ID: "Nav.Conversations", Description: "Navigation: planning hard conversations", Other: "Conversations"},
			icon:  fynetheme.MailReplyIcon,
		},
		page.SectionRelapse: {
			key: fyne.Key6, make: private(func(sh *Shell) (fyne.CanvasObject, func()) { return sh.recordScreens().RelapseSection() }),
			title: &i18n.Message{ID: "Nav.Relapse", Description: "Navigation: the relapse plan", Other: "Relapse plan"},
			icon:  fynetheme.HistoryIcon,
		},
		page.SectionWorksheets: {
			key: fyne.Key7, make: private(func(sh *Shell) (fyne.CanvasObject, func()) { return sh.worksheetScreens().Section() }),
			title: &i18n.Message{ID: "Nav.Worksheets", Description: "Navigation: the CRAFT worksheets (trigger maps, rewards, safety plan)", Other: "Worksheets"},
			icon:  fynetheme.GridIcon,
		},
		page.SectionMeetings: {
			key: fyne.Key8, make: private(func(sh *Shell) (fyne.CanvasObject, func()) { return sh.meetingScreens().MeetingsSection() }),
			title: &i18n.Message{ID: "Nav.Meetings", Description: "Navigation: support groups and meetings", Other: "Meetings"},
			icon:  fynetheme.AccountIcon,
		},
		page.SectionSettings: {
			key: fyne.Key9, make: func(sh *Shell, _ page.Section) (fyne.CanvasObject, func()) {
				return sh.settingsScreens().SettingsSection()
			},
			title: &i18n.Message{ID: "Nav.Settings", Description: "Navigation: settings", Other: "Settings"},
			icon:  fynetheme.SettingsIcon,
		},
	}
}

// makeEmpty is the calm empty state of a section whose records cannot be
// reached.
func makeEmpty(sh *Shell, id page.Section) (fyne.CanvasObject, func()) {
	s := sections[id]
	if s.emptyTitle == nil { // a private section with no records to show
		return widgets.NewEmptyState(s.icon(), sh.l.T(s.title), ""), nil
	}
	return widgets.NewEmptyState(s.icon(), sh.l.T(s.emptyTitle), sh.l.T(s.emptyBody)), nil
}
