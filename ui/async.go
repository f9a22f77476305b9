package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

// copiedFeedback is how long a "Copied" confirmation stays.
const copiedFeedback = 2 * time.Second

// after runs fn on the UI goroutine once d has passed. It is the one place
// where work from another goroutine reaches widgets, through fyne.Do.
func after(d time.Duration, fn func()) {
	time.AfterFunc(d, func() { fyne.Do(fn) })
}
