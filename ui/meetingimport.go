package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgImpTitle = &i18n.Message{ID: "Import.Title", Description: "Title of the page that imports a meeting list", Other: "Import a meeting list"}
	msgImpIntro = &i18n.Message{ID: "Import.Intro", Description: "Explains importing a meeting list",
		Other: "A meeting list is a file (JSON or CSV) that many groups publish on their website, sometimes called a meeting feed. Give the file you downloaded, or its https address. Alongside goes online only when you import from an address, and only to fetch that list."}
	msgImpSource    = &i18n.Message{ID: "Import.Source", Description: "Field: the file or address to import", Other: "File or address"}
	msgImpSourceEx  = &i18n.Message{ID: "Import.Source.Placeholder", Description: "Example in the file or address field", Other: "/home/me/Downloads/meetings.json or https://…"}
	msgImpRecent    = &i18n.Message{ID: "Import.Recent", Description: "Heading of recent meeting-list files found in Downloads", Other: "Lists in your Downloads folder"}
	msgImpProgram   = &i18n.Message{ID: "Import.Program", Description: "Field: which code table the list uses", Other: "Whose meeting codes does it use?"}
	msgImpDetect    = &i18n.Message{ID: "Import.Program.Detect", Description: "Choice: tell the code table from the list", Other: "Tell from the list (usually right)"}
	msgImpZone      = &i18n.Message{ID: "Import.Zone", Description: "Field: the time zone of meetings the list gives none for", Other: "Time zone, if the list does not say"}
	msgImpZoneHint  = &i18n.Message{ID: "Import.Zone.Hint", Description: "Hint under the time zone field", Other: "For example America/New_York or Europe/Madrid. Leave empty for this computer's time zone."}
	msgImpGo        = &i18n.Message{ID: "Import.Go", Description: "Button: import the list", Other: "Import"}
	msgImpCancel    = &i18n.Message{ID: "Import.Cancel", Description: "Button: stop the import", Other: "Cancel"}
	msgImpNeed      = &i18n.Message{ID: "Import.NeedSource", Description: "Import pressed with no file or address", Other: "Give a file or an https address first."}
	msgImpReading   = &i18n.Message{ID: "Import.Reading", Description: "The list is being read", Other: "Reading the list…"}
	msgImpFetching  = &i18n.Message{ID: "Import.Fetching", Description: "The list is being downloaded; KB is how much so far", Other: "Downloading… {{.KB}} KB"}
	msgImpSaving    = &i18n.Message{ID: "Import.Saving", Description: "The meetings are being saved", Other: "Saving the meetings…"}
	msgImpCancelled = &i18n.Message{ID: "Import.Cancelled", Description: "The import was cancelled", Other: "Cancelled. Nothing was changed."}
	msgImpFailed    = &i18n.Message{ID: "Import.Failed", Description: "The import failed; Reason explains. Stored meetings are unchanged", Other: "The list was not imported: {{.Reason}} Your meetings are as they were."}
	msgImpDone      = &i18n.Message{ID: "Import.Done", Description: "The import worked; Count is how many meetings", One: "Imported {{.Count}} meeting.", Other: "Imported {{.Count}} meetings."}
	msgImpSkipped   = &i18n.Message{ID: "Import.Skipped", Description: "How many records were left out", One: "{{.Count}} record was left out:", Other: "{{.Count}} records were left out:"}
	msgImpSkipRow   = &i18n.Message{ID: "Import.SkipRow", Description: "One record left out: Record is its number, Name its name (may be empty), Reason why", Other: "Record {{.Record}} {{.Name}}: {{.Reason}}"}
	msgImpMore      = &i18n.Message{ID: "Import.More", Description: "More records left out than are listed", One: "…and {{.Count}} more.", Other: "…and {{.Count}} more."}
	msgImpGuessed   = &i18n.Message{ID: "Import.Guessed", Description: "The list did not say which codes it uses",
		Other: "The list does not say whose meeting codes it uses, so AA-style codes were used. If it is an Al-Anon list, import it again and choose Al-Anon's codes."}
	msgImpUsed = &i18n.Message{ID: "Import.Used", Description: "Which code table was used; Program names it", Other: "Codes read as: {{.Program}}."}
	msgImpSee  = &i18n.Message{ID: "Import.See", Description: "Button: go to the meetings after an import", Other: "See the meetings"}
)

// skipsShown is how many skipped records an import lists by name.
const skipsShown = 20

// importer is the import page: what to import, then progress and result.
type importer struct {
	sh       *Shell
	k        kit
	source   *widgets.Entry
	program  *widgets.Choice
	zone     *widgets.Entry
	goBtn    *widgets.Button
	cancelBt *widgets.Button
	progress *widget.ProgressBarInfinite
	status   *widget.Label
	result   *fyne.Container
	cancel   context.CancelFunc
}

// importPage imports a list; given a feed, it is ready to import it again
// as before.
func (sh *Shell) importPage(f store.Feed) page {
	l := sh.l
	im := &importer{sh: sh, k: sh.kit(), status: wrapped(""), result: container.NewVBox(), progress: widget.NewProgressBarInfinite()}
	im.source = im.k.entry(l.T(msgImpSourceEx))
	im.source.SetText(f.Source)
	im.program = im.k.radio([]string{l.T(msgImpDetect), l.T(meetings.ProgramMessage(meetings.ProgramAA)), l.T(meetings.ProgramMessage(meetings.ProgramAlAnon))})
	im.program.SetSelected(map[meetings.Program]int{meetings.ProgramAA: 1, meetings.ProgramAlAnon: 2}[f.Program])
	im.zone = im.k.entry("")
	im.zone.SetText(f.TimeZone)
	im.goBtn = im.k.button(l.T(msgImpGo), fynetheme.DownloadIcon(), im.start)
	im.goBtn.Importance = widget.HighImportance
	im.cancelBt = im.k.button(l.T(msgImpCancel), fynetheme.CancelIcon(), im.stop)
	im.cancelBt.Hide()
	im.progress.Hide()
	im.progress.Stop()
	fields := form(field{label: l.T(msgImpSource), input: im.source}, field{label: l.T(msgImpProgram), input: im.program},
		field{label: l.T(msgImpZone), hint: l.T(msgImpZoneHint), input: im.zone})
	lists := im.k.button(l.T(msgMLFeeds), fynetheme.ListIcon(), func() { sh.Push(sh.feedsPage()) })
	parts := []fyne.CanvasObject{wrapped(l.T(msgImpIntro)), newFlow(lists), fields}
	if r := im.recentFiles(); r != nil {
		parts = append(parts, r)
	}
	parts = append(parts, newFlow(im.goBtn, im.cancelBt), im.progress, im.status, im.result)
	return page{title: l.T(msgImpTitle), obj: pageScroll(parts...)}
}

// recentFiles offers the newest JSON and CSV files in Downloads.
func (im *importer) recentFiles() fyne.CanvasObject {
	dir := downloadsDir()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	type file struct {
		path string
		mod  time.Time
	}
	var files []file
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() && (ext == ".json" || ext == ".csv") {
			files = append(files, file{filepath.Join(dir, e.Name()), info.ModTime()})
		}
	}
	if len(files) == 0 {
		return nil
	}
	slices.SortFunc(files, func(a, b file) int { return b.mod.Compare(a.mod) })
	box := container.NewVBox()
	for i, f := range files {
		if i == 5 {
			break
		}
		p := f.path
		box.Add(im.k.recordLink(filepath.Base(p), func() { im.source.SetText(p) }))
	}
	return newCard(im.sh.l.T(msgImpRecent), box)
}

func (im *importer) options() meetings.Options {
	opt := meetings.Options{TimeZone: strings.TrimSpace(im.zone.Text)}
	switch im.program.Selected {
	case 1:
		opt.Program = meetings.ProgramAA
	case 2:
		opt.Program = meetings.ProgramAlAnon
	}
	return opt
}

func (im *importer) start() {
	l := im.sh.l
	source := strings.TrimSpace(im.source.Text)
	im.result.RemoveAll()
	if source == "" {
		im.status.SetText(l.T(msgImpNeed))
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	im.cancel = cancel
	im.busy(true)
	im.status.SetText(l.T(msgImpReading))
	opt := im.options()
	var res meetings.Result
	var feed store.Feed
	var err error
	progress := func(read, _ int64) {
		fyne.Do(func() { im.status.SetText(l.T(msgImpFetching, map[string]any{"KB": read / 1024})) })
	}
	im.sh.bg.Do(func() {
		res, err = readList(ctx, source, opt, progress)
		if err == nil && ctx.Err() == nil {
			fyne.Do(func() { im.status.SetText(l.T(msgImpSaving)) })
			feed, err = im.sh.deps.Records.ImportFeed(ctx, source, res)
		}
		if ctx.Err() != nil {
			err = meetings.ErrCancelled
		}
	}, func() { im.finish(res, feed, err) })
}

// readList reads a list from a file or, for an address, downloads it.
func readList(ctx context.Context, source string, opt meetings.Options, progress func(read, total int64)) (meetings.Result, error) {
	if strings.Contains(source, "://") {
		b, err := meetings.Fetch(ctx, source, meetings.Limits{}, progress)
		if err != nil {
			return meetings.Result{}, err
		}
		return meetings.ParseBytes(b, opt)
	}
	return meetings.ParseFile(source, opt)
}

func (im *importer) stop() {
	if im.cancel != nil {
		im.cancel()
	}
}

func (im *importer) busy(on bool) {
	if on {
		im.goBtn.Disable()
		im.cancelBt.Show()
		im.progress.Show()
		im.progress.Start()
		return
	}
	im.goBtn.Enable()
	im.cancelBt.Hide()
	im.progress.Stop()
	im.progress.Hide()
	im.cancel = nil
}

func (im *importer) finish(res meetings.Result, feed store.Feed, err error) {
	l := im.sh.l
	im.busy(false)
	switch {
	case err != nil && errorsIsCancelled(err):
		im.status.SetText(l.T(msgImpCancelled))
		return
	case err != nil:
		im.status.SetText(l.T(msgImpFailed, map[string]any{"Reason": importReason(l, err)}))
		return
	}
	im.status.SetText(l.N(msgImpDone, feed.Meetings, map[string]any{"Count": feed.Meetings}))
	im.sh.meetings.reload(im.sh.bg)
	im.result.Add(smallPrint(l.T(msgImpUsed, map[string]any{"Program": l.T(meetings.ProgramMessage(res.Program))})))
	if !res.ProgramDetected && im.program.Selected == 0 {
		im.result.Add(warningText(l.T(msgImpGuessed)))
	}
	im.result.Add(skippedList(im.sh, res.Skipped))
	im.result.Add(newFlow(im.k.button(l.T(msgImpSee), fynetheme.NavigateNextIcon(), func() { im.sh.Go(sectionMeetings) })))
}

func errorsIsCancelled(err error) bool {
	return errors.Is(err, meetings.ErrCancelled) || errors.Is(err, context.Canceled)
}

// importReason explains why a list was refused.
func importReason(l *translations.Localizer, err error) string {
	if m, data := meetings.ErrorMessage(err, 0); m != nil {
		return l.T(m, data)
	}
	m, data := explain.Error(err)
	return l.T(m, data)
}

// skippedList names the records left out, and why.
func skippedList(sh *Shell, skips []meetings.Skip) fyne.CanvasObject {
	l := sh.l
	box := container.NewVBox()
	if len(skips) == 0 {
		return box
	}
	box.Add(wrapped(l.N(msgImpSkipped, len(skips), map[string]any{"Count": len(skips)})))
	for i, s := range skips {
		if i == skipsShown {
			rest := len(skips) - skipsShown
			box.Add(smallPrint(l.N(msgImpMore, rest, map[string]any{"Count": rest})))
			break
		}
		box.Add(smallPrint(l.T(msgImpSkipRow, map[string]any{"Record": s.Record, "Name": s.Name, "Reason": l.T(meetings.SkipMessage(s.Reason))})))
	}
	return box
}
