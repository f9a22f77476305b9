package records

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgRelIntro = &i18n.Message{ID: "Relapse.Intro", Description: "Explains the relapse plan",
		Other: "Relapse is common in recovery and does not mean failure. Write this plan in a calm moment, so that on a hard day you can follow it step by step instead of deciding everything at once."}
	msgRelHappened     = &i18n.Message{ID: "Relapse.Happened", Description: "Button that starts the guided steps when a relapse happens", Other: "It happened"}
	msgRelPlan         = &i18n.Message{ID: "Relapse.Plan", Description: "Card: the relapse plan's fields", Other: "My plan"}
	msgRelSigns        = &i18n.Message{ID: "Relapse.Signs", Description: "Plan field", Other: "Warning signs I have noticed"}
	msgRelSay          = &i18n.Message{ID: "Relapse.Say", Description: "Plan field", Other: "What I will say"}
	msgRelNotDo        = &i18n.Message{ID: "Relapse.NotDo", Description: "Plan field", Other: "What I will not do (rescue, cover up, argue while they are drunk or high)"}
	msgRelSafety       = &i18n.Message{ID: "Relapse.Safety", Description: "Plan field", Other: "Safety steps for me and anyone in my care"}
	msgRelNaloxone     = &i18n.Message{ID: "Relapse.Naloxone", Description: "Plan field: where the naloxone kit is kept", Other: "Where the naloxone is kept"}
	msgRelExpires      = &i18n.Message{ID: "Relapse.Expires", Description: "Plan field: the naloxone's expiry date", Other: "Naloxone expiry date (as printed on the pack)"}
	msgRelCall         = &i18n.Message{ID: "Relapse.Call", Description: "Plan field", Other: "Whom I will call"}
	msgRelWhere        = &i18n.Message{ID: "Relapse.Where", Description: "Plan field", Other: "Where to get help (services, a counsellor, a group)"}
	msgRelSaved        = &i18n.Message{ID: "Relapse.Saved", Description: "The plan was saved", Other: "Your plan is saved."}
	msgRelExpiresHint  = &i18n.Message{ID: "Relapse.Expires.Placeholder", Description: "Placeholder of the naloxone expiry field: how to write it", Other: "Year-month, or year-month-day"}
	msgRelBadExpiry    = &i18n.Message{ID: "Relapse.BadExpiry", Description: "The naloxone expiry date could not be read", Other: "Write the expiry date as year and month, such as 2027-05, or as year-month-day."}
	msgRelExpiresSoon  = &i18n.Message{ID: "Relapse.ExpiresSoon", Description: "Reminder that the naloxone expires soon; Date is a date", Other: "Your naloxone expires on {{.Date}}. Ask a pharmacist or drug service for a new kit before then."}
	msgRelExpired      = &i18n.Message{ID: "Relapse.Expired", Description: "Reminder that the naloxone has expired; Date is a date", Other: "Your naloxone expired on {{.Date}}. Ask a pharmacist or drug service for a new kit."}
	msgRelEvents       = &i18n.Message{ID: "Relapse.Events", Description: "Card listing the times a relapse was recorded", Other: "Times it happened"}
	msgRelNoEvents     = &i18n.Message{ID: "Relapse.NoEvents", Description: "No relapse recorded", Other: "Nothing recorded."}
	msgRelFailed       = &i18n.Message{ID: "Relapse.Failed", Description: "The plan could not be read; Reason explains", Other: "Your plan could not be opened. {{.Reason}}"}
	msgRelPlanDamaged  = &i18n.Message{ID: "Relapse.Damaged", Description: "Part of the plan could not be opened", Other: "Part of this plan is damaged and cannot be read. What can be read is below."}
	msgRelEventDamaged = &i18n.Message{ID: "Relapse.EventDamaged", Description: "A recorded event's notes could not be opened", Other: "These notes are damaged and cannot be read."}
)

// relapseScreen is the living plan, "It happened" and the times recorded.
type relapseScreen struct {
	sc   *Screens
	k    page.Kit
	l    *translations.Localizer
	box  *fyne.Container
	form *planForm // kept while it holds writing not saved yet
}

// planForm is the plan's fields, with the draft that keeps them.
type planForm struct {
	p       store.RelapsePlan // as stored
	entries []*widgets.Entry  // in planFields' order
	expires *widgets.Entry
	draft   *page.Draft
	msg     *widget.Label
	card    fyne.CanvasObject
}

// draftRelapse is the kind of the relapse plan's draft (there is one plan).
const draftRelapse = "relapse"

func (sc *Screens) RelapseSection() (fyne.CanvasObject, func()) {
	s := &relapseScreen{sc: sc, k: sc.Kit, l: sc.L, box: container.NewVBox()}
	return page.Scroll(s.box), s.reload
}

// planFields pairs each text field of the plan with its label.
func planFields(p *store.RelapsePlan) []page.TextSpec {
	return []page.TextSpec{{Label: msgRelSigns, Hint: nil, Ptr: &p.WarningSigns, Rows: 2}, {Label: msgRelSay, Hint: nil, Ptr: &p.WhatISay, Rows: 2}, {Label: msgRelNotDo, Hint: nil, Ptr: &p.WillNotDo, Rows: 2},
		{Label: msgRelSafety, Hint: nil, Ptr: &p.SafetySteps, Rows: 2}, {Label: msgRelNaloxone, Hint: nil, Ptr: &p.NaloxoneWhere, Rows: 2}, {Label: msgRelCall, Hint: nil, Ptr: &p.WhoToCall, Rows: 2},
		{Label: msgRelWhere, Hint: nil, Ptr: &p.WhereHelp, Rows: 2}}
}

// reload reads the plan and the times recorded again; the plan's fields
// are made again only when they hold nothing unsaved.
func (s *relapseScreen) reload() {
	l, ctx := s.l, context.Background()
	p, err := s.sc.Records.RelapsePlan(ctx)
	if err != nil {
		s.box.RemoveAll()
		s.box.Add(page.Wrapped(page.FailText(l, msgRelFailed, err)))
		return
	}
	if s.form == nil || !s.form.draft.Dirty {
		s.form = s.newPlanForm(p)
	}
	s.show(p)
}

// show lays the page out around the plan's fields.
func (s *relapseScreen) show(p store.RelapsePlan) {
	l := s.l
	s.box.RemoveAll()
	happened := s.k.Button(l.T(msgRelHappened), fynetheme.WarningIcon(), func() { s.sc.Push(s.sc.HappenedPage(s.form.typed())) })
	happened.Importance = widget.DangerImportance
	s.box.Add(page.Wrapped(l.T(msgRelIntro)))
	s.box.Add(page.NewFlow(happened))
	if r := NaloxoneReminder(l, p, s.sc.Now()); r != "" {
		s.box.Add(page.WarningText(r))
	}
	if p.Damaged {
		s.box.Add(page.WarningText(l.T(msgRelPlanDamaged)))
	}
	s.box.Add(s.form.card)
	s.box.Add(s.eventsCard())
}

// naloxoneSoon is how long before the naloxone expires it is recalled.
const naloxoneSoon = 30 // days

// NaloxoneReminder says the kit has expired, or expires within
// naloxoneSoon days, or "" when there is nothing to recall.
func NaloxoneReminder(l *translations.Localizer, p store.RelapsePlan, now time.Time) string {
	exp := p.NaloxoneExpires
	switch {
	case exp.IsZero():
		return ""
	case now.After(exp.AddDate(0, 0, 1)):
		return l.T(msgRelExpired, map[string]any{"Date": l.Date(exp)})
	case !now.Before(exp.AddDate(0, 0, -naloxoneSoon)):
		return l.T(msgRelExpiresSoon, map[string]any{"Date": l.Date(exp)})
	}
	return ""
}

func (s *relapseScreen) newPlanForm(p store.RelapsePlan) *planForm {
	l, k := s.l, s.k
	f := &planForm{p: p, draft: s.sc.Context.NewDraft(draftRelapse, 0), msg: page.Wrapped("")}
	f.draft.Said = f.msg
	specs := planFields(&p)
	fields, entries, _ := k.TextEntries(specs)
	f.entries = entries
	f.expires = k.Entry(l.T(msgRelExpiresHint))
	if !p.NaloxoneExpires.IsZero() {
		f.expires.SetText(p.NaloxoneExpires.Format(page.DateLayout))
	}
	f.draft.Specs(specs, entries)
	f.draft.Entry("expires", f.expires)
	f.draft.Restore()
	fields = append(fields[:5], append([]page.Field{{Label: l.T(msgRelExpires), Input: f.expires}}, fields[5:]...)...)
	f.msg.Hide()
	save := k.Button(l.T(msgSave), fynetheme.DocumentSaveIcon(), func() { s.save(f) })
	save.Importance = widget.HighImportance
	f.card = page.NewCard(l.T(msgRelPlan), container.NewVBox(f.draft.Note, page.Form(fields...), page.NewFlow(save), f.msg))
	return f
}

// typed is the plan as written on screen, saved or not; an expiry date
// that cannot be read keeps the stored one.
func (f *planForm) typed() store.RelapsePlan {
	p := f.p
	for i, spec := range planFields(&p) {
		*spec.Ptr = f.entries[i].Text
	}
	if strings.TrimSpace(f.expires.Text) == "" {
		p.NaloxoneExpires = time.Time{}
	} else if t, ok := parseExpiry(f.expires.Text); ok {
		p.NaloxoneExpires = t
	}
	return p
}

func (s *relapseScreen) save(f *planForm) {
	l := s.l
	p := f.typed()
	if t := strings.TrimSpace(f.expires.Text); t != "" {
		if _, ok := parseExpiry(t); !ok {
			f.say(widget.DangerImportance, l.T(msgRelBadExpiry))
			return
		}
	}
	if err := s.sc.Records.SaveRelapsePlan(context.Background(), p); err != nil {
		f.say(widget.DangerImportance, page.FailText(l, page.MsgNotSaved, err))
		return
	}
	f.draft.Saved(0)
	f.p = p
	if !p.NaloxoneExpires.IsZero() {
		f.draft.Fill(map[string]string{"expires": p.NaloxoneExpires.Format(page.DateLayout)})
		f.draft.Rebase(f.draft.Values())
	}
	f.say(widget.SuccessImportance, l.T(msgRelSaved))
	s.show(p) // the reminder follows the new date
}

func (f *planForm) say(imp widget.Importance, text string) {
	f.msg.Importance = imp
	f.msg.SetText(text)
	f.msg.Show()
}

// expiryMonthLayouts are the month-and-year forms packs print; such a
// date means the last day of that month.
var expiryMonthLayouts = []string{"2006-1", "2006/1", "1/2006", "1-2006", "1.2006"}

// parseExpiry reads a naloxone expiry date: year-month-day, or the month
// and year alone ("2027-05", "05/2027"), read as the end of that month.
func parseExpiry(s string) (time.Time, bool) {
	if t, ok := page.ParseWhen(s); ok {
		return t, true
	}
	s = strings.TrimSpace(s)
	for _, layout := range expiryMonthLayouts {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t.AddDate(0, 1, -1), true
		}
	}
	return time.Time{}, false
}

func (s *relapseScreen) eventsCard() fyne.CanvasObject {
	l, k := s.l, s.k
	events, err := s.sc.Records.RelapseEvents(context.Background())
	list := container.NewVBox()
	if err != nil {
		list.Add(page.Wrapped(page.FailText(l, msgRelFailed, err)))
	} else if len(events) == 0 {
		list.Add(page.Wrapped(l.T(msgRelNoEvents)))
	}
	for _, e := range events {
		text := page.DateTime(l, e.At)
		if e.Notes != "" {
			text += "\n" + e.Notes
		}
		if e.Damaged {
			text = page.DateTime(l, e.At) + "\n" + l.T(msgRelEventDamaged)
		}
		del := k.Button(l.T(msgDelete), fynetheme.DeleteIcon(), func() {
			if err := s.sc.Records.DeleteRelapseEvent(context.Background(), e.ID); err != nil {
				s.sc.ShowError(page.FailText(l, page.MsgNotSaved, err))
			}
			s.reload()
		})
		del.Importance = widget.LowImportance
		list.Add(container.NewBorder(nil, nil, nil, del, page.Wrapped(text)))
	}
	return page.NewCard(l.T(msgRelEvents), list)
}

// RelapsePlanPage is the relapse plan, opened from a lesson.
func (sc *Screens) RelapsePlanPage() page.Page {
	obj, show := sc.RelapseSection()
	return page.Page{Title: sc.L.T(msgExRelapseTitle), Obj: obj, OnShow: show}
}

var (
	msgExRelapseTitle = &i18n.Message{ID: "Exercise.RelapsePlan.Title", Description: "Title of the relapse plan page opened from a lesson", Other: "Your relapse plan"}
)
