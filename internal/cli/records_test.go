package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// Passphrases set here are wrapped cheaply; store's benchmarks measure the real cost.
func init() { store.UseQuickKeysForTests() }

// runIn runs a command line in-process with stdin and returns exit code, stdout, stderr.
func runIn(t *testing.T, stdin, lang string, args ...string) (int, string, string) {
	t.Helper()
	b, err := bundle()
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	env := Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut, T: translations.NewLocalizer(b, lang)}
	inv, err := Parse(args)
	if err != nil {
		return ReportUsage(err, env), out.String(), errOut.String()
	}
	return Run(context.Background(), inv, env), out.String(), errOut.String()
}

// ok runs a command that must succeed and returns its stdout.
func ok(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	code, out, errOut := runIn(t, stdin, "en", args...)
	if code != ExitOK {
		t.Fatalf("%q: exit %d\n%s%s", args, code, out, errOut)
	}
	return out
}

var codeRE = regexp.MustCompile(`(?m)^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$`)

// recoveryCode is the recovery code a lock verb printed.
func recoveryCode(t *testing.T, out string) string {
	t.Helper()
	code := codeRE.FindString(out)
	if code == "" {
		t.Fatalf("no recovery code in %q", out)
	}
	return code
}

// openStore opens the folder's database for a look from the test.
func openStore(t *testing.T, dir string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// locked makes a data folder whose records are locked with passphrase.
func locked(t *testing.T, passphrase string) (dir, code string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "data")
	out := ok(t, passphrase+"\n"+passphrase+"\n", "--data-dir", dir, "lock", "set")
	return dir, recoveryCode(t, out)
}

func hasPassphrase(t *testing.T, dir string) bool {
	t.Helper()
	s := openStore(t, dir)
	defer s.Close()
	has, err := s.HasPassphrase(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return has
}

// unchanged fails unless running args with stdin exits 1, explains
// itself with want, and changes no file in dir.
func unchanged(t *testing.T, dir, stdin, want string, args ...string) {
	t.Helper()
	unchangedIn(t, "en", dir, stdin, want, args...)
}

// unchangedIn is unchanged with the messages in lang.
func unchangedIn(t *testing.T, lang, dir, stdin, want string, args ...string) {
	t.Helper()
	before := snapshot(t, dir)
	code, out, errOut := runIn(t, stdin, lang, append([]string{"--data-dir", dir}, args...)...)
	if code != ExitFailed || !strings.Contains(errOut, want) {
		t.Errorf("%q: exit %d, stderr %q; want 1 and %q\n%s", args, code, errOut, want, out)
	}
	if after := snapshot(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("%q changed files:\nbefore %v\nafter  %v", args, before, after)
	}
}

func TestLockSet(t *testing.T) {
	dir, code := locked(t, "correct horse battery")
	if !hasPassphrase(t, dir) {
		t.Fatal("lock set did not set a passphrase")
	}
	s := openStore(t, dir)
	if err := s.UnlockWithRecovery(context.Background(), code); err != nil {
		t.Fatalf("the printed recovery code does not open the records: %v", err)
	}
	s.Close()
	unchanged(t, dir, "another\nanother\n", "already have a passphrase", "lock", "set")

	fresh := filepath.Join(t.TempDir(), "data")
	ok(t, "", "--data-dir", fresh, "journal", "list") // make the folder
	for stdin, want := range map[string]string{
		"one\ntwo\n": "not the same",
		"only one\n": "twice",
		"":           "twice",
		"  \n  \n":   "empty",
	} {
		unchanged(t, fresh, stdin, want, "lock", "set")
	}
	if hasPassphrase(t, fresh) {
		t.Error("a refused lock set set a passphrase")
	}
}

func TestLockChangeAndRemove(t *testing.T) {
	dir, code1 := locked(t, "first passphrase")
	ok(t, "first passphrase\nkept through every change\n", "--data-dir", dir, "journal", "add")

	unchanged(t, dir, "not it\nsecond passphrase\nsecond passphrase\n", "not right", "lock", "change")
	unchanged(t, dir, "", "first line", "lock", "change")
	unchanged(t, dir, "first passphrase\nsecond\nsecnod\n", "not the same", "lock", "change")

	code2 := recoveryCode(t, ok(t, "first passphrase\nsecond passphrase\nsecond passphrase\n", "--data-dir", dir, "lock", "change"))
	if code2 == code1 {
		t.Fatal("lock change kept the recovery code")
	}
	unchanged(t, dir, "first passphrase\n", "not right", "journal", "list")
	unchanged(t, dir, code1+"\n", "not right", "journal", "list")
	// The recovery code stands in for the passphrase, typed any way.
	lower := strings.ToLower(strings.ReplaceAll(code2, "-", " "))
	code3 := recoveryCode(t, ok(t, lower+"\nthird passphrase\nthird passphrase\n", "--data-dir", dir, "lock", "change"))

	unchanged(t, dir, "second passphrase\n", "not right", "lock", "remove")
	unchanged(t, dir, code2+"\n", "not right", "lock", "remove")
	out := ok(t, code3+"\n", "--data-dir", dir, "lock", "remove")
	if !strings.Contains(out, "lock is off") || hasPassphrase(t, dir) {
		t.Fatalf("lock remove: %q", out)
	}
	if out := ok(t, "", "--data-dir", dir, "journal", "list"); !strings.Contains(out, "kept through every change") {
		t.Errorf("after set, change and remove: %q", out)
	}
	unchanged(t, dir, "anything\n", "no passphrase", "lock", "remove")
	unchanged(t, dir, "anything\nnew\nnew\n", "no passphrase", "lock", "change")
}

// A new passphrase the store's rule refuses is refused before anything is
// done, with the reason in the person's language, by lock set and lock
// change alike.
func TestLockRefusesAWeakPassphraseInSpanish(t *testing.T) {
	b, err := bundle()
	must(t, err)
	es := translations.NewLocalizer(b, "es")
	fresh := filepath.Join(t.TempDir(), "data")
	ok(t, "", "--data-dir", fresh, "journal", "list") // make the folder
	dir, _ := locked(t, "first passphrase")
	for _, pass := range []string{"x", "contraseña", "12345678"} {
		m, data := explain.Error(store.CheckPassphrase(pass))
		want := es.T(m, data)
		if !strings.Contains(want, "contraseña") {
			t.Fatalf("%q: the refusal is not in Spanish: %q", pass, want)
		}
		unchangedIn(t, "es", fresh, pass+"\n"+pass+"\n", want, "lock", "set")
		unchangedIn(t, "es", dir, "first passphrase\n"+pass+"\n"+pass+"\n", want, "lock", "change")
	}
	if hasPassphrase(t, fresh) {
		t.Error("a refused lock set set a passphrase")
	}
	ok(t, "first passphrase\n", "--data-dir", dir, "journal", "list") // still the old passphrase
}

func TestJournalAddAndList(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	out := ok(t, "The meeting helped.\nSlept well.\n", "--data-dir", dir, "journal", "add", "--mood", "4", "--tag", "Al-Anon", "--tag=sleep")
	if !strings.Contains(out, "Saved journal entry 1.") {
		t.Errorf("add: %q", out)
	}
	file := filepath.Join(t.TempDir(), "entry.txt")
	must(t, os.WriteFile(file, []byte("Fuimos al café con mamá\r\n"), 0o600))
	ok(t, "ignored: the file is the text", "--data-dir", dir, "journal", "add", "--text-file", file)

	out = ok(t, "", "--data-dir", dir, "journal", "list")
	first, second := strings.Index(out, "Entry 2"), strings.Index(out, "Entry 1")
	if first < 0 || second < first || !strings.Contains(out, "mood: 4 · Good · tags: Al-Anon, sleep") ||
		!strings.Contains(out, "  The meeting helped.\n  Slept well.\n") || !strings.Contains(out, "  Fuimos al café con mamá\n") {
		t.Errorf("list, newest first:\n%s", out)
	}

	var list []map[string]any
	must(t, json.Unmarshal([]byte(ok(t, "", "--data-dir", dir, "journal", "list", "--json")), &list))
	if len(list) != 2 {
		t.Fatalf("JSON: %d entries", len(list))
	}
	for _, e := range list {
		keys := slices.Sorted(func(yield func(string) bool) {
			for k := range e {
				if !yield(k) {
					return
				}
			}
		})
		if !slices.Equal(keys, []string{"id", "mood", "tags", "text", "time"}) {
			t.Errorf("JSON keys %v", keys)
		}
		if _, err := time.Parse(time.RFC3339, e["time"].(string)); err != nil {
			t.Errorf("time %v: %v", e["time"], err)
		}
	}
	want := map[string]any{"id": 1.0, "mood": 4.0, "tags": []any{"Al-Anon", "sleep"}, "text": "The meeting helped.\nSlept well."}
	for k, v := range want {
		if !reflect.DeepEqual(list[1][k], v) {
			t.Errorf("JSON %s = %#v, want %#v", k, list[1][k], v)
		}
	}
	if list[0]["mood"] != 0.0 || !reflect.DeepEqual(list[0]["tags"], []any{}) || list[0]["text"] != "Fuimos al café con mamá" {
		t.Errorf("JSON entry without mood or tags: %v", list[0])
	}

	// check reads a folder with private records as it reads any other.
	if out := ok(t, "", "--data-dir", dir, "check"); !strings.Contains(out, "Integrity: ok") {
		t.Errorf("check: %q", out)
	}

	empty := filepath.Join(t.TempDir(), "empty")
	if out := ok(t, "", "--data-dir", empty, "journal", "list"); !strings.Contains(out, "no journal entries") {
		t.Errorf("empty list: %q", out)
	}
	if out := ok(t, "", "--data-dir", empty, "journal", "list", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("empty JSON list: %q", out)
	}
}

func TestJournalWithLock(t *testing.T) {
	dir, code := locked(t, "my passphrase")
	out := ok(t, "my passphrase\nline one\nline two\n", "--data-dir", dir, "journal", "add", "--mood", "2")
	if !strings.Contains(out, "Saved journal entry") {
		t.Fatalf("add: %q", out)
	}
	ok(t, code+"\nwith the recovery code\n", "--data-dir", dir, "journal", "add")
	unchanged(t, dir, "wrong passphrase\nnot saved\n", "not right", "journal", "add")
	unchanged(t, dir, "", "first line", "journal", "add")
	unchanged(t, dir, "my passphrase\n", "empty", "journal", "add")

	var list []map[string]any
	must(t, json.Unmarshal([]byte(ok(t, "my passphrase\n", "--data-dir", dir, "journal", "list", "--json")), &list))
	if len(list) != 2 || list[0]["text"] != "with the recovery code" || list[1]["text"] != "line one\nline two" {
		t.Errorf("entries: %v", list)
	}
	unchanged(t, dir, "my passphrase?\n", "not right", "journal", "list")
	code2, out2, errOut := runIn(t, "nope\n", "es", "--data-dir", dir, "journal", "list")
	if code2 != ExitFailed || out2 != "" || !strings.Contains(errOut, "no es correcto") {
		t.Errorf("Spanish, wrong passphrase: exit %d %q %q", code2, out2, errOut)
	}
}

func TestJournalAddRefusals(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	ok(t, "", "--data-dir", dir, "journal", "list")
	for _, args := range [][]string{
		{"journal", "add", "--mood", "6"}, {"journal", "add", "--mood", "x"}, {"journal", "add", "--mood", "0"},
		{"journal", "add", "--mood"}, {"journal", "add", "--mood", "1", "--mood", "2"}, {"journal", "add", "--bogus"},
		{"journal", "add", "extra"}, {"journal"}, {"journal", "remove"}, {"journal", "list", "--json=yes"},
		{"lock"}, {"lock", "open"}, {"lock", "set", "passphrase-in-a-flag"}, {"export"}, {"export", "--out"},
	} {
		before := snapshot(t, dir)
		code, _, errOut := runIn(t, "text\n", "en", append([]string{"--data-dir", dir}, args...)...)
		if code != ExitUsage || errOut == "" {
			t.Errorf("%q: exit %d, stderr %q; want 2 and an explanation", args, code, errOut)
		}
		if after := snapshot(t, dir); !reflect.DeepEqual(before, after) {
			t.Errorf("%q changed files", args)
		}
	}
	unchanged(t, dir, "", "empty", "journal", "add")
	unchanged(t, dir, "\n \n", "empty", "journal", "add")
	unchanged(t, dir, strings.Repeat("x", maxEntry+1), "longer than 1 MB", "journal", "add")
	unchanged(t, dir, "", "could not be read", "journal", "add", "--text-file", filepath.Join(dir, "missing.txt"))
}

func TestExport(t *testing.T) {
	dir, _ := locked(t, "lantern orchard seven")
	ctx := context.Background()
	s := openStore(t, dir)
	must(t, s.Unlock(ctx, "lantern orchard seven"))
	_, err := s.AddEntry(ctx, store.Entry{Text: "journal words", Tags: []string{"tagword"}, Mood: 3})
	must(t, err)
	bid, err := s.AddBoundary(ctx, store.Boundary{Text: "If you drive drunk, I leave", Why: "why words", Consequence: "consequence words", ToldTo: "toldto words", Active: true})
	must(t, err)
	_, err = s.AddBoundaryTest(ctx, store.BoundaryTest{BoundaryID: bid, Outcome: store.Bent, Note: "note words"})
	must(t, err)
	_, err = s.AddConversation(ctx, store.Conversation{Goal: "goal words", WhenWhere: "wherewhen words", Opening: "opening words",
		IStatements: "istatement words", Avoid: "avoid words", SelfCare: "selfcare words", DebriefedAt: time.Now(),
		Happened: "happened words", Response: "response words", Felt: "felt words", NextTime: "nexttime words"})
	must(t, err)
	must(t, s.SaveRelapsePlan(ctx, store.RelapsePlan{WarningSigns: "warning words", WhatISay: "say words", WillNotDo: "willnot words",
		SafetySteps: "safety words", NaloxoneWhere: "naloxone words", NaloxoneExpires: time.Date(2027, 5, 6, 0, 0, 0, 0, time.Local),
		WhoToCall: "call words", WhereHelp: "help words"}))
	_, err = s.AddRelapseEvent(ctx, store.RelapseEvent{Notes: "event words"})
	must(t, err)
	_, err = s.AddProblemSheet(ctx, store.ProblemSheet{Problem: "problemsheet words", Obstacles: "obstacle words", Next: "nextstep words"})
	must(t, err)
	must(t, s.Close())

	outDir := t.TempDir()
	out := filepath.Join(outDir, "records.md")
	unchanged(t, dir, "wrong\n", "not right", "export", "--out", out)
	if _, err := os.Stat(out); err == nil {
		t.Fatal("a refused export wrote the file")
	}
	msg := ok(t, "lantern orchard seven\n", "--data-dir", dir, "export", "--out", out)
	if !strings.Contains(msg, "not protected") {
		t.Errorf("export said %q", msg)
	}
	b, err := os.ReadFile(out)
	must(t, err)
	doc := string(b)
	if !strings.HasPrefix(doc, "# Alongside: private records\n\n> **This file is not protected.**") {
		t.Errorf("export does not start with its warning:\n%s", doc[:min(len(doc), 200)])
	}
	for _, w := range []string{"journal", "tagword", "mood: 3 · Okay", "If you drive drunk, I leave", "why", "consequence", "toldto", "bent · note",
		"goal", "wherewhen", "opening", "istatement", "avoid", "selfcare", "happened", "response", "felt", "nexttime",
		"warning", "say", "willnot", "safety", "naloxone", "2027-05-06", "call", "help", "event",
		"## Solving a problem", "### problemsheet words", "**What could get in the way:** obstacle words", "nextstep"} {
		if !strings.Contains(doc, w) {
			t.Errorf("export lacks %q", w)
		}
	}
	if runtime.GOOS != "windows" {
		if info, _ := os.Stat(out); info.Mode().Perm() != 0o600 {
			t.Errorf("export mode %v, want 600", info.Mode().Perm())
		}
	}
	if entries, _ := os.ReadDir(outDir); len(entries) != 1 {
		t.Errorf("export left other files: %v", entries)
	}
	// Into a folder that does not exist: refused, nothing made.
	missing := filepath.Join(outDir, "no", "such", "records.md")
	code, _, errOut := runIn(t, "lantern orchard seven\n", "en", "--data-dir", dir, "export", "--out", missing)
	if code != ExitFailed || !strings.Contains(errOut, "could not be written") {
		t.Errorf("export to a missing folder: exit %d, %q", code, errOut)
	}

	// Spanish headings, and an empty folder's export says so.
	empty := filepath.Join(t.TempDir(), "empty")
	esOut := filepath.Join(outDir, "vacío.md")
	if code, _, errOut := runIn(t, "", "es", "--data-dir", empty, "export", "--out", esOut); code != ExitOK {
		t.Fatalf("Spanish export: %d %s", code, errOut)
	}
	b, _ = os.ReadFile(esOut)
	if !strings.Contains(string(b), "Este archivo no está protegido") || !strings.Contains(string(b), "## Diario") {
		t.Errorf("Spanish export:\n%s", b)
	}
}

func TestHelpNamesEveryCommand(t *testing.T) {
	_, out, _ := run(t, "en", "help")
	for _, w := range []string{"journal add", "journal list", "export", "lock set", "lock change", "lock remove", "first line of standard input"} {
		if !strings.Contains(out, w) {
			t.Errorf("help lacks %q", w)
		}
	}
	for _, args := range [][]string{{"help", "journal", "add"}, {"journal", "add", "--help"}, {"journal", "--help"}} {
		code, out, _ := run(t, "en", args...)
		if code != ExitOK || !strings.Contains(out, "journal add saves") {
			t.Errorf("%q: exit %d, %q", args, code, out)
		}
	}
	if code, _, _ := run(t, "en", "help", "journal", "bogus"); code != ExitUsage {
		t.Errorf("help journal bogus: exit %d", code)
	}
}
