package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"

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
		{args: []string{"--version"}, want: Invocation{Verb: "version"}},
		{args: []string{"-v"}, want: Invocation{Verb: "version"}},
		{args: []string{"version", "--help"}, want: Invocation{Verb: "help", Args: []string{"version"}}},
		{args: []string{"--help", "version"}, want: Invocation{Verb: "help", Args: []string{"version"}}},
		{args: []string{"help", "version"}, want: Invocation{Verb: "help", Args: []string{"version"}}},
		{args: []string{"-v", "-h"}, want: Invocation{Verb: "help", Args: []string{"version"}}},
		{args: []string{"check", "--data-dir", "/d", "-h"}, want: Invocation{DataDir: "/d", Verb: "help", Args: []string{"check"}}},
		{args: []string{"help", "--help"}, want: Invocation{Verb: "help", Args: []string{"help"}}},
		{args: []string{"--help", "--data-dir", "/d"}, want: Invocation{DataDir: "/d", Verb: "help"}},
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
	return runIn(t, "", lang, args...)
}

// bundle is every language's messages, read once per test binary: reading
// them for each command line run took most of this package's test time.
var bundle = sync.OnceValues(func() (*i18n.Bundle, error) { return translations.NewBundle() })

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := run(t, "en", "--help")
	if code != ExitOK || !strings.Contains(out, "check") || !strings.Contains(out, "--data-dir") {
		t.Errorf("help: %d %q", code, out)
	}
	code, out, _ = run(t, "es", "help")
	if code != ExitOK || !strings.Contains(out, "Comandos") {
		t.Errorf("Spanish help: %d %q", code, out)
	}
	for _, args := range [][]string{{"version"}, {"--version"}, {"-v"}} {
		code, out, _ = run(t, "en", args...)
		if code != ExitOK || !strings.HasPrefix(out, "Alongside ") {
			t.Errorf("%q: %d %q", args, code, out)
		}
	}
}

// TestVerbHelpAgrees: "VERB --help", "--help VERB" and "help VERB" all
// show that verb's own help, for every verb.
func TestVerbHelpAgrees(t *testing.T) {
	_, general, _ := run(t, "en", "--help")
	for name := range verbs {
		var first string
		for i, args := range [][]string{{name, "--help"}, {"--help", name}, {"help", name}, {"-h", name}} {
			code, out, errOut := run(t, "en", args...)
			if code != ExitOK || errOut != "" || !strings.Contains(out, "alongside") {
				t.Errorf("%q: exit %d, %q %q", args, code, out, errOut)
			}
			if out == general {
				t.Errorf("%q shows the general help, want the help of %s", args, name)
			}
			if i == 0 {
				first = out
			} else if out != first {
				t.Errorf("%q and %q show different help:\n%s\n%s", args, []string{name, "--help"}, out, first)
			}
		}
	}
}

func TestEveryVerbHasHelp(t *testing.T) {
	for name := range verbs {
		if verbHelp[name] == nil {
			t.Errorf("verb %s has no help", name)
		}
	}
	for name := range verbHelp {
		if _, ok := verbs[name]; !ok {
			t.Errorf("help for %s, which is no verb", name)
		}
	}
}

func TestBadUsageExitsTwo(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"}, {"--nope"}, {"version", "x"}, {"check", "--data-dir"},
		{"help", "frobnicate"}, {"help", "check", "version"}, {"frobnicate", "--help"},
	} {
		code, _, errOut := run(t, "en", args...)
		if code != ExitUsage || errOut == "" {
			t.Errorf("%q: exit %d, stderr %q; want 2 and an explanation", args, code, errOut)
		}
	}
}

// TestCheckChangesNothing runs check on each kind of folder it can meet
// and proves that it created, changed or chmodded no file (the lock file,
// which taking the folder's lock may create, aside) and never created a
// missing folder.
func TestCheckChangesNothing(t *testing.T) {
	current, future := store.SchemaVersion(), store.SchemaVersion()+1
	cases := []struct {
		name string
		make func(t *testing.T, path string) // nil: no folder at all
		code int
		want []string
	}{
		{"missing folder", nil, ExitFailed, []string{"does not exist", "nothing was created"}},
		{"no database", func(t *testing.T, path string) {}, ExitFailed, []string{"no Alongside data file"}},
		{"zero-byte database", func(t *testing.T, path string) {
			must(t, os.WriteFile(path, nil, 0o644))
		}, ExitFailed, []string{"damaged"}},
		{"damaged", func(t *testing.T, path string) {
			must(t, storetest.Damaged(path))
		}, ExitFailed, []string{"damaged"}},
		{"sound", openClose, ExitOK, []string{"Integrity: ok", fmt.Sprintf("Schema version: %d", current)}},
		{"older", func(t *testing.T, path string) {
			must(t, storetest.Older(path))
		}, ExitOK, []string{"Schema version: 0", "older version", "will update it", "Integrity: ok"}},
		{"newer", func(t *testing.T, path string) {
			openClose(t, path)
			must(t, storetest.SetVersion(path, future))
		}, ExitFailed, []string{fmt.Sprintf("Schema version: %d", future), "newer version"}},
		{"newer, only in the -wal", func(t *testing.T, path string) {
			openClose(t, path)
			must(t, storetest.Unfinished(path, fmt.Sprintf("PRAGMA user_version = %d", future)))
		}, ExitFailed, []string{fmt.Sprintf("Schema version: %d", future), "newer version"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "data")
			var before map[string]string
			if c.make != nil {
				must(t, os.Mkdir(dir, 0o755))
				c.make(t, filepath.Join(dir, store.FileName))
				before = snapshot(t, dir)
			}
			code, out, errOut := run(t, "en", "check", "--data-dir", dir)
			if code != c.code {
				t.Errorf("exit %d, want %d\n%s%s", code, c.code, out, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(out+errOut, w) {
					t.Errorf("output lacks %q:\n%s%s", w, out, errOut)
				}
			}
			if c.make == nil {
				if !storetest.Missing(dir) {
					t.Error("check created the missing folder")
				}
				return
			}
			if after := snapshot(t, dir); !reflect.DeepEqual(before, after) {
				t.Errorf("check changed files:\nbefore %v\nafter  %v", before, after)
			}
			if info, err := os.Stat(dir); err != nil || runtime.GOOS != "windows" && info.Mode().Perm() != 0o755 {
				t.Errorf("folder: %v, %v; want its mode left at 755", info.Mode().Perm(), err)
			}
		})
	}
}

func TestCheckSpeaksSpanish(t *testing.T) {
	code, _, errOut := run(t, "es", "check", "--data-dir", filepath.Join(t.TempDir(), "missing"))
	if code != ExitFailed || !strings.Contains(errOut, "no existe") {
		t.Errorf("exit %d, stderr %q; want 1 and the Spanish missing-folder message", code, errOut)
	}
}

// snapshot describes the folder's files, leaving out the lock file.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	snap, err := storetest.Snapshot(dir, "alongside.lock")
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func openClose(t *testing.T, path string) {
	t.Helper()
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.Close())
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
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
