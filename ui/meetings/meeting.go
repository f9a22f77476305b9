package meetings

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

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
	msgMeetingTitle    = &i18n.Message{ID: "Meeting.Title", Description: "Title of a meeting's page", Other: "Meeting"}
	msgMeetingGone     = &i18n.Message{ID: "Meeting.Gone", Description: "The meeting is no longer stored (its list was removed)", Other: "This meeting is no longer in your lists."}
	msgMeetingWhen     = &i18n.Message{ID: "Meeting.When", Description: "Heading: when the meeting is", Other: "When"}
	msgMeetingEvery    = &i18n.Message{ID: "Meeting.Every", Description: "A weekly meeting: Days are day names joined by commas, Start and End times", Other: "Every {{.Days}}, {{.Start}}"}
	msgMeetingEveryTo  = &i18n.Message{ID: "Meeting.EveryTo", Description: "A weekly meeting with an end time: Days are day names, Start and End times", Other: "Every {{.Days}}, {{.Start}} to {{.End}}"}
	msgMeetingNext     = &i18n.Message{ID: "Meeting.Next", Description: "The next time the meeting starts; When is a day and time", Other: "Next: {{.When}}"}
	msgMeetingZone     = &i18n.Message{ID: "Meeting.Zone", Description: "The meeting's time zone; Zone is its name, such as America/New_York", Other: "Times are in {{.Zone}}."}
	msgMeetingZoneHere = &i18n.Message{ID: "Meeting.ZoneHere", Description: "The meeting list gives no time zone for this meeting, so its times are read in the computer's own", Other: "Times are in this computer's time zone."}
	msgMeetingHow      = &i18n.Message{ID: "Meeting.How", Description: "Heading: how to attend", Other: "How to attend"}
	msgMeetingWhere    = &i18n.Message{ID: "Meeting.Where", Description: "Heading: where the meeting is", Other: "Where"}
	msgMeetingTypes    = &i18n.Message{ID: "Meeting.Types", Description: "Heading: the meeting's types", Other: "Kind of meeting"}
	msgMeetingNotes    = &i18n.Message{ID: "Meeting.Notes", Description: "Heading: notes about the meeting", Other: "Notes"}
	msgMeetingGroup    = &i18n.Message{ID: "Meeting.Group", Description: "The group holding the meeting; Group is its name", Other: "Group: {{.Group}}"}
	msgMeetingRegion   = &i18n.Message{ID: "Meeting.Region", Description: "The meeting's region; Region is its name", Other: "Region: {{.Region}}"}
	msgMeetingApprox   = &i18n.Message{ID: "Meeting.Approximate", Description: "The address is only approximate", Other: "The address is approximate."}
	msgMeetingJoin     = &i18n.Message{ID: "Meeting.Join", Description: "Button: open the meeting's video link", Other: "Join online"}
	msgMeetingPhone    = &i18n.Message{ID: "Meeting.Phone", Description: "The phone number to join by; Phone is the number", Other: "By phone: {{.Phone}}"}
	msgMeetingCopyTel  = &i18n.Message{ID: "Meeting.CopyPhone", Description: "Button: copy the phone number", Other: "Copy the number"}
	msgMeetingCopyAddr = &i18n.Message{ID: "Meeting.CopyAddress", Description: "Button: copy the address", Other: "Copy the address"}
	msgMeetingMap      = &i18n.Message{ID: "Meeting.Map", Description: "Button: show the address on OpenStreetMap in the browser", Other: "Show on a map"}
	msgMeetingCopied   = &i18n.Message{ID: "Meeting.Copied", Description: "Shown after something was copied", Other: "Copied."}
	msgMeetingFav      = &i18n.Message{ID: "Meeting.Favourite", Description: "Button: add to favourites", Other: "Add to favourites"}
	msgMeetingUnfav    = &i18n.Message{ID: "Meeting.Unfavourite", Description: "Button: remove from favourites", Other: "Remove from favourites"}
	msgMeetingCal      = &i18n.Message{ID: "Meeting.Calendar", Description: "Button: save the meeting as a calendar event", Other: "Add to calendar"}
	msgMeetingCalSaved = &i18n.Message{ID: "Meeting.CalendarSaved", Description: "The calendar file was saved; Path is where", Other: "Saved as {{.Path}}. Open it to add the meeting, every week, to your calendar."}
	msgMeetingCalOpen  = &i18n.Message{ID: "Meeting.CalendarOpen", Description: "Button: open the saved calendar file", Other: "Open it"}
	msgMeetingCalFail  = &i18n.Message{ID: "Meeting.CalendarFailed", Description: "The calendar file could not be saved; Reason explains", Other: "The calendar file could not be saved. {{.Reason}}"}
	msgMeetingWebsite  = &i18n.Message{ID: "Meeting.Website", Description: "Link to the meeting's page on the list's website", Other: "The meeting's page on the list's website"}
	msgMeetingReport   = &i18n.Message{ID: "Meeting.Report", Description: "Button: tell the list's keepers about a mistake", Other: "Report a problem"}
	msgMeetingEdit     = &i18n.Message{ID: "Meeting.Edit", Description: "Button: edit a meeting the person added", Other: "Edit"}
	msgMeetingUpdated  = &i18n.Message{ID: "Meeting.Updated", Description: "When the list last changed the meeting; Date is a date", Other: "Last updated {{.Date}}"}
)

// MeetingPage shows every detail of one meeting and what can be done with it.
func (sc *Screens) MeetingPage(slug string) page.Page {
	box := container.NewVBox()
	p := page.Page{Title: sc.L.T(msgMeetingTitle), Obj: page.Scroll(box)}
	p.OnShow = func() { sc.fillMeeting(box, slug) }
	return p
}

func (sc *Screens) fillMeeting(box *fyne.Container, slug string) {
	box.RemoveAll()
	m, ok := (*meetings.Meeting)(nil), false
	if sc.Cache.index != nil {
		m, ok = sc.Cache.index.Meeting(slug)
	}
	if !ok {
		box.Add(page.Wrapped(sc.L.T(msgMeetingGone)))
		return
	}
	title := page.Heading(m.Name)
	box.Add(title)
	if m.Fellowship != "" {
		box.Add(page.SmallPrint(sc.FellowshipName(m.Fellowship)))
	}
	for _, part := range []fyne.CanvasObject{sc.meetingTimes(m), sc.meetingAttend(m), sc.meetingPlace(m), sc.meetingAbout(m), sc.meetingActions(box, m)} {
		if part != nil {
			box.Add(part)
		}
	}
}

func (sc *Screens) meetingTimes(m *meetings.Meeting) fyne.CanvasObject {
	l := sc.L
	if m.ByAppointment() {
		return page.NewCard(l.T(msgMeetingWhen), page.Wrapped(l.T(msgMLByAppt)))
	}
	days := make([]string, len(m.Days))
	for i, d := range m.Days {
		days[i] = l.T(meetings.DayMessage(d))
	}
	next, _ := meetings.NextStart(m, sc.Now(), nil)
	start := l.Clock(next)
	every := l.T(msgMeetingEvery, map[string]any{"Days": strings.Join(days, ", "), "Start": start})
	if m.End.Valid() {
		end := next.Add(endAfter(m))
		every = l.T(msgMeetingEveryTo, map[string]any{"Days": strings.Join(days, ", "), "Start": start, "End": l.Clock(end)})
	}
	box := container.NewVBox(page.Wrapped(every), page.Wrapped(l.T(msgMeetingNext, map[string]any{"When": sc.meetingWhen(m, next)})))
	box.Add(page.SmallPrint(sc.meetingZone(m)))
	return page.NewCard(l.T(msgMeetingWhen), box)
}

// meetingZone says which time zone the times are in: the list's own, or,
// for a meeting without one, this computer's, in words (never "Local").
func (sc *Screens) meetingZone(m *meetings.Meeting) string {
	loc := meetings.Location(m, nil)
	if loc == time.Local {
		return sc.L.T(msgMeetingZoneHere)
	}
	return sc.L.T(msgMeetingZone, map[string]any{"Zone": loc.String()})
}

// endAfter is how long after its start the meeting ends.
func endAfter(m *meetings.Meeting) time.Duration {
	mins := int(m.End) - int(m.Start)
	if mins <= 0 {
		mins += 24 * 60
	}
	return time.Duration(mins) * time.Minute
}

func (sc *Screens) meetingAttend(m *meetings.Meeting) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	box := container.NewVBox(page.Wrapped(l.T(meetings.AttendanceMessage(m.Attendance))))
	var buttons []fyne.CanvasObject
	if u, err := url.Parse(m.ConferenceURL); err == nil && m.ConferenceURL != "" && (u.Scheme == "https" || u.Scheme == "http") {
		join := k.Button(l.T(msgMeetingJoin), fynetheme.MediaVideoIcon(), func() { sc.OpenURL(u) })
		join.Importance = widget.HighImportance
		buttons = append(buttons, join)
	}
	if m.ConferenceURLNotes != "" {
		box.Add(page.SmallPrint(m.ConferenceURLNotes))
	}
	if m.ConferencePhone != "" {
		box.Add(page.Wrapped(l.T(msgMeetingPhone, map[string]any{"Phone": m.ConferencePhone})))
		buttons = append(buttons, sc.copyButton(msgMeetingCopyTel, m.ConferencePhone))
		if m.ConferencePhoneNotes != "" {
			box.Add(page.SmallPrint(m.ConferencePhoneNotes))
		}
	}
	if len(buttons) > 0 {
		box.Add(page.NewFlow(buttons...))
	}
	return page.NewCard(l.T(msgMeetingHow), box)
}

// copyButton copies text and says so for a moment.
func (sc *Screens) copyButton(label *i18n.Message, text string) fyne.CanvasObject {
	k := sc.Kit
	var b = k.Button(sc.L.T(label), fynetheme.ContentCopyIcon(), nil)
	b.OnTapped = func() {
		k.Touch()
		k.Copy(text)
		b.SetText(sc.L.T(msgMeetingCopied))
		sc.BG.After(page.CopiedFeedback, func() { b.SetText(sc.L.T(label)) })
	}
	return b
}

// address is the meeting's address as one line.
func address(m *meetings.Meeting) string {
	if m.Address != "" {
		return m.Address
	}
	var parts []string
	for _, p := range []string{m.City, m.State, m.PostalCode, m.Country} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

func (sc *Screens) meetingPlace(m *meetings.Meeting) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	addr := address(m)
	if m.Location == "" && addr == "" && m.Region == "" {
		return nil
	}
	box := container.NewVBox()
	for _, s := range []string{m.Location, addr} {
		if s != "" {
			box.Add(page.Wrapped(s))
		}
	}
	if m.Approximate {
		box.Add(page.SmallPrint(l.T(msgMeetingApprox)))
	}
	if m.LocationNotes != "" {
		box.Add(page.SmallPrint(m.LocationNotes))
	}
	if m.Region != "" {
		box.Add(page.SmallPrint(l.T(msgMeetingRegion, map[string]any{"Region": m.Region})))
	}
	if addr != "" && !m.Approximate {
		mapURL := osmURL(m, addr)
		box.Add(page.NewFlow(sc.copyButton(msgMeetingCopyAddr, addr), k.Button(l.T(msgMeetingMap), fynetheme.SearchIcon(), func() { sc.OpenURL(mapURL) })))
	}
	return page.NewCard(l.T(msgMeetingWhere), box)
}

// osmURL shows the meeting on OpenStreetMap: at its coordinates when the
// list gives them, else by searching its address.
func osmURL(m *meetings.Meeting, addr string) *url.URL {
	if m.HasCoords {
		u, _ := url.Parse(fmt.Sprintf("https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=17/%.6f/%.6f", m.Lat, m.Lng, m.Lat, m.Lng))
		return u
	}
	return &url.URL{Scheme: "https", Host: "www.openstreetmap.org", Path: "/search", RawQuery: url.Values{"query": {addr}}.Encode()}
}

func (sc *Screens) meetingAbout(m *meetings.Meeting) fyne.CanvasObject {
	l := sc.L
	box := container.NewVBox()
	box.Add(page.Wrapped(l.T(meetings.AudienceMessage(m))))
	if a := meetings.AccessMessage(m); a != nil {
		box.Add(page.Wrapped(l.T(a)))
	}
	var names []string
	for _, ty := range meetings.TypeLabels(m) { // never a raw code: it may mean something else elsewhere
		names = append(names, l.T(ty.Name))
	}
	if len(names) > 0 {
		box.Add(page.SectionHeading(l.T(msgMeetingTypes)))
		box.Add(page.Wrapped(strings.Join(names, " · ")))
	}
	notes := []string{m.Notes}
	if m.Group != "" {
		notes = append(notes, l.T(msgMeetingGroup, map[string]any{"Group": m.Group}), m.GroupNotes)
	}
	if s := strings.TrimSpace(strings.Join(notes, "\n")); s != "" {
		box.Add(page.SectionHeading(l.T(msgMeetingNotes)))
		box.Add(page.Wrapped(s))
	}
	if !m.Updated.IsZero() {
		box.Add(page.SmallPrint(l.T(msgMeetingUpdated, map[string]any{"Date": l.Date(m.Updated)})))
	}
	if len(box.Objects) == 0 {
		return nil
	}
	return page.NewCard("", box)
}

func (sc *Screens) meetingActions(box *fyne.Container, m *meetings.Meeting) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	out := container.NewVBox()
	fav := k.Button(l.T(msgMeetingFav), fynetheme.ContentAddIcon(), nil)
	if sc.Cache.favs[m.Slug] {
		fav.SetText(l.T(msgMeetingUnfav))
		fav.SetIcon(fynetheme.ContentRemoveIcon())
	}
	slug := m.Slug
	fav.OnTapped = func() { sc.toggleFavourite(box, slug) }
	buttons := []fyne.CanvasObject{fav}
	if !m.ByAppointment() {
		buttons = append(buttons, k.Button(l.T(msgMeetingCal), fynetheme.CalendarIcon(), func() { sc.saveICS(slug) }))
	}
	if m.MyID != 0 {
		id := m.MyID
		buttons = append(buttons, k.Button(l.T(msgMeetingEdit), fynetheme.DocumentCreateIcon(), func() {
			if my, ok := sc.Cache.my(id); ok {
				sc.Push(sc.MyMeetingPage(my))
			}
		}))
	}
	out.Add(page.NewFlow(buttons...))
	if u := pageURL(m.URL); u != nil {
		out.Add(k.Link(l.T(msgMeetingWebsite), u))
	}
	if u := feedbackURL(m); u != nil {
		out.Add(k.Link(l.T(msgMeetingReport), u))
	}
	return out
}

func pageURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil || s == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil
	}
	return u
}

// feedbackURL is where to report a problem: the list's address for it, or
// an e-mail to its keepers.
func feedbackURL(m *meetings.Meeting) *url.URL {
	if u := pageURL(m.FeedbackURL); u != nil {
		return u
	}
	for _, e := range m.FeedbackEmails {
		if strings.Contains(e, "@") {
			return &url.URL{Scheme: "mailto", Opaque: e, RawQuery: url.Values{"subject": {m.Name}}.Encode()}
		}
	}
	return nil
}

func (sc *Screens) toggleFavourite(box *fyne.Container, slug string) {
	on := !sc.Cache.favs[slug]
	err := sc.Records.SetFavourite(context.Background(), slug, on)
	if errors.Is(err, store.ErrLocked) {
		return // locked meanwhile: the lock screen is about to show
	}
	if err != nil {
		sc.ShowError(page.FailText(sc.L, page.MsgNotSaved, err))
		return
	}
	if sc.Cache.favs == nil {
		sc.Cache.favs = map[string]bool{}
	}
	sc.Cache.favs[slug] = on
	sc.fillMeeting(box, slug)
	for _, fn := range sc.Cache.Changed {
		fn()
	}
}

// saveICS writes the meeting as a calendar file where the person chooses
// and offers to open it.
func (sc *Screens) saveICS(slug string) {
	l, k := sc.L, sc.Kit
	m, ok := sc.Cache.index.Meeting(slug)
	if !ok {
		return
	}
	now := sc.Now()
	var buf bytes.Buffer
	if err := meetings.WriteICS(&buf, m, now, nil); err != nil {
		sc.ShowError(page.FailText(l, msgMeetingCalFail, err))
		return
	}
	sc.SaveFile(l.T(msgMeetingCalAs), page.NeutralName("event", now, ".ics"), func(path string) error {
		return page.WritePrivateFile(path, buf.Bytes())
	}, func(path string, err error) {
		if err != nil {
			sc.ShowError(page.FailText(l, msgMeetingCalFail, err))
			return
		}
		sc.ShowDialog(l.T(msgMeetingCal), page.Wrapped(l.T(msgMeetingCalSaved, map[string]any{"Path": path})),
			k.Button(l.T(msgMeetingCalOpen), fynetheme.FileIcon(), func() { sc.OpenPath(path) }))
	})
}

var msgMeetingCalAs = &i18n.Message{ID: "Meeting.CalendarSaveAs", Description: "Title of the dialog choosing where to save a meeting's calendar file", Other: "Where to save the calendar file"}
