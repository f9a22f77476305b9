package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/export"
	"github.com/alongside-app/alongside/store"
)

// maxEntry bounds an entry's text: 1 MiB, as the store does.
const maxEntry = 1 << 20

// timeLayout is how the command line writes a moment.
const timeLayout = "2006-01-02 15:04"

var (
	msgBadMood = &i18n.Message{
		ID:          "CLI.Journal.BadMood",
		Description: "'alongside journal add --mood' was given something other than 1 to 5; keep --mood as it is",
		Other:       "--mood takes a number from 1 to 5: 1 very low, 2 low, 3 okay, 4 good, 5 very good.",
	}
	msgEmptyEntry = &i18n.Message{
		ID:          "CLI.Journal.Empty",
		Description: "'alongside journal add' got no text; keep --text-file FILE as it is",
		Other:       "The entry is empty, so nothing was saved. Give its text on standard input or with --text-file FILE.",
	}
	msgTooLong = &i18n.Message{
		ID:          "CLI.Journal.TooLong",
		Description: "'alongside journal add' got more than 1 MB of text",
		Other:       "The entry is longer than 1 MB, so nothing was saved.",
	}
	msgReadFile = &i18n.Message{
		ID:          "CLI.Journal.ReadFile",
		Description: "'alongside journal add --text-file FILE' could not read the file; Path is the file",
		Other:       "The file {{.Path}} could not be read, so nothing was saved. Check its name and that you can open it.",
	}
	msgTypeEntry = &i18n.Message{
		ID:          "CLI.Journal.TypeText",
		Description: "On a terminal: asks for the entry's text; Ctrl+D and Ctrl+Z are keys",
		Other:       "Type the entry. To finish, press Ctrl+D on a new line (on Windows, Ctrl+Z then Enter).",
	}
	msgAdded = &i18n.Message{
		ID:          "CLI.Journal.Added",
		Description: "'alongside journal add' saved the entry; ID is its number",
		Other:       "Saved journal entry {{.ID}}.",
	}
	msgNoEntries = &i18n.Message{
		ID:          "CLI.Journal.None",
		Description: "'alongside journal list' when the journal is empty",
		Other:       "There are no journal entries yet.",
	}
	// An entry's heading, mood, tags and damage note are export's: the
	// Markdown export and "journal list" write entries the same way.
	msgEntryHeading = export.MsgEntryHeading
	msgEntryTags    = export.MsgEntryTags
	msgEntryDamaged = export.MsgEntryDamaged
)

// runJournalAdd saves an entry: its text from --text-file or standard
// input (after the passphrase's line when the lock is on).
func runJournalAdd(ctx context.Context, inv Invocation, env Env) int {
	e, ok := entryOptions(inv.Options, env)
	if !ok {
		return ExitUsage
	}
	return withStore(ctx, inv, env, func(s *store.Store, in *input) int {
		if err := in.unlock(ctx, s); err != nil {
			return failWith(env, err)
		}
		text, err := entryText(inv.Options.Value("--text-file"), in)
		if err != nil {
			return ExitFailed
		}
		e.Text = text
		id, err := s.AddEntry(ctx, e)
		if err != nil {
			return fail(env, err)
		}
		fmt.Fprintln(env.Stdout, env.T.T(msgAdded, map[string]any{"ID": id}))
		return ExitOK
	})
}

// entryOptions reads --mood and --tag; bad ones are explained.
func entryOptions(opts Options, env Env) (store.Entry, bool) {
	var e store.Entry
	if opts.Has("--mood") {
		m, err := strconv.Atoi(strings.TrimSpace(opts.Value("--mood")))
		if err != nil || m < 1 || m > 5 {
			fmt.Fprintln(env.Stderr, env.T.T(msgBadMood))
			return e, false
		}
		e.Mood = store.Mood(m)
	}
	for _, t := range opts["--tag"] {
		if t = strings.TrimSpace(t); t != "" {
			e.Tags = append(e.Tags, t)
		}
	}
	return e, true
}

// entryText reads the text from file, or else from the rest of the
// input; problems are explained here (errShown).
func entryText(file string, in *input) (string, error) {
	env := in.env
	var text string
	var err error
	if file != "" {
		text, err = readLimited(file, maxEntry)
		if err != nil && !errors.Is(err, errTooLong) {
			fmt.Fprintln(env.Stderr, env.T.T(msgReadFile, map[string]any{"Path": file}))
			log.New(env.Stderr, "", 0).Printf("detail: %v", err)
			return "", errShown
		}
	} else {
		if in.tty != nil {
			fmt.Fprintln(env.Stderr, env.T.T(msgTypeEntry))
		}
		text, err = in.rest(maxEntry)
	}
	switch {
	case errors.Is(err, errTooLong):
		fmt.Fprintln(env.Stderr, env.T.T(msgTooLong))
		return "", errShown
	case err != nil:
		Explain(env, err)
		return "", errShown
	}
	text = strings.TrimRight(text, "\r\n")
	if strings.TrimSpace(text) == "" {
		fmt.Fprintln(env.Stderr, env.T.T(msgEmptyEntry))
		return "", errShown
	}
	return text, nil
}

func readLimited(path string, limit int64) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return "", err
	}
	if int64(len(b)) > limit {
		return "", errTooLong
	}
	return string(b), nil
}

// jsonEntry is one entry in "journal list --json".
type jsonEntry struct {
	ID      int64    `json:"id"`
	Time    string   `json:"time"` // RFC 3339
	Mood    int      `json:"mood"` // 0: not given
	Tags    []string `json:"tags"`
	Text    string   `json:"text"`
	Damaged bool     `json:"damaged,omitempty"`
}

// runJournalList prints every entry, newest first, as text or JSON.
func runJournalList(ctx context.Context, inv Invocation, env Env) int {
	return withStore(ctx, inv, env, func(s *store.Store, in *input) int {
		if err := in.unlock(ctx, s); err != nil {
			return failWith(env, err)
		}
		es, err := s.Entries(ctx)
		if err != nil {
			return fail(env, err)
		}
		if inv.Options.Has("--json") {
			return listJSON(env, es)
		}
		if len(es) == 0 {
			fmt.Fprintln(env.Stdout, env.T.T(msgNoEntries))
		}
		for _, e := range es {
			fmt.Fprintln(env.Stdout, entryHeading(env, e))
			text := e.Text
			if e.Damaged {
				text = env.T.T(msgEntryDamaged)
			}
			for _, line := range strings.Split(text, "\n") {
				fmt.Fprintln(env.Stdout, strings.TrimRight("  "+line, " "))
			}
			fmt.Fprintln(env.Stdout)
		}
		return ExitOK
	})
}

// entryHeading is an entry's number, time, mood and tags on one line.
func entryHeading(env Env, e store.Entry) string {
	parts := []string{env.T.T(msgEntryHeading, map[string]any{"ID": e.ID, "Time": e.At.Format(timeLayout)})}
	if e.Mood != 0 {
		parts = append(parts, export.EntryMood(env.T, e.Mood))
	}
	if len(e.Tags) > 0 {
		parts = append(parts, env.T.T(msgEntryTags, map[string]any{"Tags": strings.Join(e.Tags, ", ")}))
	}
	return strings.Join(parts, " · ")
}

func listJSON(env Env, es []store.Entry) int {
	out := make([]jsonEntry, len(es))
	for i, e := range es {
		tags := e.Tags
		if tags == nil {
			tags = []string{}
		}
		out[i] = jsonEntry{ID: e.ID, Time: e.At.Format(time.RFC3339), Mood: int(e.Mood), Tags: tags, Text: e.Text, Damaged: e.Damaged}
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fail(env, err)
	}
	return ExitOK
}
