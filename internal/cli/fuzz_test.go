package cli

import (
	"slices"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary command lines (NUL-separated) to Parse: it
// must never panic, whatever it accepts must name a data folder only when
// one was given, and -h or --help anywhere (but as --data-dir's folder)
// must ask for help.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{"", "check", "--data-dir\x00/d\x00check", "--data-dir=", "-h", "--x", "a\x00b\x00c",
		"version\x00--help", "--help\x00version", "-v", "--data-dir\x00--help"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var args []string
		if line != "" {
			args = strings.Split(line, "\x00")
		}
		inv, err := Parse(args)
		if err != nil {
			return
		}
		if inv.DataDir != "" && !strings.Contains(line, "data-dir") {
			t.Errorf("Parse(%q) found a data folder %q that was not given", args, inv.DataDir)
		}
		if inv.Verb == "" && len(inv.Args) > 0 {
			t.Errorf("Parse(%q) has arguments without a command", args)
		}
		if askedForHelp(args) && inv.Verb != "help" {
			t.Errorf("Parse(%q) = %+v, want the help verb", args, inv)
		}
	})
}

// askedForHelp reports whether -h or --help stands in args other than as
// the folder after --data-dir.
func askedForHelp(args []string) bool {
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "--data-dir", "-data-dir":
			i++
		case "-h", "--help":
			return true
		}
	}
	return false
}

// FuzzParseOptions feeds arbitrary arguments (NUL-separated) to a verb's
// option parser: it must never panic, and what it accepts must keep to
// the spec: known names only, flags without values, once-only options
// once, and no option-looking positional argument before "--".
func FuzzParseOptions(f *testing.F) {
	spec := map[string]optionKind{"--json": flagOption, "--out": valueOption, "--tag": repeatOption}
	for _, seed := range []string{"", "--json", "--out\x00f", "--out=f", "--tag\x00a\x00--tag=b", "--out", "--json=1",
		"x\x00--\x00--json", "-", "--out\x00--json", "--tag="} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var args []string
		if line != "" {
			args = strings.Split(line, "\x00")
		}
		opts, rest, err := parseOptions(args, spec)
		if err != nil {
			return
		}
		for name, vals := range opts {
			kind, ok := spec[name]
			switch {
			case !ok:
				t.Fatalf("%q: unknown option %q accepted", args, name)
			case kind == flagOption && (len(vals) != 1 || vals[0] != ""):
				t.Fatalf("%q: flag %s got values %q", args, name, vals)
			case kind == valueOption && len(vals) != 1:
				t.Fatalf("%q: %s given %d times", args, name, len(vals))
			}
		}
		dash := slices.Index(args, "--")
		for _, a := range rest {
			if strings.HasPrefix(a, "-") && a != "-" && (dash < 0 || !slices.Contains(args[dash+1:], a)) {
				t.Fatalf("%q: option-like %q left as an argument", args, a)
			}
		}
	})
}
