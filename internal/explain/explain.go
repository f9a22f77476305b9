// Package explain turns the errors people can meet (a damaged database,
// a folder in use, data from a newer version) into translated messages that
// say what happened and what to do. Details stay in the log.
package explain

import (
	"errors"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
)

var (
	msgInUse = &i18n.Message{
		ID:          "Error.InUse",
		Description: "Shown when a second copy of the app is started on the same data folder",
		Other:       "Alongside is already open with this data folder. Switch to the window that is open, or close it and try again.",
	}
	msgTooNew = &i18n.Message{
		ID:          "Error.TooNew",
		Description: "The data was saved by a newer version of the app; nothing was changed",
		Other:       "Your data was saved by a newer version of Alongside. Nothing has been changed. Please install the newer version to open it.",
	}
	msgDamaged = &i18n.Message{
		ID:          "Error.Damaged",
		Description: "The database file is corrupt; nothing was changed",
		Other:       "Alongside's data file is damaged, so it was not opened and nothing was changed. Keep a copy of the data folder and restore your latest backup.",
	}
	msgUnexpected = &i18n.Message{
		ID:          "Error.Unexpected",
		Description: "Any other error opening or saving data; Detail is a technical message",
		Other:       "Something went wrong and Alongside could not finish this. Details: {{.Detail}}",
	}
)

// Error returns the message that explains err, and its template data.
func Error(err error) (*i18n.Message, map[string]any) {
	switch {
	case errors.Is(err, datadir.ErrInUse):
		return msgInUse, nil
	case errors.Is(err, store.ErrTooNew):
		return msgTooNew, nil
	case errors.Is(err, store.ErrDamaged):
		return msgDamaged, nil
	default:
		return msgUnexpected, map[string]any{"Detail": err.Error()}
	}
}
