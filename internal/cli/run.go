package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/buildinfo"
	_ "github.com/alongside-app/alongside/internal/cli/clocale" // before Fyne reads the locale
	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/translations"
)

// Env is what a verb reads and writes.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	T      *translations.Localizer
}

// verb is one command: what runs it, and how many arguments it takes.
type verb struct {
	run     func(ctx context.Context, inv Invocation, env Env) int
	maxArgs int
}

var verbs = map[string]verb{
	"help":    {runHelp, 1},
	"version": {runVersion, 0},
	"check":   {runCheck, 0},
}

var (
	msgUnknownVerb = &i18n.Message{
		ID:          "CLI.UnknownVerb",
		Description: "A command-line command that does not exist; Verb is what was typed",
		Other:       "There is no command called \"{{.Verb}}\". Run \"alongside help\" to see the commands.",
	}
	msgUnknownOption = &i18n.Message{
		ID:          "CLI.UnknownOption",
		Description: "A command-line option that does not exist; Option is what was typed",
		Other:       "There is no option called \"{{.Option}}\". Run \"alongside help\" to see the options.",
	}
	msgMissingFolder = &i18n.Message{
		ID:          "CLI.MissingFolder",
		Description: "The --data-dir option was given without a folder",
		Other:       "--data-dir needs a folder, for example: alongside --data-dir ~/alongside-data check",
	}
	msgExtraArgs = &i18n.Message{
		ID:          "CLI.ExtraArgs",
		Description: "A command was given arguments it does not take; Verb is the command",
		Other:       "\"alongside {{.Verb}}\" takes no arguments.",
	}
)

// Run runs the invocation's verb and returns the exit code.
func Run(ctx context.Context, inv Invocation, env Env) int {
	v, ok := verbs[inv.Verb]
	if !ok {
		fmt.Fprintln(env.Stderr, env.T.T(msgUnknownVerb, map[string]any{"Verb": inv.Verb}))
		return ExitUsage
	}
	if v.maxArgs == 0 && len(inv.Args) > 0 {
		fmt.Fprintln(env.Stderr, env.T.T(msgExtraArgs, map[string]any{"Verb": inv.Verb}))
		return ExitUsage
	}
	return v.run(ctx, inv, env)
}

// ReportUsage explains a Parse error and returns ExitUsage.
func ReportUsage(err error, env Env) int {
	var ue *usageError
	if errors.As(err, &ue) && ue.problem == "unknown-option" {
		fmt.Fprintln(env.Stderr, env.T.T(msgUnknownOption, map[string]any{"Option": ue.arg}))
	} else {
		fmt.Fprintln(env.Stderr, env.T.T(msgMissingFolder))
	}
	return ExitUsage
}

func runVersion(_ context.Context, _ Invocation, env Env) int {
	fmt.Fprintln(env.Stdout, "Alongside "+buildinfo.Version)
	return ExitOK
}

// Explain writes the translated explanation of err to stderr, then its
// technical detail.
func Explain(env Env, err error) {
	m, data := explain.Error(err)
	fmt.Fprintln(env.Stderr, env.T.T(m, data))
	log.New(env.Stderr, "", 0).Printf("detail: %v", err)
}

// fail explains err and returns ExitFailed.
func fail(env Env, err error) int {
	Explain(env, err)
	return ExitFailed
}
