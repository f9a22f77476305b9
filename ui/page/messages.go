package page

import (
	"log"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/translations"
)

// The messages more than one area shows.
var (
	MsgNotSaved    = &i18n.Message{ID: "Form.NotSaved", Description: "A change could not be saved; Reason explains", Other: "This was not saved. {{.Reason}}"}
	MsgDamaged     = &i18n.Message{ID: "Journal.Damaged", Description: "An entry's text could not be opened: it is damaged", Other: "This entry is damaged and cannot be read."}
	MsgOpen        = &i18n.Message{ID: "Boundaries.Open", Description: "Button: open a boundary to log a test or see its history", Other: "Open"}
	MsgNotLoaded   = &i18n.Message{ID: "Exercise.Failed", Description: "Earlier results of an exercise could not be read; Reason explains", Other: "Your earlier results could not be opened. {{.Reason}}"}
	MsgUnprotected = &i18n.Message{ID: "Summary.Card.Warning", Description: "Warning before writing an unprotected file", Other: "This file will not be protected: anyone who opens it can read what is in it. Keep it somewhere safe, and delete it when you no longer need it."}
	MsgGetHelp     = &i18n.Message{
		ID: "Shell.GetHelpNow", Description: "Button on every screen that opens helplines and the overdose card",
		Other: "Get help now",
	}
	MsgBack = &i18n.Message{
		ID: "Shell.Back", Description: "Button that goes back to the previous screen",
		Other: "Back",
	}
	MsgOverdose     = &i18n.Message{ID: "Home.Worried.Overdose", Description: "Button on Home that opens Get help now at the overdose card", Other: "What to do in an overdose"}
	MsgBadDate      = &i18n.Message{ID: "Form.BadDate", Description: "A date could not be read", Other: "Write the date as year-month-day, such as 2026-11-28."}
	MsgGroupFit     = &i18n.Message{ID: "Exercise.GroupFit", Description: "Exercise name", Other: "Which group might fit you?"}
	MsgFileNotSaved = &i18n.Message{ID: "Summary.Card.Failed", Description: "The file could not be written; Reason explains", Other: "The file was not written. {{.Reason}}"}
	MsgOpenFile     = &i18n.Message{ID: "Summary.Card.Open", Description: "Button: open the written file", Other: "Open it"}
	MsgFileSaved    = &i18n.Message{ID: "Summary.Card.Saved", Description: "The file was written; Path is where", Other: "Saved as {{.Path}}."}
	MsgAppName      = &i18n.Message{ID: "App.Name", Description: "The app's name, shown as the window title", Other: "Alongside"}
)

// FailText explains err under a message that takes a Reason.
func FailText(l *translations.Localizer, m *i18n.Message, err error) string {
	log.Printf("%s: %v", m.ID, err)
	r, data := explain.Error(err)
	return l.T(m, map[string]any{"Reason": l.T(r, data)})
}

// Reason is the translated explanation of err.
func Reason(l *translations.Localizer, err error) string {
	m, data := explain.Error(err)
	return l.T(m, data)
}
