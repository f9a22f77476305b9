package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// selectShowing finds the drop-down whose choice is text.
func (f *fixture) selectShowing(text string) *widgets.Select {
	f.t.Helper()
	for _, o := range f.objects() {
		if s, ok := o.(*widgets.Select); ok && s.Visible() && s.Selected == text {
			return s
		}
	}
	f.t.Fatalf("no drop-down showing %q", text)
	return nil
}

// checkWith finds the tick box labelled text.
func (f *fixture) checkWith(text string) *widgets.Check {
	f.t.Helper()
	for _, o := range f.objects() {
		if c, ok := o.(*widgets.Check); ok && c.Text == text {
			return c
		}
	}
	f.t.Fatalf("no tick box %q:\n%s", text, f.texts())
	return nil
}

// sampleFeed is a small Meeting Guide list: Al-Anon codes, one online
// meeting on Tuesday evening, one in person on Tuesday morning, one on
// Saturday.
const sampleFeed = `[
 {"slug":"tue-online","name":"Tuesday Night Hope","day":2,"time":"19:00","end_time":"20:00","timezone":"America/New_York",
  "types":["O","ONL"],"attendance_option":"online","conference_url":"https://zoom.us/j/123","conference_phone":"+16465588656",
  "notes":"Newcomers welcome &amp; coffee","url":"https://example.org/m/tue","feedback_emails":["list@example.org"]},
 {"slug":"tue-morning","name":"Morning Serenity","day":"Tuesday","time":"9:30 AM","timezone":"America/New_York",
  "types":["C"],"attendance_option":"in_person","location":"St Mark's Hall","address":"12 Main St","city":"Springfield",
  "state":"MA","postal_code":"01103","latitude":"42.10","longitude":"-72.59"},
 {"slug":"sat","name":"Saturday Alateen","day":[6],"time":"10:00","timezone":"America/New_York","types":["Y"],
  "attendance_option":"hybrid","address":"40 Elm St","city":"Worcester","state":"MA","latitude":42.26,"longitude":-71.80,
  "conference_url":"https://meet.example.org/sat"}
]`

// importSample stores sampleFeed as an Al-Anon list and opens the meetings.
func (f *fixture) importSample() {
	f.t.Helper()
	res, err := meetings.ParseBytes([]byte(sampleFeed), meetings.Options{Program: meetings.ProgramAlAnon})
	f.must(err == nil && len(res.Meetings) == 3, "sample feed: %v, %d meetings", err, len(res.Meetings))
	_, err = f.store.ImportFeed(context.Background(), "sample.json", res)
	f.must(err == nil, "import: %v", err)
	f.sh.meetings.Reload(f.bg)
	f.bg.run()
}

// meetingsAt sets the clock to a Tuesday afternoon in New York.
func (f *fixture) meetingsAt() time.Time {
	ny, _ := time.LoadLocation("America/New_York")
	now := time.Date(2026, 12, 1, 15, 0, 0, 0, ny) // a Tuesday
	f.sh.idle.now = func() time.Time { return now }
	return now
}

// shownMeetings are the names in the meeting list on screen, in order.
func (f *fixture) shownMeetings() []string {
	f.t.Helper()
	for _, o := range f.objects() {
		if l, ok := o.(*widgets.List); ok && l.Visible() {
			var out []string
			for i := 0; i < l.Length(); i++ {
				row := l.CreateItem()
				l.UpdateItem(i, row)
				out = append(out, textOf(row.(*fyne.Container).Objects[0]))
			}
			return out
		}
	}
	return nil
}

func TestMeetingsEmptyThenImportAFile(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.meetingsAt()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.must(strings.Contains(f.texts(), "No meetings yet"), "no empty state:\n%s", f.texts())
	path := filepath.Join(t.TempDir(), "list.json")
	f.must(os.WriteFile(path, []byte(sampleFeed), 0o600) == nil, "write")
	f.tap("Import a meeting list")
	f.entryWith(f.sh.l.T(meetingsui.MsgSourceExample)).SetText(path)
	f.tap("Import")
	f.bg.run()
	txt := f.texts()
	f.must(strings.Contains(txt, "Imported 3 meetings."), "no import report:\n%s", txt)
	f.tap("See the meetings")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "2 meetings"), "today, a Tuesday, should list the two Tuesday meetings:\n%s", f.texts())
}

func TestImportOfABrokenFileChangesNothing(t *testing.T) {
	f := newFixture(t, nil)
	f.importSample()
	before, _ := f.store.Meetings(context.Background())
	path := filepath.Join(t.TempDir(), "broken.json")
	f.must(os.WriteFile(path, []byte(sampleFeed[:200]), 0o600) == nil, "write")
	f.sh.Go(page.SectionMeetings)
	f.sh.Push(f.sh.meetingScreens().ImportPage(store.Feed{}))
	f.entryWith(f.sh.l.T(meetingsui.MsgSourceExample)).SetText(path)
	f.tap("Import")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Your meetings are as they were."), "no clear refusal:\n%s", f.texts())
	after, _ := f.store.Meetings(context.Background())
	f.must(len(after) == len(before), "meetings changed: %d, were %d", len(after), len(before))
}

func TestSearchOnlineTuesdayEveningAndNearAPlace(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.meetingsAt()
	f.importSample()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.selectOn("Today").SetSelected("Tuesday")
	f.tap("Filters")
	f.selectOn("Any time").SetSelected("Evening (from 5 pm)")
	f.selectOn("In person or online").SetSelected("Can join online")
	got := f.shownMeetings()
	f.must(len(got) == 1 && got[0] == "Tuesday Night Hope", "online on Tuesday evening: %q", got)
	f.selectOn("Can join online").SetSelected("Can go in person")
	f.must(strings.Contains(f.texts(), "No meeting matches"), "in person on Tuesday evening should find none:\n%s", f.texts())

	f.selectOn("Can go in person").SetSelected("In person or online")
	f.selectOn("Evening (from 5 pm)").SetSelected("Any time")
	f.selectOn("Tuesday").SetSelected("Any day")
	f.selectOn("Any type").SetSelected("Alateen") // Y in an Al-Anon list
	got = f.shownMeetings()
	f.must(len(got) == 1 && got[0] == "Saturday Alateen", "Alateen meetings: %q", got)
	f.selectShowing("Alateen").SetSelected("Any type")

	f.entryWith(f.sh.l.T(meetingsui.MsgNear)).SetText("springfield")
	f.selectOn("Any distance").SetSelected("Within 10 miles")
	got = f.shownMeetings()
	f.must(len(got) == 1 && got[0] == "Morning Serenity", "within 10 miles of Springfield: %q\n%s", got, f.texts())
	f.selectOn("Within 10 miles").SetSelected("Any distance")
	f.selectOn("Soonest first").SetSelected("Nearest first")
	got = f.shownMeetings()
	f.must(len(got) == 3 && got[0] == "Morning Serenity" && got[1] == "Saturday Alateen", "nearest first: %q", got)
	f.must(strings.Contains(f.texts(), " mi"), "distances are not shown in miles in the US:\n%s", f.texts())
	f.entryWith(f.sh.l.T(meetingsui.MsgNear)).SetText("Atlantis")
	f.must(strings.Contains(f.texts(), "None of your meeting lists has a meeting with a map position in"), "an unknown place is not explained")
}

func TestMeetingPageFavouriteAndCalendar(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	f := newFixture(t, nil)
	f.meetingsAt()
	f.importSample()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.sh.Push(f.sh.meetingScreens().MeetingPage("tue-online"))
	txt := f.texts()
	for _, want := range []string{"Tuesday Night Hope", "Join online", "By phone: +16465588656", "Newcomers welcome & coffee", "Report a problem", "Times are in America/New_York."} {
		f.must(strings.Contains(txt, want), "the meeting's page lacks %q:\n%s", want, txt)
	}
	f.tap("Add to favourites")
	favs, _ := f.store.Favourites(context.Background())
	f.must(favs["tue-online"], "not saved as a favourite: %v", favs)
	f.must(strings.Contains(f.texts(), "Remove from favourites"), "the button did not change")
	f.tap("Add to calendar")
	test.Tap(f.fyneButton("Save"))
	f.bg.run()
	matches, _ := filepath.Glob(filepath.Join(home, "event-*.ics"))
	f.must(len(matches) == 1, "no calendar file in %s: %v", home, names(home))
	ics, err := os.ReadFile(matches[0])
	f.must(err == nil && strings.Contains(string(ics), "RRULE:FREQ=WEEKLY") && strings.Contains(string(ics), "America/New_York"),
		"calendar file: %v\n%s", err, ics)
	f.sh.Back()
	f.selectOn("Today").SetSelected("Any day")
	f.tap("Filters")
	f.checkWith("Favourites only").SetChecked(true)
	got := f.shownMeetings()
	f.must(len(got) == 1 && got[0] == "Tuesday Night Hope", "favourites only: %q", got)
}

func TestMyMeetingAddEditDelete(t *testing.T) {
	f := newFixture(t, nil)
	f.meetingsAt()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.tap("Add a meeting")
	f.tap("Save the meeting")
	f.must(strings.Contains(f.texts(), "Give the meeting a name."), "saving with no name gave no message")
	es := f.entries()
	es[0].SetText("Kitchen table group")
	f.checkWith("Thursday").SetChecked(true)
	es[2].SetText("25:00")
	f.tap("Save the meeting")
	f.must(strings.Contains(f.texts(), "could not be read"), "a bad time was not refused")
	es[2].SetText("7:15 PM")
	f.tap("Save the meeting")
	f.bg.run()
	mine, _ := f.store.MyMeetings(context.Background())
	f.must(len(mine) == 1 && mine[0].Start == meetings.ClockOf(19, 15) && mine[0].Days[0] == time.Thursday, "saved %+v", mine)
	f.selectOn("Today").SetSelected("Thursday")
	got := f.shownMeetings()
	f.must(len(got) == 1 && got[0] == "Kitchen table group", "my meeting is not found: %q", got)
	f.sh.Push(f.sh.meetingScreens().MeetingPage(store.MySlugPrefix + "1"))
	f.tap("Edit")
	f.entries()[0].SetText("Kitchen table")
	f.tap("Save the meeting")
	f.bg.run()
	mine, _ = f.store.MyMeetings(context.Background())
	f.must(len(mine) == 1 && mine[0].Name == "Kitchen table", "edited %+v", mine)
	f.sh.Push(f.sh.meetingScreens().MyMeetingPage(mine[0]))
	f.tap("Delete the meeting")
	test.Tap(f.dialogButton("Delete the meeting"))
	f.bg.run()
	mine, _ = f.store.MyMeetings(context.Background())
	f.must(len(mine) == 0, "not deleted: %+v", mine)
}

func TestDirectoryDescribesGroupsAndLeadsToTheirMeetings(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.meetingsAt()
	f.importSample()
	f.sh.Go(page.SectionMeetings)
	f.tap("About the groups")
	txt := f.texts()
	for _, want := range []string{"Al-Anon", "Nar-Anon", "Families Anonymous", "GRASP", "Checked ", "not part of"} {
		f.must(strings.Contains(txt, want), "the directory lacks %q:\n%s", want, txt)
	}
	f.tap("Show its meeting in your lists") // Alateen: the one Y meeting
	f.bg.run()
	got := f.shownMeetings()
	f.must(len(got) == 1 && got[0] == "Saturday Alateen", "Alateen's meetings: %q", got)
}

func TestResourcesFollowTheCountry(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.sh.Go(page.SectionMeetings)
	f.tap("Other help near you")
	f.must(strings.Contains(f.texts(), "FindTreatment.gov"), "no US treatment finder:\n%s", f.texts())
	f.selectOn(f.sh.l.ID("Help.Country.MX")).SetSelected(f.sh.l.ID("Help.Country.MX"))
	f.must(strings.Contains(f.texts(), "No official finder is listed for this country yet"), "Mexico shows no calm empty state:\n%s", f.texts())
}

// TestDirectoryUnavailableIsSaid checks that, were the built-in directory
// unreadable (it loads on first use), both of its pages say so calmly and
// point to Get help now, instead of showing nothing.
func TestDirectoryUnavailableIsSaid(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	asked := 0
	f.sh.deps.Directory = func() *content.Directory { asked++; return nil }
	f.sh.Go(page.SectionMeetings)
	for _, page := range []string{"About the groups", "Other help near you"} {
		f.tap(page)
		txt := f.texts()
		f.must(strings.Contains(txt, "could not be read") && strings.Contains(txt, "Get help now (F1)"), "%s does not say the list is unavailable:\n%s", page, txt)
		f.sh.Back()
	}
	f.must(asked > 0, "the directory was never asked for")
}
