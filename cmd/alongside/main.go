// Command alongside is Alongside's composition root: it reads the command
// line, then either runs a verb (without starting Fyne's driver) or opens
// the data folder and the window.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

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
	bundle, err := translations.NewBundle(content.AddMessages)
	if err != nil {
		fmt.Fprintln(os.Stderr, "alongside: translations:", err)
		os.Exit(cli.ExitFailed)
	}
	env := cli.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		T: translations.NewLocalizer(bundle, translations.Resolve(translations.System)),
	}
	inv, err := cli.Parse(os.Args[1:])
	if err != nil {
		os.Exit(cli.ReportUsage(err, env))
	}
	if !inv.Window() {
		os.Exit(cli.Run(context.Background(), inv, env))
	}
	os.Exit(runWindow(inv.DataDir, bundle, env))
}

// runWindow opens the data folder and shows the window until it closes.
func runWindow(dir string, bundle *i18n.Bundle, env cli.Env) int {
	help, err := content.LoadHelp()
	if err != nil {
		log.Printf("help content: %v", err)
		return cli.ExitFailed
	}
	app.SetMetadata(ui.Metadata())
	a := app.NewWithID(datadir.AppID)
	a.SetIcon(assets.Icon)
	data, err := datadir.Open(context.Background(), dir)
	if err != nil {
		cli.Explain(env, err)
		ui.ShowStartupError(a, bundle, err).ShowAndRun()
		return cli.ExitFailed
	}
	defer data.Close()
	w := a.NewWindow("Alongside")
	ui.Create(a, w, ui.Deps{Store: data.Store, Bundle: bundle, Help: help, DataDir: data.Dir})
	w.SetMaster()
	w.ShowAndRun()
	return cli.ExitOK
}
