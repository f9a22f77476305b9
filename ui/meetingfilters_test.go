package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	meetingsui "github.com/alongside-app/alongside/ui/meetings"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// inZone runs the rest of the test with the computer's clock in zone, so
// that the sample meetings (in New York) show the person's own time too,
// the longest rows there are.
func inZone(t *testing.T, zone string) {
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	was := time.Local
	time.Local = loc
	t.Cleanup(func() { time.Local = was })
}

// Filters fold once used: a line says which are on, the list keeps most of
// the height, and at phone width a row's words wrap, never cut short.
func TestMeetingFiltersFoldAndTheListKeepsTheHeight(t *testing.T) {
	inZone(t, "Europe/Madrid")
	for _, size := range []fyne.Size{fyne.NewSize(360, 740), fyne.NewSize(1000, 700)} {
		f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
		f.meetingsAt()
		f.importSample()
		f.win.Resize(size)
		f.sh.Go(page.SectionMeetings)
		f.bg.run()
		f.selectOn("Today").SetSelected("Any day")
		f.tap("Filters")
		f.must(strings.Contains(f.texts(), "Any time"), "%v: the filters do not show", size)
		f.selectOn("In person or online").SetSelected("Can join online")
		f.tap("Show 2 meetings")

		txt := f.texts()
		f.must(!strings.Contains(txt, "Any time") && !strings.Contains(txt, "Can join online"), "%v: the filters did not fold:\n%s", size, txt)
		f.must(strings.Contains(txt, "2 meetings · Any day · Online\n"), "%v: no summary naming the filter:\n%s", size, txt)

		list := f.meetingList()
		if h, content := list.Size().Height, f.win.Canvas().Size().Height; h < content/2 {
			t.Errorf("%v: the list has %.0f px of the window's %.0f", size, h, content)
		}
		got := f.shownMeetings()
		f.must(len(got) == 2 && got[0] == "Tuesday Night Hope", "%v: online meetings: %q", size, got)
		if size.Width == 360 {
			f.checkRowsWhole(list, "Tuesday 7:00 PM (Wednesday 1:00 AM your time)", "Online")
		}
	}
}

// foldButton is the button under the meeting filters that folds them
// ("Show 2 meetings", or Done when none matches), in any language.
func (f *fixture) foldButton() *widgets.Button {
	f.t.Helper()
	for _, n := range []int{1, 2} {
		before, after, _ := strings.Cut(f.sh.l.N(meetingsui.MsgShow, n, map[string]any{"Number": "\x00"}), "\x00")
		for _, o := range f.objects() {
			if b, ok := o.(*widgets.Button); ok && (b.Text == f.sh.l.T(meetingsui.MsgDone) ||
				strings.HasPrefix(b.Text, before) && strings.HasSuffix(b.Text, after) && len(b.Text) > len(before+after)) {
				return b
			}
		}
	}
	f.t.Fatalf("no button folds the filters:\n%s", f.texts())
	return nil
}

// meetingList is the meeting list on screen.
func (f *fixture) meetingList() *widgets.List {
	f.t.Helper()
	for _, o := range f.objects() {
		if l, ok := o.(*widgets.List); ok {
			return l
		}
	}
	f.t.Fatalf("no meeting list on screen:\n%s", f.texts())
	return nil
}

// checkRowsWhole checks that every label in the list's rows shows all its
// words (nothing cut off with an ellipsis or hidden under the next row),
// and that the rows show each of wants.
func (f *fixture) checkRowsWhole(list *widgets.List, wants ...string) {
	f.t.Helper()
	var shown []string
	d := fyne.CurrentApp().Driver()
	listBottom := d.AbsolutePositionForObject(list).Y + list.Size().Height
	walk(list, func(o fyne.CanvasObject) {
		l, ok := o.(*widget.Label)
		if !ok || l.Text == "" {
			return
		}
		var drawn []string
		bottom := d.AbsolutePositionForObject(l).Y + l.Size().Height
		walk(l, func(o fyne.CanvasObject) {
			if c, ok := o.(*canvas.Text); ok && c.Text != "" {
				drawn = append(drawn, c.Text)
				if y := d.AbsolutePositionForObject(c).Y + c.Size().Height; y > bottom+0.5 && y < listBottom {
					f.t.Errorf("%q is drawn below its label, over the next row", c.Text)
				}
			}
		})
		all := strings.Join(drawn, " ")
		if strings.Join(strings.Fields(all), " ") != strings.Join(strings.Fields(l.Text), " ") {
			f.t.Errorf("a row shows %q of %q", all, l.Text)
		}
		shown = append(shown, strings.Join(strings.Fields(all), " "))
	})
	joined := strings.Join(shown, "\n")
	for _, want := range wants {
		if !strings.Contains(joined, want) {
			f.t.Errorf("the rows do not show %q:\n%s", want, joined)
		}
	}
}

// The filters work from the keyboard: Tab reaches each of them and the
// button that folds them, before the list; Enter folds them and leaves
// the keyboard on the button that shows them, which Space opens again.
func TestMeetingFiltersByKeyboard(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.meetingsAt()
	f.importSample()
	f.win.Resize(fyne.NewSize(360, 740))
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	toggle := f.button("Filters")
	f.win.Canvas().Focus(toggle)
	f.press(fyne.KeySpace)
	f.must(strings.Contains(f.texts(), "Any time"), "Space on Filters does not show them")
	order := map[fyne.Focusable]int{}
	for i, o := range f.focusables() {
		order[o] = i
	}
	fold, list := f.foldButton(), f.meetingList()
	last := order[toggle]
	for _, o := range []fyne.Focusable{f.selectOn("Any time"), f.selectOn("In person or online"), f.selectOn("Any type"),
		f.entryWith(f.sh.l.T(meetingsui.MsgNear)), f.selectOn("Soonest first"), f.checkWith("Favourites only"), fold, list} {
		i, ok := order[o]
		f.must(ok && i > last, "%T %q is not reached by Tab after the one before it", o, textOf(o.(fyne.CanvasObject)))
		last = i
	}
	f.selectOn("In person or online").SetSelected("Can go in person")
	f.win.Canvas().Focus(fold)
	d := fyne.CurrentApp().Driver()
	bottom := d.AbsolutePositionForObject(fold).Y + fold.Size().Height
	f.must(bottom <= d.AbsolutePositionForObject(list).Y+1, "the focused %q is hidden under the list", fold.Text)
	f.press(fyne.KeyReturn)
	txt := f.texts()
	f.must(!strings.Contains(txt, "Any time") && strings.Contains(txt, "1 meeting · Today · In person\n"), "Enter did not fold the filters to their summary:\n%s", txt)
	f.must(f.win.Canvas().Focused() == fyne.Focusable(toggle), "after folding, the keyboard is on %T, not on Filters", f.win.Canvas().Focused())
	f.press(fyne.KeySpace)
	f.must(strings.Contains(f.texts(), "Any time"), "Space on Filters does not show them again")
}

// longFeed has a meeting with a long name, a place to measure from, and
// one with a short name: rows of different heights.
const longFeed = `[
 {"slug":"long","name":"The Tuesday Evening Family Group of Saint Mark's Church Hall on Main Street, Springfield","day":2,"time":"19:00",
  "timezone":"America/New_York","attendance_option":"hybrid","address":"12 Main St","city":"Springfield","state":"MA",
  "latitude":42.10,"longitude":-72.59,"conference_url":"https://meet.example.org/long"},
 {"slug":"short","name":"Hope","day":2,"time":"20:00","timezone":"America/New_York","attendance_option":"in_person",
  "address":"40 Elm St","city":"Worcester","state":"MA","latitude":42.26,"longitude":-71.80}
]`

// At phone width, in each language, a long name wraps onto more lines and
// the rows under it move down: no row is cut short or drawn over another.
func TestMeetingRowsWrapWholeAtPhoneWidth(t *testing.T) {
	inZone(t, "Europe/Madrid")
	for _, lang := range translations.Supported {
		f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US", store.SettingLanguage: lang})
		f.meetingsAt()
		f.win.Resize(fyne.NewSize(360, 740))
		res, err := meetings.ParseBytes([]byte(longFeed), meetings.Options{Fellowship: meetings.FellowshipAlAnon})
		f.must(err == nil && len(res.Meetings) == 2, "long feed: %v", err)
		_, err = f.store.ImportFeed(context.Background(), "long.json", res)
		f.must(err == nil, "import: %v", err)
		f.sh.meetings.Reload(f.bg)
		f.sh.Go(page.SectionMeetings)
		f.bg.run()
		f.tap(f.sh.l.T(meetingsui.MsgFilters))
		f.entryWith(f.sh.l.T(meetingsui.MsgNear)).SetText("Springfield")
		test.Tap(f.foldButton())
		online := f.sh.l.T(meetings.AttendanceMessage(meetings.Hybrid))
		f.checkRowsWhole(f.meetingList(), "Saint Mark's Church Hall on Main Street, Springfield", online, f.sh.meetingScreens().Distance(0))
		f.win.Resize(fyne.NewSize(1000, 700)) // wider, the rows are counted again
		f.checkRowsWhole(f.meetingList(), "Saint Mark's Church Hall on Main Street, Springfield", online)
	}
}

// When no meeting matches, the line over the list still names the filters
// that left none, and the button under them reads Done.
func TestMeetingFiltersSayWhichLeftNone(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.meetingsAt() // a Tuesday: one meeting in person, in the morning
	f.importSample()
	f.sh.Go(page.SectionMeetings)
	f.bg.run()
	f.tap("Filters")
	f.selectOn("Any time").SetSelected("Evening (from 5 pm)")
	f.selectOn("In person or online").SetSelected("Can go in person")
	f.checkWith("Favourites only").SetChecked(true)
	f.tap("Done")
	txt := f.texts()
	f.must(strings.Contains(txt, "\nToday · Evening · In person · Favourites only\n") && strings.Contains(txt, "No meeting matches"),
		"the filters that left no meeting are not named:\n%s", txt)
}
