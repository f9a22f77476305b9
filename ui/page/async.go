package page

import (
	"time"

	"fyne.io/fyne/v2"
)

// Background is the one way work leaves the UI goroutine and comes back:
// slow work (key derivation, search, import) and delayed work. Tests swap
// in a version that runs it when they choose.
type Background interface {
	// Do runs work on another goroutine, then done on the UI goroutine.
	Do(work, done func())
	// After runs fn on the UI goroutine once d has passed.
	After(d time.Duration, fn func())
}

// RealBackground uses goroutines and fyne.Do.
type RealBackground struct{}

func (RealBackground) Do(work, done func()) {
	go func() {
		work()
		if done != nil {
			fyne.Do(done)
		}
	}()
}

func (RealBackground) After(d time.Duration, fn func()) {
	time.AfterFunc(d, func() { fyne.Do(fn) })
}
