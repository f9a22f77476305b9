package ui

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/assets"
	"github.com/alongside-app/alongside/ui/page"
)

func TestVisitEverySection(t *testing.T) {
	f := newFixture(t, nil)
	if f.win.Title() != "Alongside" {
		t.Errorf("title %q", f.win.Title())
	}
	for id := page.Section(0); id < page.SectionCount; id++ {
		f.sh.nav.Pick(int(id)) // as a click on the list does
		want := f.sh.l.T(sections[id].title)
		if f.sh.head.title.Text != want || f.sh.Current() != id {
			t.Errorf("section %d: heading %q, want %q", id, f.sh.head.title.Text, want)
		}
		if s := sections[id]; s.emptyBody != nil && !strings.Contains(f.texts(), f.sh.l.T(s.emptyBody)) {
			t.Errorf("section %q does not show its empty state", want)
		}
	}
}

func TestKeyboardMovesBetweenSections(t *testing.T) {
	f := newFixture(t, nil)
	f.win.Canvas().Focus(f.sh.nav)
	f.press(fyne.KeyDown)
	if f.sh.Current() != page.SectionHome {
		t.Error("Down in the list changed the section; it should only move the cursor")
	}
	f.press(fyne.KeyReturn)
	if f.sh.Current() != page.SectionLearn {
		t.Errorf("Down then Enter in the list shows %d, want Learn", f.sh.Current())
	}
	f.press(fyne.Key3, ctrl)
	if f.sh.Current() != page.SectionJournal {
		t.Errorf("Ctrl+3 shows section %d, want Journal", f.sh.Current())
	}
}

// A section's screen is made once: coming back finds it as it was left.
func TestScreensAreMadeOnce(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	first := f.sh.Top().Obj
	f.sh.Go(page.SectionHome)
	f.sh.ShowHelp()
	f.sh.Go(page.SectionSettings)
	if f.sh.Top().Obj != first {
		t.Error("Settings was made again on the second visit")
	}
}

func TestBackFromHelpReturnsToTheSection(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionBoundaries)
	if f.sh.head.back.Visible() {
		t.Error("Back is offered on a section's own screen")
	}
	f.press(fyne.KeyF1)
	if !f.sh.InHelp() || !f.sh.head.back.Visible() {
		t.Fatal("F1 did not open Get help now with a way back")
	}
	f.press(fyne.KeyF1) // again: still one page deep
	test.Tap(f.button("Back"))
	if f.sh.InHelp() || f.sh.Current() != page.SectionBoundaries {
		t.Errorf("Back leads to section %d (help %v), want Boundaries", f.sh.Current(), f.sh.InHelp())
	}
}

func TestSwitchToSpanishAtOnceAndRemembered(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	f.choose("Español")
	if got := f.sh.head.title.Text; got != "Ajustes" {
		t.Errorf("heading after switching = %q, want Ajustes", got)
	}
	screen := f.texts()
	for _, want := range []string{"Inicio", "Diario", "Pedir ayuda ahora", "Ocultar"} {
		if !strings.Contains(screen, want) {
			t.Errorf("Spanish screen lacks %q", want)
		}
	}
	// The computer's language is named in Spanish, not in its own words.
	system := translations.Resolve(translations.System)
	lang, _ := translations.LanguageOf(system)
	if !strings.Contains(screen, "("+f.sh.l.T(lang.Name)+")") || f.sh.l.T(lang.Name) == lang.Native && system == translations.English {
		t.Errorf("the system choice does not name %s in Spanish:\n%s", system, screen)
	}
	if got, _ := f.store.Get(context.Background(), store.SettingLanguage); got != translations.Spanish {
		t.Errorf("stored language %q", got)
	}
	again := Create(f.app, test.NewTempWindow(t, nil), f.deps)
	if again.l.Lang() != translations.Spanish {
		t.Error("a new window does not remember Spanish")
	}
	f.choose("English")
	if f.sh.head.title.Text != "Settings" {
		t.Errorf("back to English: heading %q", f.sh.head.title.Text)
	}
}

func TestGetHelpNowFromAnyScreen(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.sh.Go(page.SectionMeetings)
	test.Tap(f.button("Get help now"))
	if !f.sh.InHelp() || f.sh.head.title.Text != "Get help now" {
		t.Fatalf("help not shown: heading %q", f.sh.head.title.Text)
	}
	for _, want := range []string{"911", "988", "1-800-662-4357", "Checked November 26, 2026"} {
		if !strings.Contains(f.texts(), want) {
			t.Errorf("help screen lacks %q", want)
		}
	}
	for id := page.Section(0); id < page.SectionCount; id++ {
		f.sh.Go(id)
		f.press(fyne.KeyF1)
		if !f.sh.InHelp() {
			t.Errorf("F1 does not open Get help now from section %d", id)
		}
		f.sh.Go(id)
		f.press(fyne.KeyG, ctrl)
		if !f.sh.InHelp() {
			t.Errorf("Ctrl+G does not open Get help now from section %d", id)
		}
	}
}

func TestCopyEmergencyNumber(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "GB"})
	f.bg.run() // what the start left waiting (Home's recent entries)
	f.sh.ShowHelp()
	test.Tap(f.button("Copy number")) // the first is the emergency number
	if got := f.app.Clipboard().Content(); got != "999" {
		t.Errorf("clipboard = %q, want 999", got)
	}
	if !strings.Contains(f.texts(), "Copied") || len(f.bg.pending) != 1 {
		t.Fatal("no confirmation after copying")
	}
	f.bg.run()
	if strings.Contains(f.texts(), "Copied") {
		t.Error("the confirmation does not go away")
	}
}

func TestChangingCountryInHelpIsSaved(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.sh.ShowHelp()
	f.selectOn("Mexico").SetSelected("Mexico")
	if got, _ := f.store.Get(context.Background(), store.SettingCountry); got != "MX" {
		t.Fatalf("stored country %q", got)
	}
	if !strings.Contains(f.texts(), "800 911 2000") {
		t.Error("Mexico's Línea de la Vida not shown after choosing Mexico")
	}
}

func TestHideAndComeBack(t *testing.T) {
	f := newFixture(t, nil)
	var hides, reveals int
	f.sh.OnHide(func() { hides++ })
	f.sh.OnReveal(func() { reveals++ })
	f.sh.Go(page.SectionJournal)
	f.escapes(3)
	if !f.sh.Hidden() || hides != 1 {
		t.Fatalf("Escape three times did not hide the window (hidden %v, hooks %d)", f.sh.Hidden(), hides)
	}
	if f.sh.icon != assets.Neutral {
		t.Error("the window keeps the app's icon while hidden")
	}
	screen := f.texts()
	for _, secret := range []string{"Alongside", "Journal", "Get help now", "Hide"} {
		if strings.Contains(screen, secret) || strings.Contains(f.win.Title(), secret) {
			t.Errorf("hidden screen still shows %q", secret)
		}
	}
	f.press(fyne.KeyEscape)
	f.press(fyne.Key1, ctrl)
	f.press(fyne.KeyF1)
	f.press(fyne.KeyReturn)
	if !f.sh.Hidden() {
		t.Fatal("a key press brought the app back; only a deliberate click or Tab then Enter should")
	}
	test.Tap(f.button("Continue"))
	if f.sh.Hidden() || f.win.Title() != "Alongside" || f.sh.Current() != page.SectionJournal || reveals != 1 {
		t.Errorf("after Continue: hidden=%v title=%q section=%d reveals=%d", f.sh.Hidden(), f.win.Title(), f.sh.Current(), reveals)
	}
	if f.sh.icon != assets.Icon {
		t.Error("the app's icon does not come back")
	}
	f.press(fyne.KeyH, ctrl|fyne.KeyModifierShift)
	if !f.sh.Hidden() {
		t.Error("Ctrl+Shift+H does not hide")
	}
	// Tab then Enter on the neutral screen brings the app back.
	f.win.Canvas().FocusNext()
	f.press(fyne.KeyReturn)
	if f.sh.Hidden() {
		t.Error("Tab then Enter on the neutral screen does not bring the app back")
	}
}

func TestEscapeTiming(t *testing.T) {
	f := newFixture(t, nil)
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f.sh.keys.now = func() time.Time { return clock }
	for i := 0; i < 3; i++ {
		f.press(fyne.KeyEscape)
		clock = clock.Add(panicGap + time.Millisecond)
	}
	if f.sh.Hidden() {
		t.Error("three Escapes more than a second apart hid the window")
	}
	for i := 0; i < 3; i++ {
		clock = clock.Add(900 * time.Millisecond)
		f.press(fyne.KeyEscape)
	}
	if !f.sh.Hidden() {
		t.Error("three Escapes 0.9 s apart did not hide the window")
	}
}

func TestThemeChoiceIsSaved(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	f.choose("Dark")
	if got, _ := f.store.Get(context.Background(), store.SettingTheme); got != "dark" {
		t.Errorf("stored theme %q", got)
	}
}

func TestHideCoversDialogsToo(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.ShowError("Something private-looking")
	overlays := f.win.Canvas().Overlays()
	if overlays.Top() == nil || !overlays.Top().Visible() {
		t.Fatal("the dialog did not open")
	}
	f.escapes(3)
	if !f.sh.Hidden() {
		t.Fatal("Escape three times with a dialog open did not hide")
	}
	for _, o := range overlays.List() {
		if o.Visible() {
			t.Error("a dialog stays visible over the hidden screen")
		}
	}
	f.sh.Reveal()
	if !overlays.Top().Visible() {
		t.Error("the dialog did not come back")
	}
}

// A link that cannot open says so and shows its address, ready to copy.
func TestLinkThatCannotOpenShowsItsAddress(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.app = failingOpener{f.app}
	u, _ := url.Parse("https://www.samhsa.gov/find-help/national-helpline")
	f.sh.OpenURL(u)
	if !strings.Contains(f.texts(), u.String()) {
		t.Fatalf("the address is not shown:\n%s", f.texts())
	}
	test.Tap(f.button("Copy address"))
	if got := f.app.Clipboard().Content(); got != u.String() {
		t.Errorf("clipboard = %q", got)
	}
}

type failingOpener struct{ fyne.App }

func (failingOpener) OpenURL(*url.URL) error { return errors.New("no browser") }

func TestStartupErrorStillOffersHelpAndHide(t *testing.T) {
	damaged := fmt.Errorf("open: %w: %w", store.ErrDamaged, store.ErrDamaged)
	for _, err := range []error{fmt.Errorf("open: %w", datadir.ErrInUse), damaged, store.ErrTooNew} {
		a := test.NewTempApp(t)
		w := test.NewTempWindow(t, nil)
		sh := ShowStartupError(a, w, Deps{Bundle: newTestBundle(t), Help: loadHelp(t), StartErr: err})
		f := &fixture{t: t, app: a, win: w, sh: sh}
		m, data := explain.Error(err)
		want := sh.l.T(m, data)
		if !strings.Contains(f.texts(), want) || strings.Contains(f.texts(), "store:") {
			t.Errorf("window says:\n%s\nwant %q and no technical details", f.texts(), want)
		}
		test.Tap(f.button("Get help now"))
		if !sh.InHelp() || !strings.Contains(f.texts(), "Talk to someone now") && !strings.Contains(f.texts(), "Call") {
			t.Errorf("Get help now does not open from the start-up window:\n%s", f.texts())
		}
		sh.Back()
		f.press(fyne.KeyF1)
		if !sh.InHelp() {
			t.Error("F1 does not open Get help now from the start-up window")
		}
		f.escapes(3)
		if !sh.Hidden() {
			t.Error("Escape three times does not hide the start-up window")
		}
	}
}

// Get help now is read to its end by keyboard alone.
func TestHelpScrollsByKeyboard(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.sh.ShowHelp()
	s := f.sh.scroller()
	if s == nil || page.MaxOffset(s) <= 0 {
		t.Fatal("Get help now does not scroll at this size")
	}
	f.press(fyne.KeyPageDown)
	if s.Offset.Y <= 0 {
		t.Error("Page Down does not scroll")
	}
	f.press(fyne.KeyEnd)
	if s.Offset.Y != page.MaxOffset(s) {
		t.Errorf("End scrolls to %v, want %v", s.Offset.Y, page.MaxOffset(s))
	}
	f.press(fyne.KeyUp)
	if s.Offset.Y >= page.MaxOffset(s) {
		t.Error("Up does not scroll")
	}
	f.press(fyne.KeyHome)
	if s.Offset.Y != 0 {
		t.Error("Home does not scroll to the top")
	}
	// Tab to the last control scrolls it into view.
	var last fyne.Focusable
	walk(s.Content, func(o fyne.CanvasObject) {
		if fo, ok := o.(fyne.Focusable); ok {
			last = fo
		}
	})
	f.win.Canvas().Focus(last)
	if s.Offset.Y == 0 {
		t.Error("focusing the last control does not scroll it into view")
	}
}

func TestOverdoseCardIsOneStepAway(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	test.Tap(f.button("What to do in an overdose"))
	s := f.sh.scroller()
	if !f.sh.InHelp() || s == nil || s.Offset.Y <= 0 {
		t.Fatal("Home's overdose button does not open Get help now at the card")
	}
	f.sh.ShowHelp()
	s = f.sh.scroller()
	test.Tap(f.button("Overdose: what to do"))
	if s.Offset.Y <= 0 {
		t.Error("the jump at the top of Get help now does not scroll to the card")
	}
}

// BenchmarkCreate builds the whole window on the test driver: the work
// start-up does before the first frame, without the GL painting.
func BenchmarkCreate(b *testing.B) {
	a := test.NewTempApp(b)
	s, err := store.Open(context.Background(), filepath.Join(b.TempDir(), store.FileName))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	deps := Deps{Prefs: s, Bundle: newTestBundle(b), Help: loadHelp(b), DataDir: b.TempDir()}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := a.NewWindow("x")
		Create(a, w, deps)
		w.Close()
	}
}

var _ = container.NewStack
