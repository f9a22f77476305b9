package meetings

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgFeedsTitle   = &i18n.Message{ID: "Feeds.Title", Description: "Title of the page listing imported meeting lists", Other: "My meeting lists"}
	msgFeedsNone    = &i18n.Message{ID: "Feeds.None", Description: "No meeting list imported yet", Other: "You have not imported a meeting list yet."}
	msgFeedsCounts  = &i18n.Message{ID: "Feeds.Counts", Description: "How many meetings a list gave; Count is a number", One: "{{.Count}} meeting", Other: "{{.Count}} meetings"}
	msgFeedsLeftOut = &i18n.Message{ID: "Feeds.LeftOut", Description: "How many records of a list were left out; Count is a number", One: "{{.Count}} left out", Other: "{{.Count}} left out"}
	msgFeedsDates   = &i18n.Message{ID: "Feeds.Dates", Description: "When a list was imported (Imported) and last changed by its keepers (Updated); both dates", Other: "Imported {{.Imported}} · the list was last updated {{.Updated}}"}
	msgFeedsDate    = &i18n.Message{ID: "Feeds.Date", Description: "When a list was imported; Imported is a date", Other: "Imported {{.Imported}}"}
	msgFeedsRefresh = &i18n.Message{ID: "Feeds.Refresh", Description: "Button: import the list again", Other: "Import again"}
	msgFeedsRemove  = &i18n.Message{ID: "Feeds.Remove", Description: "Button: remove a list and its meetings", Other: "Remove"}
	msgFeedsRemoveQ = &i18n.Message{ID: "Feeds.RemoveQ", Description: "Asks before removing a list; Count is how many meetings", One: "Remove this list and its meeting? Your favourites are kept, in case you import it again.", Other: "Remove this list and its {{.Count}} meetings? Your favourites are kept, in case you import it again."}
)

// FeedsPage lists the imported meeting lists, to import again or remove.
func (sc *Screens) FeedsPage() page.Page {
	box := container.NewVBox()
	p := page.Page{Title: sc.L.T(msgFeedsTitle), Obj: page.Scroll(box)}
	p.OnShow = func() { sc.Cache.Open(sc.BG, func() { sc.fillFeeds(box) }) }
	return p
}

func (sc *Screens) fillFeeds(box *fyne.Container) {
	l := sc.L
	box.RemoveAll()
	if len(sc.Cache.feeds) == 0 {
		box.Add(page.Wrapped(l.T(msgFeedsNone)))
		box.Add(page.NewFlow(sc.Kit.Button(l.T(msgMLImport), fynetheme.DownloadIcon(), func() { sc.Push(sc.ImportPage(store.Feed{})) })))
		return
	}
	for _, f := range sc.Cache.feeds {
		box.Add(sc.feedCard(box, f))
	}
}

func (sc *Screens) feedCard(box *fyne.Container, f store.Feed) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	src := widget.NewLabel(f.Source)
	src.Wrapping = fyne.TextWrapBreak
	counts := l.N(msgFeedsCounts, f.Meetings, map[string]any{"Count": f.Meetings})
	if f.Skipped > 0 {
		counts += " · " + l.N(msgFeedsLeftOut, f.Skipped, map[string]any{"Count": f.Skipped})
	}
	dates := l.T(msgFeedsDate, map[string]any{"Imported": l.Date(f.Imported)})
	if !f.Updated.IsZero() {
		dates = l.T(msgFeedsDates, map[string]any{"Imported": l.Date(f.Imported), "Updated": l.Date(f.Updated)})
	}
	again := k.Button(l.T(msgFeedsRefresh), fynetheme.ViewRefreshIcon(), func() {
		sc.Push(sc.ImportPage(f))
	})
	remove := k.Button(l.T(msgFeedsRemove), fynetheme.DeleteIcon(), func() {
		sc.Confirm(l.T(msgFeedsRemove), l.N(msgFeedsRemoveQ, f.Meetings, map[string]any{"Count": f.Meetings}), l.T(msgFeedsRemove), func() {
			if err := sc.Records.RemoveFeed(context.Background(), f.ID); err != nil {
				sc.ShowError(page.FailText(l, page.MsgNotSaved, err))
				return
			}
			sc.Cache.Reload(sc.BG)
			sc.Cache.Open(sc.BG, func() { sc.fillFeeds(box) })
		})
	})
	return page.NewCard("", container.NewVBox(src, page.Wrapped(counts), page.SmallPrint(l.T(meetings.ProgramMessage(f.Program))+" · "+dates), page.NewFlow(again, remove)))
}
