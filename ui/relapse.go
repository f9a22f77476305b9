package ui

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
	msgRelExpires      = &i18n.Message{ID: "Relapse.Expires", Description: "Plan field: the naloxone's expiry date", Other: "Naloxone expiry date (year-month-day)"}
	msgRelCall         = &i18n.Message{ID: "Relapse.Call", Description: "Plan field", Other: "Whom I will call"}
	msgRelWhere        = &i18n.Message{ID: "Relapse.Where", Description: "Plan field", Other: "Where to get help (services, a counsellor, a group)"}
	msgRelSaved        = &i18n.Message{ID: "Relapse.Saved", Description: "The plan was saved", Other: "Your plan is saved."}
	msgRelExpired      = &i18n.Message{ID: "Relapse.Expired", Description: "Reminder that the naloxone has expired; Date is a date", Other: "Your naloxone expired on {{.Date}}. Ask a pharmacist or drug service for a new kit."}
	msgRelEvents       = &i18n.Message{ID: "Relapse.Events", Description: "Card listing the times a relapse was recorded", Other: "Times it happened"}
	msgRelNoEvents     = &i18n.Message{ID: "Relapse.NoEvents", Description: "No relapse recorded", Other: "Nothing recorded."}
	msgRelFailed       = &i18n.Message{ID: "Relapse.Failed", Description: "The plan could not be read; Reason explains", Other: "Your plan could not be opened. {{.Reason}}"}
	msgRelPlanDamaged  = &i18n.Message{ID: "Relapse.Damaged", Description: "Part of the plan could not be opened", Other: "Part of this plan is damaged and cannot be read. What can be read is below."}
	msgRelEventDamaged = &i18n.Message{ID: "Relapse.EventDamaged", Description: "A recorded event's notes could not be opened", Other: "These notes are damaged and cannot be read."}
)

// relapseScreen is the living plan, "It happened" and the times recorded.
type relapseScreen struct {
	sh  *Shell
	k   kit
	l   *translations.Localizer
	box *fyne.Container
}

func makeRelapse(sh *Shell, id sectionID) (fyne.CanvasObject, func()) {
	if sh.deps.Records == nil {
		return makeEmpty(sh, id)
	}
	s := &relapseScreen{sh: sh, k: sh.kit(), l: sh.l, box: container.NewVBox()}
	return pageScroll(s.box), s.reload
}

// planFields pairs each text field of the plan with its label.
func planFields(p *store.RelapsePlan) []textSpec {
	return []textSpec{{msgRelSigns, nil, &p.WarningSigns, 2}, {msgRelSay, nil, &p.WhatISay, 2}, {msgRelNotDo, nil, &p.WillNotDo, 2},
		{msgRelSafety, nil, &p.SafetySteps, 2}, {msgRelNaloxone, nil, &p.NaloxoneWhere, 2}, {msgRelCall, nil, &p.WhoToCall, 2},
		{msgRelWhere, nil, &p.WhereHelp, 2}}
}

func (s *relapseScreen) reload() {
	s.box.RemoveAll()
	l, ctx := s.l, context.Background()
	p, err := s.sh.deps.Records.RelapsePlan(ctx)
	if err != nil {
		s.box.Add(wrapped(failText(l, msgRelFailed, err)))
		return
	}
	happened := s.k.button(l.T(msgRelHappened), fynetheme.WarningIcon(), func() { s.sh.Push(s.sh.happenedPage(p)) })
	happened.Importance = widget.DangerImportance
	s.box.Add(wrapped(l.T(msgRelIntro)))
	s.box.Add(newFlow(happened))
	if r := naloxoneReminder(l, p, s.sh.idle.now()); r != "" {
		s.box.Add(warningText(r))
	}
	if p.Damaged {
		s.box.Add(warningText(l.T(msgRelPlanDamaged)))
	}
	s.box.Add(s.planCard(p))
	s.box.Add(s.eventsCard())
}

func warningText(text string) *widget.Label {
	w := wrapped(text)
	w.Importance = widget.DangerImportance
	return w
}

// naloxoneReminder says the kit has expired, or "".
func naloxoneReminder(l *translations.Localizer, p store.RelapsePlan, now time.Time) string {
	if p.NaloxoneExpires.IsZero() || !now.After(p.NaloxoneExpires.AddDate(0, 0, 1)) {
		return ""
	}
	return l.T(msgRelExpired, map[string]any{"Date": l.Date(p.NaloxoneExpires)})
}

func (s *relapseScreen) planCard(p store.RelapsePlan) fyne.CanvasObject {
	l, k := s.l, s.k
	fields, read := k.textFields(planFields(&p))
	expires := k.entry(dateLayout)
	if !p.NaloxoneExpires.IsZero() {
		expires.SetText(p.NaloxoneExpires.Format(dateLayout))
	}
	fields = append(fields[:5], append([]field{{label: l.T(msgRelExpires), input: expires}}, fields[5:]...)...)
	msg := wrapped("")
	msg.Hide()
	save := k.button(l.T(msgSave), fynetheme.DocumentSaveIcon(), func() {
		read()
		if !s.readExpiry(&p, expires.Text, msg) {
			return
		}
		if err := s.sh.deps.Records.SaveRelapsePlan(context.Background(), p); err != nil {
			msg.Importance = widget.DangerImportance
			msg.SetText(failText(l, msgNotSaved, err))
			msg.Show()
			return
		}
		s.reload()
	})
	save.Importance = widget.HighImportance
	return newCard(l.T(msgRelPlan), container.NewVBox(form(fields...), msg, newFlow(save)))
}

func (s *relapseScreen) readExpiry(p *store.RelapsePlan, text string, msg *widget.Label) bool {
	if strings.TrimSpace(text) == "" {
		p.NaloxoneExpires = time.Time{}
		return true
	}
	t, ok := parseWhen(text)
	if !ok {
		msg.Importance = widget.DangerImportance
		msg.SetText(s.l.T(msgBadDate))
		msg.Show()
		return false
	}
	p.NaloxoneExpires = t
	return true
}

func (s *relapseScreen) eventsCard() fyne.CanvasObject {
	l, k := s.l, s.k
	events, err := s.sh.deps.Records.RelapseEvents(context.Background())
	list := container.NewVBox()
	if err != nil {
		list.Add(wrapped(failText(l, msgRelFailed, err)))
	} else if len(events) == 0 {
		list.Add(wrapped(l.T(msgRelNoEvents)))
	}
	for _, e := range events {
		text := dateTime(l, e.At)
		if e.Notes != "" {
			text += "\n" + e.Notes
		}
		if e.Damaged {
			text = dateTime(l, e.At) + "\n" + l.T(msgRelEventDamaged)
		}
		del := k.button(l.T(msgDelete), fynetheme.DeleteIcon(), func() {
			if err := s.sh.deps.Records.DeleteRelapseEvent(context.Background(), e.ID); err != nil {
				s.sh.showError(failText(l, msgNotSaved, err))
			}
			s.reload()
		})
		del.Importance = widget.LowImportance
		list.Add(container.NewBorder(nil, nil, nil, del, wrapped(text)))
	}
	return newCard(l.T(msgRelEvents), list)
}
