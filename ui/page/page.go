package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Section names a section of the navigation, in display order.
type Section int

const (
	SectionHome Section = iota
	SectionLearn
	SectionJournal
	SectionBoundaries
	SectionConversations
	SectionRelapse
	SectionWorksheets
	SectionMeetings
	SectionSettings
	SectionCount
)

// Page is one entry of the navigation stack: a section's screen at the
// bottom, and pages opened from it (Get help now, later an entry or a
// lesson) above it.
type Page struct {
	Section Section // the section it belongs to, selected in the list
	Title   string
	Obj     fyne.CanvasObject
	Help    bool           // Get help now, or the safety plan: laid over a screen, never kept as its place
	Remake  func() Page    // makes a pushed page again in a new language
	OnShow  func()         // reads its records again each time it comes on screen
	Focus   fyne.Focusable // takes the keyboard when the page shows (a field to type in)
	// Holds, while the page is on the stack, keeps the window to it, Get
	// help now and Hide: no Back, no other section (a new recovery code,
	// until the person shows it is saved). See ui.Shell.sealed.
	Holds bool
	// Shortcuts work only while the page is on top (a lesson's Alt+arrows).
	Shortcuts map[desktop.CustomShortcut]func()
}
