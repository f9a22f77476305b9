package cli

import (
	"context"
	"fmt"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

var msgHelp = &i18n.Message{
	ID:          "CLI.Help",
	Description: "Text of 'alongside --help'; keep command and option names (alongside, version, check, journal, add, list, export, lock, set, change, remove, meetings, import, search, export-ics, backup, restore, help, --program, --day, --from, --online, --in-person, --type, --text, --near, --within, aa, al-anon, CODE, PLACE, KM, SLUG, HH:MM, D, --data-dir, --text-file, --mood, --tag, --json, --out, -h, --help, -v, --version, DIR, FILE, N, T, COMMAND) as they are",
	Other: `Alongside: a private companion for family and friends of someone who drinks or uses drugs.

Usage:
  alongside [--data-dir DIR]           open the window
  alongside [--data-dir DIR] COMMAND   run a command and print the result

Commands:
  version        show the version of Alongside
  check          check, without changing anything, that the data file is sound and show its schema version
  journal add    add a journal entry: its text on standard input, or --text-file FILE; --mood N (1 to 5), --tag T
  journal list   show the journal, newest first; --json for other programs
  export         write all your private records to a Markdown file: --out FILE
  lock set       protect your private records with a passphrase
  lock change    change the passphrase (you get a new recovery code)
  lock remove    take the passphrase off
  meetings import      import a meeting list from a file or an https address; --program aa or al-anon
  meetings search      find meetings: --day D, --from HH:MM, --online, --in-person, --type CODE, --text T, --near PLACE --within KM, --json
  meetings export-ics  write one meeting as a calendar event (.ics) to standard output: meetings export-ics SLUG
  backup FILE    write a copy of all your data to FILE
  restore FILE   replace your data with the backup in FILE (your current data is kept as a backup first)
  help           show this help, or what one command does: alongside help COMMAND

Options:
  --data-dir DIR   keep the data in folder DIR instead of the usual one
  -h, --help       show this help; after a command, what that command does
  -v, --version    show the version of Alongside

When your private records have a passphrase, these commands read it (or your recovery code) from the first line of standard input, never from an option.

Exit codes: 0 done, 1 failed, 2 the command line was not understood.`,
}

// verbHelp says what each verb does, for "alongside help VERB" and
// "alongside VERB --help". Every verb has an entry; a test holds that.
var verbHelp = map[string]*i18n.Message{
	"meetings": helpMeetings,
	"backup":   helpBackup,
	"restore":  helpRestore,
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
	"journal": {
		ID:          "CLI.Help.Journal",
		Description: "Text of 'alongside help journal'; keep command and option names (alongside, journal, add, list, --data-dir, --text-file, --mood, --tag, --json, DIR, FILE, N, T) and the JSON field names as they are",
		Other: `Usage:
  alongside [--data-dir DIR] journal add [--text-file FILE] [--mood N] [--tag T]...
  alongside [--data-dir DIR] journal list [--json]

journal add saves a journal entry. Its text is standard input (everything after the passphrase's line, when your records have one), or the file FILE. --mood N gives how you felt, from 1 to 5: 1 very low, 2 low, 3 okay, 4 good, 5 very good; --tag T adds a tag, and can be given more than once. When it says the entry is saved, it is on disk.

journal list shows every entry, newest first. With --json it writes a JSON array instead, one object per entry: id, time (RFC 3339), mood (0 when not given), tags and text.

When your private records have a passphrase, give it (or your recovery code) on the first line of standard input.

Exit codes: 0 done, 1 failed (for example, a wrong passphrase: then nothing is changed), 2 the command line was not understood.`,
	},
	"export": {
		ID:          "CLI.Help.Export",
		Description: "Text of 'alongside help export'; keep command and option names (alongside, export, --data-dir, --out, DIR, FILE) as they are",
		Other: `Usage: alongside [--data-dir DIR] export --out FILE

Writes all your private records (journal, boundaries and their tests, conversations, relapse plan) to FILE as Markdown. The file is not protected: anyone who can open it can read it, so keep it safe and delete it when you no longer need it. Only you can read or change it on this computer (its permissions are 600). An existing FILE is replaced.

When your private records have a passphrase, give it (or your recovery code) on the first line of standard input.

Exit codes: 0 done, 1 failed, 2 the command line was not understood.`,
	},
	"lock": {
		ID:          "CLI.Help.Lock",
		Description: "Text of 'alongside help lock'; keep command and option names (alongside, lock, set, change, remove, --data-dir, DIR) as they are",
		Other: `Usage:
  alongside [--data-dir DIR] lock set
  alongside [--data-dir DIR] lock change
  alongside [--data-dir DIR] lock remove

lock set protects your private records with a passphrase. Give the new passphrase twice on standard input, one line each. It prints a recovery code, shown only once: it opens your records if you forget the passphrase.

lock change changes the passphrase. Give the current passphrase (or your recovery code) on the first line, then the new passphrase twice. It prints a new recovery code; the old one stops working.

lock remove takes the passphrase off. Give the current passphrase (or your recovery code) on the first line. Afterwards anyone who can open your data folder can read your private records.

On a terminal, each is asked for and not shown as you type. A new passphrase needs at least 8 characters and must not be easy to guess: a few ordinary words together work well.

Setting or changing the passphrase seals every private record again under a new key, which can take a little while. Then the copies in the backups folder, made without the passphrase or under the old one, are deleted, and one new copy is made. Copies you saved elsewhere yourself are not changed. lock remove rewrites no record.

Exit codes: 0 done, 1 failed (for example, a wrong passphrase, or a new one too easy to guess: then nothing is changed), 2 the command line was not understood.`,
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
	case 1, 2:
		if len(inv.Args) == 2 && !isSub(inv.Args[0], inv.Args[1]) {
			fmt.Fprintln(env.Stderr, env.T.T(msgHelpTooMany))
			return ExitUsage
		}
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

// isSub reports whether sub is one of verb's subcommands, so that
// "help journal add" shows the help of journal.
func isSub(verb, sub string) bool {
	_, ok := verbs[verb].subs[sub]
	return ok
}
