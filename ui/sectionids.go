package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// sectionID names a section of the navigation, in display order.
type sectionID int

const (
	sectionHome sectionID = iota
	sectionLearn
	sectionJournal
	sectionBoundaries
	sectionConversations
	sectionRelapse
	sectionWorksheets
	sectionMeetings
	sectionSettings
	sectionCount
)

// page is one entry of the navigation stack: a section's screen at the
// bottom, and pages opened from it (Get help now, later an entry or a
// lesson) above it.
type page struct {
	section sectionID // the section it belongs to, selected in the list
	title   string
	obj     fyne.CanvasObject
	help    bool           // Get help now, or the safety plan: laid over a screen, never kept as its place
	remake  func() page    // makes a pushed page again in a new language
	onShow  func()         // reads its records again each time it comes on screen
	focus   fyne.Focusable // takes the keyboard when the page shows (a field to type in)
	// holds, while the page is on the stack, keeps the window to it, Get
	// help now and Hide: no Back, no other section (a new recovery code,
	// until the person shows it is saved). See Shell.sealed.
	holds bool
	// shortcuts work only while the page is on top (a lesson's Alt+arrows).
	shortcuts map[desktop.CustomShortcut]func()
}
