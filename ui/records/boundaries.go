package records

import (
	"context"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgBoundNew   = &i18n.Message{ID: "Boundaries.New", Description: "Button: set down a new boundary", Other: "New boundary"}
	msgBoundIntro = &i18n.Message{ID: "Boundaries.Intro", Description: "Explains what a boundary is, above the list",
		Other: "A boundary says what you will do, not what they must do: \"If you…, I will…\". Note each time it is tested, and see how it holds."}
	msgBoundFirst = &i18n.Message{ID: "Boundaries.First", Description: "No boundaries yet", Other: "No boundaries yet. Press New boundary to write your first one."}
	msgBoundHeld  = &i18n.Message{ID: "Boundaries.Figures", Description: "How often a boundary held; Held and Count are numbers, Count the times it was tested",
		One: "Held {{.Held}} of {{.Count}} time", Other: "Held {{.Held}} of {{.Count}} times"}
	msgBoundRest = &i18n.Message{ID: "Boundaries.Figures.Rest", Description: "The other outcomes of a boundary's tests; Bent and Broken are numbers",
		Other: "bent {{.Bent}}, broken {{.Broken}}"}
	msgBoundUntested = &i18n.Message{ID: "Boundaries.Untested", Description: "A boundary never tested yet", Other: "Not tested yet"}
	msgBoundSetOn    = &i18n.Message{ID: "Boundaries.SetOn", Description: "When a boundary was set; Date is a date", Other: "Set on {{.Date}}"}
	msgBoundToldTo   = &i18n.Message{ID: "Boundaries.ToldTo.Line", Description: "Whom a boundary was told to; Name is what the person wrote", Other: "Told to {{.Name}}"}
	msgBoundRetired  = &i18n.Message{ID: "Boundaries.Retired", Description: "A boundary no longer in use", Other: "Retired"}
	msgBoundDamaged  = &i18n.Message{ID: "Boundaries.Damaged", Description: "A boundary's words could not be opened", Other: "This boundary is damaged and cannot be read."}
	msgBoundFailed   = &i18n.Message{ID: "Boundaries.Failed", Description: "The boundaries could not be read; Reason explains", Other: "Your boundaries could not be opened. {{.Reason}}"}
)

// boundariesScreen lists the boundaries, active first, with how each held.
type boundariesScreen struct {
	sc   *Screens
	k    page.Kit
	l    *translations.Localizer
	list *fyne.Container
}

func (sc *Screens) BoundariesSection() (fyne.CanvasObject, func()) {
	s := &boundariesScreen{sc: sc, k: sc.Kit, l: sc.L, list: container.NewVBox()}
	add := s.k.Button(s.l.T(msgBoundNew), fynetheme.ContentAddIcon(), func() { sc.Push(sc.BoundaryEditPage(store.Boundary{Active: true})) })
	add.Importance = widget.HighImportance
	return page.Scroll(page.Wrapped(s.l.T(msgBoundIntro)), page.NewFlow(add), s.list), s.reload
}

// reload reads the boundaries again.
func (s *boundariesScreen) reload() {
	s.list.RemoveAll()
	ctx := context.Background()
	bs, err := s.sc.Records.Boundaries(ctx)
	if err != nil {
		s.list.Add(page.Wrapped(page.FailText(s.l, msgBoundFailed, err)))
		return
	}
	if len(bs) == 0 {
		s.list.Add(page.Wrapped(s.l.T(msgBoundFirst)))
	}
	for _, b := range bs {
		tests, err := s.sc.Records.BoundaryTests(ctx, b.ID)
		if err != nil {
			log.Printf("boundary tests: %v", err)
		}
		s.list.Add(s.card(b, store.TallyOf(tests)))
	}
}

func (s *boundariesScreen) card(b store.Boundary, t store.Tally) fyne.CanvasObject {
	open := s.k.Button(s.l.T(page.MsgOpen), fynetheme.NavigateNextIcon(), func() { s.sc.Push(s.sc.BoundaryPage(b.ID)) })
	title := b.Text
	if b.Damaged {
		title = s.l.T(msgBoundDamaged)
	}
	return page.NewCard(title, container.NewVBox(page.Wrapped(tallyText(s.l, t)), page.SmallPrint(boundaryFacts(s.l, b)), page.NewFlow(open)))
}

// tallyText is "Held 9 of 11 times · bent 1, broken 1", or "Not tested yet".
func tallyText(l *translations.Localizer, t store.Tally) string {
	if t.Total() == 0 {
		return l.T(msgBoundUntested)
	}
	held := l.N(msgBoundHeld, t.Total(), map[string]any{"Held": t.Held})
	if t.Bent+t.Broken == 0 {
		return held
	}
	return held + " · " + l.T(msgBoundRest, map[string]any{"Bent": t.Bent, "Broken": t.Broken})
}

// boundaryFacts is when it was set, to whom, and whether it is retired.
func boundaryFacts(l *translations.Localizer, b store.Boundary) string {
	var parts []string
	if !b.SetOn.IsZero() {
		parts = append(parts, l.T(msgBoundSetOn, map[string]any{"Date": l.Date(b.SetOn)}))
	}
	if b.ToldTo != "" {
		parts = append(parts, l.T(msgBoundToldTo, map[string]any{"Name": b.ToldTo}))
	}
	if !b.Active {
		parts = append(parts, l.T(msgBoundRetired))
	}
	return strings.Join(parts, " · ")
}
