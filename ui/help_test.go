package ui

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/widgets"
)

// helpFor opens Get help now for a country, in English unless lang says otherwise.
func helpFor(t *testing.T, country, lang string) *fixture {
	t.Helper()
	settings := map[store.Setting]string{store.SettingCountry: country}
	if lang != "" {
		settings[store.SettingLanguage] = lang
	}
	f := newFixture(t, settings)
	f.sh.ShowHelp()
	return f
}

// links is every link on screen.
func (f *fixture) links() []*widgets.Hyperlink {
	var out []*widgets.Hyperlink
	for _, o := range f.objects() {
		if h, ok := o.(*widgets.Hyperlink); ok {
			out = append(out, h)
		}
	}
	return out
}

// The overdose card is the chosen country's: its emergency number in the steps, its
// naloxone rules, a law only where there is one, and its own official sources.
func TestOverdoseCardIsTheCountrys(t *testing.T) {
	tests := []struct {
		country string
		has     []string
		hasNot  []string
	}{
		{"US", []string{"Call 911 if you have not already", "Good Samaritan laws", "March 29, 2023", "SAMHSA: Over-the-counter naloxone FAQs"},
			[]string{"Drug Overdose Act", "Call 999"}},
		{"CA", []string{"Call 911 (or your local emergency number)", "Good Samaritan Drug Overdose Act", "May 4, 2017", "30 to 120 minutes", "Health Canada: Opioid overdose wallet card"},
			[]string{"Good Samaritan laws", "30 to 90"}},
		{"GB", []string{"Call 999 if you have not already", "cannot sell naloxone over the counter", "GOV.UK: Supplying take-home naloxone without a prescription", "London Ambulance Service (NHS): Calling 999"},
			[]string{"Good Samaritan", "Call 911"}},
		{"AU", []string{"Call Triple Zero (000)", "1 July 2022", "30 to 90 minutes", "Australian Department of Health: About the Take Home Naloxone program"},
			[]string{"Good Samaritan"}},
		{"ES", []string{"Call 112 if you have not already", "AEMPS (Spanish medicines agency): Nyxoid product information"}, []string{"Good Samaritan"}},
		{"MX", []string{"Call 911 if you have not already", "UNODC: Opioid overdose"}, []string{"Good Samaritan"}},
		{"FR", []string{"Call 15 (SAMU) or 112", "CSAPA", "French Ministry of Health: Naloxone can be used by anyone"}, []string{"Good Samaritan"}},
		{"DE", []string{"Call 112 if you have not already", "needs a prescription for now", "German Federal Ministry of Health: NALtrain (naloxone training)"},
			[]string{"Good Samaritan"}},
		{"other", []string{"Call your local emergency number", "WHO: Opioid overdose (fact sheet)"}, []string{"Good Samaritan"}},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			screen := helpFor(t, tt.country, "").texts()
			for _, want := range tt.has {
				if !strings.Contains(screen, want) {
					t.Errorf("Get help now for %s lacks %q", tt.country, want)
				}
			}
			for _, not := range tt.hasNot {
				if strings.Contains(screen, not) {
					t.Errorf("Get help now for %s says %q", tt.country, not)
				}
			}
		})
	}
}

// Choosing another country draws the card again for it.
func TestChoosingACountryRedrawsTheCard(t *testing.T) {
	f := helpFor(t, "US", "")
	steps := []struct{ name, has, hasNot string }{
		{"United Kingdom", "Call 999 if you have not already", "Good Samaritan"},
		{"Canada", "Good Samaritan Drug Overdose Act", "Call 999"},
		{"United States", "Good Samaritan laws", "Drug Overdose Act"},
		{"Australia", "Call Triple Zero (000)", "Good Samaritan"},
	}
	for _, st := range steps {
		f.selectOn(st.name).SetSelected(st.name)
		screen := f.texts()
		if !strings.Contains(screen, st.has) || strings.Contains(screen, st.hasNot) {
			t.Errorf("after choosing %s: want %q and not %q on screen", st.name, st.has, st.hasNot)
		}
	}
}

// Every link people see opens an official page and says what it is, not just its host.
func TestHelpLinksAreNamedOfficialPages(t *testing.T) {
	h := loadHelp(t)
	for _, lang := range translations.Supported {
		for _, code := range content.CountryCodes() {
			f := helpFor(t, code, lang)
			links := f.links()
			if len(links) < 2 {
				t.Fatalf("%s, %s: only %d links", lang, code, len(links))
			}
			for _, l := range links {
				where := fmt.Sprintf("%s, %s: link %q (%s)", lang, code, l.Text, l.URL)
				if !h.Official(l.URL.String()) {
					t.Errorf("%s is not an official page", where)
				}
				if host := l.URL.Host; l.Text == "" || l.Text == host || l.Text == strings.TrimPrefix(host, "www.") || l.Text == l.URL.String() {
					t.Errorf("%s is named by its address", where)
				}
			}
		}
	}
}

// What the fact check read elsewhere (proxies, copies, news) is never on screen.
func TestEvidenceIsNeverShown(t *testing.T) {
	h := loadHelp(t)
	for _, c := range h.Countries {
		f := helpFor(t, c.Code, "")
		shown := map[string]bool{}
		for _, l := range f.links() {
			shown[l.URL.String()] = true
		}
		screen := f.texts()
		card, _ := h.Overdose(c.Code)
		evidence := card.Evidence
		for _, line := range c.Lines {
			evidence = append(evidence, line.Evidence...)
		}
		for _, e := range evidence {
			u, _ := url.Parse(e)
			if shown[e] || strings.Contains(screen, u.Host) {
				t.Errorf("%s: evidence %s is shown", c.Code, e)
			}
		}
	}
}

// A line's source link names the page; a line with no official page shows none.
func TestLineSourcesAreNamed(t *testing.T) {
	f := helpFor(t, "GB", "")
	for _, want := range []string{"Source: London Ambulance Service (NHS): Calling 999", "Source: Samaritans: Contact Samaritans"} {
		if !strings.Contains(f.texts(), want) {
			t.Errorf("GB lacks the link %q", want)
		}
	}
	f = helpFor(t, "ES", "")
	var sources []string
	for _, l := range f.links() {
		if strings.HasPrefix(l.Text, "Source:") {
			sources = append(sources, l.Text)
		}
	}
	// 112 has an official page, in the reader's language (#24); 024 and Teléfono de la
	// Esperanza have none.
	if want := []string{"Source: European Commission: 112, the European emergency number"}; strings.Join(sources, "|") != strings.Join(want, "|") {
		t.Errorf("Spain's line sources = %q, want %q", sources, want)
	}
}

// In Spanish, the card and its sources are in Spanish too.
func TestOverdoseCardInSpanish(t *testing.T) {
	tests := []struct {
		country string
		has     []string
		hasNot  []string
	}{
		{"GB", []string{"Llama al 999", "GOV.UK: entrega de naloxona para llevar a casa sin receta", "frota con fuerza con los nudillos el centro de su pecho"},
			[]string{"Buen Samaritano", "Good Samaritan"}},
		{"US", []string{"Llama al 911", "leyes del Buen Samaritano", "Fuente: FCC: llamar al 911 desde un teléfono móvil"}, []string{"Sobredosis de Drogas"}},
		{"MX", []string{"Llama al 911", "En México, pregunta a un médico", "No le inyectes nada más"}, []string{"Buen Samaritano"}},
	}
	for _, tt := range tests {
		screen := helpFor(t, tt.country, translations.Spanish).texts()
		for _, want := range tt.has {
			if !strings.Contains(screen, want) {
				t.Errorf("%s in Spanish lacks %q", tt.country, want)
			}
		}
		for _, not := range tt.hasNot {
			if strings.Contains(screen, not) {
				t.Errorf("%s in Spanish says %q", tt.country, not)
			}
		}
	}
}

// recordingOpener notes the pages it is asked to open.
type recordingOpener struct {
	fyne.App
	opened *[]string
}

func (r recordingOpener) OpenURL(u *url.URL) error {
	*r.opened = append(*r.opened, u.String())
	return nil
}

// A source link is reached and opened by keyboard, and window keys still work from it.
func TestSourceLinkByKeyboard(t *testing.T) {
	f := helpFor(t, "GB", "")
	var opened []string
	f.sh.app = recordingOpener{f.app, &opened}
	var link *widgets.Hyperlink
	for _, l := range f.links() {
		if l.Text == "GOV.UK: Supplying take-home naloxone without a prescription" {
			link = l
		}
	}
	if link == nil {
		t.Fatal("no GOV.UK link on the GB card")
	}
	f.win.Canvas().Focus(link)
	f.press(fyne.KeyReturn)
	if want := "https://www.gov.uk/guidance/supplying-take-home-naloxone-without-a-prescription"; len(opened) != 1 || opened[0] != want {
		t.Errorf("Enter on the link opened %q, want %s", opened, want)
	}
	f.escapes(3)
	if !f.sh.Hidden() {
		t.Error("Escape three times does not hide while a source link has focus")
	}
}

// Every country's panel fits a phone-width window, in English and in Spanish.
func TestHelpFitsAPhoneInEveryCountry(t *testing.T) {
	for _, lang := range translations.Supported {
		for _, code := range content.CountryCodes() {
			f := helpFor(t, code, lang)
			f.win.Resize(phone)
			f.checkFits(t, fmt.Sprintf("%s, %s", lang, code))
		}
	}
}
