package worksheets

import (
	"context"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	MsgSelfCare = &i18n.Message{ID: "Exercise.SelfCare", Description: "Exercise name", Other: "Rate your self-care"}
	msgSCIntro  = &i18n.Message{ID: "SelfCare.Intro", Description: "Explains the self-care rating",
		Other: "How satisfied are you, right now, with each part of your life? 1 is not at all, 10 is completely. Rate the ones that matter to you, and come back every week or two: the chart shows how things change."}
	msgSCRate     = &i18n.Message{ID: "SelfCare.Rate", Description: "Heading of the rating form", Other: "How are you today?"}
	msgSCSave     = &i18n.Message{ID: "SelfCare.Save", Description: "Button: save the rating", Other: "Save my rating"}
	msgSCNeedOne  = &i18n.Message{ID: "SelfCare.NeedOne", Description: "Save pressed with no area rated", Other: "Rate at least one part of your life first."}
	msgSCSaved    = &i18n.Message{ID: "SelfCare.Saved", Description: "The rating was saved", Other: "Saved. Your chart below now includes today."}
	msgSCTrend    = &i18n.Message{ID: "SelfCare.Trend", Description: "Heading of the chart of ratings over time", Other: "Over time"}
	msgSCShow     = &i18n.Message{ID: "SelfCare.Show", Description: "Label of the choice of what the chart shows", Other: "Show"}
	msgSCAverage  = &i18n.Message{ID: "SelfCare.Average", Description: "Chart choice: the average of every area rated", Other: "All areas (average)"}
	msgSCEmpty    = &i18n.Message{ID: "SelfCare.Empty", Description: "No rating saved yet", Other: "Your ratings will be drawn here as a line, one point for each time you rate."}
	msgSCNotRated = &i18n.Message{ID: "SelfCare.NotRated", Description: "The chosen area was never rated", Other: "You have not rated this one yet."}
	msgSCRow      = &i18n.Message{ID: "SelfCare.HistoryRow", Description: "One earlier rating: its Date and the Average of its scores (a number such as 6.5)", Other: "{{.Date}}: {{.Average}} on average"}
	msgSCHistory  = &i18n.Message{ID: "SelfCare.History", Description: "Heading of the list of earlier ratings", Other: "Earlier ratings"}
	msgSCClear    = &i18n.Message{ID: "SelfCare.Clear", Description: "Small button beside a rating that takes it away, leaving the part of life unrated", Other: "Clear"}
)

// SelfCareAreas are the parts of life rated, in order.
var SelfCareAreas = content.SelfCareAreas

// selfCare is the self-care rating page.
type selfCare struct {
	sc      *Screens
	k       page.Kit
	scores  []*widgets.Select
	msg     *widget.Label
	show    *widgets.Select
	chart   *widgets.Trend
	note    *widget.Label
	history *fyne.Container
	ratings []store.SelfCareRating
}

func (sc *Screens) SelfCarePage() page.Page {
	l := sc.L
	s := &selfCare{sc: sc, k: sc.Kit, msg: page.Wrapped(""), chart: widgets.NewTrend(1, 10), note: page.SmallPrint(""), history: container.NewVBox()}
	s.chart.Low, s.chart.High = "1", "10"
	s.msg.Hide()
	rows := container.NewVBox()
	for _, a := range SelfCareAreas {
		sel := s.k.Choice(oneToTen())
		sel.PlaceHolder = "–"
		s.scores = append(s.scores, sel)
		rows.Add(container.NewBorder(nil, nil, nil, container.NewHBox(s.clearButton(sel), sel), page.Wrapped(l.T(a.Name))))
	}
	save := s.k.Button(l.T(msgSCSave), fynetheme.DocumentSaveIcon(), s.onSave)
	save.Importance = widget.HighImportance
	shows := []string{l.T(msgSCAverage)}
	for _, a := range SelfCareAreas {
		shows = append(shows, l.T(a.Name))
	}
	s.show = s.k.Choice(shows)
	s.show.SetSelectedIndex(0)
	s.show.OnChanged = func(string) { s.draw() }
	rate := page.NewCard(l.T(msgSCRate), container.NewVBox(rows, page.NewFlow(save), s.msg))
	trend := page.NewCard(l.T(msgSCTrend), container.NewVBox(page.Form(page.Field{Label: l.T(msgSCShow), Input: s.show}), s.chart, s.note))
	obj := page.Scroll(page.Wrapped(l.T(msgSCIntro)), rate, trend, page.SectionHeading(l.T(msgSCHistory)), s.history)
	return page.Page{Title: l.T(MsgSelfCare), Obj: obj, OnShow: s.load}
}

// clearButton takes sel's rating away; it shows only while there is one.
func (s *selfCare) clearButton(sel *widgets.Select) *widgets.Button {
	clear := s.k.Button(s.sc.L.T(msgSCClear), fynetheme.ContentClearIcon(), func() { sel.ClearSelected() })
	clear.Importance = widget.LowImportance
	clear.Hide()
	sel.OnChanged = func(v string) {
		s.k.Touch()
		if v == "" {
			clear.Hide()
		} else {
			clear.Show()
		}
	}
	return clear
}

func oneToTen() []string {
	out := make([]string, 10)
	for i := range out {
		out[i] = strconv.Itoa(i + 1)
	}
	return out
}

func (s *selfCare) onSave() {
	l := s.sc.L
	r := store.SelfCareRating{TakenAt: s.sc.Now(), Scores: map[string]int{}}
	for i, sel := range s.scores {
		if n := sel.SelectedIndex(); n >= 0 {
			r.Scores[SelfCareAreas[i].ID] = n + 1
		}
	}
	s.msg.Importance = widget.DangerImportance
	switch _, err := s.saveRating(r); {
	case len(r.Scores) == 0:
		s.msg.SetText(l.T(msgSCNeedOne))
	case err != nil:
		s.msg.SetText(page.FailText(l, page.MsgNotSaved, err))
	default:
		s.msg.Importance = widget.SuccessImportance
		s.msg.SetText(l.T(msgSCSaved))
		for _, sel := range s.scores {
			sel.ClearSelected()
		}
		s.load()
	}
	s.msg.Show()
}

func (s *selfCare) saveRating(r store.SelfCareRating) (int64, error) {
	if len(r.Scores) == 0 {
		return 0, nil
	}
	return s.sc.Records.AddSelfCareRating(context.Background(), r)
}

func (s *selfCare) load() {
	rs, err := s.sc.Records.SelfCareRatings(context.Background(), time.Time{}, time.Time{})
	if err != nil {
		s.note.SetText(page.FailText(s.sc.L, page.MsgNotLoaded, err))
		return
	}
	s.ratings = rs
	s.draw()
	s.fillHistory()
}

// series is the chosen line: the average, or one area's scores.
func (s *selfCare) series() ([]float64, []time.Time) {
	var vals []float64
	var when []time.Time
	pick := s.show.SelectedIndex()
	for _, r := range s.ratings {
		if v, ok := ratingValue(r, pick); ok {
			vals, when = append(vals, v), append(when, r.TakenAt)
		}
	}
	return vals, when
}

// ratingValue is r's average (pick 0) or its score for area pick-1.
func ratingValue(r store.SelfCareRating, pick int) (float64, bool) {
	if pick > 0 {
		v, ok := r.Scores[SelfCareAreas[pick-1].ID]
		return float64(v), ok
	}
	return average(r), len(r.Scores) > 0
}

func average(r store.SelfCareRating) float64 {
	sum := 0
	for _, v := range r.Scores {
		sum += v
	}
	return float64(sum) / float64(max(len(r.Scores), 1))
}

func (s *selfCare) draw() {
	l := s.sc.L
	vals, when := s.series()
	switch {
	case len(s.ratings) == 0:
		s.note.SetText(l.T(msgSCEmpty))
	case len(vals) == 0:
		s.note.SetText(l.T(msgSCNotRated))
	default:
		s.note.SetText("")
	}
	first, last := "", ""
	if len(when) > 0 {
		first, last = l.Date(when[0]), l.Date(when[len(when)-1])
	}
	s.chart.Set(vals, first, last)
}

func (s *selfCare) fillHistory() {
	l := s.sc.L
	s.history.RemoveAll()
	for i := len(s.ratings) - 1; i >= 0 && i >= len(s.ratings)-10; i-- {
		r := s.ratings[i]
		s.history.Add(widget.NewLabel(l.T(msgSCRow, map[string]any{"Date": l.Date(r.TakenAt), "Average": l.Decimal(average(r), 1)})))
	}
}
