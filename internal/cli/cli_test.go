package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/alongside-app/alongside/internal/datadir"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/store/storetest"
	"github.com/alongside-app/alongside/translations"
)

func TestParse(t *testing.T) {
	cases := []struct {
		args []string
		want Invocation
		bad  bool
	}{
		{args: nil, want: Invocation{}},
		{args: []string{"--data-dir", "/d"}, want: Invocation{DataDir: "/d"}},
		{args: []string{"--data-dir=/d", "check"}, want: Invocation{DataDir: "/d", Verb: "check"}},
		{args: []string{"check", "--data-dir", "/d"}, want: Invocation{DataDir: "/d", Verb: "check"}},
		{args: []string{"--help"}, want: Invocation{Verb: "help"}},
		{args: []string{"-h"}, want: Invocation{Verb: "help"}},
		{args: []string{"version", "extra"}, want: Invocation{Verb: "version", Args: []string{"extra"}}},
		{args: []string{"--data-dir"}, bad: true},
		{args: []string{"--data-dir="}, bad: true},
		{args: []string{"--bogus"}, bad: true},
	}
	for _, c := range cases {
		got, err := Parse(c.args)
		if c.bad != (err != nil) {
			t.Errorf("Parse(%q) error = %v, want bad=%v", c.args, err, c.bad)
			continue
		}
		if !c.bad && !reflect.DeepEqual(got, c.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", c.args, got, c.want)
		}
	}
}

// run runs a command line in-process and returns exit code, stdout, stderr.
func run(t *testing.T, lang string, args ...string) (int, string, string) {
	t.Helper()
	b, err := translations.NewBundle()
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, T: translations.NewLocalizer(b, lang)}
	inv, err := Parse(args)
	if err != nil {
		return ReportUsage(err, env), out.String(), errOut.String()
	}
	return Run(context.Background(), inv, env), out.String(), errOut.String()
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := run(t, "en", "--help")
	if code != ExitOK || !strings.Contains(out, "check") || !strings.Contains(out, "--data-dir") {
		t.Errorf("help: %d %q", code, out)
	}
	code, out, _ = run(t, "es", "help")
	if code != ExitOK || !strings.Contains(out, "Comandos") {
		t.Errorf("Spanish help: %d %q", code, out)
	}
	code, out, _ = run(t, "en", "version")
	if code != ExitOK || !strings.HasPrefix(out, "Alongside ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestBadUsageExitsTwo(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"--nope"}, {"version", "x"}, {"check", "--data-dir"}} {
		code, _, errOut := run(t, "en", args...)
		if code != ExitUsage || errOut == "" {
			t.Errorf("%q: exit %d, stderr %q; want 2 and an explanation", args, code, errOut)
		}
	}
}

func TestCheckNewFolderPasses(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	code, out, errOut := run(t, "en", "--data-dir", dir, "check")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "Integrity: ok") || !strings.Contains(out, dir) {
		t.Errorf("output %q", out)
	}
}

func TestCheckDamagedFails(t *testing.T) {
	dir := t.TempDir()
	if err := storetest.Damaged(filepath.Join(dir, store.FileName)); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "en", "check", "--data-dir", dir)
	if code != ExitFailed {
		t.Fatalf("exit %d, want 1\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out+errOut, "damaged") {
		t.Errorf("no explanation: %q %q", out, errOut)
	}
}

func TestCheckRefusesFolderInUse(t *testing.T) {
	dir := t.TempDir()
	lock, err := datadir.Acquire(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	code, _, errOut := run(t, "es", "check", "--data-dir", dir)
	if code != ExitFailed || !strings.Contains(errOut, "ya está abierto") {
		t.Errorf("exit %d, stderr %q; want 1 and the Spanish in-use message", code, errOut)
	}
}
