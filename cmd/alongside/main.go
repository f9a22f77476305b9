// Command alongside is Alongside's composition root: it reads the command
// line, then either runs a verb (without starting Fyne's driver) or opens
// the data folder and the window.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/desktop"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/buildinfo"
	"github.com/alongside-app/alongside/internal/cli"
	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui"
	"github.com/alongside-app/alongside/ui/assets"
)

func main() {
	inv, parseErr := cli.Parse(os.Args[1:])
	if parseErr == nil && inv.Window() && cli.HasDisplay() {
		os.Exit(runWindow(inv.DataDir))
	}
	bundle, err := newBundle()
	if err != nil {
		fmt.Fprintln(os.Stderr, "alongside: translations:", err)
		os.Exit(cli.ExitFailed)
	}
	env := newEnv(bundle)
	switch {
	case parseErr != nil:
		os.Exit(cli.ReportUsage(parseErr, env))
	case inv.Window():
		os.Exit(cli.ReportNoDisplay(env))
	default:
		os.Exit(cli.Run(context.Background(), inv, env))
	}
}

func newBundle() (*i18n.Bundle, error) { return translations.NewBundle(content.AddMessages) }

// newEnv speaks the computer's language on the standard streams.
func newEnv(bundle *i18n.Bundle) cli.Env {
	return cli.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		T: translations.NewLocalizer(bundle, translations.Resolve(translations.System)),
	}
}

// prepared is what the window needs besides Fyne, made off the main goroutine.
type prepared struct {
	bundle  *i18n.Bundle // in the stored language (the computer's when no data)
	bundles *translations.WindowBundles
	help    *content.Help
	learn   *content.Learn
	data    *datadir.Data
	err     error
}

// prepare loads translations, help and lessons, and opens the data folder,
// side by side: the first frame waits for the slowest. (The directory of
// groups waits until Meetings needs it: see lazyDirectory.)
// The translations and lessons wait for the data folder, which says the
// language; other languages' lessons are read when chosen.
func prepare(dir string) prepared {
	p := prepared{bundles: translations.NewWindowBundles(content.AddMessagesIn)}
	var errs [4]error
	var wg sync.WaitGroup
	opened := make(chan struct{})
	for i, load := range []func() error{
		func() (err error) { <-opened; p.bundle, err = p.bundles.Get(startLanguage(p.data)); return err },
		func() (err error) { p.help, err = content.LoadHelp(); return err },
		func() (err error) { <-opened; p.learn, err = content.LoadLearnFor(startLanguage(p.data)); return err },
		func() (err error) {
			defer close(opened)
			p.data, err = datadir.Open(context.Background(), dir)
			return err
		},
	} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = load()
		}()
	}
	wg.Wait()
	p.err = errors.Join(errs[:]...)
	if p.err != nil && p.data != nil && p.data.Store != nil {
		p.data.Close() // a content error: the window shows it, with no data open
		p.data = &datadir.Data{Dir: p.data.Dir}
	}
	return p
}

// startLanguage is the language the window opens in: the stored choice,
// or the computer's when there is none or the data could not be opened.
func startLanguage(data *datadir.Data) string {
	choice := translations.System
	if data != nil && data.Store != nil {
		choice = data.Store.GetOr(context.Background(), store.SettingLanguage, translations.System)
	}
	return translations.Resolve(choice)
}

// runWindow shows the window until it closes. Fonts load, and the data
// folder opens, while the window system starts; the interface is then
// built while the window is made: the first frame waits for the slowest
// of them rather than for all of them in turn.
func runWindow(dir string) int {
	resume := holdGC()
	desktop.X11Class.Instance, desktop.X11Class.Class = windowClass.instance, windowClass.class
	app.SetMetadata(ui.Metadata())
	a := app.NewWithID(buildinfo.AppID)
	a.SetIcon(assets.Icon)
	fontsReady := ui.WarmUp()
	ready := make(chan prepared, 1)
	go func() { ready <- prepare(dir) }()
	w := a.NewWindow("Alongside")
	p := <-ready
	if p.err != nil {
		fontsReady()
		return showStartupError(a, w, p, resume)
	}
	defer p.data.Close()
	groups := lazyDirectory()
	time.AfterFunc(directoryDelay, func() { groups() }) // ready before most people open Meetings
	sh, shown := ui.Start(a, w, ui.Deps{Prefs: p.data.Store, Records: p.data.Store, Bundle: p.bundle, Bundles: p.bundles.Get, Help: p.help, Learn: p.learn, Directory: groups,
		DataDir: p.data.Dir, Restored: func(s *store.Store) { p.data.Store = s }}, fontsReady)
	w.SetMaster()
	a.Lifecycle().SetOnStarted(resume)
	w.Show() // the window is made while the interface is built (ui.Start)
	shown()
	sh.StartBackups()
	a.Run()
	return cli.ExitOK
}

// windowClass is the window's X11 WM_CLASS, which docks, taskbars and
// Alt+Tab switchers may show and which cannot change once the window is up:
// so it is neutral always, the word of the hidden window's title. (Named
// after the window's first title, it was "Alongside" even while hidden.)
// It must name no installed program either: KDE and GNOME match a class to
// a desktop file by its name, and would then show that program's name and
// icon. Alongside's desktop file has no StartupWMClass, on purpose: docks
// show the window's own title and icon, which Hide changes
// (docs/platforms.md).
var windowClass = struct{ instance, class string }{"untitled", "Untitled"}

// directoryDelay is how long after start the directory of groups loads
// when Meetings has not asked for it sooner.
const directoryDelay = 2 * time.Second

// lazyDirectory loads the family fellowships and official finders once,
// when first asked. A failure (a broken build) is reported on stderr and
// leaves them out: Meetings says so.
func lazyDirectory() func() *content.Directory {
	return sync.OnceValue(func() *content.Directory {
		d, err := content.LoadDirectory()
		if err != nil {
			fmt.Fprintln(os.Stderr, "alongside:", err)
			return nil
		}
		return d
	})
}

// showStartupError explains, on stderr (with the details, once) and in
// the window (calmly, with Get help now and Hide), why the data could not
// be opened: another copy has it, or it is damaged, newer or unwritable.
func showStartupError(a fyne.App, w fyne.Window, p prepared, resume func()) int {
	if p.bundle == nil || p.help == nil {
		fmt.Fprintln(os.Stderr, "alongside:", p.err)
		return cli.ExitFailed
	}
	cli.Explain(newEnv(p.bundle), p.err)
	d := ui.Deps{Bundle: p.bundle, Bundles: p.bundles.Get, Help: p.help, StartErr: p.err}
	if p.data != nil {
		d.DataDir = p.data.Dir // where a good copy may be waiting
	}
	// A damaged file may be mended in the window (a copy put back, or a
	// fresh start): the window then goes on with the data it opened,
	// whose lock it keeps until the process ends.
	var opened *store.Store
	var sh *ui.Shell
	d.Restored = func(s *store.Store) {
		if opened == nil {
			defer sh.StartBackups()
		}
		opened = s
	}
	sh = ui.ShowStartupError(a, w, d)
	w.SetMaster()
	a.Lifecycle().SetOnStarted(resume)
	w.ShowAndRun()
	if opened != nil {
		opened.Close()
		return cli.ExitOK
	}
	return cli.ExitFailed
}

// startHeapLimit caps the heap while collection is held at start-up; the
// window needs about 40 MB.
const startHeapLimit = 256 << 20

// holdGC turns the garbage collector off (below startHeapLimit) while the
// window is made. Start-up allocates some 30 MB, mostly garbage from
// parsing the embedded files; collecting it on the way cost the first frame
// about 15 ms on two cores. The returned function, called once the first
// frame is up, turns collection back on and, a second later, hands the
// start-up garbage back to the system.
func holdGC() (resume func()) {
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(startHeapLimit)
	var once sync.Once
	return func() {
		once.Do(func() {
			debug.SetGCPercent(percent)
			debug.SetMemoryLimit(limit)
			time.AfterFunc(time.Second, debug.FreeOSMemory)
		})
	}
}
