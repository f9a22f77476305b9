// Package explain turns the errors people can meet (a damaged database,
// a folder in use or that cannot be written, data from a newer version, a
// wrong passphrase, a new passphrase too easy to guess, or locked records)
// into translated messages that say what happened and what to do. Errors
// of the files, disk, network or a file's format that no sentinel marks
// have messages of their own (files.go); anything else is a calm "something
// went wrong". No message holds the error's own text: details stay in the
// log, or behind a "Show details" control (see Details).
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
	msgUnwritable = &i18n.Message{
		ID:          "Error.Unwritable",
		Description: "The data folder or file cannot be written (no permission, read-only or missing drive, full disk); shown alone and after 'Your choice could not be saved.'",
		Other:       "Alongside cannot save in its data folder, so nothing was changed. The folder may be read-only or on a drive that is not connected, or the disk may be full. Check that you can save files there and that there is free space, then try again.",
	}
	msgNoFolder = &i18n.Message{
		ID:          "Error.NoFolder",
		Description: "alongside check: the data folder named does not exist; nothing was created",
		Other:       "This data folder does not exist, so there is nothing to check, and nothing was created. Check the folder's name; Alongside creates its folder the first time it opens.",
	}
	msgNoDatabase = &i18n.Message{
		ID:          "Error.NoDatabase",
		Description: "alongside check: the data folder has no data file; nothing was created",
		Other:       "There is no Alongside data file in this folder, so there is nothing to check, and nothing was created. Alongside creates it the first time it opens with this folder.",
	}
	msgUnfinished = &i18n.Message{
		ID:          "Error.Unfinished",
		Description: "alongside check: the data file has changes that only opening the app can finish saving; nothing was changed",
		Other:       "The data file has changes that were not finished saving, probably because Alongside was closed suddenly. Nothing was changed. Open Alongside once so it can finish saving them, then check again.",
	}
	msgWrongPassphrase = &i18n.Message{
		ID:          "Error.WrongPassphrase",
		Description: "The passphrase or recovery code typed does not open the private records; nothing was changed",
		Other:       "That passphrase or recovery code is not right, so your private records stay locked and nothing was changed. Check it (capital letters count in a passphrase) and try again.",
	}
	msgLocked = &i18n.Message{
		ID:          "Error.Locked",
		Description: "Private records were asked for while they are locked",
		Other:       "Your private records are locked. Unlock them with your passphrase or your recovery code, then try again.",
	}
	msgNoPassphrase = &i18n.Message{
		ID:          "Error.NoPassphrase",
		Description: "A passphrase was to be changed, removed or used, but none is set; nothing was changed",
		Other:       "Your private records have no passphrase, so there is none to change, remove or type. Nothing was changed.",
	}
	msgPassTooShort = &i18n.Message{
		ID:          "Error.PassphraseTooShort",
		Description: "A new passphrase was refused because it is too short; Count is the fewest characters allowed; nothing was changed",
		Other:       "That passphrase is too short, so nothing was changed. Use at least {{.Count}} characters: a few ordinary words together, such as \"kettle river blue morning\", are easy to remember and hard to guess.",
	}
	msgPassTooWeak = &i18n.Message{
		ID:          "Error.PassphraseTooWeak",
		Description: "A new passphrase was refused because it would be easy to guess; nothing was changed",
		Other:       "That passphrase would be easy to guess, so nothing was changed. Add another word or two: a few ordinary words together, such as \"kettle river blue morning\", are easy to remember and hard to guess.",
	}
	msgUnexpected = &i18n.Message{
		ID:          "Error.Unexpected",
		Description: "Any other error opening or saving data; the technical details are never in this sentence",
		Other:       "Something went wrong and Alongside could not finish this. Try again; if it keeps happening, close Alongside and open it again.",
	}
)

// Error returns the message that explains err, and its template data.
func Error(err error) (*i18n.Message, map[string]any) {
	if m, ok := backupError(err); ok { // backup.go
		return m, nil
	}
	switch {
	case errors.Is(err, datadir.ErrInUse):
		return msgInUse, nil
	case errors.Is(err, store.ErrTooNew):
		return msgTooNew, nil
	case errors.Is(err, store.ErrDamaged):
		return msgDamaged, nil
	case errors.Is(err, store.ErrUnwritable):
		return msgUnwritable, nil
	case errors.Is(err, datadir.ErrNoFolder):
		return msgNoFolder, nil
	case errors.Is(err, store.ErrNoDatabase):
		return msgNoDatabase, nil
	case errors.Is(err, store.ErrUnfinished):
		return msgUnfinished, nil
	case errors.Is(err, store.ErrPassphraseTooShort):
		return msgPassTooShort, map[string]any{"Count": store.MinPassphraseLength}
	case errors.Is(err, store.ErrPassphraseTooWeak):
		return msgPassTooWeak, nil
	case errors.Is(err, store.ErrWrongPassphrase):
		return msgWrongPassphrase, nil
	case errors.Is(err, store.ErrLocked):
		return msgLocked, nil
	case errors.Is(err, store.ErrNoPassphrase):
		return msgNoPassphrase, nil
	}
	if m, ok := systemError(err); ok { // files.go
		return m, nil
	}
	return msgUnexpected, nil
}

// Details is err's own text, for a "Show details" control and the log:
// never part of the sentence Error gives.
func Details(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
