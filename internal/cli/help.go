package cli

import (
	"context"
	"fmt"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

var msgHelp = &i18n.Message{
	ID:          "CLI.Help",
	Description: "Text of 'alongside --help'; keep command and option names (alongside, version, check, help, --data-dir, -h, --help, -v, --version, DIR, COMMAND) as they are",
	Other: `Alongside: a private companion for family and friends of someone who drinks or uses drugs.

Usage:
  alongside [--data-dir DIR]           open the window
  alongside [--data-dir DIR] COMMAND   run a command and print the result

Commands:
  version   show the version of Alongside
  check     check, without changing anything, that the data file is sound and show its schema version
  help      show this help, or what one command does: alongside help COMMAND

Options:
  --data-dir DIR   keep the data in folder DIR instead of the usual one
  -h, --help       show this help; after a command, what that command does
  -v, --version    show the version of Alongside

Exit codes: 0 done, 1 failed, 2 the command line was not understood.`,
}

// verbHelp says what each verb does, for "alongside help VERB" and
// "alongside VERB --help". Every verb has an entry; a test holds that.
var verbHelp = map[string]*i18n.Message{
	"version": {
		ID:          "CLI.Help.Version",
		Description: "Text of 'alongside help version'; keep command and option names as they are",
		Other: `Usage: alongside version

Shows the version of Alongside. "alongside --version" and "alongside -v" do the same.`,
	},
	"check": {
		ID:          "CLI.Help.Check",
		Description: "Text of 'alongside help check'; keep command and option names (alongside, check, --data-dir, DIR) as they are",
		Other: `Usage: alongside [--data-dir DIR] check

Checks the data file without changing anything: whether it is sound, and its schema version. It does not create a missing folder or file, and it does not update a file from an older version of Alongside (opening Alongside does that).

Exit codes: 0 the file is sound, 1 a problem was found or the file could not be checked, 2 the command line was not understood.`,
	},
	"help": {
		ID:          "CLI.Help.Help",
		Description: "Text of 'alongside help help'; keep command and option names (alongside, help, --help, COMMAND) as they are",
		Other: `Usage: alongside help [COMMAND]

Shows the commands and options, or what COMMAND does. "alongside COMMAND --help" does the same.`,
	},
}

var msgHelpTooMany = &i18n.Message{
	ID:          "CLI.Help.TooMany",
	Description: "'alongside help' was given more than one command name",
	Other:       "\"alongside help\" takes one command at most, for example: alongside help check",
}

// runHelp shows the general help, or the help of the verb in inv.Args.
func runHelp(_ context.Context, inv Invocation, env Env) int {
	switch len(inv.Args) {
	case 0:
		fmt.Fprintln(env.Stdout, env.T.T(msgHelp))
		return ExitOK
	case 1:
		m, ok := verbHelp[inv.Args[0]]
		if !ok {
			fmt.Fprintln(env.Stderr, env.T.T(msgUnknownVerb, map[string]any{"Verb": inv.Args[0]}))
			return ExitUsage
		}
		fmt.Fprintln(env.Stdout, env.T.T(m))
		return ExitOK
	default:
		fmt.Fprintln(env.Stderr, env.T.T(msgHelpTooMany))
		return ExitUsage
	}
}
