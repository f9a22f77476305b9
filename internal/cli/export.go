package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
)

const dayLayout = "2006-01-02"

var (
	msgExportNeedsOut = &i18n.Message{
		ID:          "CLI.Export.NeedsOut",
		Description: "'alongside export' was run without --out; keep the command as it is",
		Other:       "\"alongside export\" needs the file to write, for example: alongside export --out my-records.md",
	}
	msgExportDone = &i18n.Message{
		ID:          "CLI.Export.Done",
		Description: "'alongside export' wrote the file; Path is the file",
		Other:       "Your private records are in {{.Path}}. This file is not protected: anyone who can open it can read it. Delete it when you no longer need it.",
	}
	msgExportFailed = &i18n.Message{
		ID:          "CLI.Export.Failed",
		Description: "'alongside export' could not write the file; Path is the file",
		Other:       "The export could not be written to {{.Path}}, and no file was left there. Check that the folder exists, that you can save files in it and that there is free space.",
	}
	msgExportTitle = &i18n.Message{
		ID:          "CLI.Export.Title",
		Description: "Title of the exported Markdown file",
		Other:       "Alongside: private records",
	}
	msgExportWarning = &i18n.Message{
		ID:          "CLI.Export.Warning",
		Description: "At the top of the exported file; the ** marks bold text in Markdown",
		Other:       "**This file is not protected.** It holds your private records as plain text: anyone who can open it can read it. Keep it somewhere safe, and delete it when you no longer need it.",
	}
	msgExportWhen = &i18n.Message{
		ID:          "CLI.Export.When",
		Description: "In the exported file: when it was made; Time is a date and time",
		Other:       "Exported {{.Time}}.",
	}
	msgExportNone = &i18n.Message{
		ID:          "CLI.Export.None",
		Description: "In the exported file: a section with no records",
		Other:       "Nothing here yet.",
	}
)

// Section headings and field labels of the exported file.
var (
	msgSecJournal       = &i18n.Message{ID: "CLI.Export.Journal", Description: "Export: heading", Other: "Journal"}
	msgSecBoundaries    = &i18n.Message{ID: "CLI.Export.Boundaries", Description: "Export: heading", Other: "Boundaries"}
	msgSecConversations = &i18n.Message{ID: "CLI.Export.Conversations", Description: "Export: heading", Other: "Conversations"}
	msgSecRelapse       = &i18n.Message{ID: "CLI.Export.Relapse", Description: "Export: heading", Other: "Relapse plan"}
	msgSecEvents        = &i18n.Message{ID: "CLI.Export.Events", Description: "Export: heading of the times a relapse happened", Other: "Times it happened"}
	msgSecTests         = &i18n.Message{ID: "CLI.Export.Tests", Description: "Export: heading of the times a boundary was tested", Other: "When it was tested"}

	msgLabWhy         = &i18n.Message{ID: "CLI.Export.Why", Description: "Export: label of why a boundary matters", Other: "Why"}
	msgLabConsequence = &i18n.Message{ID: "CLI.Export.Consequence", Description: "Export: label of what the person will do if a boundary is crossed", Other: "What I will do"}
	msgLabToldTo      = &i18n.Message{ID: "CLI.Export.ToldTo", Description: "Export: label of whom the boundary was told to", Other: "Told to"}
	msgLabSetOn       = &i18n.Message{ID: "CLI.Export.SetOn", Description: "Export: label of the date a boundary was set", Other: "Set on"}
	msgLabActive      = &i18n.Message{ID: "CLI.Export.Active", Description: "Export: a boundary still in force", Other: "in force"}
	msgLabRetired     = &i18n.Message{ID: "CLI.Export.Retired", Description: "Export: a boundary no longer in force", Other: "no longer in force"}
	msgLabHeld        = &i18n.Message{ID: "CLI.Export.Held", Description: "Export: a boundary test's outcome", Other: "held"}
	msgLabBent        = &i18n.Message{ID: "CLI.Export.Bent", Description: "Export: a boundary test's outcome", Other: "bent"}
	msgLabBroken      = &i18n.Message{ID: "CLI.Export.Broken", Description: "Export: a boundary test's outcome", Other: "broken"}

	msgLabPlanned     = &i18n.Message{ID: "CLI.Export.Planned", Description: "Export: label of when a conversation plan was written", Other: "Planned"}
	msgLabGoal        = &i18n.Message{ID: "CLI.Export.Goal", Description: "Export: label of a conversation's goal", Other: "Goal"}
	msgLabWhenWhere   = &i18n.Message{ID: "CLI.Export.WhenWhere", Description: "Export: label of a conversation's time and place", Other: "When and where"}
	msgLabOpening     = &i18n.Message{ID: "CLI.Export.Opening", Description: "Export: label of a conversation's opening line", Other: "Opening line"}
	msgLabIStatements = &i18n.Message{ID: "CLI.Export.IStatements", Description: "Export: label of a conversation's I-statements", Other: "I-statements"}
	msgLabAvoid       = &i18n.Message{ID: "CLI.Export.Avoid", Description: "Export: label of what to avoid saying", Other: "What to avoid"}
	msgLabSelfCare    = &i18n.Message{ID: "CLI.Export.SelfCare", Description: "Export: label of how the person will look after themselves", Other: "Looking after myself"}
	msgLabDebriefed   = &i18n.Message{ID: "CLI.Export.Debriefed", Description: "Export: label of when the debrief was written", Other: "Debrief written"}
	msgLabHappened    = &i18n.Message{ID: "CLI.Export.Happened", Description: "Export: debrief label", Other: "What happened"}
	msgLabResponse    = &i18n.Message{ID: "CLI.Export.Response", Description: "Export: debrief label of how the other person responded", Other: "Their response"}
	msgLabFelt        = &i18n.Message{ID: "CLI.Export.Felt", Description: "Export: debrief label", Other: "How I felt"}
	msgLabNextTime    = &i18n.Message{ID: "CLI.Export.NextTime", Description: "Export: debrief label", Other: "Next time"}

	msgLabWarning   = &i18n.Message{ID: "CLI.Export.WarningSigns", Description: "Export: relapse plan label", Other: "Warning signs"}
	msgLabWhatISay  = &i18n.Message{ID: "CLI.Export.WhatISay", Description: "Export: relapse plan label", Other: "What I will say"}
	msgLabWillNot   = &i18n.Message{ID: "CLI.Export.WillNotDo", Description: "Export: relapse plan label", Other: "What I will not do"}
	msgLabSafety    = &i18n.Message{ID: "CLI.Export.SafetySteps", Description: "Export: relapse plan label", Other: "Safety steps"}
	msgLabNaloxone  = &i18n.Message{ID: "CLI.Export.NaloxoneWhere", Description: "Export: relapse plan label: where the naloxone (overdose medicine) is kept", Other: "Where the naloxone is"}
	msgLabExpires   = &i18n.Message{ID: "CLI.Export.NaloxoneExpires", Description: "Export: relapse plan label: the naloxone's expiry date", Other: "Naloxone expires"}
	msgLabWhoToCall = &i18n.Message{ID: "CLI.Export.WhoToCall", Description: "Export: relapse plan label", Other: "Who to call"}
	msgLabWhereHelp = &i18n.Message{ID: "CLI.Export.WhereHelp", Description: "Export: relapse plan label", Other: "Where to get help"}
	msgLabUpdated   = &i18n.Message{ID: "CLI.Export.Updated", Description: "Export: label of when the relapse plan was last saved", Other: "Last saved"}
)

// records is everything private, read for the export.
type records struct {
	entries       []store.Entry
	boundaries    []store.Boundary
	tests         map[int64][]store.BoundaryTest
	conversations []store.Conversation
	plan          store.RelapsePlan
	events        []store.RelapseEvent
}

func readRecords(ctx context.Context, s *store.Store) (records, error) {
	var r records
	var err error
	if r.entries, err = s.Entries(ctx); err != nil {
		return r, err
	}
	if r.boundaries, err = s.Boundaries(ctx); err != nil {
		return r, err
	}
	r.tests = map[int64][]store.BoundaryTest{}
	for _, b := range r.boundaries {
		if r.tests[b.ID], err = s.BoundaryTests(ctx, b.ID); err != nil {
			return r, err
		}
	}
	if r.conversations, err = s.Conversations(ctx); err != nil {
		return r, err
	}
	if r.plan, err = s.RelapsePlan(ctx); err != nil {
		return r, err
	}
	r.events, err = s.RelapseEvents(ctx)
	return r, err
}

// runExport writes every private record to --out as Markdown, headed by
// a warning that the file is not protected. It is written under another
// name in the same folder, made 0600, then renamed: a failure leaves no
// half-written file at --out.
func runExport(ctx context.Context, inv Invocation, env Env) int {
	out := inv.Options.Value("--out")
	if out == "" {
		fmt.Fprintln(env.Stderr, env.T.T(msgExportNeedsOut))
		return ExitUsage
	}
	return withStore(ctx, inv, env, func(s *store.Store, in *input) int {
		if err := in.unlock(ctx, s); err != nil {
			return failWith(env, err)
		}
		r, err := readRecords(ctx, s)
		if err != nil {
			return fail(env, err)
		}
		if err := writeExport(out, func(w io.Writer) error { return writeMarkdown(w, env, r, time.Now()) }); err != nil {
			fmt.Fprintln(env.Stderr, env.T.T(msgExportFailed, map[string]any{"Path": out}))
			log.New(env.Stderr, "", 0).Printf("detail: %v", err)
			return ExitFailed
		}
		fmt.Fprintln(env.Stdout, env.T.T(msgExportDone, map[string]any{"Path": out}))
		return ExitOK
	})
}

// writeExport writes path through a temporary file beside it (0600),
// synced, then renamed over path.
func writeExport(path string, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".alongside-export-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(0o600); err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err = write(w); err != nil {
		return err
	}
	if err = w.Flush(); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// md writes Markdown, remembering the first error.
type md struct {
	w   io.Writer
	env Env
	err error
}

func (m *md) printf(format string, args ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format, args...)
	}
}

func (m *md) t(msg *i18n.Message, data ...map[string]any) string {
	if len(data) > 0 {
		return m.env.T.T(msg, data[0])
	}
	return m.env.T.T(msg)
}

// heading writes a heading of the given level; text is kept to one line.
func (m *md) heading(level int, text string) {
	m.printf("%s %s\n\n", strings.Repeat("#", level), oneLine(text))
}

// field writes "**Label:** value" as its own paragraph, when value is not empty.
func (m *md) field(label *i18n.Message, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	m.printf("**%s:** %s\n\n", m.t(label), strings.TrimSpace(value))
}

func (m *md) text(s string) {
	if s = strings.TrimSpace(s); s != "" {
		m.printf("%s\n\n", s)
	}
}

func (m *md) damaged(d bool) {
	if d {
		m.printf("_%s_\n\n", m.t(msgEntryDamaged))
	}
}

func (m *md) none(n int) {
	if n == 0 {
		m.printf("%s\n\n", m.t(msgExportNone))
	}
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "—"
	}
	return s
}

func writeMarkdown(w io.Writer, env Env, r records, now time.Time) error {
	m := &md{w: w, env: env}
	m.heading(1, m.t(msgExportTitle))
	m.printf("> %s\n\n", m.t(msgExportWarning))
	m.printf("%s\n\n", m.t(msgExportWhen, map[string]any{"Time": now.Format(timeLayout)}))

	m.heading(2, m.t(msgSecJournal))
	m.none(len(r.entries))
	for _, e := range r.entries {
		m.heading(3, entryHeading(env, e))
		m.damaged(e.Damaged)
		m.text(e.Text)
	}
	m.writeBoundaries(r)
	m.writeConversations(r.conversations)
	m.writeRelapse(r.plan, r.events)
	return m.err
}

func (m *md) writeBoundaries(r records) {
	m.heading(2, m.t(msgSecBoundaries))
	m.none(len(r.boundaries))
	outcomes := map[store.Outcome]*i18n.Message{store.Held: msgLabHeld, store.Bent: msgLabBent, store.Broken: msgLabBroken}
	for _, b := range r.boundaries {
		m.heading(3, b.Text)
		m.damaged(b.Damaged)
		if strings.Contains(strings.TrimSpace(b.Text), "\n") {
			m.text(b.Text)
		}
		m.field(msgLabWhy, b.Why)
		m.field(msgLabConsequence, b.Consequence)
		m.field(msgLabToldTo, b.ToldTo)
		state := m.t(msgLabActive)
		if !b.Active {
			state = m.t(msgLabRetired)
		}
		m.field(msgLabSetOn, b.SetOn.Format(dayLayout)+" ("+state+")")
		tests := r.tests[b.ID]
		if len(tests) == 0 {
			continue
		}
		m.heading(4, m.t(msgSecTests))
		for _, t := range tests {
			line := t.On.Format(dayLayout) + " · " + m.t(outcomes[t.Outcome])
			switch {
			case t.Damaged:
				line += " · " + m.t(msgEntryDamaged)
			case strings.TrimSpace(t.Note) != "":
				line += " · " + oneLine(t.Note)
			}
			m.printf("- %s\n", line)
		}
		m.printf("\n")
	}
}

func (m *md) writeConversations(cs []store.Conversation) {
	m.heading(2, m.t(msgSecConversations))
	m.none(len(cs))
	for _, c := range cs {
		m.heading(3, c.Goal)
		m.damaged(c.Damaged)
		m.field(msgLabPlanned, c.Planned.Format(timeLayout))
		m.field(msgLabGoal, c.Goal)
		m.field(msgLabWhenWhere, c.WhenWhere)
		m.field(msgLabOpening, c.Opening)
		m.field(msgLabIStatements, c.IStatements)
		m.field(msgLabAvoid, c.Avoid)
		m.field(msgLabSelfCare, c.SelfCare)
		if !c.DebriefedAt.IsZero() {
			m.field(msgLabDebriefed, c.DebriefedAt.Format(timeLayout))
		}
		m.field(msgLabHappened, c.Happened)
		m.field(msgLabResponse, c.Response)
		m.field(msgLabFelt, c.Felt)
		m.field(msgLabNextTime, c.NextTime)
	}
}

func (m *md) writeRelapse(p store.RelapsePlan, events []store.RelapseEvent) {
	m.heading(2, m.t(msgSecRelapse))
	if p.Updated.IsZero() {
		m.none(0)
	}
	m.damaged(p.Damaged)
	m.field(msgLabWarning, p.WarningSigns)
	m.field(msgLabWhatISay, p.WhatISay)
	m.field(msgLabWillNot, p.WillNotDo)
	m.field(msgLabSafety, p.SafetySteps)
	m.field(msgLabNaloxone, p.NaloxoneWhere)
	if !p.NaloxoneExpires.IsZero() {
		m.field(msgLabExpires, p.NaloxoneExpires.Format(dayLayout))
	}
	m.field(msgLabWhoToCall, p.WhoToCall)
	m.field(msgLabWhereHelp, p.WhereHelp)
	if !p.Updated.IsZero() {
		m.field(msgLabUpdated, p.Updated.Format(timeLayout))
	}
	m.heading(3, m.t(msgSecEvents))
	m.none(len(events))
	for _, e := range events {
		m.heading(4, e.At.Format(timeLayout))
		m.damaged(e.Damaged)
		m.text(e.Notes)
	}
}
