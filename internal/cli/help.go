package cli

import (
	"context"
	"fmt"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

var msgHelp = &i18n.Message{
	ID:          "CLI.Help",
	Description: "Text of 'alongside --help'; keep command and option names (alongside, version, check, help, --data-dir, -h) as they are",
	Other: `Alongside: a private companion for family and friends of someone who drinks or uses drugs.

Usage:
  alongside [--data-dir DIR]           open the window
  alongside [--data-dir DIR] COMMAND   run a command and print the result

Commands:
  version   show the version of Alongside
  check     check that the data file is sound and show its schema version
  help      show this help

Options:
  --data-dir DIR   keep the data in folder DIR instead of the usual one
  -h, --help       show this help

Exit codes: 0 done, 1 failed, 2 the command line was not understood.`,
}

func runHelp(_ context.Context, _ Invocation, env Env) int {
	fmt.Fprintln(env.Stdout, env.T.T(msgHelp))
	return ExitOK
}
