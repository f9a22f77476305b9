package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/widgets"
)

// fixture is a window built as main.go builds it, on a fresh database.
type fixture struct {
	t     *testing.T
	app   fyne.App
	win   fyne.Window
	store *store.Store
	sh    *Shell
	deps  Deps
}

// newFixture opens a real database; settings are stored before the window
// is built, as if the person had chosen them earlier.
func newFixture(t *testing.T, settingsIn map[store.Setting]string) *fixture {
	settings := settingsIn
	t.Helper()
	a := test.NewTempApp(t)
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, ok := settings[store.SettingLanguage]; !ok {
		// Tests read English words unless they choose otherwise, whatever
		// the language of the machine running them.
		settings = map[store.Setting]string{store.SettingLanguage: translations.English}
		for k, v := range settingsIn {
			settings[k] = v
		}
	}
	for k, v := range settings {
		if err := s.Set(context.Background(), k, v); err != nil {
			t.Fatal(err)
		}
	}
	b, err := translations.NewBundle(content.AddMessages)
	if err != nil {
		t.Fatal(err)
	}
	help, err := content.LoadHelp()
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, app: a, store: s}
	f.deps = Deps{Store: s, Bundle: b, Help: help, DataDir: t.TempDir()}
	f.win = test.NewTempWindow(t, nil)
	f.sh = Create(a, f.win, f.deps)
	f.win.Resize(startWindowSize)
	return f
}

// unwrap gives the Fyne widget inside one of ours.
func unwrap(o fyne.CanvasObject) fyne.CanvasObject {
	switch w := o.(type) {
	case *widgets.Button:
		return &w.Button
	case *widgets.Select:
		return &w.Select
	case *widgets.Hyperlink:
		return &w.Hyperlink
	}
	return o
}

// texts is every piece of text on screen now.
func (f *fixture) texts() string {
	var b strings.Builder
	for _, o := range test.LaidOutObjects(f.win.Content()) {
		switch w := unwrap(o).(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.Button:
			b.WriteString(w.Text + "\n")
		case *widget.Hyperlink:
			b.WriteString(w.Text + "\n")
		case *widget.Card:
			b.WriteString(w.Title + "\n")
		case *widget.RadioGroup:
			b.WriteString(strings.Join(w.Options, "\n") + "\n")
		case *widget.Select:
			b.WriteString(w.Selected + "\n")
		}
	}
	return b.String()
}

func (f *fixture) button(text string) *widget.Button {
	f.t.Helper()
	for _, o := range test.LaidOutObjects(f.win.Content()) {
		if b, ok := unwrap(o).(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	f.t.Fatalf("no button %q on screen; texts:\n%s", text, f.texts())
	return nil
}

// focusable finds our button with this text, as the canvas focuses it.
func (f *fixture) focusable(text string) *widgets.Button {
	f.t.Helper()
	for _, o := range test.LaidOutObjects(f.win.Content()) {
		if b, ok := o.(*widgets.Button); ok && b.Text == text {
			return b
		}
	}
	f.t.Fatalf("no button %q", text)
	return nil
}

func (f *fixture) radio(option string) *widget.RadioGroup {
	f.t.Helper()
	for _, o := range test.LaidOutObjects(f.win.Content()) {
		if r, ok := o.(*widget.RadioGroup); ok {
			for _, opt := range r.Options {
				if opt == option {
					return r
				}
			}
		}
	}
	f.t.Fatalf("no choice %q on screen", option)
	return nil
}

func (f *fixture) shortcut(key fyne.KeyName, mod fyne.KeyModifier) {
	f.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod})
}

func (f *fixture) key(name fyne.KeyName) {
	f.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: name})
}

func TestVisitEverySection(t *testing.T) {
	f := newFixture(t, nil)
	if f.win.Title() != "Alongside" {
		t.Errorf("title %q", f.win.Title())
	}
	for id := sectionID(0); id < sectionCount; id++ {
		f.sh.nav.Select(widget.ListItemID(id)) // as a click on the list does
		want := f.sh.l.T(sections[id].title)
		if f.sh.heading.Text != want || f.sh.current != id {
			t.Errorf("section %d: heading %q, want %q", id, f.sh.heading.Text, want)
		}
		if s := sections[id]; s.emptyBody != nil && !strings.Contains(f.texts(), f.sh.l.T(s.emptyBody)) {
			t.Errorf("section %q does not show its empty state", want)
		}
	}
}

func TestKeyboardJumpsToSections(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.nav.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	f.sh.nav.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if f.sh.current != sectionLearn {
		t.Errorf("Down then Space in the list shows %d, want Learn", f.sh.current)
	}
	f.shortcut(fyne.Key3, fyne.KeyModifierShortcutDefault)
	if f.sh.current != sectionJournal {
		t.Errorf("Ctrl+3 shows section %d, want Journal", f.sh.current)
	}
}

func TestSwitchToSpanishAtOnceAndRemembered(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingLanguage: translations.English})
	f.sh.show(sectionSettings)
	f.radio("Español").SetSelected("Español")
	if f.sh.heading.Text != "Ajustes" {
		t.Errorf("heading after switching = %q, want Ajustes", f.sh.heading.Text)
	}
	for _, want := range []string{"Inicio", "Diario", "Pedir ayuda ahora", "Ocultar"} {
		if !strings.Contains(f.texts(), want) {
			t.Errorf("Spanish screen lacks %q", want)
		}
	}
	if got, _ := f.store.Get(context.Background(), store.SettingLanguage); got != translations.Spanish {
		t.Errorf("stored language %q", got)
	}
	again := Create(f.app, test.NewTempWindow(t, nil), f.deps)
	if again.l.Lang() != translations.Spanish {
		t.Error("a new window does not remember Spanish")
	}
	f.radio("English").SetSelected("English")
	if f.sh.heading.Text != "Settings" {
		t.Errorf("back to English: heading %q", f.sh.heading.Text)
	}
}

func TestGetHelpNowFromAnyScreen(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.sh.show(sectionMeetings)
	test.Tap(f.button("Get help now"))
	if !f.sh.inHelp || f.sh.heading.Text != "Get help now" {
		t.Fatalf("help not shown: heading %q", f.sh.heading.Text)
	}
	screen := f.texts()
	for _, want := range []string{"911", "988", "1-800-662-4357", "If someone may have overdosed", "Checked November 26, 2026"} {
		if !strings.Contains(screen, want) {
			t.Errorf("help screen lacks %q", want)
		}
	}
	f.sh.show(sectionJournal)
	f.key(fyne.KeyF1)
	if !f.sh.inHelp {
		t.Error("F1 does not open Get help now")
	}
	f.sh.show(sectionHome)
	f.shortcut(fyne.KeyG, fyne.KeyModifierShortcutDefault)
	if !f.sh.inHelp {
		t.Error("Ctrl+G does not open Get help now")
	}
}

func TestCopyEmergencyNumber(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "GB"})
	var pending []func()
	f.sh.later = func(_ time.Duration, fn func()) { pending = append(pending, fn) }
	f.sh.showHelp()
	test.Tap(f.button("Copy number")) // the first is the emergency number
	if got := f.app.Clipboard().Content(); got != "999" {
		t.Errorf("clipboard = %q, want 999", got)
	}
	if !strings.Contains(f.texts(), "Copied") || len(pending) != 1 {
		t.Fatal("no confirmation after copying")
	}
	pending[0]()
	if strings.Contains(f.texts(), "Copied") {
		t.Error("the confirmation does not go away")
	}
}

func TestChangingCountryInHelpIsSaved(t *testing.T) {
	f := newFixture(t, map[store.Setting]string{store.SettingCountry: "US"})
	f.sh.showHelp()
	var sel *widget.Select
	for _, o := range test.LaidOutObjects(f.win.Content()) {
		if s, ok := unwrap(o).(*widget.Select); ok {
			sel = s
		}
	}
	sel.SetSelected("Mexico")
	if got, _ := f.store.Get(context.Background(), store.SettingCountry); got != "MX" {
		t.Fatalf("stored country %q", got)
	}
	if !strings.Contains(f.texts(), "800 911 2000") {
		t.Error("Mexico's Línea de la Vida not shown after choosing Mexico")
	}
}

func TestHideAndComeBack(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.show(sectionJournal)
	for i := 0; i < 3; i++ {
		f.key(fyne.KeyEscape)
	}
	if !f.sh.Hidden() {
		t.Fatal("Escape three times did not hide the window")
	}
	screen := f.texts()
	for _, secret := range []string{"Alongside", "Journal", "Get help now", "Hide"} {
		if strings.Contains(screen, secret) || strings.Contains(f.win.Title(), secret) {
			t.Errorf("hidden screen still shows %q", secret)
		}
	}
	f.key(fyne.KeyEscape)
	f.shortcut(fyne.Key1, fyne.KeyModifierShortcutDefault)
	f.key(fyne.KeyF1)
	if !f.sh.Hidden() {
		t.Fatal("a key press brought the app back; only a deliberate click should")
	}
	test.Tap(f.button("Continue"))
	if f.sh.Hidden() || f.win.Title() != "Alongside" || f.sh.current != sectionJournal {
		t.Errorf("after Continue: hidden=%v title=%q section=%d", f.sh.Hidden(), f.win.Title(), f.sh.current)
	}
	test.Tap(f.button("Hide"))
	if !f.sh.Hidden() {
		t.Error("the Hide button does not hide")
	}
	test.Tap(f.button("Continue"))
	// Escape three times still hides while a button has keyboard focus.
	help := f.focusable("Get help now")
	f.win.Canvas().Focus(help)
	for i := 0; i < 3; i++ {
		help.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
	if !f.sh.Hidden() {
		t.Error("Escape three times on a focused button did not hide")
	}
}

func TestEscapesSpreadOutDoNotHide(t *testing.T) {
	f := newFixture(t, nil)
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f.sh.keys.now = func() time.Time { return clock }
	for i := 0; i < 3; i++ {
		f.key(fyne.KeyEscape)
		clock = clock.Add(panicWindow)
	}
	if f.sh.Hidden() {
		t.Error("three slow Escapes hid the window")
	}
	f.sh.nav.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	f.sh.nav.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	f.sh.nav.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !f.sh.Hidden() {
		t.Error("Escape three times while the list has focus did not hide")
	}
}

func TestThemeChoiceIsSaved(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.show(sectionSettings)
	f.radio("Dark").SetSelected("Dark")
	if got, _ := f.store.Get(context.Background(), store.SettingTheme); got != "dark" {
		t.Errorf("stored theme %q", got)
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
	bundle, _ := translations.NewBundle(content.AddMessages)
	help, _ := content.LoadHelp()
	deps := Deps{Store: s, Bundle: bundle, Help: help, DataDir: b.TempDir()}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := a.NewWindow("x")
		Create(a, w, deps)
		w.Close()
	}
}

func TestStartupErrorExplainsInTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	b, err := translations.NewBundle(content.AddMessages)
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	ShowStartupError(a, w, b, fmt.Errorf("open: %w", datadir.ErrInUse))
	var text string
	for _, o := range test.LaidOutObjects(w.Content()) {
		if l, ok := o.(*widget.Label); ok {
			text += l.Text
		}
	}
	m, _ := explain.Error(datadir.ErrInUse)
	want := translations.NewLocalizer(b, translations.Resolve(translations.System)).T(m)
	if !strings.Contains(text, want) || want == "" {
		t.Errorf("window says %q, want %q", text, want)
	}
}

func TestEveryVerifiedLevelHasItsOwnWords(t *testing.T) {
	seen := map[string]bool{}
	for _, level := range []content.Verified{content.VerifiedYes, content.VerifiedLikely, content.VerifiedUnverified} {
		m := verifiedText[level]
		if m == nil || seen[m.ID] {
			t.Errorf("level %q: message %v missing or shared", level, m)
			continue
		}
		seen[m.ID] = true
	}
}

func TestHideCoversDialogsToo(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.showError("Something private-looking")
	overlays := f.win.Canvas().Overlays()
	if overlays.Top() == nil || !overlays.Top().Visible() {
		t.Fatal("the dialog did not open")
	}
	f.sh.Hide()
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
