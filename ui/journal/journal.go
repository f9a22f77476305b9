package journal

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/internal/search"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgJournalNew         = &i18n.Message{ID: "Journal.New", Description: "Button: write a new journal entry", Other: "New entry"}
	msgJournalSearch      = &i18n.Message{ID: "Journal.Search", Description: "Placeholder of the journal search field", Other: "Search your journal"}
	msgJournalShowFilters = &i18n.Message{ID: "Journal.Filters.Show", Description: "Button that shows the journal filters (tag, mood, dates)", Other: "Show filters"}
	msgJournalHideFilters = &i18n.Message{ID: "Journal.Filters.Hide", Description: "Button that folds the journal filters away again", Other: "Hide filters"}
	msgJournalFilterLine  = &i18n.Message{ID: "Journal.Filters.Summary", Description: "One line saying which journal filters are on; Mood, Tag and Dates are the phrases below (such as: any mood, any tag, any date)",
		Other: "Filters: {{.Mood}}, {{.Tag}}, {{.Dates}}"}
	msgJournalFilterAnyMood = &i18n.Message{ID: "Journal.Filters.AnyMood", Description: "Part of the filter line: no mood chosen", Other: "any mood"}
	msgJournalFilterAnyTag  = &i18n.Message{ID: "Journal.Filters.AnyTag", Description: "Part of the filter line: no tag chosen", Other: "any tag"}
	msgJournalFilterTag     = &i18n.Message{ID: "Journal.Filters.Tag", Description: "Part of the filter line: the tag chosen; Tag is the tag", Other: "tag {{.Tag}}"}
	msgJournalFilterAnyDate = &i18n.Message{ID: "Journal.Filters.AnyDate", Description: "Part of the filter line: no dates chosen", Other: "any date"}
	msgJournalFilterFrom    = &i18n.Message{ID: "Journal.Filters.From", Description: "Part of the filter line: only entries from this date on; From is a date", Other: "from {{.From}}"}
	msgJournalFilterUntil   = &i18n.Message{ID: "Journal.Filters.Until", Description: "Part of the filter line: only entries up to this date; To is a date", Other: "until {{.To}}"}
	msgJournalFilterSpan    = &i18n.Message{ID: "Journal.Filters.Span", Description: "Part of the filter line: only entries between two dates; From and To are dates", Other: "{{.From}} to {{.To}}"}
	msgJournalSearchHow     = &i18n.Message{ID: "Journal.SearchHow", Description: "How journal search works, shown when a search finds nothing; keep the quotes and the asterisk",
		Other: "Every word you type must be in the entry; part of a word is enough, so feel finds feeling. Put words in quotes to find them side by side, such as \"he drank\"."}
	msgJournalAllTags = &i18n.Message{ID: "Journal.AllTags", Description: "Tag filter: no tag chosen", Other: "Any tag"}
	msgJournalAnyMood = &i18n.Message{ID: "Journal.AnyMood", Description: "Mood filter: no mood chosen", Other: "Any mood"}
	msgJournalTag     = &i18n.Message{ID: "Journal.Tag", Description: "Label of the tag filter", Other: "Tag"}
	msgJournalMood    = &i18n.Message{ID: "Journal.Mood", Description: "Label of the mood filter and field", Other: "Mood"}
	msgJournalFrom    = &i18n.Message{ID: "Journal.From", Description: "Label of the first date of the date filter", Other: "From (year-month-day)"}
	msgJournalTo      = &i18n.Message{ID: "Journal.To", Description: "Label of the last date of the date filter", Other: "To (year-month-day)"}
	msgJournalBadDate = &i18n.Message{ID: "Journal.BadDate", Description: "A date filter could not be read",
		Other: "Write dates as year-month-day, such as 2026-11-28. That filter is not used until then."}
	msgJournalCount = &i18n.Message{ID: "Journal.Count", Description: "How many entries are listed; Count is a number",
		One: "{{.Count}} entry", Other: "{{.Count}} entries"}
	msgJournalNone     = &i18n.Message{ID: "Journal.NoMatch", Description: "No entry matches the search or filters", Other: "No entries match. Try other words, or clear the filters."}
	msgJournalFirst    = &i18n.Message{ID: "Journal.First", Description: "The journal has no entries yet", Other: "Nothing written yet. Press New entry to write what happened or how you feel; only you can read it."}
	msgJournalOpening  = &i18n.Message{ID: "Journal.Opening", Description: "Shown while the journal is being opened", Other: "Opening your journal…"}
	msgJournalFailed   = &i18n.Message{ID: "Journal.Failed", Description: "The journal could not be opened; Reason explains", Other: "Your journal could not be opened. {{.Reason}}"}
	msgJournalOnDay    = &i18n.Message{ID: "Journal.OnThisDay", Description: "Card with entries from this date in earlier years", Other: "On this day"}
	msgJournalDraft    = &i18n.Message{ID: "Journal.Draft", Description: "Card offering unsaved writing back; When is a date and time", Other: "You were writing something on {{.When}} that was not saved."}
	msgJournalDraftUse = &i18n.Message{ID: "Journal.Draft.Continue", Description: "Button: go on with the unsaved writing", Other: "Continue writing"}
	msgJournalDraftDel = &i18n.Message{ID: "Journal.Draft.Discard", Description: "Button: throw the unsaved writing away", Other: "Discard"}
)

// journalScreen lists entries newest first in a virtual list, with search,
// filters (folded into one line until asked for), "On this day" and any
// unsaved draft offered back. The list keeps most of the height.
type journalScreen struct {
	sc      *Screens
	k       page.Kit
	l       *translations.Localizer
	cache   *Cache
	query   search.Query
	shown   []store.Entry
	list    *widgets.List
	count   *widget.Label
	filters *fyne.Container
	summary *widget.Label   // the filters on one line
	toggle  *widgets.Button // shows or folds the filters
	badDate *widget.Label
	tag     *widgets.Select
	mood    *widgets.Select
	extras  *fyne.Container   // draft offer and On this day
	top     *container.Scroll // everything above the list
	page    *fyne.Container   // top over list
	body    *fyne.Container
}

func (sc *Screens) JournalSection() (fyne.CanvasObject, func()) {
	s := &journalScreen{sc: sc, k: sc.Kit, l: sc.L, cache: sc.Cache}
	// What Tab reaches above the list scrolls into view there.
	keys := &page.TopRouter{Router: s.k.Keys}
	s.k.Keys = keys
	obj := s.buildUI()
	keys.Scroll = s.top
	s.cache.Changed = append(s.cache.Changed, func(entries bool) {
		if entries {
			s.refresh()
		} else {
			s.showExtras()
		}
	})
	if s.cache.Ready {
		s.refresh()
	} else {
		s.cache.Open(sc.BG, nil) // it tells changed when loaded
	}
	return obj, func() {
		// Writing taken off the screen without Save is offered at once.
		sc.KeepLeftWriting()
		s.showExtras()
	}
}

func (s *journalScreen) buildUI() fyne.CanvasObject {
	l := s.l
	add := s.k.Button(l.T(msgJournalNew), fynetheme.ContentAddIcon(), func() { s.open(store.Entry{}) })
	add.Importance = widget.HighImportance
	find := s.k.Entry(l.T(msgJournalSearch))
	find.OnChanged = func(t string) { s.k.Touch(); s.query.Text = t; s.refresh() }
	s.toggle = s.k.Button(l.T(msgJournalShowFilters), fynetheme.SearchIcon(), s.toggleFilters)
	s.filters = s.filterBox()
	s.filters.Hide()
	s.summary = page.SmallPrint("")
	s.showSummary()
	s.count = widget.NewLabel("")
	s.count.Wrapping = fyne.TextWrapWord
	s.extras = container.NewVBox()
	s.list = s.sc.Kit.List(func() int { return len(s.shown) }, newEntryRow, s.updateRow)
	s.list.OnSelected = func(i widget.ListItemID) {
		s.list.UnselectAll()
		if i < len(s.shown) {
			s.open(s.shown[i])
		}
	}
	s.body = container.NewStack(page.Wrapped(l.T(msgJournalOpening)))
	top := container.NewVBox(page.NewFlow(add, s.toggle), find, s.summary, s.filters, s.extras, s.count)
	// New entry first: the top comes before the list in the Tab order.
	s.top = container.NewVScroll(container.NewPadded(top))
	s.page = container.New(&page.TopListLayout{}, s.top, widget.NewSeparator(), s.body)
	return s.page
}

// relayout shares the height out again after what shows above the list
// changed (the filters shown, a card added).
func (s *journalScreen) relayout() {
	if s.page == nil || s.page.Size().IsZero() {
		return
	}
	s.page.Layout.Layout(s.page.Objects, s.page.Size())
	s.top.Refresh()
}

func (s *journalScreen) filterBox() *fyne.Container {
	l := s.l
	s.tag = s.k.Choice([]string{l.T(msgJournalAllTags)})
	s.tag.SetSelectedIndex(0)
	s.tag.OnChanged = func(t string) {
		s.query.Tag = ""
		if s.tag.SelectedIndex() > 0 {
			s.query.Tag = t
		}
		s.showSummary()
		s.refresh()
	}
	moods := append([]string{l.T(msgJournalAnyMood)}, moodLabels(l)[1:]...)
	s.mood = s.k.Choice(moods)
	s.mood.SetSelectedIndex(0)
	s.mood.OnChanged = func(string) {
		s.query.Mood = store.Mood(max(s.mood.SelectedIndex(), 0))
		s.showSummary()
		s.refresh()
	}
	from, to := s.k.Entry("2026-01-01"), s.k.Entry("2026-12-31")
	s.badDate = page.SmallPrint(l.T(msgJournalBadDate))
	s.badDate.Importance = widget.DangerImportance
	s.badDate.Hide()
	dates := func(string) { s.readDates(from.Text, to.Text) }
	from.OnChanged, to.OnChanged = dates, dates
	return page.Form(page.Field{Label: l.T(msgJournalTag), Input: s.tag}, page.Field{Label: l.T(msgJournalMood), Input: s.mood},
		page.Field{Label: l.T(msgJournalFrom), Input: from}, page.Field{Label: l.T(msgJournalTo), Input: to},
		page.Field{Label: "", Input: s.badDate})
}

func (s *journalScreen) toggleFilters() {
	if s.filters.Visible() {
		s.filters.Hide()
		s.toggle.SetText(s.l.T(msgJournalShowFilters))
	} else {
		s.filters.Show()
		s.toggle.SetText(s.l.T(msgJournalHideFilters))
	}
	s.relayout()
}

// showSummary says on one line which filters are on.
func (s *journalScreen) showSummary() {
	l, q := s.l, s.query
	mood := l.T(msgJournalFilterAnyMood)
	if m := moodName(l, q.Mood); m != "" {
		mood = m
	}
	tag := l.T(msgJournalFilterAnyTag)
	if q.Tag != "" {
		tag = l.T(msgJournalFilterTag, map[string]any{"Tag": q.Tag})
	}
	var dates string
	switch {
	case !q.From.IsZero() && !q.To.IsZero():
		dates = l.T(msgJournalFilterSpan, map[string]any{"From": l.Date(q.From), "To": l.Date(q.To)})
	case !q.From.IsZero():
		dates = l.T(msgJournalFilterFrom, map[string]any{"From": l.Date(q.From)})
	case !q.To.IsZero():
		dates = l.T(msgJournalFilterUntil, map[string]any{"To": l.Date(q.To)})
	default:
		dates = l.T(msgJournalFilterAnyDate)
	}
	s.summary.SetText(l.T(msgJournalFilterLine, map[string]any{"Mood": mood, "Tag": tag, "Dates": dates}))
}

// readDates applies the date filter; a date that cannot be read is left out.
func (s *journalScreen) readDates(from, to string) {
	bad := false
	s.query.From, s.query.To = time.Time{}, time.Time{}
	if t, ok := page.ParseWhen(from); ok {
		s.query.From = t
	} else if strings.TrimSpace(from) != "" {
		bad = true
	}
	if t, ok := page.ParseWhen(to); ok {
		s.query.To = t
	} else if strings.TrimSpace(to) != "" {
		bad = true
	}
	s.badDate.Hidden = !bad
	s.badDate.Refresh()
	s.showSummary()
	s.refresh()
}

// refresh shows what matches now.
func (s *journalScreen) refresh() {
	if s.cache.err != nil {
		m, data := explain.Error(s.cache.err)
		s.setBody(page.Wrapped(s.l.T(msgJournalFailed, map[string]any{"Reason": s.l.T(m, data)})))
		return
	}
	if !s.cache.Ready {
		return
	}
	s.shown = s.cache.find(s.query)
	s.updateTags()
	s.showExtras()
	switch {
	case len(s.cache.entries) == 0:
		s.count.SetText("")
		s.setBody(page.Wrapped(s.l.T(msgJournalFirst)))
	case len(s.shown) == 0:
		s.count.SetText("")
		text := s.l.T(msgJournalNone)
		if strings.TrimSpace(s.query.Text) != "" {
			text += "\n\n" + s.l.T(msgJournalSearchHow)
		}
		s.setBody(page.Wrapped(text))
	default:
		s.count.SetText(s.l.N(msgJournalCount, len(s.shown), nil))
		s.setBody(s.list)
		s.list.Refresh()
	}
}

func (s *journalScreen) setBody(o fyne.CanvasObject) {
	if len(s.body.Objects) == 1 && s.body.Objects[0] == o {
		return
	}
	if _, ok := o.(*widget.Label); ok {
		o = container.NewVScroll(container.NewPadded(o))
	}
	s.body.Objects = []fyne.CanvasObject{o}
	s.body.Refresh()
}

func (s *journalScreen) updateTags() {
	opts := append([]string{s.l.T(msgJournalAllTags)}, s.cache.tags()...)
	if strings.Join(opts, "\x00") != strings.Join(s.tag.Options, "\x00") {
		s.tag.SetOptions(opts)
	}
}

// showExtras offers back unsaved writing and shows entries from this day
// in earlier years.
func (s *journalScreen) showExtras() {
	if !s.cache.Ready {
		return
	}
	var cards []fyne.CanvasObject
	if d, ok := s.cache.draft(); ok {
		cards = append(cards, s.draftCard(d))
	}
	if days := search.OnThisDay(s.cache.entries, s.sc.Now()); len(days) > 0 {
		cards = append(cards, s.onThisDayCard(days))
	}
	page.SetObjects(s.extras, cards...)
	s.relayout()
}

func (s *journalScreen) draftCard(d store.Draft) fyne.CanvasObject {
	l := s.l
	use := s.k.Button(l.T(msgJournalDraftUse), fynetheme.DocumentCreateIcon(), func() { s.openDraft(d) })
	use.Importance = widget.HighImportance
	drop := s.k.Button(l.T(msgJournalDraftDel), fynetheme.DeleteIcon(), func() {
		s.cache.dropDrafts(d.Ref)
		s.showExtras()
	})
	return page.NewCard("", container.NewVBox(page.Wrapped(l.T(msgJournalDraft, map[string]any{"When": page.DateTime(l, d.Updated)})), page.NewFlow(use, drop)))
}

func (s *journalScreen) onThisDayCard(days []store.Entry) fyne.CanvasObject {
	box := container.NewVBox()
	for i, e := range days {
		if i == 3 {
			break
		}
		box.Add(s.k.RecordLink(s.l.Date(e.At)+" · "+page.Snippet(EntryWords(s.l, e.Text), 60), func() { s.open(e) }))
	}
	return page.NewCard(s.l.T(msgJournalOnDay), box)
}

func (s *journalScreen) open(e store.Entry) {
	s.sc.Push(s.sc.EntryPage(e))
}

func (s *journalScreen) openDraft(d store.Draft) {
	ed, ok := s.sc.draftEditor(d)
	if !ok {
		return
	}
	s.sc.Push(s.sc.EditorPage(ed))
}

func newEntryRow() fyne.CanvasObject {
	head := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Truncation = fyne.TextTruncateEllipsis
	body := widget.NewLabel("")
	body.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(head, body)
}

func (s *journalScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(s.shown) {
		return
	}
	e := s.shown[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(Headline(s.l, e))
	text := page.Snippet(EntryWords(s.l, e.Text), 200)
	if e.Damaged {
		text = s.l.T(page.MsgDamaged)
	}
	box.Objects[1].(*widget.Label).SetText(text)
}

// Headline is an entry's date, time, mood and tags on one line.
func Headline(l *translations.Localizer, e store.Entry) string {
	parts := []string{page.DateTime(l, e.At)}
	if m := moodName(l, e.Mood); m != "" {
		parts = append(parts, m)
	}
	if len(e.Tags) > 0 {
		parts = append(parts, strings.Join(e.Tags, ", "))
	}
	return strings.Join(parts, " · ")
}
