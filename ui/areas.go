package ui

import (
	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/journal"
	"github.com/alongside-app/alongside/ui/learn"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/records"
	"github.com/alongside-app/alongside/ui/settings"
	"github.com/alongside-app/alongside/ui/worksheets"
)

// The areas' screens are made from the window's context and the one store
// interface each uses, afresh each time: the language, the records (after
// a restore) and the lock may have changed since.

func (sh *Shell) worksheetScreens() *worksheets.Screens {
	return &worksheets.Screens{Context: sh.context(), Records: sh.deps.Records, Help: sh.deps.Help,
		HelpCountry: sh, PlanState: sh.planState, Again: sh.worksheetScreens, Links: sh}
}

func (sh *Shell) recordScreens() *records.Screens {
	return &records.Screens{Context: sh.context(), Records: sh.deps.Records}
}

func (sh *Shell) journalScreens() *journal.Screens {
	return &journal.Screens{Context: sh.context(), Records: sh.deps.Records, Cache: sh.journal,
		KeepLeftWriting: sh.keepLeftWriting}
}

func (sh *Shell) learnScreens() *learn.Screens {
	return &learn.Screens{Context: sh.context(), Records: sh.deps.Records, Learn: sh.deps.Learn,
		Prefs: sh.deps.Prefs, Safety: &sh.safetyAnswer, Links: sh}
}

func (sh *Shell) meetingScreens() *meetingsui.Screens {
	return &meetingsui.Screens{Context: sh.context(), Records: sh.deps.Records, Cache: sh.meetings,
		Help: sh.deps.Help, Directory: sh.deps.Directory, HelpCountry: sh}
}

func (sh *Shell) settingsScreens() *settings.Screens {
	s := &settings.Screens{Context: sh.context(), Records: sh.deps.Records, Prefs: sh.deps.Prefs, Help: sh.deps.Help,
		HelpCountry: sh, DataDir: sh.deps.DataDir, Look: sh, Again: sh.settingsScreens, Links: sh}
	for _, sec := range sections {
		s.Shortcuts = append(s.Shortcuts, settings.Shortcut{Key: string(sec.key), Section: sec.title})
	}
	return s
}

// private makes the section made by make, or its empty state when the
// records cannot be reached.
func private(make func(*Shell) (fyne.CanvasObject, func())) func(*Shell, page.Section) (fyne.CanvasObject, func()) {
	return func(sh *Shell, id page.Section) (fyne.CanvasObject, func()) {
		if sh.deps.Records == nil {
			return makeEmpty(sh, id)
		}
		return make(sh)
	}
}

// The pages other areas (Links) and Home open.

// ShowSafetyPlan opens the personal safety plan (F2), from anywhere.
func (sh *Shell) ShowSafetyPlan()            { sh.worksheetScreens().ShowSafetyPlan() }
func (sh *Shell) SafetyPlanPage() page.Page  { return sh.worksheetScreens().SafetyPlanPage() }
func (sh *Shell) SelfCarePage() page.Page    { return sh.worksheetScreens().SelfCarePage() }
func (sh *Shell) TriggerMapsPage() page.Page { return sh.worksheetScreens().TriggerMapsPage() }
func (sh *Shell) RewardsPage() page.Page     { return sh.worksheetScreens().RewardsPage() }
func (sh *Shell) ProblemsPage() page.Page    { return sh.worksheetScreens().ProblemsPage() }
func (sh *Shell) RelapsePlanPage() page.Page { return sh.recordScreens().RelapsePlanPage() }
func (sh *Shell) ConversationPage(c store.Conversation) page.Page {
	return sh.recordScreens().ConversationPage(c)
}

// WriteAbout is a new journal entry that starts with text, written in
// answer to prompt; saved runs once it is saved.
func (sh *Shell) WriteAbout(text, prompt string, saved func()) page.Page {
	return sh.journalScreens().EditorPage(journal.NewEditor(text, prompt, saved))
}

// OpenLesson opens a lesson of a module over the current page.
func (sh *Shell) OpenLesson(module, id string) { sh.learnScreens().OpenLesson(module, id) }

// GroupFitPage is "Which group fits?".
func (sh *Shell) GroupFitPage() page.Page { return sh.meetingScreens().GroupFitPage() }
