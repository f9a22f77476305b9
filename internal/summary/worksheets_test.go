package summary

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// withWorksheets is filled with the CRAFT worksheets Worksheets says are
// "used with a counsellor": trigger maps, rewards and weekly check-ins,
// and a problem worked through.
func withWorksheets(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	s := filled(t)
	id := func(_ int64, err error) { t.Helper(); must(t, err) }
	id(s.AddTriggerMap(ctx, store.TriggerMap{Kind: store.MapUsing, Title: "Viernes después del trabajo", Who: "Sus compañeros", Payoff: "Se relaja", MyPart: "No discutir esa noche"}))
	id(s.AddTriggerMap(ctx, store.TriggerMap{Kind: store.MapSober, Title: "Domingo en el huerto", Feelings: "Tranquilo"}))
	id(s.AddReward(ctx, store.Reward{Kind: store.RewardOffer, What: "Cocinar su curry favorito", When: "Sábado"}))
	id(s.AddReward(ctx, store.Reward{Kind: store.RewardWithhold, What: "Llevarle en coche", How: "Con calma, sin reproches"}))
	id(s.SaveWeeklyStep(ctx, store.WeeklyStep{Week: day("2026-11-09"), Plan: "Cine el sábado", CheckedIn: true, Done: true, HowItWent: "Sonrió y se quedó en casa", Next: "Repetir"}))
	id(s.SaveWeeklyStep(ctx, store.WeeklyStep{Week: day("2026-08-03"), Plan: "fuera del periodo"}))
	id(s.AddProblemSheet(ctx, store.ProblemSheet{Problem: "Los viernes llega borracho y despierta al bebé",
		Ideas: "Ir a casa de mi hermana", Choice: "Pedirle que duerma abajo", Obstacles: "Puede enojarse",
		IfObstacle: "Ser breve e irme si se calienta", HowItWent: "Aceptó, pero lo olvidó", Next: "Recordárselo el viernes"}))
	return s
}

// The counsellor's PDF has the worksheets used with a counsellor.
func TestPDFHasTheWorksheets(t *testing.T) {
	d, err := Collect(context.Background(), withWorksheets(t), day("2026-11-01"), day("2026-11-30"))
	must(t, err)
	l := localizer(t, translations.Spanish)
	var buf bytes.Buffer
	must(t, Write(&buf, l, d, day("2026-12-01")))
	text, err := pdfText(buf.Bytes())
	must(t, err)
	for _, want := range []string{"Viernes después del trabajo", "No discutir esa noche", "Domingo en el huerto", "Cocinar su curry favorito",
		"Llevarle en coche", "Con calma, sin reproches", "Cine el sábado", "Sonrió y se quedó en casa", l.T(msgMaps), l.T(msgRewards), l.T(msgWeeks),
		l.T(msgProblems), "Los viernes llega borracho y despierta al bebé", "Ir a casa de mi hermana", "Pedirle que duerma abajo",
		"Puede enojarse", "Ser breve e irme si se calienta", "Aceptó, pero lo olvidó", "Recordárselo el viernes", l.T(msgProbThen)} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "fuera del periodo") {
		t.Error("the PDF holds a week from outside the period")
	}
}

// The person chooses what goes in: a part left out is not in the PDF.
func TestPDFHoldsOnlyThePartsChosen(t *testing.T) {
	d, err := Collect(context.Background(), withWorksheets(t), day("2026-11-01"), day("2026-11-30"))
	must(t, err)
	d.Parts = []Part{PartMaps, PartMoods}
	l := localizer(t, translations.English)
	var buf bytes.Buffer
	must(t, Write(&buf, l, d, day("2026-12-01")))
	text, err := pdfText(buf.Bytes())
	must(t, err)
	for _, want := range []string{"Viernes después del trabajo", l.T(msgMoods)} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q, chosen", want)
		}
	}
	for _, absent := range []string{"Cocinar su curry favorito", "Tía Begoña", "Conversación difícil con mamá", "Me mantuve firme", l.T(msgSelfCare), l.T(msgBoundaries),
		"Los viernes llega borracho", l.T(msgProblems)} {
		if strings.Contains(text, absent) {
			t.Errorf("the PDF holds %q, left out", absent)
		}
	}
	if len(AllParts) != 8 || !slices.Contains(AllParts, PartProblems) {
		t.Errorf("AllParts has %d parts", len(AllParts))
	}
}

// The problem-solving worksheets are a part of their own: ticked alone,
// they are what the PDF holds, in the reader's language.
func TestPDFProblemsAlone(t *testing.T) {
	d, err := Collect(context.Background(), withWorksheets(t), day("2026-11-01"), day("2026-11-30"))
	must(t, err)
	if len(d.Problems) != 1 || d.Problems[0].Next != "Recordárselo el viernes" {
		t.Fatalf("collected problems: %+v", d.Problems)
	}
	d.Parts = []Part{PartProblems}
	l := localizer(t, translations.Spanish)
	var buf bytes.Buffer
	must(t, Write(&buf, l, d, day("2026-12-01")))
	text, err := pdfText(buf.Bytes())
	must(t, err)
	for _, want := range []string{"Resolver un problema", "Lo que podría interponerse", "Puede enojarse", "Recordárselo el viernes"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q, chosen:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Viernes después del trabajo") || strings.Contains(text, l.T(msgMaps)) {
		t.Error("the PDF holds the maps, left out")
	}
}

// A plain document (the safety plan) is written with its own title.
func TestDocument(t *testing.T) {
	l := localizer(t, translations.Spanish)
	var buf bytes.Buffer
	must(t, WriteDocument(&buf, l, Document{Title: "Mi plan", Note: "No está protegido.",
		Sections: []Section{{Heading: "Números", Lines: []string{"Emergencias · Llamar: 112"}}, {Heading: "Palabra clave", Text: "piña"}}}, day("2026-12-01")))
	text, err := pdfText(buf.Bytes())
	must(t, err)
	for _, want := range []string{"Mi plan", "No está protegido.", "Números", "Emergencias · Llamar: 112", "Palabra clave", "piña"} {
		if !strings.Contains(text, want) {
			t.Errorf("the document lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, l.T(msgTitle)) {
		t.Error("the document is titled as the counsellor's summary")
	}
}
