package summary

import (
	"cmp"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// The page: A4 in millimetres. The Go fonts are embedded (as subsets of
// the characters used), so accents and other letters print as written
// in every language.
const (
	family     = "Go"
	margin     = 18.0
	lineHeight = 5.2
	pageAlias  = "{nb}"
	barWidth   = 70.0 // the length of a mood of 5 in the chart
)

// Grey tones and the accent colour, as RGB.
var (
	grey   = [3]int{96, 96, 96}
	light  = [3]int{240, 240, 236}
	accent = [3]int{62, 112, 140}
)

// Write writes d as a PDF to w, in l's language; now is printed as the
// day it was made (and stamped as the file's date).
func Write(w io.Writer, l *translations.Localizer, d Data, now time.Time) error {
	p := newPage(l, l.T(msgTitle), now)
	p.header(d, now)
	parts := map[Part]func(){
		PartBoundaries:    func() { p.boundaries(d.Boundaries) },
		PartConversations: func() { p.conversations(d.Conversations) },
		PartRelapse:       func() { p.relapse(d.Plan, d.Events) },
		PartMaps:          func() { p.maps(d.Maps) },
		PartRewards:       func() { p.rewards(d.Rewards, d.Weeks) },
		PartProblems:      func() { p.problems(d.Problems) },
		PartMoods:         func() { p.moods(d.Moods) },
		PartSelfCare:      func() { p.selfCare(d.SelfCare) },
	}
	for _, part := range AllParts {
		if d.has(part) {
			parts[part]()
		}
	}
	return p.f.Output(w)
}

// page draws the summary on an fpdf document.
type page struct {
	f *fpdf.Fpdf
	l *translations.Localizer
}

func newPage(l *translations.Localizer, title string, now time.Time) *page {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(true, margin)
	f.AddUTF8FontFromBytes(family, "", goregular.TTF)
	f.AddUTF8FontFromBytes(family, "B", gobold.TTF)
	f.SetCreationDate(now)
	f.SetModificationDate(now)
	f.SetCatalogSort(true)
	f.SetLang(l.Lang())
	f.SetTitle(title, true)
	f.SetCreator("Alongside", true)
	f.AliasNbPages(pageAlias)
	p := &page{f: f, l: l}
	f.SetFooterFunc(func() {
		f.SetY(-margin + 4)
		p.font("", 8, grey)
		f.CellFormat(0, 4, l.T(msgPage, map[string]any{"Page": f.PageNo(), "Total": pageAlias}), "", 0, "C", false, 0, "")
	})
	f.AddPage()
	return p
}

func (p *page) t(m *i18n.Message, data ...map[string]any) string { return p.l.T(m, data...) }

func (p *page) date(t time.Time) string { return p.l.Date(t) }

func (p *page) font(style string, size float64, colour [3]int) {
	p.f.SetFont(family, style, size)
	p.f.SetTextColor(colour[0], colour[1], colour[2])
}

// text writes s as a paragraph that wraps at the margin.
func (p *page) text(style string, size float64, s string) {
	p.font(style, size, [3]int{})
	p.f.MultiCell(0, lineHeight*size/10, s, "", "L", false)
}

func (p *page) note(s string) {
	p.font("", 9, grey)
	p.f.MultiCell(0, lineHeight*0.9, s, "", "L", false)
}

func (p *page) gap(mm float64) { p.f.Ln(mm) }

// keep starts a new page unless mm millimetres are left on this one, so
// that a heading does not end a page.
func (p *page) keep(mm float64) {
	_, h := p.f.GetPageSize()
	if p.f.GetY()+mm > h-margin {
		p.f.AddPage()
	}
}

func (p *page) heading(m *i18n.Message) { p.headingText(p.t(m)) }

func (p *page) headingText(s string) {
	p.gap(4)
	p.keep(30)
	p.font("B", 14, accent)
	p.f.MultiCell(0, 7, s, "", "L", false)
	x, y := p.f.GetXY()
	w, _ := p.f.GetPageSize()
	p.f.SetDrawColor(accent[0], accent[1], accent[2])
	p.f.Line(x, y, w-margin, y)
	p.gap(3)
}

func (p *page) subheading(s string) {
	p.gap(1.5)
	p.keep(18)
	p.text("B", 11, oneLine(s))
}

// field writes "Label: value" when value is not blank.
func (p *page) field(label *i18n.Message, value string) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	p.font("B", 10, [3]int{})
	p.f.Write(lineHeight, p.t(label)+": ")
	p.font("", 10, [3]int{})
	p.f.Write(lineHeight, value)
	p.f.Ln(lineHeight + 0.8)
}

func (p *page) damaged(d bool) {
	if d {
		p.note(p.t(msgDamaged))
	}
}

func (p *page) header(d Data, now time.Time) {
	p.font("B", 20, accent)
	p.f.MultiCell(0, 9, p.t(msgTitle), "", "L", false)
	p.text("", 12, p.t(msgPeriod, map[string]any{"From": p.date(d.From), "To": p.date(d.To)}))
	p.note(p.t(msgMade, map[string]any{"Date": p.date(now)}))
	p.gap(3)
	p.f.SetFillColor(light[0], light[1], light[2])
	p.font("", 9, [3]int{})
	p.f.MultiCell(0, lineHeight, p.t(msgPrivate), "", "L", true)
}

func (p *page) boundaries(bs []Boundary) {
	p.heading(msgBoundaries)
	if len(bs) == 0 {
		p.note(p.t(msgNoBoundaries))
	}
	outcome := map[store.Outcome]*i18n.Message{store.Held: msgHeld, store.Bent: msgBent, store.Broken: msgBroken}
	for _, b := range bs {
		p.subheading(b.Text)
		p.damaged(b.Damaged)
		set := p.t(msgBoundarySet, map[string]any{"Date": p.date(b.SetOn)})
		if !b.Active {
			set += " (" + p.t(msgBoundaryRetired) + ")"
		}
		p.note(set)
		p.field(msgConsequence, b.Consequence)
		if b.Tally.Total() == 0 {
			p.text("", 10, p.t(msgNotTested))
			continue
		}
		p.text("", 10, p.l.N(msgTally, b.Tally.Total(), map[string]any{"Held": b.Tally.Held, "Bent": b.Tally.Bent, "Broken": b.Tally.Broken}))
		for _, t := range b.Tests {
			line := "•  " + p.date(t.On) + " · " + p.t(outcome[t.Outcome])
			if note := oneLine(t.Note); note != "" {
				line += " · " + note
			}
			p.text("", 10, line)
		}
	}
}

func (p *page) conversations(cs []store.Conversation) {
	p.heading(msgConversations)
	if len(cs) == 0 {
		p.note(p.t(msgNoConversations))
	}
	for _, c := range cs {
		p.subheading(c.Goal)
		p.damaged(c.Damaged)
		p.note(p.t(msgPlanned, map[string]any{"Date": p.date(c.Planned)}))
		p.field(msgGoal, c.Goal)
		p.field(msgWhenWhere, c.WhenWhere)
		p.field(msgOpening, c.Opening)
		p.field(msgIStatements, c.IStatements)
		p.field(msgAvoid, c.Avoid)
		p.field(msgSelfCareLab, c.SelfCare)
		if c.DebriefedAt.IsZero() {
			p.note(p.t(msgNoDebrief))
			continue
		}
		p.gap(1)
		p.text("B", 10, p.t(msgDebriefed, map[string]any{"Date": p.date(c.DebriefedAt)}))
		p.field(msgHappened, c.Happened)
		p.field(msgResponse, c.Response)
		p.field(msgFelt, c.Felt)
		p.field(msgNextTime, c.NextTime)
	}
}

func (p *page) relapse(plan store.RelapsePlan, events []store.RelapseEvent) {
	p.heading(msgRelapse)
	if plan.Updated.IsZero() {
		p.note(p.t(msgNoPlan))
	} else {
		p.note(p.t(msgPlanUpdated, map[string]any{"Date": p.date(plan.Updated)}))
		p.damaged(plan.Damaged)
		p.field(msgWarningSigns, plan.WarningSigns)
		p.field(msgWhatISay, plan.WhatISay)
		p.field(msgWillNotDo, plan.WillNotDo)
		p.field(msgSafetySteps, plan.SafetySteps)
		p.field(msgNaloxoneWhere, plan.NaloxoneWhere)
		if !plan.NaloxoneExpires.IsZero() {
			p.field(msgNaloxoneDate, p.date(plan.NaloxoneExpires))
		}
		p.field(msgWhoToCall, plan.WhoToCall)
		p.field(msgWhereHelp, plan.WhereHelp)
	}
	p.subheading(p.t(msgEvents))
	if len(events) == 0 {
		p.note(p.t(msgNoEvents))
	}
	for _, e := range events {
		p.text("B", 10, p.date(e.At)+" "+p.l.Clock(e.At))
		p.damaged(e.Damaged)
		if s := strings.TrimSpace(e.Notes); s != "" {
			p.text("", 10, s)
		}
	}
}

// moods draws the weekly average mood as a bar chart with its numbers.
func (p *page) moods(weeks []MoodWeek) {
	p.heading(msgMoods)
	if len(weeks) == 0 {
		p.note(p.t(msgNoMoods))
		return
	}
	p.note(p.t(msgMoodScale, map[string]any{"Scale": content.MoodScale(p.l)}))
	p.gap(1)
	labelW := 60.0
	for _, w := range weeks {
		p.keep(7)
		p.font("", 9, [3]int{})
		p.f.CellFormat(labelW, 6, p.t(msgMoodWeek, map[string]any{"Date": p.date(w.Start)}), "", 0, "L", false, 0, "")
		x, y := p.f.GetXY()
		p.f.SetFillColor(light[0], light[1], light[2])
		p.f.Rect(x, y+1, barWidth, 4, "F")
		p.f.SetFillColor(accent[0], accent[1], accent[2])
		p.f.Rect(x, y+1, barWidth*w.Average/5, 4, "F")
		p.f.SetX(x + barWidth + 3)
		value := p.l.N(msgMoodValue, w.Count, map[string]any{"Average": p.number(w.Average)})
		p.f.CellFormat(0, 6, value, "", 1, "L", false, 0, "")
	}
}

// selfCare writes, per area rated, the first and latest score in the
// period and their average.
func (p *page) selfCare(ratings []store.SelfCareRating) {
	p.heading(msgSelfCare)
	if len(ratings) == 0 {
		p.note(p.t(msgNoSelfCare))
		return
	}
	p.note(p.t(msgSelfCareScale) + " " + p.l.N(msgSelfCareCount, len(ratings), nil))
	p.gap(1)
	first, last := ratings[0], ratings[len(ratings)-1]
	widths := []float64{62, 40, 40, 0} // 0: to the margin
	p.f.SetFillColor(light[0], light[1], light[2])
	p.font("B", 9, [3]int{})
	p.row(widths, "", true, p.t(msgColArea), p.t(msgColFirst), p.t(msgColLatest), p.t(msgColAverage))
	p.font("", 8, grey)
	p.row(widths, "B", true, "", p.date(first.TakenAt), p.date(last.TakenAt), "")
	p.font("", 9, [3]int{})
	for _, area := range areasOf(ratings) {
		p.keep(7)
		sum, n := 0, 0
		for _, r := range ratings {
			if v, ok := r.Scores[area]; ok {
				sum, n = sum+v, n+1
			}
		}
		p.row(widths, "B", false, p.areaName(area), score(first, area), score(last, area), p.number(float64(sum)/float64(n)))
	}
}

// row writes one line of a table, the cells cut to their widths.
func (p *page) row(widths []float64, border string, fill bool, cells ...string) {
	for i, c := range cells {
		ln := 0
		if i == len(cells)-1 {
			ln = 1
		}
		p.f.CellFormat(widths[i], 6, c, border, ln, "L", fill, 0, "")
	}
}

func score(r store.SelfCareRating, area string) string {
	if v, ok := r.Scores[area]; ok {
		return strconv.Itoa(v)
	}
	return "–"
}

// number writes x with one decimal, with the language's separator.
func (p *page) number(x float64) string {
	return strings.Replace(strconv.FormatFloat(x, 'f', 1, 64), ".", p.t(msgDecimal), 1)
}

// selfCareOrder is the order Learn asks the areas in; an area the
// summary does not know comes after them, by name.
var selfCareOrder = []string{"sleep", "health", "feelings", "people", "work", "money", "fun", "meaning"}

func areasOf(ratings []store.SelfCareRating) []string {
	seen := map[string]bool{}
	for _, r := range ratings {
		for a := range r.Scores {
			seen[a] = true
		}
	}
	areas := slices.Collect(maps.Keys(seen))
	rank := func(a string) int {
		if i := slices.Index(selfCareOrder, a); i >= 0 {
			return i
		}
		return len(selfCareOrder)
	}
	slices.SortFunc(areas, func(a, b string) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), strings.Compare(a, b)) })
	return areas
}

// areaName is the name Learn's self-care rating gives an area, or the id
// itself for an area it does not know.
func (p *page) areaName(id string) string {
	if m := content.SelfCareAreaName(id); m != nil {
		return p.l.T(m)
	}
	return id
}

// oneLine is s on one line, for headings.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
