package export

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
)

// The records added to the export after the first ones: the safety plan,
// the meetings the person added, and the self-checks of Learn.

const dOther = "Export: a label"

var (
	msgSecSafety   = &i18n.Message{ID: "Export.Safety", Description: "Export: heading of the personal safety plan", Other: "My safety plan"}
	msgSafetyNote  = &i18n.Message{ID: "Export.Safety.Note", Description: "Export: under the safety plan's heading", Other: "A safety plan found by the person you are afraid of can put you in more danger. Keep this file where they will never look."}
	msgSafeSigns   = &i18n.Message{ID: "Export.Safety.Signs", Description: dOther, Other: "Warning signs that things may turn dangerous"}
	msgSafePlaces  = &i18n.Message{ID: "Export.Safety.Places", Description: dOther, Other: "Safe places I can go"}
	msgSafePeople  = &i18n.Message{ID: "Export.Safety.People", Description: dOther, Other: "People I can call"}
	msgSafeCode    = &i18n.Message{ID: "Export.Safety.CodeWord", Description: dOther, Other: "Code word"}
	msgSafeTake    = &i18n.Message{ID: "Export.Safety.ToTake", Description: dOther, Other: "What to take"}
	msgSafeLeave   = &i18n.Message{ID: "Export.Safety.Leave", Description: dOther, Other: "How I can leave quickly"}
	msgSafeKids    = &i18n.Message{ID: "Export.Safety.Children", Description: dOther, Other: "Keeping children safe"}
	msgSafeNotes   = &i18n.Message{ID: "Export.Safety.Notes", Description: dOther, Other: "Anything else"}
	msgSecMine     = &i18n.Message{ID: "Export.MyMeetings", Description: "Export: heading of the meetings the person added themselves", Other: "My own meetings"}
	msgMineWho     = &i18n.Message{ID: "Export.MyMeeting.Fellowship", Description: dOther, Other: "Fellowship"}
	msgMineWhen    = &i18n.Message{ID: "Export.MyMeeting.When", Description: dOther, Other: "When"}
	msgMineByAppt  = &i18n.Message{ID: "Export.MyMeeting.Appointment", Description: "Export: a meeting with no set days", Other: "by appointment"}
	msgMineZone    = &i18n.Message{ID: "Export.MyMeeting.Zone", Description: dOther, Other: "Time zone"}
	msgMineTypes   = &i18n.Message{ID: "Export.MyMeeting.Types", Description: dOther, Other: "Kind of meeting"}
	msgMinePlace   = &i18n.Message{ID: "Export.MyMeeting.Location", Description: dOther, Other: "Place"}
	msgMineAddress = &i18n.Message{ID: "Export.MyMeeting.Address", Description: dOther, Other: "Address"}
	msgMineLink    = &i18n.Message{ID: "Export.MyMeeting.Link", Description: dOther, Other: "Video link"}
	msgMinePhone   = &i18n.Message{ID: "Export.MyMeeting.Phone", Description: dOther, Other: "Phone"}
	msgMineNotes   = &i18n.Message{ID: "Export.MyMeeting.Notes", Description: dOther, Other: "Notes"}
	msgSecFavs     = &i18n.Message{ID: "Export.Favourites", Description: "Export: heading of the meetings from imported lists marked as favourites", Other: "My favourite meetings"}
	msgSecChecks   = &i18n.Message{ID: "Export.Checks", Description: "Export: heading of the enabling self-checks", Other: "Enabling self-checks"}
	msgCheckScore  = &i18n.Message{ID: "Export.Check.Score", Description: "Export: one self-check; Score is its total, Max the highest possible, Answers each answer (0 never, 1 sometimes, 2 often)", Other: "score {{.Score}} of {{.Max}} (answers: {{.Answers}})"}
	msgSecRatings  = &i18n.Message{ID: "Export.SelfCare", Description: "Export: heading of the self-care ratings", Other: "Self-care ratings"}
)

// others are the records read after the worksheets.
type others struct {
	safety  store.SafetyPlan
	mine    []store.MyMeeting
	favs    []string // the names of the favourite meetings of imported lists
	checks  []store.EnablingCheck
	minor   bool // the person worried about is under 18: the checks score as the window does
	ratings []store.SelfCareRating
}

func readOthers(ctx context.Context, s *store.Store) (o others, err error) {
	if o.safety, err = s.SafetyPlan(ctx); err != nil {
		return o, err
	}
	if o.mine, err = s.MyMeetings(ctx); err != nil {
		return o, err
	}
	if o.favs, err = favouriteNames(ctx, s); err != nil {
		return o, err
	}
	if o.checks, err = s.EnablingChecks(ctx); err != nil {
		return o, err
	}
	age, err := s.LovedOneAge(ctx)
	if err != nil {
		return o, err
	}
	o.minor = age == store.AgeUnder18
	o.ratings, err = s.SelfCareRatings(ctx, time.Time{}, time.Time{})
	return o, err
}

// favouriteNames names the favourite meetings, in order; one whose list
// was removed is named by its slug, and the person's own meetings are
// under their own heading.
func favouriteNames(ctx context.Context, s *store.Store) ([]string, error) {
	favs, err := s.Favourites(ctx)
	if err != nil || len(favs) == 0 {
		return nil, err
	}
	all, err := s.Meetings(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, mt := range all {
		if favs[mt.Slug] {
			out = append(out, mt.Name)
			delete(favs, mt.Slug)
		}
	}
	slices.Sort(out)
	var gone []string
	for slug := range favs {
		if !strings.HasPrefix(slug, store.MySlugPrefix) {
			gone = append(gone, slug)
		}
	}
	slices.Sort(gone)
	return append(out, gone...), nil
}

func (m *md) writeOthers(o others) {
	m.writeMine(o.mine)
	m.heading(2, m.t(msgSecFavs))
	m.none(len(o.favs))
	for _, name := range o.favs {
		m.text("- " + oneLine(name))
	}
	m.writeChecks(o.checks, o.minor, o.ratings)
	m.writeSafety(o.safety)
}

func (m *md) writeSafety(p store.SafetyPlan) {
	m.heading(2, m.t(msgSecSafety))
	if p.Updated.IsZero() {
		m.none(0)
		return
	}
	m.printf("> %s\n\n", m.t(msgSafetyNote))
	m.damaged(p.Damaged)
	m.field(msgLabUpdated, p.Updated.Format(timeLayout))
	for _, f := range []struct {
		l *i18n.Message
		v string
	}{{msgSafeSigns, p.WarningSigns}, {msgSafePlaces, p.SafePlaces}, {msgSafePeople, p.People}, {msgSafeCode, p.CodeWord},
		{msgSafeTake, p.ToTake}, {msgSafeLeave, p.HowToLeave}, {msgSafeKids, p.Children}, {msgSafeNotes, p.Notes}} {
		m.field(f.l, f.v)
	}
}

func (m *md) writeMine(ms []store.MyMeeting) {
	m.heading(2, m.t(msgSecMine))
	m.none(len(ms))
	for _, x := range ms {
		m.heading(3, oneLine(x.Name))
		m.damaged(x.Damaged)
		who := x.Fellowship
		if msg, ok := meetings.FellowshipMessage(x.Fellowship); ok {
			who = m.t(msg)
		}
		m.field(msgMineWho, who)
		m.field(msgMineWhen, m.schedule(x))
		m.field(msgMineZone, x.TimeZone)
		m.field(msgMineTypes, strings.Join(x.Types, ", "))
		m.field(msgMinePlace, x.Location)
		m.field(msgMineAddress, x.Address)
		m.field(msgMineLink, x.Link)
		m.field(msgMinePhone, x.Phone)
		m.field(msgMineNotes, x.Notes)
	}
}

// schedule is a meeting's days and times, such as "Monday, Thursday 19:00–20:30".
func (m *md) schedule(x store.MyMeeting) string {
	if len(x.Days) == 0 {
		return m.t(msgMineByAppt)
	}
	days := make([]string, len(x.Days))
	for i, d := range x.Days {
		days[i] = m.t(meetings.DayMessage(d))
	}
	s := strings.Join(days, ", ")
	if x.Start.Valid() {
		s += " " + x.Start.String()
		if x.End.Valid() {
			s += "–" + x.End.String()
		}
	}
	return s
}

func (m *md) writeChecks(checks []store.EnablingCheck, minor bool, ratings []store.SelfCareRating) {
	m.heading(2, m.t(msgSecChecks))
	m.none(len(checks))
	for _, c := range checks {
		answers := make([]string, len(c.Answers))
		for i, a := range c.Answers {
			answers[i] = fmt.Sprint(a)
		}
		score, most := content.EnablingScore(c.Answers, minor) // as the window scores it now
		m.text("- " + c.TakenAt.Format(dayLayout) + ": " + m.t(msgCheckScore, map[string]any{"Score": score, "Max": most, "Answers": strings.Join(answers, " ")}))
	}
	m.heading(2, m.t(msgSecRatings))
	m.none(len(ratings))
	for _, r := range ratings {
		var parts []string
		known := map[string]bool{}
		for _, a := range content.SelfCareAreas {
			known[a.ID] = true
			if v, ok := r.Scores[a.ID]; ok {
				parts = append(parts, fmt.Sprintf("%s %d", m.t(a.Name), v))
			}
		}
		var others []string
		for area := range r.Scores {
			if !known[area] {
				others = append(others, area)
			}
		}
		slices.Sort(others)
		for _, area := range others {
			parts = append(parts, fmt.Sprintf("%s %d", area, r.Scores[area]))
		}
		m.text("- " + r.TakenAt.Format(dayLayout) + ": " + strings.Join(parts, ", "))
	}
}
