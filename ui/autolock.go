package ui

import (
	"context"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/store"
)

// autoLockChoices are the idle times, in minutes, a person can pick; 0 is off.
var autoLockChoices = []int{0, 1, 5, 15, 60}

// defaultAutoLock applies until the person picks another.
const defaultAutoLock = 5

// idleLock locks the records after the chosen time with nothing done: no
// key, no click on a control, no typing, no mouse movement over the window.
type idleLock struct {
	sh        *Shell
	now       func() time.Time
	after     func(time.Duration, func())
	last      time.Time
	limit     time.Duration
	on        bool // a passphrase is set, so there is something to lock
	scheduled bool
	// timer counts the timers started; a timer that is not the latest
	// one does nothing when it fires (the idle time changed meanwhile).
	timer int
}

func newIdleLock(sh *Shell) *idleLock {
	return &idleLock{sh: sh, now: time.Now, after: func(d time.Duration, fn func()) { sh.bg.After(d, fn) }}
}

// reload reads the chosen time and whether the lock is on, and starts
// the timer again: a timer started for a longer time would lock late.
func (i *idleLock) reload() {
	i.limit = time.Duration(autoLockMinutes(i.sh.deps.Prefs)) * time.Minute
	i.on = i.sh.hasPassphrase()
	i.timer++ // the one waiting, if any, does nothing when it fires
	i.scheduled = false
	i.touch()
}

func autoLockMinutes(p Preferences) int {
	m, err := strconv.Atoi(p.GetOr(context.Background(), store.SettingAutoLock, strconv.Itoa(defaultAutoLock)))
	if err != nil || m < 0 {
		return defaultAutoLock
	}
	return m
}

// touch says the person is here.
func (i *idleLock) touch() {
	i.last = i.now()
	i.schedule(i.limit)
}

func (i *idleLock) schedule(d time.Duration) {
	if i.scheduled || !i.on || i.limit <= 0 || i.sh.Locked() {
		return
	}
	i.scheduled = true
	i.timer++
	timer := i.timer
	i.after(d, func() {
		if timer == i.timer {
			i.check()
		}
	})
}

// check locks when the idle time has passed, or looks again when it will.
func (i *idleLock) check() {
	i.scheduled = false
	if !i.on || i.limit <= 0 || i.sh.Locked() {
		return
	}
	left := i.limit - i.now().Sub(i.last)
	if left <= 0 {
		i.sh.LockNow()
		return
	}
	i.schedule(left)
}

// activity sits behind the window's content and counts mouse movement
// over it as the person being there.
type activity struct {
	widget.BaseWidget
	touch func()
}

var _ desktop.Hoverable = (*activity)(nil)

func newActivity(touch func()) *activity {
	a := &activity{touch: touch}
	a.ExtendBaseWidget(a)
	return a
}

func (a *activity) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{})
}

func (a *activity) MouseIn(*desktop.MouseEvent)    { a.touch() }
func (a *activity) MouseMoved(*desktop.MouseEvent) { a.touch() }
func (a *activity) MouseOut()                      {}
