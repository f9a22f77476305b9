package meetings

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgMyTitle    = &i18n.Message{ID: "MyMeeting.Title", Description: "Title of the page adding or editing a meeting by hand", Other: "Your meeting"}
	msgMyIntro    = &i18n.Message{ID: "MyMeeting.Intro", Description: "Explains adding a meeting by hand", Other: "Add a meeting you go to, or want to try. What you write here is private, like your journal."}
	msgMyName     = &i18n.Message{ID: "MyMeeting.Name", Description: "Field: the meeting's name", Other: "Name"}
	msgMyGroup    = &i18n.Message{ID: "MyMeeting.Fellowship", Description: "Field: the fellowship, such as Al-Anon", Other: "Fellowship (for example Al-Anon or SMART Recovery Family & Friends)"}
	msgMyDays     = &i18n.Message{ID: "MyMeeting.Days", Description: "Field: the days it meets", Other: "Days"}
	msgMyDaysHint = &i18n.Message{ID: "MyMeeting.Days.Hint", Description: "Hint under the days", Other: "Leave every day unticked for a meeting by appointment."}
	msgMyStart    = &i18n.Message{ID: "MyMeeting.Start", Description: "Field: start time", Other: "Starts at"}
	msgMyEnd      = &i18n.Message{ID: "MyMeeting.End", Description: "Field: end time (optional)", Other: "Ends at (if you know)"}
	msgMyTimeHint = &i18n.Message{ID: "MyMeeting.Time.Hint", Description: "Hint under a time field", Other: "For example 19:30 or 7:30 PM."}
	msgMyZone     = &i18n.Message{ID: "MyMeeting.Zone", Description: "Field: the meeting's time zone", Other: "Time zone, if it is not this computer's"}
	msgMyAttend   = &i18n.Message{ID: "MyMeeting.Attendance", Description: "Field: how to attend", Other: "How it meets"}
	msgMyLocation = &i18n.Message{ID: "MyMeeting.Location", Description: "Field: the building or place", Other: "Place (a building, a room)"}
	msgMyAddress  = &i18n.Message{ID: "MyMeeting.Address", Description: "Field: the address", Other: "Address"}
	msgMyLink     = &i18n.Message{ID: "MyMeeting.Link", Description: "Field: the video link", Other: "Video link (https://…)"}
	msgMyPhone    = &i18n.Message{ID: "MyMeeting.Phone", Description: "Field: the phone number to join by", Other: "Phone number to join by"}
	msgMyNotes    = &i18n.Message{ID: "MyMeeting.Notes", Description: "Field: notes", Other: "Notes"}
	msgMySave     = &i18n.Message{ID: "MyMeeting.Save", Description: "Button: save the meeting", Other: "Save the meeting"}
	msgMyDelete   = &i18n.Message{ID: "MyMeeting.Delete", Description: "Button: delete the meeting", Other: "Delete the meeting"}
	msgMyDeleteQ  = &i18n.Message{ID: "MyMeeting.DeleteQ", Description: "Asks before deleting a meeting the person added", Other: "Delete this meeting? This cannot be undone."}
	msgMyNeedName = &i18n.Message{ID: "MyMeeting.NeedName", Description: "Save pressed with no name", Other: "Give the meeting a name."}
	msgMyBadTime  = &i18n.Message{ID: "MyMeeting.BadTime", Description: "A time could not be read", Other: "The time could not be read. Write it like 19:30 or 7:30 PM."}
	msgMyNeedTime = &i18n.Message{ID: "MyMeeting.NeedTime", Description: "Days chosen but no start time", Other: "Say when it starts, or untick the days for a meeting by appointment."}
	msgMyBadZone  = &i18n.Message{ID: "MyMeeting.BadZone", Description: "The time zone is unknown", Other: "That time zone is not known. Write it like America/New_York or Europe/Madrid, or leave it empty."}
	msgMyBadLink  = &i18n.Message{ID: "MyMeeting.BadLink", Description: "The video link is not a web address", Other: "The video link should start with https://."}
)

// myMeetingForm is the editor of a meeting added by hand.
type myMeetingForm struct {
	sc                                    *Screens
	k                                     page.Kit
	m                                     store.MyMeeting
	name, group, start, end, zone         *widgets.Entry
	location, address, link, phone, notes *widgets.Entry
	days                                  []*widgets.Check
	attend                                *widgets.Choice
	msg                                   *widget.Label
	draft                                 *page.Draft
}

// draftMyMeeting is the kind of the draft of a meeting added by hand.
const draftMyMeeting = "mymeeting"

var myAttendances = []meetings.Attendance{meetings.InPerson, meetings.Online, meetings.Hybrid}

// MyMeetingPage adds a meeting (m with no ID) or edits one.
func (sc *Screens) MyMeetingPage(m store.MyMeeting) page.Page {
	l := sc.L
	f := &myMeetingForm{sc: sc, k: sc.Kit, m: m, msg: page.Wrapped("")}
	f.msg.Importance = widget.DangerImportance
	f.msg.Hide()
	entry := func(v string) *widgets.Entry { e := f.k.Entry(""); e.SetText(v); return e }
	f.name, f.group, f.zone = entry(m.Name), entry(m.Fellowship), entry(m.TimeZone)
	f.start, f.end = entry(clockText(m, m.Start)), entry(clockText(m, m.End))
	f.location, f.address, f.link, f.phone = entry(m.Location), entry(m.Address), entry(m.Link), entry(m.Phone)
	f.notes = f.k.Text("", 3)
	f.notes.SetText(m.Notes)
	dayBox := page.NewFlow()
	for d := time.Sunday; d <= time.Saturday; d++ {
		c := f.k.Check(l.T(meetings.DayMessage(d)), nil)
		c.SetChecked(containsDay(m.Days, d))
		f.days = append(f.days, c)
		dayBox.Add(c)
	}
	labels := make([]string, len(myAttendances))
	for i, a := range myAttendances {
		labels[i] = l.T(meetings.AttendanceMessage(a))
	}
	f.attend = f.k.Radio(labels)
	f.attend.SetSelected(max(indexOf(myAttendances, m.Attendance), 0))
	f.keepDrafts()
	return page.Page{Title: l.T(msgMyTitle), Obj: page.Scroll(page.Wrapped(l.T(msgMyIntro)), f.draft.Note, f.fields(dayBox), f.buttons(), f.msg)}
}

// keepDrafts keeps what is typed in every field until it is saved.
func (f *myMeetingForm) keepDrafts() {
	f.draft = f.sc.Context.NewDraft(draftMyMeeting, f.m.ID)
	f.draft.Entries([]string{"name", "fellowship", "zone", "start", "end", "location", "address", "link", "phone", "notes"},
		[]*widgets.Entry{f.name, f.group, f.zone, f.start, f.end, f.location, f.address, f.link, f.phone, f.notes})
	for i, c := range f.days {
		f.draft.Check("day"+strconv.Itoa(i), c)
	}
	f.draft.Choice("attendance", f.attend)
	f.draft.Restore()
}

func (f *myMeetingForm) fields(days fyne.CanvasObject) fyne.CanvasObject {
	l := f.sc.L
	return page.Form(page.Field{Label: l.T(msgMyName), Input: f.name}, page.Field{Label: l.T(msgMyGroup), Input: f.group},
		page.Field{Label: l.T(msgMyDays), Hint: l.T(msgMyDaysHint), Input: days},
		page.Field{Label: l.T(msgMyStart), Hint: l.T(msgMyTimeHint), Input: f.start}, page.Field{Label: l.T(msgMyEnd), Input: f.end},
		page.Field{Label: l.T(msgMyZone), Hint: l.T(msgImpZoneHint), Input: f.zone}, page.Field{Label: l.T(msgMyAttend), Input: f.attend},
		page.Field{Label: l.T(msgMyLocation), Input: f.location}, page.Field{Label: l.T(msgMyAddress), Input: f.address},
		page.Field{Label: l.T(msgMyLink), Input: f.link}, page.Field{Label: l.T(msgMyPhone), Input: f.phone},
		page.Field{Label: l.T(msgMyNotes), Input: f.notes})
}

func (f *myMeetingForm) buttons() fyne.CanvasObject {
	l := f.sc.L
	save := f.k.Button(l.T(msgMySave), fynetheme.DocumentSaveIcon(), f.save)
	save.Importance = widget.HighImportance
	row := page.NewFlow(save)
	if f.m.ID != 0 {
		del := f.k.Button(l.T(msgMyDelete), fynetheme.DeleteIcon(), func() {
			f.sc.Confirm(l.T(msgMyDelete), l.T(msgMyDeleteQ), l.T(msgMyDelete), f.delete)
		})
		del.Importance = widget.DangerImportance
		row.Add(del)
	}
	return row
}

// read checks the form and fills m, or returns what to fix.
func (f *myMeetingForm) read() (store.MyMeeting, *i18n.Message) {
	m := f.m
	m.Name, m.Fellowship = strings.TrimSpace(f.name.Text), strings.TrimSpace(f.group.Text)
	m.Location, m.Address = strings.TrimSpace(f.location.Text), strings.TrimSpace(f.address.Text)
	m.Link, m.Phone, m.Notes = strings.TrimSpace(f.link.Text), strings.TrimSpace(f.phone.Text), f.notes.Text
	m.TimeZone = strings.TrimSpace(f.zone.Text)
	m.Attendance = myAttendances[max(f.attend.Selected, 0)]
	m.Days = nil
	for i, c := range f.days {
		if c.Checked {
			m.Days = append(m.Days, time.Weekday(i))
		}
	}
	var okStart, okEnd bool
	m.Start, okStart = meetings.ParseClock(f.start.Text)
	m.End, okEnd = meetings.ParseClock(f.end.Text)
	switch {
	case m.Name == "":
		return m, msgMyNeedName
	case !okStart || !okEnd:
		return m, msgMyBadTime
	case len(m.Days) > 0 && !m.Start.Valid():
		return m, msgMyNeedTime
	case m.TimeZone != "" && !knownZone(m.TimeZone):
		return m, msgMyBadZone
	case m.Link != "" && !strings.HasPrefix(strings.ToLower(m.Link), "https://") && !strings.HasPrefix(strings.ToLower(m.Link), "http://"):
		return m, msgMyBadLink
	}
	return m, nil
}

// clockText is a time to edit: empty for a new meeting's zero times,
// which are not known yet (empty means unknown, not midnight).
func clockText(m store.MyMeeting, c meetings.Clock) string {
	if m.ID == 0 && c == 0 {
		return ""
	}
	return c.String()
}

func knownZone(name string) bool {
	_, err := time.LoadLocation(name)
	return err == nil && name != "Local"
}

func (f *myMeetingForm) save() {
	m, problem := f.read()
	if problem != nil {
		f.show(f.sc.L.T(problem))
		return
	}
	ctx := context.Background()
	var err error
	if m.ID == 0 {
		m.ID, err = f.sc.Records.AddMyMeeting(ctx, m)
	} else {
		err = f.sc.Records.UpdateMyMeeting(ctx, m)
	}
	if err != nil {
		f.show(page.FailText(f.sc.L, page.MsgNotSaved, err))
		return
	}
	f.draft.Close()
	f.sc.Cache.Reload(f.sc.BG)
	f.sc.Back()
}

func (f *myMeetingForm) delete() {
	if err := f.sc.Records.DeleteMyMeeting(context.Background(), f.m.ID); err != nil {
		f.show(page.FailText(f.sc.L, page.MsgNotSaved, err))
		return
	}
	f.draft.Close()
	f.sc.Cache.Reload(f.sc.BG)
	f.sc.Go(page.SectionMeetings)
}

func (f *myMeetingForm) show(text string) {
	f.msg.SetText(text)
	f.msg.Show()
}

func containsDay(days []time.Weekday, d time.Weekday) bool {
	for _, x := range days {
		if x == d {
			return true
		}
	}
	return false
}

func indexOf[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}
