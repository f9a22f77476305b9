package ui

import (
	"context"
	"log"
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
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgJournalNew     = &i18n.Message{ID: "Journal.New", Description: "Button: write a new journal entry", Other: "New entry"}
	msgJournalSearch  = &i18n.Message{ID: "Journal.Search", Description: "Placeholder of the journal search field", Other: "Search your journal"}
	msgJournalFilters = &i18n.Message{ID: "Journal.Filters", Description: "Button that shows or hides the journal filters", Other: "Filters"}
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
	msgJournalDamaged  = &i18n.Message{ID: "Journal.Damaged", Description: "An entry's text could not be opened: it is damaged", Other: "This entry is damaged and cannot be read."}
	msgJournalOnDay    = &i18n.Message{ID: "Journal.OnThisDay", Description: "Card with entries from this date in earlier years", Other: "On this day"}
	msgJournalDraft    = &i18n.Message{ID: "Journal.Draft", Description: "Card offering unsaved writing back; When is a date and time", Other: "You were writing something on {{.When}} that was not saved."}
	msgJournalDraftUse = &i18n.Message{ID: "Journal.Draft.Continue", Description: "Button: go on with the unsaved writing", Other: "Continue writing"}
	msgJournalDraftDel = &i18n.Message{ID: "Journal.Draft.Discard", Description: "Button: throw the unsaved writing away", Other: "Discard"}
)

// journalScreen lists entries newest first in a virtual list, with search,
// filters, "On this day" and any unsaved draft offered back.
type journalScreen struct {
	sh      *Shell
	k       kit
	l       *translations.Localizer
	cache   *journalCache
	query   search.Query
	shown   []store.Entry
	list    *widgets.List
	count   *widget.Label
	filters *fyne.Container
	badDate *widget.Label
	tag     *widgets.Select
	extras  *fyne.Container // draft offer and On this day
	body    *fyne.Container
}

func makeJournal(sh *Shell, id sectionID) (fyne.CanvasObject, func()) {
	if sh.deps.Records == nil {
		return makeEmpty(sh, id)
	}
	s := &journalScreen{sh: sh, k: sh.kit(), l: sh.l, cache: sh.journal}
	obj := s.buildUI()
	s.cache.changed = append(s.cache.changed, s.refresh)
	s.cache.open(sh.bg, s.refresh)
	return obj, nil
}

func (s *journalScreen) buildUI() fyne.CanvasObject {
	l := s.l
	add := s.k.button(l.T(msgJournalNew), fynetheme.ContentAddIcon(), func() { s.open(store.Entry{}) })
	add.Importance = widget.HighImportance
	find := s.k.entry(l.T(msgJournalSearch))
	find.OnChanged = func(t string) { s.k.touch(); s.query.Text = t; s.refresh() }
	more := s.k.button(l.T(msgJournalFilters), fynetheme.SearchIcon(), s.toggleFilters)
	s.filters = s.filterBox()
	s.filters.Hide()
	s.count = widget.NewLabel("")
	s.count.Wrapping = fyne.TextWrapWord
	s.extras = container.NewVBox()
	s.list = s.k.list(func() int { return len(s.shown) }, newEntryRow, s.updateRow)
	s.list.OnSelected = func(i widget.ListItemID) {
		s.list.UnselectAll()
		if i < len(s.shown) {
			s.open(s.shown[i])
		}
	}
	s.body = container.NewStack(wrapped(l.T(msgJournalOpening)))
	top := container.NewVBox(newFlow(add, more), find, s.filters, s.extras, s.count)
	return container.NewBorder(container.NewPadded(top), nil, nil, nil, s.body)
}

func (s *journalScreen) filterBox() *fyne.Container {
	l := s.l
	s.tag = s.k.choice([]string{l.T(msgJournalAllTags)})
	s.tag.OnChanged = func(t string) {
		s.query.Tag = ""
		if s.tag.SelectedIndex() > 0 {
			s.query.Tag = t
		}
		s.refresh()
	}
	moods := append([]string{l.T(msgJournalAnyMood)}, moodLabels(l)[1:]...)
	mood := s.k.choice(moods)
	mood.OnChanged = func(string) { s.query.Mood = store.Mood(max(mood.SelectedIndex(), 0)); s.refresh() }
	from, to := s.k.entry("2026-01-01"), s.k.entry("2026-12-31")
	s.badDate = smallPrint(l.T(msgJournalBadDate))
	s.badDate.Importance = widget.DangerImportance
	s.badDate.Hide()
	dates := func(string) { s.readDates(from.Text, to.Text) }
	from.OnChanged, to.OnChanged = dates, dates
	return form(field{label: l.T(msgJournalTag), input: s.tag}, field{label: l.T(msgJournalMood), input: mood},
		field{label: l.T(msgJournalFrom), input: from}, field{label: l.T(msgJournalTo), input: to},
		field{label: "", input: s.badDate})
}

func (s *journalScreen) toggleFilters() {
	if s.filters.Visible() {
		s.filters.Hide()
	} else {
		s.filters.Show()
	}
}

// readDates applies the date filter; a date that cannot be read is left out.
func (s *journalScreen) readDates(from, to string) {
	bad := false
	s.query.From, s.query.To = time.Time{}, time.Time{}
	if t, ok := parseWhen(from); ok {
		s.query.From = t
	} else if strings.TrimSpace(from) != "" {
		bad = true
	}
	if t, ok := parseWhen(to); ok {
		s.query.To = t
	} else if strings.TrimSpace(to) != "" {
		bad = true
	}
	s.badDate.Hidden = !bad
	s.badDate.Refresh()
	s.refresh()
}

// refresh shows what matches now.
func (s *journalScreen) refresh() {
	if s.cache.err != nil {
		m, data := explain.Error(s.cache.err)
		s.setBody(wrapped(s.l.T(msgJournalFailed, map[string]any{"Reason": s.l.T(m, data)})))
		return
	}
	if !s.cache.ready {
		return
	}
	s.shown = s.cache.find(s.query)
	s.updateTags()
	s.showExtras()
	switch {
	case len(s.cache.entries) == 0:
		s.count.SetText("")
		s.setBody(wrapped(s.l.T(msgJournalFirst)))
	case len(s.shown) == 0:
		s.count.SetText("")
		s.setBody(wrapped(s.l.T(msgJournalNone)))
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
		o = container.NewPadded(o)
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
	s.extras.RemoveAll()
	if d, ok := s.draft(); ok {
		s.extras.Add(s.draftCard(d))
	}
	if days := search.OnThisDay(s.cache.entries, s.sh.idle.now()); len(days) > 0 {
		s.extras.Add(s.onThisDayCard(days))
	}
}

func (s *journalScreen) draft() (store.Draft, bool) {
	drafts, err := s.sh.deps.Records.Drafts(context.Background())
	if err != nil {
		log.Printf("journal drafts: %v", err)
	}
	for _, d := range drafts {
		if d.Kind == draftJournal {
			return d, true
		}
	}
	return store.Draft{}, false
}

func (s *journalScreen) draftCard(d store.Draft) fyne.CanvasObject {
	l := s.l
	use := s.k.button(l.T(msgJournalDraftUse), fynetheme.DocumentCreateIcon(), func() { s.openDraft(d) })
	use.Importance = widget.HighImportance
	drop := s.k.button(l.T(msgJournalDraftDel), fynetheme.DeleteIcon(), func() {
		if err := s.sh.deps.Records.DeleteDraft(context.Background(), d.Kind, d.Ref); err != nil {
			log.Printf("discard draft: %v", err)
		}
		s.refresh()
	})
	return newCard("", container.NewVBox(wrapped(l.T(msgJournalDraft, map[string]any{"When": dateTime(l, d.Updated)})), newFlow(use, drop)))
}

func (s *journalScreen) onThisDayCard(days []store.Entry) fyne.CanvasObject {
	box := container.NewVBox()
	for i, e := range days {
		if i == 3 {
			break
		}
		box.Add(s.k.recordLink(s.l.Date(e.At)+" · "+snippet(e.Text, 60), func() { s.open(e) }))
	}
	return newCard(s.l.T(msgJournalOnDay), box)
}

func (s *journalScreen) open(e store.Entry) {
	s.sh.Push(s.sh.entryPage(e))
}

func (s *journalScreen) openDraft(d store.Draft) {
	e, ok := decodeDraft(d)
	if !ok {
		return
	}
	s.sh.Push(s.sh.entryPage(e))
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
	box.Objects[0].(*widget.Label).SetText(entryHeadline(s.l, e))
	text := snippet(e.Text, 200)
	if e.Damaged {
		text = s.l.T(msgJournalDamaged)
	}
	box.Objects[1].(*widget.Label).SetText(text)
}

// entryHeadline is an entry's date, time, mood and tags on one line.
func entryHeadline(l *translations.Localizer, e store.Entry) string {
	parts := []string{dateTime(l, e.At)}
	if m := moodName(l, e.Mood); m != "" {
		parts = append(parts, m)
	}
	if len(e.Tags) > 0 {
		parts = append(parts, strings.Join(e.Tags, ", "))
	}
	return strings.Join(parts, " · ")
}

// snippet is the start of text on one line, at most n runes.
func snippet(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if r := []rune(text); len(r) > n {
		return string(r[:n]) + "…"
	}
	return text
}
