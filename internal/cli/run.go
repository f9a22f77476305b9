package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"maps"
	"slices"
	"strings"

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

// verb is one command: what runs it, how many positional arguments and
// which options it takes, or the subcommands it is made of ("lock set").
type verb struct {
	run     func(ctx context.Context, inv Invocation, env Env) int
	maxArgs int                   // -1: the verb checks its arguments itself
	options map[string]optionKind // its options, after its name
	subs    map[string]verb       // when set, the first argument names one
}

// verbs is every command. It is filled in init because help reads it.
var verbs map[string]verb

func init() {
	verbs = map[string]verb{
		"help":    {run: runHelp, maxArgs: -1},
		"version": {run: runVersion},
		"check":   {run: runCheck},
		"lock": {subs: map[string]verb{
			"set":    {run: runLockSet},
			"change": {run: runLockChange},
			"remove": {run: runLockRemove},
		}},
		"journal": {subs: map[string]verb{
			"add":  {run: runJournalAdd, options: map[string]optionKind{"--text-file": valueOption, "--mood": valueOption, "--tag": repeatOption}},
			"list": {run: runJournalList, options: map[string]optionKind{"--json": flagOption}},
		}},
		"export":   {run: runExport, options: map[string]optionKind{"--out": valueOption}},
		"meetings": meetingsVerb,
		"backup":   backupVerb,
		"restore":  restoreVerb,
	}
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
	msgMissingValue = &i18n.Message{
		ID:          "CLI.MissingValue",
		Description: "A command-line option was given without the value it needs; Option is the option, e.g. --mood",
		Other:       "{{.Option}} needs a value after it. Run \"alongside help\" to see the options.",
	}
	msgRepeatedOption = &i18n.Message{
		ID:          "CLI.RepeatedOption",
		Description: "A command-line option that may be given once was given more than once; Option is the option",
		Other:       "{{.Option}} was given more than once; give it once.",
	}
	msgNeedsSubcommand = &i18n.Message{
		ID:          "CLI.NeedsSubcommand",
		Description: "A command needs a second word (e.g. 'lock set'); Verb is the command, Choices the words it takes, separated by commas. Keep the command words as they are",
		Other:       "\"alongside {{.Verb}}\" needs one of these after it: {{.Choices}}. Run \"alongside help {{.Verb}}\" to see what each does.",
	}
)

// Run runs the invocation's verb and returns the exit code.
func Run(ctx context.Context, inv Invocation, env Env) int {
	v, ok := verbs[inv.Verb]
	if !ok {
		fmt.Fprintln(env.Stderr, env.T.T(msgUnknownVerb, map[string]any{"Verb": inv.Verb}))
		return ExitUsage
	}
	name := inv.Verb
	if v.subs != nil {
		sub, ok := verb{}, false
		if len(inv.Args) > 0 {
			sub, ok = v.subs[inv.Args[0]]
		}
		if !ok {
			choices := slices.Sorted(maps.Keys(v.subs))
			fmt.Fprintln(env.Stderr, env.T.T(msgNeedsSubcommand, map[string]any{"Verb": name, "Choices": strings.Join(choices, ", ")}))
			return ExitUsage
		}
		name, v, inv.Args = name+" "+inv.Args[0], sub, inv.Args[1:]
	}
	opts, args, err := parseOptions(inv.Args, v.options)
	if err != nil {
		return ReportUsage(err, env)
	}
	if v.maxArgs >= 0 && len(args) > v.maxArgs {
		fmt.Fprintln(env.Stderr, env.T.T(msgExtraArgs, map[string]any{"Verb": name}))
		return ExitUsage
	}
	inv.Args, inv.Options = args, opts
	return v.run(ctx, inv, env)
}

// ReportUsage explains a usage error (from Parse or from a verb's
// options) and returns ExitUsage.
func ReportUsage(err error, env Env) int {
	var ue *usageError
	if !errors.As(err, &ue) {
		ue = &usageError{}
	}
	switch ue.problem {
	case "unknown-option":
		fmt.Fprintln(env.Stderr, env.T.T(msgUnknownOption, map[string]any{"Option": ue.arg}))
	case "missing-value":
		fmt.Fprintln(env.Stderr, env.T.T(msgMissingValue, map[string]any{"Option": ue.arg}))
	case "repeated-option":
		fmt.Fprintln(env.Stderr, env.T.T(msgRepeatedOption, map[string]any{"Option": ue.arg}))
	default:
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
