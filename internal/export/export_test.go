package export

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

func init() { store.UseQuickKeysForTests() }

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func localizer(t *testing.T, lang string) *translations.Localizer {
	t.Helper()
	b, err := translations.NewBundle()
	must(t, err)
	return translations.NewLocalizer(b, lang)
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), store.FileName))
	must(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

// seeded is a store with one record of each kind.
func seeded(t *testing.T) *store.Store {
	t.Helper()
	ctx, s := context.Background(), openStore(t)
	_, err := s.AddEntry(ctx, store.Entry{Text: "journal words", Tags: []string{"tagword"}, Mood: 3})
	must(t, err)
	bid, err := s.AddBoundary(ctx, store.Boundary{Text: "If you drive drunk, I leave", Situation: "situation words", Why: "why words", Active: true})
	must(t, err)
	_, err = s.AddBoundaryTest(ctx, store.BoundaryTest{BoundaryID: bid, Outcome: store.Bent, Note: "note words"})
	must(t, err)
	_, err = s.AddConversation(ctx, store.Conversation{Goal: "goal words", Opening: "opening words"})
	must(t, err)
	must(t, s.SaveRelapsePlan(ctx, store.RelapsePlan{WarningSigns: "warning words",
		NaloxoneExpires: time.Date(2027, 5, 6, 0, 0, 0, 0, time.Local)}))
	_, err = s.AddRelapseEvent(ctx, store.RelapseEvent{Notes: "event words"})
	must(t, err)
	_, err = s.AddTriggerMap(ctx, store.TriggerMap{Kind: store.MapUsing, Title: "map words", Payoff: "payoff words"})
	must(t, err)
	_, err = s.AddReward(ctx, store.Reward{Kind: store.RewardOffer, What: "reward words"})
	must(t, err)
	_, err = s.SaveWeeklyStep(ctx, store.WeeklyStep{Week: time.Date(2026, 11, 23, 0, 0, 0, 0, time.Local), Plan: "plan words", CheckedIn: true, Done: true})
	must(t, err)
	must(t, s.SaveSafetyPlan(ctx, store.SafetyPlan{CodeWord: "codeword words"}))
	_, err = s.AddProblemSheet(ctx, store.ProblemSheet{Problem: "problem words", Ideas: "ideas words", Choice: "choice words",
		Obstacles: "obstacle words", IfObstacle: "then words", HowItWent: "went words", Next: "next words"})
	must(t, err)
	return s
}

// exportTo writes s's export in lang to a new file and returns its text.
func exportTo(t *testing.T, s *store.Store, lang string) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "records.md")
	now := time.Date(2030, 1, 2, 3, 4, 0, 0, time.Local)
	l := localizer(t, lang)
	must(t, WriteFile(path, func(w io.Writer) error { return Markdown(context.Background(), w, s, l, now) }))
	if runtime.GOOS != "windows" {
		if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v (%v), want 600", lang, info.Mode().Perm(), err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%s: the folder holds %v, want only the export", lang, entries)
	}
	b, err := os.ReadFile(path)
	must(t, err)
	return string(b)
}

func TestMarkdown(t *testing.T) {
	s := seeded(t)
	values := []string{"journal words", "tagword", "If you drive drunk, I leave", "situation words", "why words", "note words",
		"goal words", "opening words", "warning words", "2027-05-06", "event words", "map words", "payoff words",
		"reward words", "2026-11-23: plan words"}
	want := map[string][]string{
		"en": {"# Alongside: private records\n\n> **This file is not protected.**", "Exported 2030-01-02 03:04.",
			"## Journal", "### Entry 1 · ", "mood: 3 · Okay · tags: tagword", "## Boundaries", "**What keeps happening:** situation words", "**Why:** why words",
			"#### When it was tested", " · bent · note words", "## Conversations", "**Goal:** goal words",
			"## Relapse plan", "**Warning signs:** warning words", "### Times it happened",
			"## Solving a problem\n\n### problem words\n\n**Ideas:** ideas words\n\n**What I will try:** choice words\n\n" +
				"**What could get in the way:** obstacle words\n\n**What I will do then:** then words\n\n" +
				"**How it went:** went words\n\n**Next:** next words\n\n"},
		"es": {"# Alongside: registros privados\n\n> **Este archivo no está protegido.**", "Exportado el 2030-01-02 03:04.",
			"## Diario", "### Entrada 1 · ", "ánimo: 3 · Regular · etiquetas: tagword", "## Límites", "**Qué sigue pasando:** situation words", "**Por qué:** why words",
			"#### Cuándo se puso a prueba", " · cedí en parte · note words", "## Conversaciones", "**Objetivo:** goal words",
			"## Plan para una recaída", "**Señales de alarma:** warning words", "### Las veces que ocurrió",
			"## Resolver un problema\n\n### problem words\n\n**Ideas:** ideas words\n\n**Lo que voy a probar:** choice words\n\n" +
				"**Lo que podría interponerse:** obstacle words\n\n**Lo que haré entonces:** then words\n\n" +
				"**Cómo fue:** went words\n\n**Lo siguiente:** next words\n\n"},
	}
	for lang, heads := range want {
		doc := exportTo(t, s, lang)
		if !strings.Contains(doc, "codeword words") {
			t.Errorf("%s: the safety plan is not in the export", lang)
		}
		if !strings.HasPrefix(doc, heads[0]) {
			t.Errorf("%s: does not start with its warning:\n%s", lang, doc[:min(len(doc), 200)])
		}
		for _, w := range append(heads[1:], values...) {
			if !strings.Contains(doc, w) {
				t.Errorf("%s: export lacks %q:\n%s", lang, w, doc)
			}
		}
	}
}

func TestMarkdownEmpty(t *testing.T) {
	doc := exportTo(t, openStore(t), "en")
	// journal, boundaries, conversations, relapse plan, its events, maps, rewards, weeks,
	// problem-solving worksheets, my own meetings, favourites, self-checks, self-care ratings, safety plan
	if n := strings.Count(doc, "Nothing here yet."); n != 14 {
		t.Errorf("an empty store's export says nothing is there %d times, want 14:\n%s", n, doc)
	}
}

func TestMarkdownLocked(t *testing.T) {
	ctx, s := context.Background(), openStore(t)
	_, err := s.SetPassphrase(ctx, "", "kettle river blue morning", nil)
	must(t, err)
	s.Lock()
	err = Markdown(ctx, io.Discard, s, localizer(t, "en"), time.Now())
	if !errors.Is(err, store.ErrLocked) {
		t.Errorf("locked store: %v, want ErrLocked", err)
	}
}

// The journal's messages are named here by ID only: each must still
// have words, in every language.
func TestSharedJournalMessages(t *testing.T) {
	data := map[string]any{"ID": 1, "Time": "t", "Mood": 3, "Tags": "x"}
	for _, msg := range []*i18n.Message{MsgEntryHeading, MsgEntryMood, MsgEntryTags, MsgEntryDamaged} {
		en, es := localizer(t, "en").T(msg, data), localizer(t, "es").T(msg, data)
		if en == "" || es == "" || en == es {
			t.Errorf("%s: English %q, Spanish %q", msg.ID, en, es)
		}
	}
}

// An entry's mood is written in the words of the window's mood choice,
// in every language, as "alongside journal list" and the export show it.
func TestEntryMoodInTheWindowsWords(t *testing.T) {
	for _, lang := range []string{translations.English, translations.Spanish} {
		l := localizer(t, lang)
		for m := store.Mood(1); m <= 5; m++ {
			got, want := EntryMood(l, m), content.MoodWords(l, int(m))
			if want == "" || !strings.Contains(got, want) {
				t.Errorf("%s: mood %d is %q, not in the window's words %q", lang, m, got, want)
			}
		}
	}
}

func TestWriteFileFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "records.md")
	must(t, os.WriteFile(path, []byte("before"), 0o600))
	boom := errors.New("boom")
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "half")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("WriteFile: %v, want boom", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "before" {
		t.Errorf("a failed write changed the file to %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a failed write left %v", entries)
	}
	if err := WriteFile(filepath.Join(dir, "no", "such.md"), func(io.Writer) error { return nil }); err == nil {
		t.Error("WriteFile into a missing folder succeeded")
	}
}

// A self-check about a child under 18 is scored in the export as the
// window scores it: checking up on a minor is parenting, not counted.
func TestSelfCheckScoresAsTheWindowDoes(t *testing.T) {
	ctx, s := context.Background(), openStore(t)
	n := len(content.EnablingSituations())
	all := make([]int, n)
	for i := range all {
		all[i] = 2
	}
	_, err := s.AddEnablingCheck(ctx, store.EnablingCheck{TakenAt: time.Date(2026, 10, 4, 9, 0, 0, 0, time.Local), Answers: all})
	must(t, err)
	adult := "score " + itoa(2*n) + " of " + itoa(2*n)
	if doc := exportTo(t, s, "en"); !strings.Contains(doc, adult) {
		t.Errorf("an adult's check is not %q:\n%s", adult, doc)
	}
	must(t, s.SetLovedOneAge(ctx, store.AgeUnder18))
	score, most := content.EnablingScore(all, true)
	minor := "score " + itoa(score) + " of " + itoa(most)
	if doc := exportTo(t, s, "en"); most >= 2*n || !strings.Contains(doc, minor) {
		t.Errorf("a minor's check is not %q:\n%s", minor, doc)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
