// Package export writes a person's private records (journal, boundaries
// and their tests, conversations, relapse plan and its events, the CRAFT
// worksheets, the safety plan, their own meetings and Learn's self-checks) as one
// Markdown file, headed by a warning that the file is not protected. The
// command line's "alongside export" and the desktop app both use it.
package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

const (
	dayLayout  = "2006-01-02"
	timeLayout = "2006-01-02 15:04"
)

// The top of the exported file. The IDs keep their "CLI." prefix: the
// translations are keyed by them.
var (
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

	msgLabSituation   = &i18n.Message{ID: "CLI.Export.Situation", Description: "Export: label of what keeps happening, the situation a boundary answers", Other: "What keeps happening"}
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

// Messages shared with "alongside journal list" (internal/cli uses these).
var (
	MsgEntryHeading = &i18n.Message{
		ID:          "CLI.Journal.Heading",
		Description: "'alongside journal list': the first line of an entry; ID is its number, Time its date and time",
		Other:       "Entry {{.ID}} · {{.Time}}",
	}
	MsgEntryMood = &i18n.Message{
		ID:          "CLI.Journal.Mood",
		Description: "An entry's mood; Mood is its words as the window's mood choice says them (Mood.1 to Mood.5), such as \"4 · Good\"; follows the date after a dot",
		Other:       "mood: {{.Mood}}",
	}
	MsgEntryTags = &i18n.Message{
		ID:          "CLI.Journal.Tags",
		Description: "An entry's tags, separated by commas; follows the date after a dot",
		Other:       "tags: {{.Tags}}",
	}
	MsgEntryDamaged = &i18n.Message{
		ID:          "CLI.Journal.Damaged",
		Description: "In place of a record whose words could not be opened (tampered with or damaged)",
		Other:       "(This could not be opened: it may be damaged.)",
	}
)

// Records is everything private, read for the export.
type Records struct {
	entries       []store.Entry
	boundaries    []store.Boundary
	tests         map[int64][]store.BoundaryTest
	conversations []store.Conversation
	plan          store.RelapsePlan
	events        []store.RelapseEvent
	worksheets    worksheets
	others        others
}

// Read reads every private record of s, which must be unlocked. Reading
// before writing lets a caller tell a store's error from a file's.
func Read(ctx context.Context, s *store.Store) (*Records, error) {
	r := &Records{tests: map[int64][]store.BoundaryTest{}}
	var err error
	if r.entries, err = s.Entries(ctx); err != nil {
		return nil, err
	}
	if r.boundaries, err = s.Boundaries(ctx); err != nil {
		return nil, err
	}
	for _, b := range r.boundaries {
		if r.tests[b.ID], err = s.BoundaryTests(ctx, b.ID); err != nil {
			return nil, err
		}
	}
	if r.conversations, err = s.Conversations(ctx); err != nil {
		return nil, err
	}
	if r.plan, err = s.RelapsePlan(ctx); err != nil {
		return nil, err
	}
	if r.events, err = s.RelapseEvents(ctx); err != nil {
		return nil, err
	}
	if r.worksheets, err = readWorksheets(ctx, s); err != nil {
		return nil, err
	}
	if r.others, err = readOthers(ctx, s); err != nil {
		return nil, err
	}
	return r, nil
}

// Markdown writes every private record of s (which must be unlocked) as
// Markdown in l's language, saying it was exported at now.
func Markdown(ctx context.Context, w io.Writer, s *store.Store, l *translations.Localizer, now time.Time) error {
	r, err := Read(ctx, s)
	if err != nil {
		return err
	}
	return r.Markdown(w, l, now)
}

// Markdown writes r as Markdown in l's language: a title, the warning that
// the file is not protected, when it was exported (now), then a section
// for each kind of record.
func (r *Records) Markdown(w io.Writer, l *translations.Localizer, now time.Time) error {
	m := &md{w: w, l: l}
	m.heading(1, m.t(msgExportTitle))
	m.printf("> %s\n\n", m.t(msgExportWarning))
	m.printf("%s\n\n", m.t(msgExportWhen, map[string]any{"Time": now.Format(timeLayout)}))
	m.writeJournal(r.entries)
	m.writeBoundaries(r.boundaries, r.tests)
	m.writeConversations(r.conversations)
	m.writeRelapse(r.plan, r.events)
	m.writeWorksheets(r.worksheets)
	m.writeOthers(r.others)
	return m.err
}

// WriteFile writes path through a temporary file in the same folder, made
// 0600 before anything is written, flushed and synced, then renamed over
// path. On any failure the temporary file is removed and path is left as
// it was, so no half-written export is ever left behind.
func WriteFile(path string, write func(io.Writer) error) (err error) {
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
	if err = writeSynced(f, write); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// writeSynced runs write through a buffer into f, then flushes and syncs f.
func writeSynced(f *os.File, write func(io.Writer) error) error {
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Sync()
}

// md writes Markdown in one language, remembering the first error.
type md struct {
	w   io.Writer
	l   *translations.Localizer
	err error
}

func (m *md) printf(format string, args ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format, args...)
	}
}

// t renders a message in m's language, with optional template data.
func (m *md) t(msg *i18n.Message, data ...map[string]any) string {
	return m.l.T(msg, data...)
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

// text writes s as a paragraph, when it is not blank.
func (m *md) text(s string) {
	if s = strings.TrimSpace(s); s != "" {
		m.printf("%s\n\n", s)
	}
}

// damaged says, in italics, that a record's words could not be opened.
func (m *md) damaged(d bool) {
	if d {
		m.printf("_%s_\n\n", m.t(MsgEntryDamaged))
	}
}

// none says a section is empty when it has n == 0 records.
func (m *md) none(n int) {
	if n == 0 {
		m.printf("%s\n\n", m.t(msgExportNone))
	}
}

// oneLine joins s's words with single spaces; blank is a dash.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "—"
	}
	return s
}

func (m *md) writeJournal(entries []store.Entry) {
	m.heading(2, m.t(msgSecJournal))
	m.none(len(entries))
	for _, e := range entries {
		m.heading(3, m.entryHeading(e))
		m.damaged(e.Damaged)
		m.text(e.Text)
	}
}

// EntryMood is an entry's mood in the window's words ("mood: 4 · Good"),
// for the export and "alongside journal list".
func EntryMood(l *translations.Localizer, mood store.Mood) string {
	return l.T(MsgEntryMood, map[string]any{"Mood": content.MoodWords(l, int(mood))})
}

// entryHeading is an entry's number, time, mood and tags on one line, as
// "alongside journal list" shows them.
func (m *md) entryHeading(e store.Entry) string {
	parts := []string{m.t(MsgEntryHeading, map[string]any{"ID": e.ID, "Time": e.At.Format(timeLayout)})}
	if e.Mood != 0 {
		parts = append(parts, EntryMood(m.l, e.Mood))
	}
	if len(e.Tags) > 0 {
		parts = append(parts, m.t(MsgEntryTags, map[string]any{"Tags": strings.Join(e.Tags, ", ")}))
	}
	return strings.Join(parts, " · ")
}

func (m *md) writeBoundaries(bs []store.Boundary, tests map[int64][]store.BoundaryTest) {
	m.heading(2, m.t(msgSecBoundaries))
	m.none(len(bs))
	for _, b := range bs {
		m.heading(3, b.Text)
		m.damaged(b.Damaged)
		if strings.Contains(strings.TrimSpace(b.Text), "\n") {
			m.text(b.Text)
		}
		m.field(msgLabSituation, b.Situation)
		m.field(msgLabWhy, b.Why)
		m.field(msgLabConsequence, b.Consequence)
		m.field(msgLabToldTo, b.ToldTo)
		state := m.t(msgLabActive)
		if !b.Active {
			state = m.t(msgLabRetired)
		}
		m.field(msgLabSetOn, b.SetOn.Format(dayLayout)+" ("+state+")")
		m.writeTests(tests[b.ID])
	}
}

// writeTests lists the times a boundary was tested, if any.
func (m *md) writeTests(tests []store.BoundaryTest) {
	if len(tests) == 0 {
		return
	}
	outcomes := map[store.Outcome]*i18n.Message{store.Held: msgLabHeld, store.Bent: msgLabBent, store.Broken: msgLabBroken}
	m.heading(4, m.t(msgSecTests))
	for _, t := range tests {
		line := t.On.Format(dayLayout) + " · " + m.t(outcomes[t.Outcome])
		switch {
		case t.Damaged:
			line += " · " + m.t(MsgEntryDamaged)
		case strings.TrimSpace(t.Note) != "":
			line += " · " + oneLine(t.Note)
		}
		m.printf("- %s\n", line)
	}
	m.printf("\n")
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
	m.writeEvents(events)
}

// writeEvents lists the times a relapse happened, under the relapse plan.
func (m *md) writeEvents(events []store.RelapseEvent) {
	m.heading(3, m.t(msgSecEvents))
	m.none(len(events))
	for _, e := range events {
		m.heading(4, e.At.Format(timeLayout))
		m.damaged(e.Damaged)
		m.text(e.Notes)
	}
}
