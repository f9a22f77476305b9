package ui

import (
	"strings"
	"testing"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// shownCountry is the country named by the one country drop-down on screen.
func (f *fixture) shownCountry() string {
	f.t.Helper()
	var shown []string
	for _, o := range f.objects() {
		if s, ok := o.(*widgets.Select); ok && s.Visible() && len(s.Options) > 0 && s.Options[len(s.Options)-1] == "Another country" {
			shown = append(shown, s.Selected)
		}
	}
	if len(shown) != 1 {
		f.t.Fatalf("want one country drop-down on screen, have %q; texts:\n%s", shown, f.texts())
	}
	return shown[0]
}

// helpCountries opens F1, then F2, then Settings, and says which country each shows,
// checking that F1 and F2 show that country's emergency number and not another's.
func (f *fixture) helpCountries(want string) {
	f.t.Helper()
	wantNumber := map[string]string{"United Kingdom": "999", "France": "15", "Germany": "112", "Spain": "112"}[want]
	f.sh.ShowHelp()
	if got := f.shownCountry(); got != want {
		f.t.Errorf("F1 shows %s; want %s (the country in Settings)", got, want)
	}
	if screen := f.texts(); wantNumber != "" && !strings.Contains(screen, "\n"+wantNumber+"\n") {
		f.t.Errorf("F1 does not show %s's emergency number %s", want, wantNumber)
	}
	if want != "France" && strings.Contains(f.texts(), "SAMU") {
		f.t.Errorf("F1 shows France's SAMU while the help country is %s", want)
	}
	f.sh.ShowSafetyPlan()
	if got := f.shownCountry(); got != want {
		f.t.Errorf("F2 shows %s; want %s (the country in Settings)", got, want)
	}
	if screen := f.texts(); wantNumber != "" && !strings.Contains(screen, "\n"+wantNumber+"\n") {
		f.t.Errorf("F2 does not show %s's emergency number %s", want, wantNumber)
	}
	f.sh.Go(page.SectionSettings)
	if got := f.shownCountry(); got != want {
		f.t.Errorf("Settings shows %s; want %s", got, want)
	}
}

// Browsing another country's resources (Meetings, Other help near you) never changes the
// person's own emergency numbers: F1 and F2 keep the country in Settings, before and after a
// restart.
func TestBrowsingResourcesKeepsTheHelpCountry(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "GB"})
	f.sh.Go(page.SectionMeetings)
	f.sh.Push(f.sh.meetingScreens().ResourcesPage())
	f.selectOn("France").SetSelected("France")
	if got := f.shownCountry(); got != "France" {
		t.Fatalf("the resources page shows %s after choosing France", got)
	}
	f.helpCountries("United Kingdom")
	if code, _ := f.store.Get(t.Context(), store.SettingCountry); code != "GB" {
		t.Errorf("the stored help country is %q after browsing France; want GB", code)
	}
	f.restart()
	f.helpCountries("United Kingdom")
}

// The help country chosen in F1 or F2 is the person's own: Settings (already open under the
// panel), F1 and F2 all show it at once, and after a restart.
func TestChoosingTheCountryInF1OrF2SetsItEverywhere(t *testing.T) {
	for _, panel := range []string{"F1", "F2"} {
		t.Run(panel, func(t *testing.T) {
			f := newFixture(t, map[store.Setting]string{store.SettingCountry: "GB"})
			f.sh.Go(page.SectionSettings)
			if got := f.shownCountry(); got != "United Kingdom" {
				t.Fatalf("Settings shows %s at first", got)
			}
			if panel == "F1" {
				f.sh.ShowHelp()
			} else {
				f.sh.ShowSafetyPlan()
			}
			f.selectOn("Germany").SetSelected("Germany")
			if got := f.shownCountry(); got != "Germany" {
				t.Fatalf("%s shows %s after choosing Germany", panel, got)
			}
			f.sh.Back() // to the Settings screen the panel was laid over
			if got := f.shownCountry(); got != "Germany" {
				t.Errorf("Settings, open under %s, still shows %s after Germany was chosen there", panel, got)
			}
			f.helpCountries("Germany")
			f.restart()
			f.helpCountries("Germany")
		})
	}
}

// Choosing in Settings changes F1 and F2 at once.
func TestChoosingTheCountryInSettingsChangesF1AndF2(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "GB"})
	f.sh.Go(page.SectionSettings)
	f.selectOn("Spain").SetSelected("Spain")
	f.helpCountries("Spain")
	f.restart()
	f.helpCountries("Spain")
}
