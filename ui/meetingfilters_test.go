package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/store"
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
		f.sh.Go(sectionMeetings)
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
