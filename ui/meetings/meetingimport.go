package meetings

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
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgImpTitle = &i18n.Message{ID: "Import.Title", Description: "Title of the page that imports a meeting list", Other: "Import a meeting list"}
	msgImpIntro = &i18n.Message{ID: "Import.Intro", Description: "Explains importing a meeting list",
		Other: "A meeting list is a file (JSON or CSV) that many groups publish on their website, sometimes called a meeting feed. Give the file you downloaded, its https address, or the address of the group's website: Alongside then looks for the list the site publishes. Alongside goes online only when you import from an address, and only to fetch that list."}
	msgImpSource     = &i18n.Message{ID: "Import.Source", Description: "Field: the file or address to import", Other: "File or address"}
	MsgSourceExample = &i18n.Message{ID: "Import.Source.Placeholder", Description: "Example in the file or address field", Other: "/home/me/Downloads/meetings.json or https://…"}
	msgImpRecent     = &i18n.Message{ID: "Import.Recent", Description: "Heading of recent meeting-list files found in Downloads", Other: "Lists in your Downloads folder"}
	msgImpWhose      = &i18n.Message{ID: "Import.Fellowship", Description: "Field: which fellowship's meetings the list holds", Other: "Whose meetings are these?"}
	msgImpDetect     = &i18n.Message{ID: "Import.Fellowship.Detect", Description: "Choice: tell the fellowship from the list; Alongside asks when the list does not say clearly", Other: "Tell from the list (Alongside asks if it is not clear)"}
	msgImpZone       = &i18n.Message{ID: "Import.Zone", Description: "Field: the time zone of meetings the list gives none for", Other: "Time zone, if the list does not say"}
	msgImpZoneHint   = &i18n.Message{ID: "Import.Zone.Hint", Description: "Hint under the time zone field", Other: "For example America/New_York or Europe/Madrid. Leave empty for this computer's time zone."}
	msgImpGo         = &i18n.Message{ID: "Import.Go", Description: "Button: import the list", Other: "Import"}
	msgImpCancel     = &i18n.Message{ID: "Import.Cancel", Description: "Button: stop the import", Other: "Cancel"}
	msgImpNeed       = &i18n.Message{ID: "Import.NeedSource", Description: "Import pressed with no file or address", Other: "Give a file or an https address first."}
	msgImpReading    = &i18n.Message{ID: "Import.Reading", Description: "The list is being read", Other: "Reading the list…"}
	msgImpFetching   = &i18n.Message{ID: "Import.Fetching", Description: "The list is being downloaded; KB is how much so far (already formatted)", Other: "Downloading… {{.KB}} KB"}
	msgImpSaving     = &i18n.Message{ID: "Import.Saving", Description: "The meetings are being saved", Other: "Saving the meetings…"}
	msgImpCancelled  = &i18n.Message{ID: "Import.Cancelled", Description: "The import was cancelled", Other: "Cancelled. Nothing was changed."}
	msgImpFailed     = &i18n.Message{ID: "Import.Failed", Description: "The import failed; Reason explains. Stored meetings are unchanged", Other: "The list was not imported: {{.Reason}} Your meetings are as they were."}
	msgImpDone       = &i18n.Message{ID: "Import.Done", Description: "The import worked; Number is how many meetings (already formatted)", One: "Imported {{.Number}} meeting.", Other: "Imported {{.Number}} meetings."}
	msgImpSkipped    = &i18n.Message{ID: "Import.Skipped", Description: "How many records were left out; Number is how many (already formatted)", One: "{{.Number}} record was left out:", Other: "{{.Number}} records were left out:"}
	msgImpSkipRow    = &i18n.Message{ID: "Import.SkipRow", Description: "One record left out: Record is its number, Name its name (may be empty), Reason why", Other: "Record {{.Record}} {{.Name}}: {{.Reason}}"}
	msgImpMore       = &i18n.Message{ID: "Import.More", Description: "More records left out than are listed; Number is how many (already formatted)", One: "…and {{.Number}} more.", Other: "…and {{.Number}} more."}
	msgImpAskGo      = &i18n.Message{ID: "Import.Ask.Go", Description: "Button, after the evidence of whose meetings a list holds: import the list as the fellowship chosen", Other: "Import with this answer"}
	msgImpShownAs    = &i18n.Message{ID: "Import.ShownAs", Description: "After an import: the fellowship the meetings are shown as; Fellowship is its name", Other: "Its meetings are shown as: {{.Fellowship}}."}
	msgImpUsed       = &i18n.Message{ID: "Import.Used", Description: "Which code table was used; Program names it", Other: "Codes read as: {{.Program}}."}
	msgImpSee        = &i18n.Message{ID: "Import.See", Description: "Button: go to the meetings after an import", Other: "See the meetings"}
)

var (
	msgImpChoose  = &i18n.Message{ID: "Import.Choose", Description: "Button: choose the meeting-list file in a file dialog", Other: "Choose a file…"}
	msgImpChooseT = &i18n.Message{ID: "Import.Choose.Title", Description: "Title of the dialog choosing a meeting-list file", Other: "Choose a meeting list (JSON or CSV)"}
)

// skipsShown is how many skipped records an import lists by name.
const skipsShown = 20

// importer is the import page: what to import, then progress and result.
type importer struct {
	sc       *Screens
	k        page.Kit
	source   *widgets.Entry
	whose    *widgets.Select // "tell from the list", then meetings.FellowshipChoices
	zone     *widgets.Entry
	goBtn    *widgets.Button
	cancelBt *widgets.Button
	progress *widget.ProgressBarInfinite
	status   *widget.Label
	result   *fyne.Container
	cancel   context.CancelFunc
}

// ImportPage imports a list; given a feed, it is ready to import it again
// as before.
func (sc *Screens) ImportPage(f store.Feed) page.Page {
	l := sc.L
	im := &importer{sc: sc, k: sc.Kit, status: page.Wrapped(""), result: container.NewVBox(), progress: widget.NewProgressBarInfinite()}
	im.source = im.k.Entry(l.T(MsgSourceExample))
	im.source.SetText(f.Source)
	im.whose = im.k.Choice(append([]string{l.T(msgImpDetect)}, sc.fellowshipChoices()...))
	im.whose.SetSelectedIndex(1 + indexOf(meetings.FellowshipChoices(), programFellowship(f.Program)))
	im.zone = im.k.Entry("")
	im.zone.SetText(f.TimeZone)
	im.goBtn = im.k.Button(l.T(msgImpGo), fynetheme.DownloadIcon(), im.start)
	im.goBtn.Importance = widget.HighImportance
	im.cancelBt = im.k.Button(l.T(msgImpCancel), fynetheme.CancelIcon(), im.stop)
	im.cancelBt.Hide()
	im.progress.Hide()
	im.progress.Stop()
	pick := im.k.Button(l.T(msgImpChoose), fynetheme.FolderOpenIcon(), func() {
		sc.ChooseFile(l.T(msgImpChooseT), []string{".json", ".csv"}, func(path string) { im.source.SetText(path) })
	})
	source := container.NewVBox(im.source, page.NewFlow(pick))
	fields := page.Form(page.Field{Label: l.T(msgImpSource), Input: source}, page.Field{Label: l.T(msgImpWhose), Input: im.whose},
		page.Field{Label: l.T(msgImpZone), Hint: l.T(msgImpZoneHint), Input: im.zone})
	lists := im.k.Button(l.T(msgMLFeeds), fynetheme.ListIcon(), func() { sc.Push(sc.FeedsPage()) })
	parts := []fyne.CanvasObject{page.Wrapped(l.T(msgImpIntro)), page.NewFlow(lists), fields}
	if r := im.recentFiles(); r != nil {
		parts = append(parts, r)
	}
	parts = append(parts, page.NewFlow(im.goBtn, im.cancelBt), im.progress, im.status, im.result)
	return page.Page{Title: l.T(msgImpTitle), Obj: page.Scroll(parts...)}
}

// recentFiles offers the newest JSON and CSV files in Downloads.
func (im *importer) recentFiles() fyne.CanvasObject {
	dir := page.DownloadsDir()
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
		box.Add(im.k.RecordLink(filepath.Base(p), func() { im.source.SetText(p) }))
	}
	return page.NewCard(im.sc.L.T(msgImpRecent), box)
}

// fellowshipChoices names meetings.FellowshipChoices, in order.
func (sc *Screens) fellowshipChoices() []string {
	ids := meetings.FellowshipChoices()
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = sc.FellowshipName(id)
	}
	return names
}

// programFellowship is the fellowship a list imported before with this
// code table belonged to, or "" to tell it from the list again.
func programFellowship(p meetings.Program) string {
	switch p {
	case meetings.ProgramAA:
		return meetings.FellowshipAA
	case meetings.ProgramAlAnon:
		return meetings.FellowshipAlAnon
	}
	return ""
}

func (im *importer) options() meetings.Options {
	opt := meetings.Options{TimeZone: strings.TrimSpace(im.zone.Text)}
	if i := im.whose.SelectedIndex(); i > 0 {
		opt.Fellowship = meetings.FellowshipChoices()[i-1]
	}
	return opt
}

func (im *importer) start() {
	l := im.sc.L
	source := page.ExpandHome(strings.TrimSpace(im.source.Text))
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
	var found meetings.Found
	var err error
	lang := l.Lang()
	progress := func(read, _ int64) {
		kb := meetings.FormatCount(lang, int(read/1024))
		fyne.Do(func() { im.status.SetText(l.T(msgImpFetching, map[string]any{"KB": kb})) })
	}
	im.sc.BG.Do(func() {
		res, found, err = readList(ctx, source, opt, progress)
		if ctx.Err() != nil {
			err = meetings.ErrCancelled
		}
	}, func() {
		switch {
		case err != nil:
			im.finish(res, found, store.Feed{}, err)
		case meetings.EvidenceSummary(&res) != nil: // the list does not say clearly whose it is
			im.ask(res, found)
		default:
			im.save(ctx, res, found)
		}
	})
}

// ask shows what the list says about whose meetings it holds and lets the
// person answer before anything is stored.
func (im *importer) ask(res meetings.Result, found meetings.Found) {
	l := im.sc.L
	im.busy(false)
	im.status.SetText("")
	box := container.NewVBox()
	for i, s := range meetings.EvidenceText(l, &res) {
		if i == 0 {
			box.Add(page.Wrapped(s))
		} else {
			box.Add(page.SmallPrint(s))
		}
	}
	ids := meetings.FellowshipChoices()
	whose := im.k.Choice(im.sc.fellowshipChoices())
	whose.SetSelectedIndex(indexOf(ids, meetings.FellowshipNotStated))
	var goBtn *widgets.Button
	goBtn = im.k.Button(l.T(msgImpAskGo), fynetheme.DownloadIcon(), func() {
		goBtn.Disable()
		if err := res.Choose(ids[max(whose.SelectedIndex(), 0)], ""); err != nil {
			im.finish(res, found, store.Feed{}, err)
			return
		}
		im.result.RemoveAll()
		ctx, cancel := context.WithCancel(context.Background())
		im.cancel = cancel
		im.save(ctx, res, found)
	})
	goBtn.Importance = widget.HighImportance
	box.Add(whose)
	box.Add(page.NewFlow(goBtn))
	im.result.Add(page.NewCard(l.T(msgImpWhose), box))
}

// save stores the list read and says how it went; im.cancel cancels ctx.
func (im *importer) save(ctx context.Context, res meetings.Result, found meetings.Found) {
	l := im.sc.L
	im.busy(true)
	im.status.SetText(l.T(msgImpSaving))
	source := found.Address
	if found.Page != "" { // the website the person gave: the next import looks again
		source = found.Page
	}
	var feed store.Feed
	var err error
	im.sc.BG.Do(func() {
		feed, err = im.sc.Records.ImportFeed(ctx, source, res)
		if ctx.Err() != nil {
			err = meetings.ErrCancelled
		}
	}, func() { im.finish(res, found, feed, err) })
}

// readList reads a list from a file or, for an address or a website,
// downloads it (finding the list a site publishes). found.Address is where
// it came from: the file's path, or the list's address.
func readList(ctx context.Context, source string, opt meetings.Options, progress func(read, total int64)) (meetings.Result, meetings.Found, error) {
	if _, err := os.Stat(source); err != nil {
		if addr, ok := meetings.WebAddress(source); ok {
			found, err := meetings.FetchList(ctx, addr, meetings.Limits{}, progress)
			if err != nil {
				return meetings.Result{}, found, err
			}
			res, err := meetings.ParseBytes(found.Data, opt)
			found.Data = nil
			return res, found, err
		}
	}
	res, err := meetings.ParseFile(source, opt)
	return res, meetings.Found{Address: source}, err
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

func (im *importer) finish(res meetings.Result, found meetings.Found, feed store.Feed, err error) {
	l := im.sc.L
	im.busy(false)
	switch {
	case err != nil && errorsIsCancelled(err):
		im.status.SetText(l.T(msgImpCancelled))
		return
	case err != nil:
		im.status.SetText(l.T(msgImpFailed, map[string]any{"Reason": ImportReason(l, err)}))
		return
	}
	im.status.SetText(l.N(msgImpDone, feed.Meetings, map[string]any{"Number": meetings.FormatCount(l.Lang(), feed.Meetings)}))
	im.sc.Cache.Reload(im.sc.BG)
	if m, data := meetings.FoundMessage(found); m != nil {
		im.result.Add(page.Wrapped(l.T(m, data)))
	}
	im.result.Add(page.Wrapped(l.T(msgImpShownAs, map[string]any{"Fellowship": im.sc.FellowshipName(res.Fellowship)})))
	im.result.Add(page.SmallPrint(l.T(msgImpUsed, map[string]any{"Program": l.T(meetings.ProgramMessage(res.Program))})))
	im.result.Add(skippedList(im.sc, res.Skipped))
	im.result.Add(page.NewFlow(im.k.Button(l.T(msgImpSee), fynetheme.NavigateNextIcon(), func() { im.sc.Go(page.SectionMeetings) })))
}

func errorsIsCancelled(err error) bool {
	return errors.Is(err, meetings.ErrCancelled) || errors.Is(err, context.Canceled)
}

// ImportReason explains why a list was refused.
func ImportReason(l *translations.Localizer, err error) string {
	if m, data := meetings.ErrorMessage(err, 0); m != nil {
		return l.T(m, data)
	}
	m, data := explain.Error(err)
	return l.T(m, data)
}

// skippedList names the records left out, and why.
func skippedList(sc *Screens, skips []meetings.Skip) fyne.CanvasObject {
	l := sc.L
	box := container.NewVBox()
	if len(skips) == 0 {
		return box
	}
	box.Add(page.Wrapped(l.N(msgImpSkipped, len(skips), map[string]any{"Number": meetings.FormatCount(l.Lang(), len(skips))})))
	for i, s := range skips {
		if i == skipsShown {
			rest := len(skips) - skipsShown
			box.Add(page.SmallPrint(l.N(msgImpMore, rest, map[string]any{"Number": meetings.FormatCount(l.Lang(), rest)})))
			break
		}
		box.Add(page.SmallPrint(l.T(msgImpSkipRow, map[string]any{"Record": s.Record, "Name": s.Name, "Reason": l.T(meetings.SkipMessage(s.Reason))})))
	}
	return box
}
