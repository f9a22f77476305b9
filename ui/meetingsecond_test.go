package ui

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
)

// aaFeed is a small AA list: one closed meeting on Tuesdays and Fridays,
// with a code no table knows and no time zone.
const aaFeed = `[
 {"slug":"aa-tue-fri","name":"Lunch Bunch","day":[2,5],"time":"10:00","types":["C","ZZQ"],
  "attendance_option":"in_person","address":"1 High St","city":"Springfield","latitude":42.10,"longitude":-72.59}
]`

// importAA stores aaFeed as an AA list, besides whatever is stored.
func (f *fixture) importAA() {
	f.t.Helper()
	res, err := meetings.ParseBytes([]byte(aaFeed), meetings.Options{Fellowship: meetings.FellowshipAA})
	f.must(err == nil && len(res.Meetings) == 1, "aa feed: %v", err)
	_, err = f.store.ImportFeed(context.Background(), "aa.json", res)
	f.must(err == nil, "import: %v", err)
	f.sh.meetings.Reload(f.bg)
	f.bg.run()
}

func TestMeetingPageSaysWhomItIsForAndWhatClosedMeans(t *testing.T) {
	f := newFixture(t, nil)
	f.meetingsAt()
	f.importAA()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.sh.Push(f.sh.meetingScreens().MeetingPage("aa-tue-fri"))
	txt := f.texts()
	for _, want := range []string{"Alcoholics Anonymous (AA)", "for the person who drinks or uses drugs, not a group for families",
		"Closed meeting: only for people who have a drinking problem", "Closed"} {
		f.must(strings.Contains(txt, want), "the meeting's page lacks %q:\n%s", want, txt)
	}
	f.must(!strings.Contains(txt, "ZZQ"), "a raw type code is shown:\n%s", txt)
}

func TestMeetingWithoutZoneSaysThisComputersZone(t *testing.T) {
	f := newFixture(t, nil)
	f.meetingsAt()
	f.importAA()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.sh.Push(f.sh.meetingScreens().MeetingPage("aa-tue-fri"))
	txt := f.texts()
	f.must(strings.Contains(txt, "Times are in this computer's time zone."), "the zone is not said in words:\n%s", txt)
	f.must(!strings.Contains(txt, "Local"), "the internal zone name leaks:\n%s", txt)
}

func TestDayFilterShowsTheDayAskedFor(t *testing.T) {
	f := newFixture(t, nil)
	f.meetingsAt() // a Tuesday afternoon: the next start is Friday anyway
	f.importAA()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.selectOn("Today").SetSelected("Wednesday") // it meets Tuesdays: the meeting is not shown
	f.must(len(f.shownMeetings()) == 0, "a Wednesday filter shows %q", f.shownMeetings())
	f.selectOn("Wednesday").SetSelected("Tuesday")
	f.must(strings.Contains(f.texts(), "Tuesday 10"), "a Tuesday filter does not show Tuesday:\n%s", f.texts())
	f.must(!strings.Contains(f.texts(), "Friday 10"), "a Tuesday filter shows another day:\n%s", f.texts())
}

func TestFellowshipNamesAreTranslatedNeverRaw(t *testing.T) {
	f := newFixture(t, nil)
	for id, want := range map[string]string{"na": "Narcotics Anonymous (NA)", "not-stated": "Fellowship not stated", "aa": "Alcoholics Anonymous (AA)"} {
		f.must(f.sh.meetingScreens().FellowshipName(id) == want, "%s is named %q, want %q", id, f.sh.meetingScreens().FellowshipName(id), want)
	}
}

func TestUnknownPlaceShowsNoMeetingAndSaysWhy(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.meetingsAt()
	f.importSample()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.selectOn("Today").SetSelected("Any day")
	f.tap("Filters")
	f.must(strings.Contains(f.texts(), "only from the towns, postal codes and regions in your own meeting lists"), "the place field does not say where places come from:\n%s", f.texts())
	f.entryWith(f.sh.l.T(meetingsui.MsgNear)).SetText("Atlantis")
	got := f.shownMeetings()
	f.must(len(got) == 0, "an unknown place still lists meetings: %q", got)
	f.must(strings.Contains(f.texts(), "None of your meeting lists has a meeting with a map position in “Atlantis”"), "the unknown place is not explained:\n%s", f.texts())
	f.entryWith(f.sh.l.T(meetingsui.MsgNear)).SetText("springfield")
	f.must(len(f.shownMeetings()) == 3, "a known place: %q", f.shownMeetings())
}

func TestNewMeetingHasNoEndTime(t *testing.T) {
	f := newFixture(t, nil)
	f.meetingsAt()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.tap("Add a meeting")
	es := f.entries()
	f.must(es[2].Text == "" && es[3].Text == "", "a new meeting's times are pre-filled: start %q, end %q", es[2].Text, es[3].Text)
	es[0].SetText("Kitchen table group")
	f.checkWith("Thursday").SetChecked(true)
	es[2].SetText("19:15")
	f.tap("Save the meeting")
	f.bg.run()
	mine, _ := f.store.MyMeetings(context.Background())
	f.must(len(mine) == 1 && mine[0].End == meetings.NoClock, "an end nobody gave was saved: %+v", mine)
}

// importFile imports body as a file through the import page, choosing
// nothing.
func (f *fixture) importFile(body string) {
	f.t.Helper()
	path := filepath.Join(f.t.TempDir(), "list.json")
	f.must(os.WriteFile(path, []byte(body), 0o600) == nil, "write")
	f.importFrom(path)
}

func (f *fixture) importFrom(source string) {
	f.t.Helper()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.sh.Push(f.sh.meetingScreens().ImportPage(store.Feed{}))
	f.entryWith(f.sh.l.T(meetingsui.MsgSourceExample)).SetText(source)
	f.tap("Import")
	f.bg.run()
}

func TestImportAsksWhoseListItIsWhenUnclear(t *testing.T) {
	f := newFixture(t, nil)
	f.importFile(`[{"slug":"a","name":"Morning Group","day":1,"time":"09:00","types":["O"]}]`)
	txt := f.texts()
	f.must(strings.Contains(txt, "Nothing in this list says whose meetings it holds"), "the import does not ask whose list it is:\n%s", txt)
	f.must(!strings.Contains(txt, "AA-style codes were used"), "the import guesses AA:\n%s", txt)
	stored, _ := f.store.Meetings(context.Background())
	f.must(len(stored) == 0, "stored before the person answered: %d", len(stored))
	alAnon := f.sh.meetingScreens().FellowshipName(meetings.FellowshipAlAnon)
	f.selectShowing("Fellowship not stated").SetSelected(alAnon)
	f.tap("Import with this answer")
	f.bg.run()
	f.must(strings.Contains(f.texts(), "Imported 1 meeting."), "not imported after the answer:\n%s", f.texts())
	f.must(strings.Contains(f.texts(), "Its meetings are shown as: "+alAnon+"."), "the fellowship is not said:\n%s", f.texts())
	stored, _ = f.store.Meetings(context.Background())
	f.must(len(stored) == 1 && stored[0].Fellowship == meetings.FellowshipAlAnon, "stored %+v", stored)
}

func TestImportCountUsesTheLanguagesDigitGrouping(t *testing.T) {
	f := newFixture(t, nil)
	var b strings.Builder
	b.WriteString("[")
	for i := range 1234 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"slug":"m%d","name":"Al-Anon Group %d","day":1,"time":"09:00"}`, i, i)
	}
	b.WriteString("]")
	f.importFile(b.String())
	f.must(strings.Contains(f.texts(), "Imported 1,234 meetings."), "the count is not grouped:\n%s", f.texts())
	f.tap("See the meetings")
	f.bg.run()
	f.selectOn("Today").SetSelected("Any day")
	f.must(strings.Contains("\n"+f.texts(), "\n1,234 meetings · "), "the list's count is not grouped:\n%s", f.texts())
}

// withSite serves a website over https for the import to find, with the
// download going to it.
func withSite(t *testing.T, mux *http.ServeMux) *httptest.Server {
	ts := httptest.NewTLSServer(mux)
	t.Cleanup(ts.Close)
	old := http.DefaultTransport
	http.DefaultTransport = ts.Client().Transport
	t.Cleanup(func() { http.DefaultTransport = old })
	return ts
}

func TestImportFromAWebsiteSaysWhereTheListWas(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><link rel="alternate" type="application/json" title="Meetings Feed" href="/feed.json"></head><body>Meetings</body></html>`)
	})
	mux.HandleFunc("/feed.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, sampleFeed)
	})
	ts := withSite(t, mux)
	f := newFixture(t, nil)
	f.importFrom(ts.URL + "/")
	txt := f.texts()
	f.must(strings.Contains(txt, "Imported 3 meetings."), "the site's list was not imported:\n%s", txt)
	f.must(strings.Contains(txt, ts.URL+"/feed.json"), "where the list was is not said:\n%s", txt)
}

func TestImportFromAPageWithoutAListSaysHowToAsk(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Our group</title></head><body>Meetings on Mondays.</body></html>`)
	})
	ts := withSite(t, mux)
	f := newFixture(t, nil)
	f.importFrom(ts.URL + "/")
	f.must(strings.Contains(f.texts(), "Could you send me the address of your meeting list"), "no way to ask the site is given:\n%s", f.texts())
}
