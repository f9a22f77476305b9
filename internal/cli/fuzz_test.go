package cli

import (
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary command lines (NUL-separated) to Parse: it
// must never panic, and whatever it accepts must name a data folder only
// when one was given.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{"", "check", "--data-dir\x00/d\x00check", "--data-dir=", "-h", "--x", "a\x00b\x00c"} {
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
	})
}
