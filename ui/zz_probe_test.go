package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/store"
)

func TestZZProbe(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		for _, size := range []fyne.Size{fyne.NewSize(360, 740), fyne.NewSize(1000, 700)} {
			f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US", store.SettingLanguage: lang})
			f.meetingsAt()
			f.importSample()
			f.win.Resize(size)
			f.sh.Go(sectionMeetings)
			f.bg.run()
			s := f.sh.screens[sectionMeetings]
			_ = s
			list := f.meetingList()
			var top *meetingsScreen
			_ = top
			t.Logf("%s %v: list %.0f page?", lang, size, list.Size().Height)
			for _, o := range f.objects() {
				if sc, ok := o.(interface{ MinSize() fyne.Size }); ok {
					_ = sc
				}
			}
		}
	}
}
