package worksheets

import (
	"context"
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
	msgTmTitle    = &i18n.Message{ID: "TriggerMap.Title", Description: "Title of the trigger maps page", Other: "What comes before and after"}
	msgTmNewUsing = &i18n.Message{ID: "TriggerMap.NewUsing", Description: "Button: map a typical time of drinking or using", Other: "Map a time they used"}
	msgTmNewSober = &i18n.Message{ID: "TriggerMap.NewSober", Description: "Button: map a healthy activity", Other: "Map something healthy they enjoy"}
	msgTmNone     = &i18n.Message{ID: "TriggerMap.None", Description: "No map yet", Other: "No maps yet. Start with one typical time: the last time is often easiest to remember."}
	msgTmCompare  = &i18n.Message{ID: "TriggerMap.Compare", Description: "Button: see the maps side by side", Other: "Compare my maps"}
	msgTmUsing    = &i18n.Message{ID: "TriggerMap.Kind.Using", Description: "Kind of map: a time of drinking or using", Other: "A time they used"}
	msgTmSober    = &i18n.Message{ID: "TriggerMap.Kind.Sober", Description: "Kind of map: a healthy activity", Other: "Something healthy"}
	msgTmUntitled = &i18n.Message{ID: "TriggerMap.Untitled", Description: "A map with no name", Other: "A map with no name"}
	msgTmDamaged  = &i18n.Message{ID: "TriggerMap.Damaged", Description: "Part of a map cannot be read", Other: "Part of this map is damaged and cannot be read."}
	msgTmFailed   = &i18n.Message{ID: "TriggerMap.Failed", Description: "The maps could not be read; Reason explains", Other: "Your maps could not be opened. {{.Reason}}"}

	msgTmIntroUsing = &i18n.Message{ID: "TriggerMap.Intro.Using", Description: "Explains mapping a time of drinking or using",
		Other: "Think of one typical time they drank or used, and describe it as it happened, without judging. You are looking for a pattern, not for blame."}
	msgTmIntroSober = &i18n.Message{ID: "TriggerMap.Intro.Sober", Description: "Explains mapping a healthy activity",
		Other: "Think of something they enjoy that has nothing to do with drinking or using: a sport, a friend, a hobby, time with you. The more of this there is, the less room there is for using."}
	msgTmName      = &i18n.Message{ID: "TriggerMap.Name", Description: "Field: a name for the map", Other: "A name for this map (for example: Friday after work)"}
	msgTmNameS     = &i18n.Message{ID: "TriggerMap.Sober.Name", Description: "Field: a name for the map of a healthy activity", Other: "A name for this map (for example: Sunday walk with the dog)"}
	msgTmWho       = &i18n.Message{ID: "TriggerMap.Who", Description: "Field", Other: "Who were they with?"}
	msgTmWhere     = &i18n.Message{ID: "TriggerMap.Where", Description: "Field", Other: "Where were they?"}
	msgTmWhen      = &i18n.Message{ID: "TriggerMap.When", Description: "Field", Other: "When was it (day, time)?"}
	msgTmThoughts  = &i18n.Message{ID: "TriggerMap.Thoughts", Description: "Field", Other: "What might they have been thinking?"}
	msgTmFeelings  = &i18n.Message{ID: "TriggerMap.Feelings", Description: "Field", Other: "What might they have been feeling?"}
	msgTmPayoff    = &i18n.Message{ID: "TriggerMap.Payoff", Description: "Field: what using gives them short-term", Other: "What does it give them, right then?"}
	msgTmPayoffH   = &i18n.Message{ID: "TriggerMap.Payoff.Hint", Description: "Hint", Other: "Relief, sleep, fun, courage, company, a break from worry…"}
	msgTmCost      = &i18n.Message{ID: "TriggerMap.Cost", Description: "Field: what using costs them later", Other: "What does it cost them, later?"}
	msgTmCostH     = &i18n.Message{ID: "TriggerMap.Cost.Hint", Description: "Hint", Other: "Health, money, work, the people they love, self-respect…"}
	msgTmMyPart    = &i18n.Message{ID: "TriggerMap.MyPart", Description: "Field: where the family member could change their part", Other: "Where could I change my part?"}
	msgTmWhoS      = &i18n.Message{ID: "TriggerMap.Sober.Who", Description: "Field", Other: "Whom do they do it with?"}
	msgTmWhereS    = &i18n.Message{ID: "TriggerMap.Sober.Where", Description: "Field", Other: "Where?"}
	msgTmWhenS     = &i18n.Message{ID: "TriggerMap.Sober.When", Description: "Field", Other: "When, and how often?"}
	msgTmThoughtsS = &i18n.Message{ID: "TriggerMap.Sober.Thoughts", Description: "Field", Other: "What do they think about while doing it?"}
	msgTmFeelingsS = &i18n.Message{ID: "TriggerMap.Sober.Feelings", Description: "Field", Other: "How do they feel?"}
	msgTmPayoffS   = &i18n.Message{ID: "TriggerMap.Sober.Payoff", Description: "Field", Other: "What does it give them?"}
	msgTmCostS     = &i18n.Message{ID: "TriggerMap.Sober.Cost", Description: "Field: what gets in the way of the healthy activity", Other: "What gets in its way?"}
	msgTmMyPartS   = &i18n.Message{ID: "TriggerMap.Sober.MyPart", Description: "Field", Other: "How could I make it easier, or more rewarding?"}
	msgTmSave      = &i18n.Message{ID: "TriggerMap.Save", Description: "Button: save the map", Other: "Save the map"}
	msgTmSaved     = &i18n.Message{ID: "TriggerMap.Saved", Description: "The map was saved", Other: "Saved."}
	msgTmDelete    = &i18n.Message{ID: "TriggerMap.Delete", Description: "Button: delete the map", Other: "Delete the map"}
	msgTmDeleteQ   = &i18n.Message{ID: "TriggerMap.DeleteQ", Description: "Asks before deleting a map", Other: "Delete this map? This cannot be undone."}
	msgTmIdeas     = &i18n.Message{ID: "TriggerMap.Ideas", Description: "Card of suggestions from the lessons", Other: "Where your part might change"}
	msgTmIdeaWhen  = &i18n.Message{ID: "TriggerMap.Idea.When", Description: "Suggestion", Other: "If using starts at a certain time or place, plan something rewarding and sober for them just then."}
	msgTmIdeaPay   = &i18n.Message{ID: "TriggerMap.Idea.Payoff", Description: "Suggestion", Other: "What using gives them (relief, company, sleep) can sometimes come another way. Your rewards plan is for that."}
	msgTmIdeaCost  = &i18n.Message{ID: "TriggerMap.Idea.Cost", Description: "Suggestion", Other: "Let the costs reach them, kindly, instead of softening them, as long as no one is in danger."}
	msgTmIdeaTalk  = &i18n.Message{ID: "TriggerMap.Idea.Talk", Description: "Suggestion", Other: "Talk about what you noticed at a sober, calm moment, not in the middle of it."}
	msgTmIdeaSober = &i18n.Message{ID: "TriggerMap.Idea.Sober", Description: "Suggestion for a healthy-activity map", Other: "Join in, make room for it, or say plainly that you enjoy them this way: sober time should be the better time."}
	msgTmRead      = &i18n.Message{ID: "TriggerMap.ReadLesson", Description: "Link to the lesson behind a suggestion", Other: "Read the lesson"}
	msgTmRewards   = &i18n.Message{ID: "TriggerMap.OpenRewards", Description: "Link to the rewards plan", Other: "Open my rewards plan"}
)

// mapFields are a map's fields and their labels, by kind.
func mapFields(m *store.TriggerMap) []page.TextSpec {
	if m.Kind == store.MapSober {
		return []page.TextSpec{{Label: msgTmNameS, Hint: nil, Ptr: &m.Title, Rows: 1}, {Label: msgTmWhoS, Hint: nil, Ptr: &m.Who, Rows: 2}, {Label: msgTmWhereS, Hint: nil, Ptr: &m.Where, Rows: 2},
			{Label: msgTmWhenS, Hint: nil, Ptr: &m.When, Rows: 2}, {Label: msgTmThoughtsS, Hint: nil, Ptr: &m.Thoughts, Rows: 2}, {Label: msgTmFeelingsS, Hint: nil, Ptr: &m.Feelings, Rows: 2},
			{Label: msgTmPayoffS, Hint: nil, Ptr: &m.Payoff, Rows: 2}, {Label: msgTmCostS, Hint: nil, Ptr: &m.Cost, Rows: 2}, {Label: msgTmMyPartS, Hint: nil, Ptr: &m.MyPart, Rows: 3}}
	}
	return []page.TextSpec{{Label: msgTmName, Hint: nil, Ptr: &m.Title, Rows: 1}, {Label: msgTmWho, Hint: nil, Ptr: &m.Who, Rows: 2}, {Label: msgTmWhere, Hint: nil, Ptr: &m.Where, Rows: 2},
		{Label: msgTmWhen, Hint: nil, Ptr: &m.When, Rows: 2}, {Label: msgTmThoughts, Hint: nil, Ptr: &m.Thoughts, Rows: 2}, {Label: msgTmFeelings, Hint: nil, Ptr: &m.Feelings, Rows: 2},
		{Label: msgTmPayoff, Hint: msgTmPayoffH, Ptr: &m.Payoff, Rows: 2}, {Label: msgTmCost, Hint: msgTmCostH, Ptr: &m.Cost, Rows: 2}, {Label: msgTmMyPart, Hint: nil, Ptr: &m.MyPart, Rows: 3}}
}

// TriggerMapsPage lists the maps, to open, add or compare.
func (sc *Screens) TriggerMapsPage() page.Page {
	box := container.NewVBox()
	p := page.Page{Title: sc.L.T(msgTmTitle), Obj: page.Scroll(box)}
	p.OnShow = func() { sc.fillMaps(box) }
	return p
}

func (sc *Screens) fillMaps(box *fyne.Container) {
	l, k := sc.L, sc.Kit
	box.RemoveAll()
	using := k.Button(l.T(msgTmNewUsing), fynetheme.ContentAddIcon(), func() { sc.Push(sc.TriggerMapPage(store.TriggerMap{Kind: store.MapUsing})) })
	using.Importance = widget.HighImportance
	sober := k.Button(l.T(msgTmNewSober), fynetheme.ContentAddIcon(), func() { sc.Push(sc.TriggerMapPage(store.TriggerMap{Kind: store.MapSober})) })
	box.Add(page.NewFlow(using, sober))
	maps, err := sc.Records.TriggerMaps(context.Background())
	switch {
	case err != nil:
		box.Add(page.Wrapped(page.FailText(l, msgTmFailed, err)))
		return
	case len(maps) == 0:
		box.Add(page.Wrapped(l.T(msgTmNone)))
		return
	}
	if len(maps) > 1 {
		box.Add(page.NewFlow(k.Button(l.T(msgTmCompare), fynetheme.ViewFullScreenIcon(), func() { sc.Push(sc.compareMapsPage()) })))
	}
	for _, m := range maps {
		open := k.RecordLink(mapName(l, m), func() { sc.Push(sc.TriggerMapPage(m)) })
		box.Add(container.NewVBox(page.SmallPrint(mapKind(sc, m)+" · "+l.Date(m.Updated)), open))
	}
}

func mapName(l *translations.Localizer, m store.TriggerMap) string {
	if t := strings.TrimSpace(m.Title); t != "" {
		return page.Snippet(t, 60)
	}
	return l.T(msgTmUntitled)
}

func mapKind(sc *Screens, m store.TriggerMap) string {
	if m.Kind == store.MapSober {
		return sc.L.T(msgTmSober)
	}
	return sc.L.T(msgTmUsing)
}

// draftTriggerMap starts the kind of a map's draft; the map's kind ends it.
const draftTriggerMap = "triggermap-"

// TriggerMapPage edits one map (a new one when m has no ID).
func (sc *Screens) TriggerMapPage(m store.TriggerMap) page.Page {
	l, k := sc.L, sc.Kit
	specs := mapFields(&m)
	fields, entries, read := k.TextEntries(specs)
	draft := sc.Context.NewDraft(draftTriggerMap+string(m.Kind), m.ID)
	draft.Specs(specs, entries)
	draft.Restore()
	msg := page.Wrapped("")
	msg.Hide()
	draft.Said = msg
	intro := msgTmIntroUsing
	if m.Kind == store.MapSober {
		intro = msgTmIntroSober
	}
	parts := []fyne.CanvasObject{page.Wrapped(l.T(intro)), draft.Note}
	if m.Damaged {
		parts = append(parts, page.WarningText(l.T(msgTmDamaged)))
	}
	save := sc.Kit.SaveButton(msgTmSave, msgTmSaved, msg, func() error {
		read()
		if err := sc.saveMap(&m); err != nil {
			return err
		}
		draft.Saved(m.ID)
		return nil
	})
	row := page.NewFlow(save)
	if m.ID != 0 {
		id := m.ID
		row.Add(k.Button(l.T(msgTmDelete), fynetheme.DeleteIcon(), func() {
			sc.Confirm(l.T(msgTmDelete), l.T(msgTmDeleteQ), l.T(msgTmDelete), func() {
				if err := sc.Records.DeleteTriggerMap(context.Background(), id); err != nil {
					sc.ShowError(page.FailText(l, page.MsgNotSaved, err))
					return
				}
				draft.Close()
				sc.Back()
			})
		}))
	}
	parts = append(parts, page.Form(fields...), row, msg, sc.mapIdeas(m.Kind))
	return page.Page{Title: mapKind(sc, m), Obj: page.Scroll(parts...)}
}

func (sc *Screens) saveMap(m *store.TriggerMap) error {
	ctx := context.Background()
	if m.ID == 0 {
		id, err := sc.Records.AddTriggerMap(ctx, *m)
		m.ID = id
		return err
	}
	return sc.Records.UpdateTriggerMap(ctx, *m)
}

// mapIdeas are the lessons' suggestions for changing one's part.
func (sc *Screens) mapIdeas(kind store.MapKind) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	box := container.NewVBox()
	idea := func(m *i18n.Message, module, lesson string) {
		box.Add(page.Wrapped("• " + l.T(m)))
		box.Add(sc.lessonLink(module, lesson))
	}
	if kind == store.MapSober {
		idea(msgTmIdeaSober, "enabling", "rewarding-sober-time")
	} else {
		idea(msgTmIdeaWhen, "enabling", "rewarding-sober-time")
		idea(msgTmIdeaPay, "enabling", "rewarding-sober-time")
		idea(msgTmIdeaCost, "enabling", "natural-consequences")
		idea(msgTmIdeaTalk, "communicating", "choosing-the-moment")
	}
	box.Add(page.NewFlow(k.Button(l.T(msgTmRewards), fynetheme.ConfirmIcon(), func() { sc.Push(sc.RewardsPage()) })))
	return page.NewCard(l.T(msgTmIdeas), box)
}

// lessonLink opens a lesson.
func (sc *Screens) lessonLink(module, lesson string) fyne.CanvasObject {
	b := sc.Kit.Button(sc.L.T(msgTmRead), fynetheme.NavigateNextIcon(), func() { sc.OpenLesson(module, lesson) })
	b.Importance = widget.LowImportance
	return page.NewFlow(b)
}

var msgTmCompareIntro = &i18n.Message{ID: "TriggerMap.Compare.Intro", Description: "Explains the comparison of maps", Other: "Each question, with what you wrote in every map: what repeats is the pattern."}

// compareMapsPage shows, question by question, the answers of every map of
// a kind side by side, so that what repeats stands out.
func (sc *Screens) compareMapsPage() page.Page {
	l := sc.L
	box := container.NewVBox(page.Wrapped(l.T(msgTmCompareIntro)))
	maps, err := sc.Records.TriggerMaps(context.Background())
	if err != nil {
		box.Add(page.Wrapped(page.FailText(l, msgTmFailed, err)))
	}
	for _, kind := range []store.MapKind{store.MapUsing, store.MapSober} {
		var same []store.TriggerMap
		for _, m := range maps {
			if m.Kind == kind {
				same = append(same, m)
			}
		}
		if len(same) == 0 {
			continue
		}
		box.Add(page.Heading(mapKind(sc, same[0])))
		specs := mapFields(&same[0])
		for i := 1; i < len(specs); i++ { // the name is the row's label, not a question
			rows := container.NewVBox()
			for j := range same {
				if v := strings.TrimSpace(*mapFields(&same[j])[i].Ptr); v != "" {
					rows.Add(page.Wrapped(mapName(l, same[j]) + ": " + v))
				}
			}
			if len(rows.Objects) > 0 {
				box.Add(page.NewCard(l.T(specs[i].Label), rows))
			}
		}
	}
	return page.Page{Title: l.T(msgTmCompare), Obj: page.Scroll(box)}
}
