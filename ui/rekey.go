package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgRekeyTitle = &i18n.Message{ID: "Rekey.Title", Description: "Title of the page shown while the passphrase is being set or changed", Other: "Setting your passphrase"}
	msgRekeyBody  = &i18n.Message{ID: "Rekey.Body", Description: "Says what happens while the passphrase is being set or changed",
		Other: "Alongside is sealing each of your private records again under a new key, so that nothing sealed the old way is left behind. With many records this takes a little while. Get help now and Hide work as always."}
	msgRekeyCount = &i18n.Message{ID: "Rekey.Count", Description: "Progress while records are sealed again; Done and Number are numbers, written with the language's separators",
		One: "{{.Done}} of {{.Number}} record sealed again", Other: "{{.Done}} of {{.Number}} records sealed again"}
	msgRekeyStarting = &i18n.Message{ID: "Rekey.Starting", Description: "Shown before sealing records again has started", Other: "Starting…"}
	msgRekeyTidying  = &i18n.Message{ID: "Rekey.Tidying", Description: "Shown after every record is sealed again, while old backup copies are deleted and a new one made",
		Other: "Deleting the older backup copies and making a new one…"}
)

// rekeyRun is the passphrase being set or changed. Meanwhile the store
// seals every record again under a new key, and every other private read
// or write waits for it; so the window shows only its progress, with Get
// help now and Hide, and reads or writes no private record until it ends.
type rekeyRun struct {
	back        []page.Page // the pages to return to when it ends; nil once the lock closed
	l           *translations.Localizer
	bar         *widget.ProgressBar
	status      *widget.Label
	done, total int // the progress shown last
}

// startRekey shows the progress page in place of everything else.
func (sh *Shell) startRekey() *rekeyRun {
	run := &rekeyRun{back: sh.stack, done: -1}
	sh.rekey = run
	sh.reframe([]page.Page{run.page(sh)})
	return run
}

// endRekey brings back the pages from before, or the lock screen when the
// records were locked meanwhile.
func (sh *Shell) endRekey(run *rekeyRun) {
	if sh.rekey != run {
		return
	}
	sh.rekey = nil
	if run.back == nil || sh.Locked() {
		sh.stack = nil
		sh.rebuild()
		return
	}
	sh.reframe(run.back)
}

// page makes the progress page (again, after the lock or a rebuild).
func (run *rekeyRun) page(sh *Shell) page.Page {
	l := sh.l
	run.l = l
	run.bar = widget.NewProgressBar()
	run.status = page.SmallPrint("")
	run.show(run.done, run.total)
	obj := page.Scroll(page.Wrapped(l.T(msgRekeyBody)), run.bar, run.status)
	return page.Page{Title: l.T(msgRekeyTitle), Obj: obj}
}

// show puts how far re-keying has gone on screen.
func (run *rekeyRun) show(done, total int) {
	run.done, run.total = done, total
	switch {
	case done < 0:
		run.bar.SetValue(0)
		run.status.SetText(run.l.T(msgRekeyStarting))
	case done >= total:
		run.bar.SetValue(1)
		run.status.SetText(run.l.T(msgRekeyTidying))
	default:
		run.bar.SetValue(float64(done) / float64(total))
		run.status.SetText(run.l.N(msgRekeyCount, total, map[string]any{
			"Done": meetings.FormatCount(run.l.Lang(), done), "Number": meetings.FormatCount(run.l.Lang(), total)}))
	}
}

// progressOnUI passes progress, reported on the goroutine doing the work,
// to show on the UI goroutine: once for each hundredth, not for each row.
func progressOnUI(show func(done, total int)) store.Progress {
	last := -1 // touched only by the goroutine doing the work
	return func(done, total int) {
		step := 100
		if total > 0 && done < total {
			step = done * 100 / total
		}
		if step == last {
			return
		}
		last = step
		fyne.Do(func() { show(done, total) })
	}
}
