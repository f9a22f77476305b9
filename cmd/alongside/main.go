// Command alongside is Alongside's composition root: it reads the command
// line, then either runs a verb (without starting Fyne's driver) or opens
// the data folder and the window.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/cli"
	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui"
	"github.com/alongside-app/alongside/ui/assets"
)

func main() {
	inv, parseErr := cli.Parse(os.Args[1:])
	var win *window
	if parseErr == nil && inv.Window() && cli.HasDisplay() {
		win = startApp() // first, so font loading overlaps the rest of start-up
	}
	bundle, err := translations.NewBundle(content.AddMessages)
	if err != nil {
		fmt.Fprintln(os.Stderr, "alongside: translations:", err)
		os.Exit(cli.ExitFailed)
	}
	env := cli.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		T: translations.NewLocalizer(bundle, translations.Resolve(translations.System)),
	}
	if parseErr != nil {
		os.Exit(cli.ReportUsage(parseErr, env))
	}
	if !inv.Window() {
		os.Exit(cli.Run(context.Background(), inv, env))
	}
	if win == nil {
		os.Exit(cli.ReportNoDisplay(env))
	}
	os.Exit(win.run(inv.DataDir, bundle, env))
}

// window is the app on its way to showing its window.
type window struct {
	app        fyne.App
	fontsReady func()
}

// startApp makes the Fyne app (without starting its driver yet) and starts
// loading fonts in the background.
func startApp() *window {
	app.SetMetadata(ui.Metadata())
	a := app.NewWithID(datadir.AppID)
	a.SetIcon(assets.Icon)
	return &window{app: a, fontsReady: ui.WarmUp()}
}

// run opens the data folder and shows the window until it closes.
func (win *window) run(dir string, bundle *i18n.Bundle, env cli.Env) int {
	a := win.app
	help, err := content.LoadHelp()
	if err != nil {
		log.Printf("help content: %v", err)
		return cli.ExitFailed
	}
	data, err := datadir.Open(context.Background(), dir)
	if err != nil {
		cli.Explain(env, err)
		ui.ShowStartupError(a, bundle, err).ShowAndRun()
		return cli.ExitFailed
	}
	defer data.Close()
	w := a.NewWindow("Alongside")
	win.fontsReady()
	ui.Create(a, w, ui.Deps{Store: data.Store, Bundle: bundle, Help: help, DataDir: data.Dir})
	w.SetMaster()
	w.ShowAndRun()
	return cli.ExitOK
}
