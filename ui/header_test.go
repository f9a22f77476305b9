package ui

import (
	"testing"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
)

// headerSlack is the room the header's top row must leave at 360 px, so
// that a font drawn a little wider on some machine does not push Get help
// now off the window.
const headerSlack = 16

// At phone width Hide and Get help now keep their words, in every language,
// with a page pushed (Back shown) and without, and the header's top row
// still fits 360 px with room to spare. (Hide used to be an eye icon alone.)
func TestHeaderKeepsHideWordsAtPhoneWidth(t *testing.T) {
	for _, lang := range translations.Supported {
		f := newFixture(t, map[store.Setting]string{store.SettingLanguage: lang})
		f.win.Resize(phone)
		h := f.sh.head
		wantHide, wantHelp := f.sh.l.T(msgHide), f.sh.l.T(page.MsgGetHelp)
		for _, pushed := range []bool{false, true} {
			if pushed {
				f.sh.ShowHelp()
				f.win.Resize(phone)
				if !h.back.Visible() {
					t.Fatalf("%s: no Back over the help page", lang)
				}
			}
			if !f.sh.narrow {
				t.Fatalf("%s: not the phone layout at %.0f px", lang, phone.Width)
			}
			if h.hide.Text != wantHide || wantHide == "" || !h.hide.Visible() {
				t.Errorf("%s (pushed %v): Hide shows %q at phone width, want %q", lang, pushed, h.hide.Text, wantHide)
			}
			if h.help.Text != wantHelp || !h.help.Visible() {
				t.Errorf("%s (pushed %v): Get help now shows %q at phone width, want %q", lang, pushed, h.help.Text, wantHelp)
			}
			if w := h.box.MinSize().Width; w > phone.Width-headerSlack {
				t.Errorf("%s (pushed %v): the header needs %.0f px, more than %.0f", lang, pushed, w, phone.Width-headerSlack)
			}
			d := f.app.Driver()
			if right := d.AbsolutePositionForObject(h.help).X + h.help.Size().Width; right > phone.Width {
				t.Errorf("%s (pushed %v): Get help now ends at %.0f px, beyond %.0f", lang, pushed, right, phone.Width)
			}
		}
	}
}
