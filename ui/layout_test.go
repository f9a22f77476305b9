package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
)

var phone = fyne.NewSize(page.NarrowMinWidth, 640)

// focusRingReach is how far outside its control a focus ring is drawn.
const focusRingReach = 4

// Every screen fits a phone-width window, in English and in Spanish:
// nothing is wider than the window and nothing needs a wider one.
// Screens built later are checked here too, through the section table.
func TestEveryScreenFitsAPhone(t *testing.T) {
	for _, lang := range translations.Supported {
		f := newFixture(t, map[store.Setting]string{store.SettingLanguage: lang, store.SettingCountry: "US"})
		f.win.Resize(phone)
		for _, sc := range scenes() {
			sc.setup(f)
			f.win.Resize(phone)
			f.checkFits(t, fmt.Sprintf("%s, %s", lang, sc.name))
		}
	}
}

func (f *fixture) checkFits(t *testing.T, where string) {
	t.Helper()
	if min := f.win.Content().MinSize(); min.Width > phone.Width {
		t.Errorf("%s: the window needs %.0f px, more than a phone's %.0f", where, min.Width, phone.Width)
	}
	if got := f.win.Canvas().Size().Width; got > phone.Width {
		t.Errorf("%s: the window grew to %.0f px", where, got)
	}
	d := fyne.CurrentApp().Driver()
	for _, o := range f.objects() {
		right := d.AbsolutePositionForObject(o).X + o.Size().Width
		switch o.(type) {
		case *canvas.LinearGradient, *canvas.RadialGradient:
			continue // shadows fall outside what casts them
		case *canvas.Rectangle:
			right -= focusRingReach // focus rings are drawn just outside their control
		}
		if right > phone.Width+0.5 {
			t.Errorf("%s: %T %q reaches %.0f px, beyond the window's %.0f", where, o, textOf(o), right, phone.Width)
		}
	}
}

// On a narrow window the section list becomes a menu in the header; Hide
// and Get help now keep their words (header_test.go checks them further).
func TestNarrowWindowUsesAMenu(t *testing.T) {
	f := newFixture(t, nil)
	f.win.Resize(phone)
	if f.sh.frame.Objects[1].Visible() {
		t.Error("the section list is still shown at phone width")
	}
	if !f.sh.narrow || !f.sh.head.sections.Visible() {
		t.Fatal("no section menu at phone width")
	}
	if f.sh.head.hide.Text != "Hide" || f.sh.head.help.Text != "Get help now" {
		t.Errorf("header at phone width: Hide %q, help %q", f.sh.head.hide.Text, f.sh.head.help.Text)
	}
	f.sh.head.sections.SetSelected("Journal")
	if f.sh.Current() != page.SectionJournal {
		t.Error("the section menu does not go to the section")
	}
	f.win.Resize(startWindowSize)
	if f.sh.narrow || !f.sh.frame.Objects[1].Visible() || f.sh.head.hide.Text != "Hide" {
		t.Error("the wide layout does not come back")
	}
}

// The damaged-data screen fits a phone too, in every language, with the
// header's Hide and Get help now on screen.
func TestDamagedDataScreenFitsAPhone(t *testing.T) {
	for _, lang := range translations.Supported {
		f, _ := damagedStart(t)
		f.sh.setLanguage(lang)
		f.win.Resize(phone)
		f.checkFits(t, lang+", damaged data")
	}
}
