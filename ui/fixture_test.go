package ui

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/widgets"
	"github.com/alongside-app/alongside/ui/widgets/widgetstest"
)

func init() { store.UseQuickKeysForTests() }

// fixture is a window built as main.go builds it, on a fresh database.
type fixture struct {
	t     *testing.T
	app   fyne.App
	win   fyne.Window
	store *store.Store
	path  string // the database file
	sh    *Shell
	deps  Deps
	bg    *manualBackground
}

// newFixture opens a real database; settings are stored before the window
// is built, as if the person had chosen them earlier. Tests read English
// unless they choose otherwise, whatever the machine's language.
func newFixture(t *testing.T, settings map[store.Setting]string) *fixture {
	t.Helper()
	f := newUnbuiltFixture(t, settings)
	f.sh = Create(f.app, f.win, f.deps)
	f.useManualBackground()
	f.win.Resize(startWindowSize)
	return f
}

// newUnbuiltFixture is newFixture's app, database, window and Deps, with
// nothing built in the window yet.
func newUnbuiltFixture(t *testing.T, settings map[store.Setting]string) *fixture {
	t.Helper()
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), store.FileName)
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	all := map[store.Setting]string{store.SettingLanguage: translations.English}
	for k, v := range settings {
		all[k] = v
	}
	for k, v := range all {
		if err := s.Set(context.Background(), k, v); err != nil {
			t.Fatal(err)
		}
	}
	f := &fixture{t: t, app: a, store: s, path: path}
	bundles := translations.NewWindowBundles(content.AddMessagesIn) // as the app has them
	start, err := bundles.Get(translations.Resolve(all[store.SettingLanguage]))
	if err != nil {
		t.Fatal(err)
	}
	dir := loadDirectory(t)
	f.deps = Deps{Prefs: s, Records: s, Bundle: start, Bundles: bundles.Get, Help: loadHelp(t), Learn: loadLearn(t), Directory: func() *content.Directory { return dir }, DataDir: t.TempDir()}
	f.win = test.NewTempWindow(t, nil)
	f.bg = &manualBackground{}
	f.deps.Background = f.bg // no timer or goroutine of the window outlives the test
	return f
}

func (f *fixture) useManualBackground() {
	if f.bg == nil {
		f.bg = &manualBackground{}
	}
	f.sh.bg = f.bg
	f.sh.idle.after = func(time.Duration, func()) {} // tests call check themselves
	f.sh.rebuild()                                   // screens take the helper when they are made
}

func newTestBundle(t testing.TB) *i18n.Bundle {
	b, err := translations.NewBundle(content.AddMessages)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The lessons, the directory and the help data are read once per test
// binary (each read parses and checks every file): the window only reads
// them.
var (
	sharedLearn     = sync.OnceValues(content.LoadLearn)
	sharedDirectory = sync.OnceValues(content.LoadDirectory)
	sharedHelp      = sync.OnceValues(content.LoadHelp)
)

func loadLearn(t testing.TB) *content.Learn {
	l, err := sharedLearn()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func loadDirectory(t testing.TB) *content.Directory {
	t.Helper()
	d, err := sharedDirectory()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func loadHelp(t testing.TB) *content.Help {
	h, err := sharedHelp()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// manualBackground runs work and delayed functions only when a test says so.
type manualBackground struct{ pending []func() }

func (m *manualBackground) Do(work, done func()) {
	m.pending = append(m.pending, func() {
		work()
		if done != nil {
			done()
		}
	})
}

func (m *manualBackground) After(_ time.Duration, fn func()) { m.pending = append(m.pending, fn) }

// run runs everything pending, in order.
func (m *manualBackground) run() {
	for len(m.pending) > 0 {
		fn := m.pending[0]
		m.pending = m.pending[1:]
		fn()
	}
}

// objects is every object on screen now, dialogs and pop-ups included,
// as the canvas holds them (hidden ones and their insides left out).
func (f *fixture) objects() []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	collect := func(o fyne.CanvasObject) { objs = append(objs, o) }
	walk(f.win.Content(), collect)
	for _, o := range f.win.Canvas().Overlays().List() {
		walk(o, collect)
	}
	return objs
}

// walk calls fn for o and everything visible inside it.
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch c := o.(type) {
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			walk(child, fn)
		}
	case *fyne.Container:
		for _, child := range c.Objects {
			walk(child, fn)
		}
	}
}

// texts is every piece of text on screen now.
func (f *fixture) texts() string {
	var b strings.Builder
	for _, o := range f.objects() {
		if t := textOf(o); t != "" {
			b.WriteString(t + "\n")
		}
	}
	return b.String()
}

func textOf(o fyne.CanvasObject) string {
	switch w := o.(type) {
	case *widget.Label:
		return w.Text
	case *widgets.Button:
		return w.Text
	case *widget.Button:
		return w.Text
	case *widgets.Hyperlink:
		return w.Text
	case *widget.Card:
		return w.Title
	case *widgets.Select:
		return w.Selected
	case *widgets.Choice:
		var labels []string
		for _, opt := range w.Options() {
			labels = append(labels, opt.Label)
		}
		return strings.Join(labels, "\n")
	}
	return ""
}

// button finds our button with this text on screen.
func (f *fixture) button(text string) *widgets.Button {
	f.t.Helper()
	for _, o := range f.objects() {
		if b, ok := o.(*widgets.Button); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	f.t.Fatalf("no button %q on screen; texts:\n%s", text, f.texts())
	return nil
}

// choiceWith finds the set of choices offering option.
func (f *fixture) choiceWith(option string) (*widgets.Choice, int) {
	f.t.Helper()
	for _, o := range f.objects() {
		if c, ok := o.(*widgets.Choice); ok {
			for i, opt := range c.Options() {
				if opt.Label == option {
					return c, i
				}
			}
		}
	}
	f.t.Fatalf("no choice %q on screen; texts:\n%s", option, f.texts())
	return nil, 0
}

// choose picks an option as a click would.
func (f *fixture) choose(option string) {
	c, i := f.choiceWith(option)
	c.Pick(i)
}

// selectOn finds the drop-down showing or offering option.
func (f *fixture) selectOn(option string) *widgets.Select {
	f.t.Helper()
	for _, o := range f.objects() {
		if s, ok := o.(*widgets.Select); ok && s.Visible() {
			for _, opt := range s.Options {
				if opt == option {
					return s
				}
			}
		}
	}
	f.t.Fatalf("no drop-down offering %q", option)
	return nil
}

// press sends a key as the real driver does: to the focused control, or
// to the window when nothing has focus; with modifiers, as a shortcut.
func (f *fixture) press(name fyne.KeyName, mods ...fyne.KeyModifier) {
	var m fyne.KeyModifier
	for _, x := range mods {
		m |= x
	}
	widgetstest.PressKey(f.win.Canvas(), &fyne.KeyEvent{Name: name}, m)
}

func (f *fixture) escapes(n int) {
	for i := 0; i < n; i++ {
		f.press(fyne.KeyEscape)
	}
}

const ctrl = fyne.KeyModifierShortcutDefault
