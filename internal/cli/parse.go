// Package cli runs Alongside's command-line verbs. It never imports Fyne,
// so the verbs work without a display.
package cli

import (
	"errors"
	"strings"
)

// Exit codes, as docs/design.md sets them.
const (
	ExitOK     = 0
	ExitFailed = 1
	ExitUsage  = 2
)

// Invocation is a parsed command line.
type Invocation struct {
	DataDir string   // --data-dir, "" for the default folder
	Verb    string   // "" opens the window
	Args    []string // the verb's own arguments
	Options Options  // the verb's own options, filled by Run from Args
}

// Window reports whether the invocation opens the window rather than a verb.
func (inv Invocation) Window() bool { return inv.Verb == "" }

// errUsage marks a command line that cannot be understood.
var errUsage = errors.New("bad usage")

// usageError says what was wrong with the command line.
type usageError struct {
	problem string // what was wrong, e.g. "--data-dir needs a folder"
	arg     string
}

func (e *usageError) Error() string { return e.problem + ": " + e.arg }
func (e *usageError) Unwrap() error { return errUsage }

// Parse reads args (without the program name). --data-dir may stand
// before or after the verb. -v and --version, before any verb, mean the
// version verb. -h and --help anywhere ask for help: about the verb when
// there is one, so "version --help", "--help version" and "help version"
// all mean the help verb with "version" as its argument.
func Parse(args []string) (Invocation, error) {
	var inv Invocation
	help := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--data-dir" || a == "-data-dir":
			if i+1 >= len(args) || args[i+1] == "" {
				return inv, &usageError{problem: "missing-folder", arg: a}
			}
			i++
			inv.DataDir = args[i]
		case strings.HasPrefix(a, "--data-dir="):
			inv.DataDir = strings.TrimPrefix(a, "--data-dir=")
			if inv.DataDir == "" {
				return inv, &usageError{problem: "missing-folder", arg: a}
			}
		case a == "-h" || a == "--help":
			help = true
		case (a == "-v" || a == "--version") && inv.Verb == "":
			inv.Verb = "version"
		case strings.HasPrefix(a, "-") && inv.Verb == "":
			return inv, &usageError{problem: "unknown-option", arg: a}
		case inv.Verb == "":
			inv.Verb = a
		default:
			inv.Args = append(inv.Args, a)
		}
	}
	if help {
		switch {
		case inv.Verb == "": // --help alone: the general help
		case inv.Verb == "help" && len(inv.Args) > 0: // help VERB --help: still VERB's
		default:
			inv.Args = []string{inv.Verb} // the verb's own arguments do not matter here
		}
		inv.Verb = "help"
	}
	return inv, nil
}

// optionKind says whether a verb's option takes a value, and how often.
type optionKind int

const (
	flagOption   optionKind = iota // --json: no value
	valueOption                    // --out FILE: one value, given once
	repeatOption                   // --tag T: one value, given any number of times
)

// Options are a verb's own options once parsed: each name (with its
// dashes) to its values; a flag given has one empty value.
type Options map[string][]string

// Has reports whether the option was given.
func (o Options) Has(name string) bool { return len(o[name]) > 0 }

// Value is the option's value, "" when it was not given.
func (o Options) Value(name string) string {
	if v := o[name]; len(v) > 0 {
		return v[len(v)-1]
	}
	return ""
}

// parseOptions reads a verb's arguments (after Parse) by spec: options as
// "--name value" or "--name=value", anything else positional. "--" ends
// the options. An option not in spec, one with no value, a flag given a
// value, or a once-only option given twice is a usage error.
func parseOptions(args []string, spec map[string]optionKind) (Options, []string, error) {
	opts := Options{}
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return opts, append(rest, args[i+1:]...), nil
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			rest = append(rest, a)
			continue
		}
		name, val, hasVal := strings.Cut(a, "=")
		kind, ok := spec[name]
		switch {
		case !ok || kind == flagOption && hasVal:
			return nil, nil, &usageError{problem: "unknown-option", arg: a}
		case kind == flagOption:
			val = ""
		case !hasVal && i+1 >= len(args):
			return nil, nil, &usageError{problem: "missing-value", arg: name}
		case !hasVal:
			i++
			val = args[i]
		}
		if kind != repeatOption && opts.Has(name) {
			return nil, nil, &usageError{problem: "repeated-option", arg: name}
		}
		opts[name] = append(opts[name], val)
	}
	return opts, rest, nil
}
