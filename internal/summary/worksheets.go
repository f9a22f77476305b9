package summary

import (
	"io"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// The CRAFT worksheets in the summary: the trigger maps, the rewards plan
// and the weekly check-ins.

const dWorksheet = "Summary: a label in the CRAFT worksheets"

var (
	msgMaps     = &i18n.Message{ID: "Summary.Maps", Description: "Summary: heading of the trigger maps (what comes before and after using, or a healthy activity)", Other: "What comes before and after (trigger maps)"}
	msgNoMaps   = &i18n.Message{ID: "Summary.NoMaps", Description: "Summary: no trigger map has been written", Other: "No trigger maps have been written yet."}
	msgMapUsing = &i18n.Message{ID: "Summary.Map.Using", Description: "Summary: kind of trigger map, before the map's name", Other: "A time they used"}
	msgMapSober = &i18n.Message{ID: "Summary.Map.Sober", Description: "Summary: kind of trigger map, before the map's name", Other: "Something healthy"}
	msgMapWho   = &i18n.Message{ID: "Summary.Map.Who", Description: dWorksheet, Other: "Who"}
	msgMapWhere = &i18n.Message{ID: "Summary.Map.Where", Description: dWorksheet, Other: "Where"}
	msgMapWhen  = &i18n.Message{ID: "Summary.Map.When", Description: dWorksheet, Other: "When"}
	msgMapThink = &i18n.Message{ID: "Summary.Map.Thoughts", Description: dWorksheet, Other: "Thoughts"}
	msgMapFeel  = &i18n.Message{ID: "Summary.Map.Feelings", Description: dWorksheet, Other: "Feelings"}
	msgMapGives = &i18n.Message{ID: "Summary.Map.Payoff", Description: dWorksheet, Other: "What it gives them"}
	msgMapCost  = &i18n.Message{ID: "Summary.Map.Cost", Description: dWorksheet, Other: "What it costs, or what gets in its way"}
	msgMapMine  = &i18n.Message{ID: "Summary.Map.MyPart", Description: dWorksheet, Other: "My part"}

	msgRewards   = &i18n.Message{ID: "Summary.Rewards", Description: "Summary: heading of the rewards plan and the weekly check-ins", Other: "Rewards for sober time"}
	msgNoRewards = &i18n.Message{ID: "Summary.NoRewards", Description: "Summary: the rewards plan is empty", Other: "No rewards have been written yet."}
	msgRewOffer  = &i18n.Message{ID: "Summary.Reward.Offer", Description: "Summary: a reward to offer for sober time, before its name", Other: "To offer"}
	msgRewHold   = &i18n.Message{ID: "Summary.Reward.Withhold", Description: "Summary: something to hold back when they use, before its name", Other: "To hold back"}
	msgRewCost   = &i18n.Message{ID: "Summary.Reward.Cost", Description: dWorksheet, Other: "Cost"}
	msgRewWhen   = &i18n.Message{ID: "Summary.Reward.When", Description: dWorksheet, Other: "When"}
	msgRewHow    = &i18n.Message{ID: "Summary.Reward.How", Description: dWorksheet, Other: "How"}
	msgWeeks     = &i18n.Message{ID: "Summary.Weeks", Description: "Summary: heading of the weekly reward steps and check-ins in the period", Other: "Week by week"}
	msgNoWeeks   = &i18n.Message{ID: "Summary.NoWeeks", Description: "Summary: no weekly step in the period", Other: "No weekly steps in these dates."}
	msgWeekOf    = &i18n.Message{ID: "Summary.Week.Of", Description: "Summary: a week's step; Date is the Monday it starts, written out, Plan what was planned", Other: "Week of {{.Date}}: {{.Plan}}"}
	msgWeekDone  = &i18n.Message{ID: "Summary.Week.Done", Description: "Summary: at the check-in, the reward was given", Other: "Done"}
	msgWeekNot   = &i18n.Message{ID: "Summary.Week.NotDone", Description: "Summary: at the check-in, the reward was not given", Other: "Not done"}
	msgWeekNone  = &i18n.Message{ID: "Summary.Week.NoCheckIn", Description: "Summary: the week has no check-in", Other: "No check-in."}
	msgWeekWent  = &i18n.Message{ID: "Summary.Week.HowItWent", Description: dWorksheet, Other: "How it went"}
	msgWeekNext  = &i18n.Message{ID: "Summary.Week.Next", Description: dWorksheet, Other: "Next"}
)

func (p *page) maps(maps []store.TriggerMap) {
	p.heading(msgMaps)
	if len(maps) == 0 {
		p.note(p.t(msgNoMaps))
	}
	for _, m := range maps {
		kind := msgMapUsing
		if m.Kind == store.MapSober {
			kind = msgMapSober
		}
		p.subheading(p.t(kind) + ": " + m.Title)
		p.damaged(m.Damaged)
		p.field(msgMapWho, m.Who)
		p.field(msgMapWhere, m.Where)
		p.field(msgMapWhen, m.When)
		p.field(msgMapThink, m.Thoughts)
		p.field(msgMapFeel, m.Feelings)
		p.field(msgMapGives, m.Payoff)
		p.field(msgMapCost, m.Cost)
		p.field(msgMapMine, m.MyPart)
	}
}

func (p *page) rewards(rewards []store.Reward, weeks []store.WeeklyStep) {
	p.heading(msgRewards)
	if len(rewards) == 0 {
		p.note(p.t(msgNoRewards))
	}
	for _, r := range rewards {
		kind := msgRewOffer
		if r.Kind == store.RewardWithhold {
			kind = msgRewHold
		}
		p.subheading(p.t(kind) + ": " + r.What)
		p.damaged(r.Damaged)
		p.field(msgRewCost, r.Cost)
		p.field(msgRewWhen, r.When)
		p.field(msgRewHow, r.How)
	}
	p.subheading(p.t(msgWeeks))
	if len(weeks) == 0 {
		p.note(p.t(msgNoWeeks))
	}
	for _, w := range weeks {
		p.gap(1)
		p.text("B", 10, p.t(msgWeekOf, map[string]any{"Date": p.date(w.Week), "Plan": oneLine(w.Plan)}))
		p.damaged(w.Damaged)
		switch {
		case !w.CheckedIn:
			p.note(p.t(msgWeekNone))
		case w.Done:
			p.text("", 10, p.t(msgWeekDone))
		default:
			p.text("", 10, p.t(msgWeekNot))
		}
		p.field(msgWeekWent, w.HowItWent)
		p.field(msgWeekNext, w.Next)
	}
}

// Document is a plain document written like the summary: a title, a note
// in a grey box under it, then sections.
type Document struct {
	Title    string
	Note     string
	Sections []Section
}

// Section is a heading with lines (each a paragraph of its own) and text.
type Section struct {
	Heading string
	Lines   []string
	Text    string
}

// WriteDocument writes doc as a PDF to w, in l's language (page numbers
// and fonts); now is its date.
func WriteDocument(w io.Writer, l *translations.Localizer, doc Document, now time.Time) error {
	p := newPage(l, doc.Title, now)
	p.font("B", 20, accent)
	p.f.MultiCell(0, 9, doc.Title, "", "L", false)
	if doc.Note != "" {
		p.gap(3)
		p.f.SetFillColor(light[0], light[1], light[2])
		p.font("", 9, [3]int{})
		p.f.MultiCell(0, lineHeight, doc.Note, "", "L", true)
	}
	for _, s := range doc.Sections {
		p.headingText(s.Heading)
		for _, line := range s.Lines {
			p.text("", 11, line)
		}
		if t := strings.TrimSpace(s.Text); t != "" {
			p.text("", 11, t)
		}
	}
	return p.f.Output(w)
}
