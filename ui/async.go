package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

// copiedFeedback is how long a "Copied" confirmation stays.
const copiedFeedback = 2 * time.Second

// background is the one way work leaves the UI goroutine and comes back:
// slow work (key derivation, search, import) and delayed work. Tests swap
// in a version that runs it when they choose.
type background interface {
	// Do runs work on another goroutine, then done on the UI goroutine.
	Do(work, done func())
	// After runs fn on the UI goroutine once d has passed.
	After(d time.Duration, fn func())
}

// realBackground uses goroutines and fyne.Do.
type realBackground struct{}

func (realBackground) Do(work, done func()) {
	go func() {
		work()
		if done != nil {
			fyne.Do(done)
		}
	}()
}

func (realBackground) After(d time.Duration, fn func()) {
	time.AfterFunc(d, func() { fyne.Do(fn) })
}
