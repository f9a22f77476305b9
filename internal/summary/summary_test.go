package summary

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

func day(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s+" 10:00", time.Local)
	if err != nil {
		panic(err)
	}
	return t
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// filled is a store with records inside and outside November 2026.
func filled(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), store.FileName))
	must(t, err)
	t.Cleanup(func() { s.Close() })
	id := func(id int64, err error) int64 { t.Helper(); must(t, err); return id }

	b := id(s.AddBoundary(ctx, store.Boundary{Text: "Si llegas borracho, dormiré en casa de mi hermana", Consequence: "Me iré esa misma noche, sin discutir", SetOn: day("2026-10-01"), Active: true}))
	id(s.AddBoundaryTest(ctx, store.BoundaryTest{BoundaryID: b, On: day("2026-10-20"), Outcome: store.Broken, Note: "antes del periodo"}))
	id(s.AddBoundaryTest(ctx, store.BoundaryTest{BoundaryID: b, On: day("2026-11-03"), Outcome: store.Held, Note: "Me mantuve firme aunque lloró"}))
	id(s.AddBoundaryTest(ctx, store.BoundaryTest{BoundaryID: b, On: day("2026-11-18"), Outcome: store.Bent}))
	id(s.AddBoundary(ctx, store.Boundary{Text: "Retired long ago", SetOn: day("2025-01-01"), Active: false}))
	id(s.AddBoundary(ctx, store.Boundary{Text: "Set after the period", SetOn: day("2026-12-05"), Active: true}))

	id(s.AddConversation(ctx, store.Conversation{Goal: "Conversación difícil con mamá", Opening: "¿Podemos hablar un momento?", Planned: day("2026-11-05"),
		DebriefedAt: day("2026-11-07"), Happened: "Habló poco, pero escuchó", Felt: "Aliviada y un poco triste", NextTime: "Elegir otro lugar"}))
	id(s.AddConversation(ctx, store.Conversation{Goal: "Old talk", Planned: day("2026-06-01")}))

	must(t, s.SaveRelapsePlan(ctx, store.RelapsePlan{WarningSigns: "Deja de contestar el teléfono", WhoToCall: "Tía Begoña", NaloxoneWhere: "Cajón de la cocina", NaloxoneExpires: day("2027-03-01")}))
	id(s.AddRelapseEvent(ctx, store.RelapseEvent{At: day("2026-11-12"), Notes: "Llamé a la línea de ayuda; pasó la noche en urgencias"}))
	id(s.AddRelapseEvent(ctx, store.RelapseEvent{At: day("2026-09-12"), Notes: "outside"}))

	for _, e := range []struct {
		at   string
		mood store.Mood
	}{{"2026-11-02", 2}, {"2026-11-04", 3}, {"2026-11-10", 4}, {"2026-11-29", 5}, {"2026-11-30", 1}, {"2026-10-30", 5}} {
		id(s.AddEntry(ctx, store.Entry{At: day(e.at), Mood: e.mood, Text: "privado: no va en el resumen"}))
	}
	id(s.AddEntry(ctx, store.Entry{At: day("2026-11-15"), Text: "without a mood"}))

	id(s.AddSelfCareRating(ctx, store.SelfCareRating{TakenAt: day("2026-11-01"), Scores: map[string]int{"sleep": 3, "fun": 2}}))
	id(s.AddSelfCareRating(ctx, store.SelfCareRating{TakenAt: day("2026-11-20"), Scores: map[string]int{"sleep": 6, "fun": 5, "people": 7}}))
	id(s.AddSelfCareRating(ctx, store.SelfCareRating{TakenAt: day("2026-12-20"), Scores: map[string]int{"sleep": 9}}))
	return s
}

func TestCollect(t *testing.T) {
	d, err := Collect(context.Background(), filled(t), day("2026-11-01"), day("2026-11-30"))
	must(t, err)
	if len(d.Boundaries) != 1 || d.Boundaries[0].Tally != (store.Tally{Held: 1, Bent: 1}) || len(d.Boundaries[0].Tests) != 2 {
		t.Errorf("boundaries: %+v", d.Boundaries)
	}
	if len(d.Conversations) != 1 || d.Conversations[0].Goal != "Conversación difícil con mamá" {
		t.Errorf("conversations: %+v", d.Conversations)
	}
	if len(d.Events) != 1 || d.Plan.WhoToCall != "Tía Begoña" {
		t.Errorf("relapse: %+v %+v", d.Plan, d.Events)
	}
	// Weeks start on Monday: Nov 2 (2, 3), Nov 9 (4), Nov 23 (5), Nov 30 (1).
	want := []MoodWeek{{day("2026-11-02"), 2, 2.5}, {day("2026-11-09"), 1, 4}, {day("2026-11-23"), 1, 5}, {day("2026-11-30"), 1, 1}}
	if len(d.Moods) != len(want) {
		t.Fatalf("moods: %+v", d.Moods)
	}
	for i, w := range want {
		got := d.Moods[i]
		y, m, dd := w.Start.Date()
		if got.Start != time.Date(y, m, dd, 0, 0, 0, 0, time.Local) || got.Count != w.Count || got.Average != w.Average {
			t.Errorf("mood week %d: %+v, want %+v", i, got, w)
		}
	}
	if len(d.SelfCare) != 2 {
		t.Errorf("self-care: %+v", d.SelfCare)
	}
	if _, err := Collect(context.Background(), lockedStore(t), day("2026-11-01"), day("2026-11-30")); err == nil {
		t.Error("Collect read a locked store")
	}
}

func lockedStore(t *testing.T) *store.Store {
	store.UseQuickKeysForTests()
	s := filled(t)
	_, err := s.SetPassphrase(context.Background(), "", "kettle river blue morning", nil)
	must(t, err)
	s.Lock()
	return s
}

func localizer(t *testing.T, lang string) *translations.Localizer {
	t.Helper()
	b, err := translations.NewBundle()
	must(t, err)
	return translations.NewLocalizer(b, lang)
}

// TestPDFInSpanish writes the summary in Spanish and reads its text back
// the way a PDF reader does: the accented words are there as written.
func TestPDFInSpanish(t *testing.T) {
	d, err := Collect(context.Background(), filled(t), day("2026-11-01"), day("2026-11-30"))
	must(t, err)
	l := localizer(t, translations.Spanish)
	var buf bytes.Buffer
	must(t, Write(&buf, l, d, day("2026-12-01")))
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", buf.Bytes()[:20])
	}
	text, err := pdfText(buf.Bytes())
	must(t, err)
	for _, want := range []string{
		"Conversación difícil con mamá", "¿Podemos hablar un momento?", "Aliviada y un poco triste",
		"Tía Begoña", "Me mantuve firme aunque lloró", "Deja de contestar el teléfono", "pasó la noche en urgencias",
		l.Date(day("2026-11-01")), l.Date(day("2026-11-30")), // "1 de noviembre de 2026"
		l.T(msgTitle), l.T(msgBoundaries), l.T(msgConversations), l.T(msgRelapse), l.T(msgMoods), l.T(msgSelfCare),
		l.ID("SelfCare.Area.Sleep"),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
	for _, absent := range []string{"privado: no va en el resumen", "antes del periodo", "Old talk", "Retired long ago", "Set after the period", "outside"} {
		if strings.Contains(text, absent) {
			t.Errorf("the PDF holds %q, from outside the period or from the journal", absent)
		}
	}
	if !strings.Contains(text, "noviembre") {
		t.Errorf("dates are not in Spanish:\n%s", text)
	}
	if testing.Verbose() {
		t.Logf("text:\n%s", text)
	}
}

func TestPDFEmptyPeriodInEnglish(t *testing.T) {
	l := localizer(t, translations.English)
	var buf bytes.Buffer
	d := Data{From: day("2026-01-01"), To: day("2026-01-31")}
	must(t, Write(&buf, l, d, day("2026-02-01")))
	text, err := pdfText(buf.Bytes())
	must(t, err)
	for _, m := range []string{"Summary for a counsellor", "No boundaries were in force", "No relapse plan", "No moods", "No self-care ratings", "Page 1 of 1", "January 1, 2026"} {
		if !strings.Contains(text, m) {
			t.Errorf("lacks %q:\n%s", m, text)
		}
	}
}
