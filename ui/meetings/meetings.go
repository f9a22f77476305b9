package meetings

import (
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
	msgMLSearch     = &i18n.Message{ID: "MeetingList.Search", Description: "Placeholder of the meeting search field", Other: "Search by name, place or notes"}
	MsgFilters      = &i18n.Message{ID: "MeetingList.Filters", Description: "Button that shows or hides more search filters", Other: "Filters"}
	msgMLImport     = &i18n.Message{ID: "MeetingList.Import", Description: "Button: import a meeting list", Other: "Import a meeting list"}
	msgMLAdd        = &i18n.Message{ID: "MeetingList.Add", Description: "Button: add a meeting by hand", Other: "Add a meeting"}
	msgMLFeeds      = &i18n.Message{ID: "MeetingList.Feeds", Description: "Button: the meeting lists imported", Other: "My meeting lists"}
	msgMLDirectory  = &i18n.Message{ID: "MeetingList.Directory", Description: "Button: about the family fellowships", Other: "About the groups"}
	msgMLResources  = &i18n.Message{ID: "MeetingList.Resources", Description: "Button: official finders for treatment and other help", Other: "Other help near you"}
	msgMLAnyDay     = &i18n.Message{ID: "MeetingList.AnyDay", Description: "Day filter: every day", Other: "Any day"}
	msgMLToday      = &i18n.Message{ID: "MeetingList.Today", Description: "Day filter: today", Other: "Today"}
	MsgAnyTime      = &i18n.Message{ID: "MeetingList.AnyTime", Description: "Time filter: any time of day", Other: "Any time"}
	msgMLFromNow    = &i18n.Message{ID: "MeetingList.FromNow", Description: "Time filter: meetings still to start today", Other: "Later today"}
	msgMLMorning    = &i18n.Message{ID: "MeetingList.Morning", Description: "Time filter", Other: "Morning (before noon)"}
	msgMLAfternoon  = &i18n.Message{ID: "MeetingList.Afternoon", Description: "Time filter", Other: "Afternoon (noon to 5 pm)"}
	msgMLEvening    = &i18n.Message{ID: "MeetingList.Evening", Description: "Time filter", Other: "Evening (from 5 pm)"}
	msgMLAnyWay     = &i18n.Message{ID: "MeetingList.AnyWay", Description: "Attendance filter: in person or online", Other: "In person or online"}
	msgMLCanMeet    = &i18n.Message{ID: "MeetingList.CanMeetInPerson", Description: "Attendance filter: can be attended in person", Other: "Can go in person"}
	MsgCanJoin      = &i18n.Message{ID: "MeetingList.CanJoinOnline", Description: "Attendance filter: can be joined online", Other: "Can join online"}
	msgMLAnyGroup   = &i18n.Message{ID: "MeetingList.AnyFellowship", Description: "Fellowship filter: all", Other: "Any fellowship"}
	msgMLAnyType    = &i18n.Message{ID: "MeetingList.AnyType", Description: "Meeting type filter: all", Other: "Any type"}
	msgMLAnyLang    = &i18n.Message{ID: "MeetingList.AnyLanguage", Description: "Language filter: all", Other: "Any language"}
	MsgNear         = &i18n.Message{ID: "MeetingList.Near", Description: "Placeholder of the place to measure distance from", Other: "Near: city, postal code or coordinates"}
	msgMLAnyDist    = &i18n.Message{ID: "MeetingList.AnyDistance", Description: "Distance filter: any", Other: "Any distance"}
	msgMLWithinKm   = &i18n.Message{ID: "MeetingList.WithinKm", Description: "Distance filter; N is a number", Other: "Within {{.N}} km"}
	msgMLWithinMi   = &i18n.Message{ID: "MeetingList.WithinMi", Description: "Distance filter; N is a number", Other: "Within {{.N}} miles"}
	msgMLSoonest    = &i18n.Message{ID: "MeetingList.SortSoonest", Description: "Sort order", Other: "Soonest first"}
	msgMLNearest    = &i18n.Message{ID: "MeetingList.SortNearest", Description: "Sort order", Other: "Nearest first"}
	msgMLByName     = &i18n.Message{ID: "MeetingList.SortName", Description: "Sort order", Other: "By name"}
	msgMLFavsOnly   = &i18n.Message{ID: "MeetingList.FavouritesOnly", Description: "Tick box: show favourite meetings only", Other: "Favourites only"}
	msgMLCount      = &i18n.Message{ID: "MeetingList.Count", Description: "How many meetings match; Number is how many (already formatted)", One: "{{.Number}} meeting", Other: "{{.Number}} meetings"}
	msgMLNone       = &i18n.Message{ID: "MeetingList.None", Description: "No meeting matches the search", Other: "No meeting matches. Try another day, or fewer filters."}
	msgMLEmptyTitle = &i18n.Message{ID: "MeetingList.Empty.Title", Description: "Heading when no meeting is stored yet", Other: "No meetings yet"}
	msgMLEmpty      = &i18n.Message{ID: "MeetingList.Empty.Body", Description: "What to do when no meeting is stored yet",
		Other: "Many groups publish their meetings as a list you can download from their website (often called a meeting feed, in JSON or CSV). Import one, or add a meeting you already go to. You can also read about the groups first."}
	msgMLLoading  = &i18n.Message{ID: "MeetingList.Loading", Description: "Meetings are being read", Other: "Opening your meetings…"}
	msgMLFailed   = &i18n.Message{ID: "MeetingList.Failed", Description: "Meetings could not be read; Reason explains", Other: "Your meetings could not be opened. {{.Reason}}"}
	msgMLByAppt   = &i18n.Message{ID: "MeetingList.ByAppointment", Description: "A meeting with no weekly time", Other: "By appointment"}
	msgMLYours    = &i18n.Message{ID: "MeetingList.YourTime", Description: "The same start in the person's own time zone; When is a day and time", Other: "{{.When}} your time"}
	msgMLKm       = &i18n.Message{ID: "MeetingList.Km", Description: "A distance; N is a number such as 3.2", Other: "{{.N}} km"}
	msgMLMi       = &i18n.Message{ID: "MeetingList.Mi", Description: "A distance; N is a number such as 3.2", Other: "{{.N}} mi"}
	msgMLNearHint = &i18n.Message{ID: "MeetingList.NearHint", Description: "Under the place to measure distance from: places are looked up only in the person's imported lists, never online",
		Other: "Places are found only from the towns, postal codes and regions in your own meeting lists, never online."}
	msgMLHideFilters = &i18n.Message{ID: "MeetingList.HideFilters", Description: "Button that folds the meeting filters away again (it reads Filters while they are folded)", Other: "Hide filters"}
	MsgDone          = &i18n.Message{ID: "MeetingList.Done", Description: "Button under the meeting filters that folds them away, when no meeting matches", Other: "Done"}
	MsgShow          = &i18n.Message{ID: "MeetingList.ShowMatches", Description: "Button under the meeting filters that folds them away to show the list; Number is how many meetings match (already formatted)",
		One: "Show {{.Number}} meeting", Other: "Show {{.Number}} meetings"}
	msgMLNearPlace      = &i18n.Message{ID: "MeetingList.Summary.Near", Description: "In the one-line summary of the meeting filters: distances are measured from this place; Place is what the person typed", Other: "Near {{.Place}}"}
	msgMLMorningShort   = &i18n.Message{ID: "MeetingList.Summary.Morning", Description: "In the one-line summary of the meeting filters: the time filter is morning (before noon)", Other: "Morning"}
	msgMLAfternoonShort = &i18n.Message{ID: "MeetingList.Summary.Afternoon", Description: "In the one-line summary of the meeting filters: the time filter is afternoon (noon to 5 pm)", Other: "Afternoon"}
	msgMLEveningShort   = &i18n.Message{ID: "MeetingList.Summary.Evening", Description: "In the one-line summary of the meeting filters: the time filter is evening (from 5 pm)", Other: "Evening"}
)

// whenShort names the time filter's choices in the summary line, by index
// (any time is left out).
var whenShort = []*i18n.Message{nil, msgMLFromNow, msgMLMorningShort, msgMLAfternoonShort, msgMLEveningShort}

// distances offered by the distance filter, in the chosen unit.
var distances = []int{2, 5, 10, 25, 50, 100}

// kmPerMile converts the distance filter when the unit is miles.
const kmPerMile = 1.609344

// meetingsScreen searches every meeting stored.
type meetingsScreen struct {
	sc    *Screens
	k     page.Kit
	l     *translations.Localizer
	cache *Cache
	miles bool

	text, near                          *widgets.Entry
	day, when, attend, group, typ, lang *widgets.Select
	within, order                       *widgets.Select
	favs                                *widgets.Check
	filters                             *fyne.Container // more filters, folded away until asked for
	toggle, done                        *widgets.Button // shows or folds the filters; folds them
	dayRow                              *fyne.Container // the day and the toggle
	nearMsg, nearHint, count            *widget.Label   // count: how many, and the filters on, on one line
	list                                *widgets.List
	body, page                          *fyne.Container
	top                                 *container.Scroll // everything above the list
	shapes                              []rowShape        // the rows' lines at rowWidth (see meetingrows.go)
	words                               rowWords
	rowWidth                            float32
	groupIDs, typeKeys, langIDs         []string // the options after "any", as ids
	hits                                []meetings.Hit
	optionsFor                          *meetings.Index // the index the filters' options were made from
	dayAsked                            time.Weekday    // the day filtered on, or -1: a row shows that day
}

func (sc *Screens) MeetingsSection() (fyne.CanvasObject, func()) {
	s := &meetingsScreen{sc: sc, k: sc.Kit, l: sc.L, cache: sc.Cache, miles: usesMiles(sc.HelpCountry.Country())}
	// What Tab reaches above the list scrolls into view there.
	keys := &page.TopRouter{Router: s.k.Keys}
	s.k.Keys = keys
	obj := s.buildUI()
	keys.Scroll = s.top
	s.cache.Changed = append(s.cache.Changed, s.refresh)
	return obj, func() { s.cache.Open(sc.BG, s.showWanted) }
}

// usesMiles is true where road distances are given in miles.
func usesMiles(country string) bool { return country == "US" || country == "GB" }

func (s *meetingsScreen) buildUI() fyne.CanvasObject {
	l := s.l
	s.text = s.k.Entry(l.T(msgMLSearch))
	s.text.OnChanged = func(string) { s.k.Touch(); s.refresh() }
	s.day = s.choice(s.dayOptions(), 1)
	s.toggle = s.k.Button(l.T(MsgFilters), fynetheme.SearchIcon(), s.toggleFilters)
	s.filters = s.filterBox()
	s.filters.Hide()
	s.count, s.nearMsg = page.Wrapped(""), page.SmallPrint("")
	s.nearMsg.Importance = widget.WarningImportance
	s.nearMsg.Hide()
	s.list = s.k.List(func() int { return len(s.hits) }, newMeetingRow, s.updateRow)
	s.list.OnSelected = func(i widget.ListItemID) {
		s.list.UnselectAll()
		if i < len(s.hits) {
			s.sc.Push(s.sc.MeetingPage(s.hits[i].Meeting.Slug))
		}
	}
	s.body = container.New(&resultsLayout{s}, container.NewPadded(page.Wrapped(l.T(msgMLLoading))))
	s.dayRow = container.NewBorder(nil, nil, nil, s.toggle, s.day)
	top := container.NewVBox(s.actions(), s.text, s.dayRow, s.count, s.filters, s.nearMsg)
	s.top = container.NewVScroll(container.NewPadded(top))
	// As the journal's: the top takes what it needs up to a share of the
	// height, and scrolls beyond it; the list keeps the rest.
	s.page = container.New(&page.TopListLayout{}, s.top, widget.NewSeparator(), s.body)
	return s.page
}

func (s *meetingsScreen) actions() fyne.CanvasObject {
	l, sc := s.l, s.sc
	imp := s.k.Button(l.T(msgMLImport), fynetheme.DownloadIcon(), func() { sc.Push(sc.ImportPage(store.Feed{})) })
	add := s.k.Button(l.T(msgMLAdd), fynetheme.ContentAddIcon(), func() { sc.Push(sc.MyMeetingPage(store.MyMeeting{})) })
	dir := s.k.Button(l.T(msgMLDirectory), fynetheme.InfoIcon(), func() { sc.Push(sc.DirectoryPage()) })
	res := s.k.Button(l.T(msgMLResources), fynetheme.HomeIcon(), func() { sc.Push(sc.ResourcesPage()) })
	return page.NewFlow(fewestRows([]fyne.CanvasObject{dir, res, imp, add}, page.NarrowMinWidth-2*fynetheme.Padding())...)
}

// fewestRows orders objects so that, laid out in a row that wraps at
// width, they take the fewest lines: the given order unless another saves
// a line (longer labels, as in Spanish, may pair better another way), and
// of those the one closest to it.
func fewestRows(objs []fyne.CanvasObject, width float32) []fyne.CanvasObject {
	best, least, moved := objs, page.FlowHeight(objs, width), 0
	permutations(slices.Clone(objs), 0, func(p []fyne.CanvasObject) {
		h, m := page.FlowHeight(p, width), inversions(objs, p)
		if h < least || h == least && m < moved {
			best, least, moved = slices.Clone(p), h, m
		}
	})
	return best
}

// inversions counts the pairs of objects that p has in the other order
// than objs.
func inversions(objs, p []fyne.CanvasObject) int {
	n := 0
	for i := range p {
		for j := i + 1; j < len(p); j++ {
			if slices.Index(objs, p[i]) > slices.Index(objs, p[j]) {
				n++
			}
		}
	}
	return n
}

// permutations calls fn with each order of objs[from:] after objs[:from].
func permutations(objs []fyne.CanvasObject, from int, fn func([]fyne.CanvasObject)) {
	if from == len(objs) {
		fn(objs)
		return
	}
	for i := from; i < len(objs); i++ {
		objs[from], objs[i] = objs[i], objs[from]
		permutations(objs, from+1, fn)
		objs[from], objs[i] = objs[i], objs[from]
	}
}

// choice is a drop-down that searches again when changed.
func (s *meetingsScreen) choice(opts []string, selected int) *widgets.Select {
	c := s.k.Choice(opts)
	c.SetSelectedIndex(selected)
	c.OnChanged = func(string) { s.k.Touch(); s.refresh() }
	return c
}

func (s *meetingsScreen) dayOptions() []string {
	opts := []string{s.l.T(msgMLAnyDay), s.l.T(msgMLToday)}
	for d := time.Sunday; d <= time.Saturday; d++ {
		opts = append(opts, s.l.T(meetings.DayMessage(d)))
	}
	return opts
}

func (s *meetingsScreen) filterBox() *fyne.Container {
	l := s.l
	s.when = s.choice([]string{l.T(MsgAnyTime), l.T(msgMLFromNow), l.T(msgMLMorning), l.T(msgMLAfternoon), l.T(msgMLEvening)}, 0)
	s.attend = s.choice([]string{l.T(msgMLAnyWay), l.T(msgMLCanMeet), l.T(MsgCanJoin)}, 0)
	s.group = s.choice([]string{l.T(msgMLAnyGroup)}, 0)
	s.typ = s.choice([]string{l.T(msgMLAnyType)}, 0)
	s.lang = s.choice([]string{l.T(msgMLAnyLang)}, 0)
	s.near = s.k.Entry(l.T(MsgNear))
	s.near.OnChanged = func(string) { s.k.Touch(); s.refresh() }
	s.nearHint = page.SmallPrint(l.T(msgMLNearHint))
	s.within = s.choice(s.withinOptions(), 0)
	s.order = s.choice([]string{l.T(msgMLSoonest), l.T(msgMLNearest), l.T(msgMLByName)}, 0)
	s.favs = s.k.Check(l.T(msgMLFavsOnly), func(bool) { s.k.Touch(); s.refresh() })
	s.done = s.k.Button(l.T(MsgDone), fynetheme.ConfirmIcon(), s.foldFilters)
	s.done.Importance = widget.HighImportance
	return container.NewVBox(s.when, s.attend, s.group, s.typ, s.lang, s.near, s.nearHint, s.within, s.order, s.favs,
		container.NewHBox(s.done))
}

func (s *meetingsScreen) withinOptions() []string {
	opts := []string{s.l.T(msgMLAnyDist)}
	m := msgMLWithinKm
	if s.miles {
		m = msgMLWithinMi
	}
	for _, d := range distances {
		opts = append(opts, s.l.T(m, map[string]any{"N": d}))
	}
	return opts
}

func (s *meetingsScreen) toggleFilters() {
	if s.filters.Visible() {
		s.foldFilters()
		return
	}
	s.filters.Show()
	s.toggle.SetText(s.l.T(msgMLHideFilters))
	s.relayout()
	s.scrollToFilters()
}

// scrollToFilters scrolls the top to the day and the button that folds
// the filters, so that as many filters as fit show under them.
func (s *meetingsScreen) scrollToFilters() {
	d := fyne.CurrentApp().Driver()
	at, origin := d.AbsolutePositionForObject(s.dayRow), d.AbsolutePositionForObject(s.top.Content)
	page.ScrollTo(s.top, at.Y-origin.Y)
}

// foldFilters puts the filters away once chosen: the summary line says
// which are on, and the list has the height again. A keyboard that was in
// the filters goes on from the button that shows them.
func (s *meetingsScreen) foldFilters() {
	f := s.sc.Focused()
	inside := f != nil && holds(s.filters, f.(fyne.CanvasObject))
	s.filters.Hide()
	s.toggle.SetText(s.l.T(MsgFilters))
	s.relayout()
	s.top.ScrollToTop()
	if inside {
		s.sc.Focus(s.toggle)
	}
}

// relayout shares the height out again after the filters showed or folded.
func (s *meetingsScreen) relayout() {
	if s.page.Size().IsZero() {
		return
	}
	s.page.Layout.Layout(s.page.Objects, s.page.Size())
	s.top.Refresh()
}

// showWanted shows the fellowship chosen in the directory, any day, then
// searches.
func (s *meetingsScreen) showWanted() {
	id := s.sc.Cache.wantFellowship
	s.sc.Cache.wantFellowship = ""
	if id != "" && s.cache.ready && s.cache.index.Len() > 0 {
		s.updateOptions()
		s.optionsFor = s.cache.index
		if i := indexOf(s.groupIDs, id); i >= 0 {
			s.day.SetSelectedIndex(0)
			s.group.SetSelectedIndex(i + 1)
		}
	}
	s.refresh()
}

// refresh searches again and shows what matches.
func (s *meetingsScreen) refresh() {
	c := s.cache
	switch {
	case c.err != nil:
		m, data := explain.Error(c.err)
		s.setBody(page.Wrapped(s.l.T(msgMLFailed, map[string]any{"Reason": s.l.T(m, data)})))
		return
	case !c.ready:
		return
	case c.index.Len() == 0:
		s.count.SetText("")
		s.setBody(s.emptyState())
		return
	}
	if s.optionsFor != c.index { // once per load, not on every key typed
		s.updateOptions()
		s.optionsFor = c.index
	}
	s.hits = s.search()
	s.showCount()
	if len(s.hits) == 0 {
		s.setBody(page.Wrapped(s.l.T(msgMLNone)))
		return
	}
	s.shapeRows()
	s.setBody(s.list)
}

// showCount says how many meetings match and which filters are on, on
// the line above the list and on the button that folds the filters.
func (s *meetingsScreen) showCount() {
	parts := s.filterSummary()
	done := s.l.T(MsgDone)
	if n := len(s.hits); n > 0 {
		number := map[string]any{"Number": meetings.FormatCount(s.l.Lang(), n)}
		parts = append([]string{s.l.N(msgMLCount, n, number)}, parts...)
		done = s.l.N(MsgShow, n, number)
	}
	s.count.SetText(strings.Join(parts, " · "))
	s.done.SetText(done)
}

// filterSummary names the filters on: the day always, the others when set.
func (s *meetingsScreen) filterSummary() []string {
	l := s.l
	out := []string{s.day.Selected}
	if i := s.when.SelectedIndex(); i > 0 && i < len(whenShort) {
		out = append(out, l.T(whenShort[i]))
	}
	switch s.attend.SelectedIndex() {
	case 1:
		out = append(out, l.T(meetings.AttendanceMessage(meetings.InPerson)))
	case 2:
		out = append(out, l.T(meetings.AttendanceMessage(meetings.Online)))
	}
	for _, sel := range []*widgets.Select{s.group, s.typ, s.lang} {
		if sel.SelectedIndex() > 0 {
			out = append(out, sel.Selected)
		}
	}
	if place := strings.TrimSpace(s.near.Text); place != "" {
		out = append(out, l.T(msgMLNearPlace, map[string]any{"Place": place}))
		if s.within.SelectedIndex() > 0 {
			out = append(out, s.within.Selected)
		}
	}
	if s.order.SelectedIndex() > 0 {
		out = append(out, s.order.Selected)
	}
	if s.favs.Checked {
		out = append(out, l.T(msgMLFavsOnly))
	}
	return out
}

func (s *meetingsScreen) emptyState() fyne.CanvasObject {
	return page.NewCard(s.l.T(msgMLEmptyTitle), page.Wrapped(s.l.T(msgMLEmpty)))
}

func (s *meetingsScreen) setBody(o fyne.CanvasObject) {
	if len(s.body.Objects) == 1 && s.body.Objects[0] == o {
		return
	}
	if _, ok := o.(*widget.Label); ok {
		o = container.NewPadded(o)
	}
	s.body.Objects = []fyne.CanvasObject{o}
	s.body.Refresh()
}

// search builds the query from the filters and runs it.
func (s *meetingsScreen) search() []meetings.Hit {
	q := meetings.Query{Text: s.text.Text, Now: s.sc.Now(), Sort: meetings.Sort(max(s.order.SelectedIndex(), 0))}
	switch d := s.day.SelectedIndex(); {
	case d == 1:
		q.Days = []time.Weekday{q.Now.Weekday()}
	case d > 1:
		q.Days = []time.Weekday{time.Weekday(d - 2)}
	}
	s.dayAsked = -1
	if len(q.Days) == 1 {
		s.dayAsked = q.Days[0]
	}
	s.applyWhen(&q)
	switch s.attend.SelectedIndex() {
	case 1:
		q.Attendance = []meetings.Attendance{meetings.InPerson, meetings.Hybrid}
	case 2:
		q.Attendance = []meetings.Attendance{meetings.Online, meetings.Hybrid}
	}
	if i := s.group.SelectedIndex(); i > 0 {
		q.Fellowship = s.groupIDs[i-1]
	}
	program := meetings.Program("")
	if i := s.typ.SelectedIndex(); i > 0 {
		p, code, _ := strings.Cut(s.typeKeys[i-1], " ")
		program, q.Types = meetings.Program(p), []string{code}
	}
	if i := s.lang.SelectedIndex(); i > 0 {
		q.Language = s.langIDs[i-1]
	}
	s.applyNear(&q)
	if s.favs.Checked {
		q.Slugs = s.cache.favs
		if len(q.Slugs) == 0 {
			return nil
		}
	}
	hits, err := s.cache.index.Find(q)
	if err != nil { // a place no list names: no meeting is near it
		m, data := meetings.ErrorMessage(err, 0)
		s.nearMsg.SetText(s.l.T(m, data))
		s.nearMsg.Show()
		return nil
	}
	if program != "" { // a type code means something else in another program's table
		hits = slices.DeleteFunc(hits, func(h meetings.Hit) bool { return h.Meeting.Program != program })
	}
	return hits
}

func (s *meetingsScreen) applyWhen(q *meetings.Query) {
	switch s.when.SelectedIndex() {
	case 1:
		q.FromNow = true
	case 2:
		q.Before = meetings.ClockOf(12, 0)
	case 3:
		q.From, q.Before = meetings.ClockOf(12, 0), meetings.ClockOf(17, 0)
	case 4:
		q.From = meetings.ClockOf(17, 0)
	}
}

// applyNear measures from the place typed; search says when it is unknown.
func (s *meetingsScreen) applyNear(q *meetings.Query) {
	text := strings.TrimSpace(s.near.Text)
	s.nearMsg.Hide()
	if text == "" {
		return
	}
	q.Place = text
	if i := s.within.SelectedIndex(); i > 0 {
		q.WithinKm = float64(distances[i-1])
		if s.miles {
			q.WithinKm *= kmPerMile
		}
	}
}

// updateOptions offers the fellowships, types and languages the stored
// meetings have.
func (s *meetingsScreen) updateOptions() {
	groups, types, langs := map[string]bool{}, map[string]string{}, map[string]bool{}
	for _, h := range s.cache.index.Search(meetings.Query{Sort: meetings.ByName}) {
		m := h.Meeting
		for _, f := range meetings.Fellowships(m) {
			groups[f] = true
		}
		for _, c := range m.Types {
			if ty, ok := meetings.LookupType(m.Program, c); ok {
				types[string(m.Program)+" "+ty.Code] = s.l.T(ty.Name)
			}
		}
		for _, lang := range meetings.Languages(m) {
			langs[lang] = true
		}
	}
	s.groupIDs = sortedKeys(groups)
	s.setOptions(s.group, msgMLAnyGroup, s.groupIDs, s.sc.FellowshipName)
	s.typeKeys = sortedKeysBy(types)
	s.setOptions(s.typ, msgMLAnyType, s.typeKeys, func(k string) string { return types[k] })
	s.langIDs = sortedKeys(langs)
	s.setOptions(s.lang, msgMLAnyLang, s.langIDs, s.languageName)
}

// setOptions replaces a drop-down's options when they changed, keeping the choice.
func (s *meetingsScreen) setOptions(sel *widgets.Select, any *i18n.Message, ids []string, name func(string) string) {
	opts := []string{s.l.T(any)}
	for _, id := range ids {
		opts = append(opts, name(id))
	}
	if slices.Equal(opts, sel.Options) {
		return
	}
	chosen := sel.Selected
	sel.Options = opts
	sel.Refresh()
	if !slices.Contains(opts, chosen) {
		chosen = opts[0]
	}
	sel.OnChanged, sel.Selected = nil, ""
	sel.SetSelected(chosen)
	sel.OnChanged = func(string) { s.k.Touch(); s.refresh() }
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// sortedKeysBy orders keys by their names.
func sortedKeysBy(names map[string]string) []string {
	out := make([]string, 0, len(names))
	for k := range names {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int { return strings.Compare(names[a]+a, names[b]+b) })
	return out
}

func (s *meetingsScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(s.hits) {
		return
	}
	h := s.hits[i]
	shape := rowShape{nameLines: tailNameLines, detailLines: tailDetailLines}
	if i < len(s.shapes) {
		shape = s.shapes[i]
	} else {
		shape.detail = packParts(s.rowParts(h), letterWidthsFor(false), textWidth(s.rowWidth))
	}
	row := o.(*fyne.Container)
	if layout := row.Layout.(*rowLayout); layout.setLines(shape.nameLines, shape.detailLines) {
		layout.Layout(row.Objects, row.Size())
	}
	row.Objects[0].(*widget.Label).SetText(h.Meeting.Name)
	row.Objects[1].(*widget.Label).SetText(shape.detail)
	var icon fyne.Resource
	if s.cache.favs[h.Meeting.Slug] {
		icon = fynetheme.ConfirmIcon()
	}
	row.Objects[2].(*widget.Icon).SetResource(icon)
}

// nextOnDayAsked is a hit's next start on the day filtered on, so a
// meeting held Tuesdays and Fridays shows Friday under a Friday filter.
func (s *meetingsScreen) nextOnDayAsked(h meetings.Hit) time.Time {
	m := h.Meeting
	if s.dayAsked < 0 || len(m.Days) < 2 || h.Next.Weekday() == s.dayAsked || !containsDay(m.Days, s.dayAsked) {
		return h.Next
	}
	one := *m
	one.Days = []time.Weekday{s.dayAsked}
	next, _ := meetings.NextStart(&one, s.sc.Now(), nil)
	return next
}

// meetingWhen is the next start in the meeting's zone, and in the person's
// when that differs.
func (sc *Screens) meetingWhen(m *meetings.Meeting, next time.Time) string {
	when, yours := sc.meetingWhenParts(next)
	if yours != "" {
		when += " (" + yours + ")"
	}
	return when
}

// meetingWhenParts is meetingWhen in two: the start in the meeting's zone,
// and in the person's, or "" when that is the same.
func (sc *Screens) meetingWhenParts(next time.Time) (when, yours string) {
	if next.IsZero() {
		return sc.L.T(msgMLByAppt), ""
	}
	local := next.In(time.Local)
	if _, off := next.Zone(); func() bool { _, o := local.Zone(); return o != off }() {
		yours = sc.L.T(msgMLYours, map[string]any{"When": sc.dayClock(local)})
	}
	return sc.dayClock(next), yours
}

func (sc *Screens) dayClock(t time.Time) string {
	return sc.L.T(meetings.DayMessage(t.Weekday())) + " " + sc.L.Clock(t)
}

// Distance is km in the unit of the chosen country.
func (sc *Screens) Distance(km float64) string {
	if usesMiles(sc.HelpCountry.Country()) {
		return sc.L.T(msgMLMi, map[string]any{"N": sc.L.Decimal(km/kmPerMile, 1)})
	}
	return sc.L.T(msgMLKm, map[string]any{"N": sc.L.Decimal(km, 1)})
}

// languageName is a language's name in the person's language, or its code.
func (s *meetingsScreen) languageName(code string) string {
	return languageName(s.l, code)
}
