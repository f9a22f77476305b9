package ui

import (
	"context"
	"encoding/json"
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgEntryNew      = &i18n.Message{ID: "Entry.NewTitle", Description: "Title of the page for a new journal entry", Other: "New entry"}
	msgEntryEdit     = &i18n.Message{ID: "Entry.EditTitle", Description: "Title of the page editing a journal entry", Other: "Journal entry"}
	msgEntryWhen     = &i18n.Message{ID: "Entry.When", Description: "Label of the date and time field", Other: "When"}
	msgEntryWhenHint = &i18n.Message{ID: "Entry.When.Hint", Description: "How to write the date and time", Other: "Year-month-day and time, such as 2026-11-28 14:30."}
	msgEntryTags     = &i18n.Message{ID: "Entry.Tags", Description: "Label of the tags field", Other: "Tags"}
	msgEntryTagsHint = &i18n.Message{ID: "Entry.Tags.Hint", Description: "How to write tags", Other: "Words to find this by later, separated by commas, such as: work, weekend."}
	msgEntryText     = &i18n.Message{ID: "Entry.Text", Description: "Label of the journal text field", Other: "What happened, and how you feel"}
	msgEntrySave     = &i18n.Message{ID: "Entry.Save", Description: "Button that saves a journal entry", Other: "Save"}
	msgEntryDelete   = &i18n.Message{ID: "Entry.Delete", Description: "Button that deletes a journal entry", Other: "Delete"}
	msgEntryDeleteQ  = &i18n.Message{ID: "Entry.DeleteQ", Description: "Asks before deleting a journal entry", Other: "Delete this entry? It cannot be brought back."}
	msgEntryEmpty    = &i18n.Message{ID: "Entry.Empty", Description: "Save was pressed with nothing written", Other: "Write something first."}
	msgEntryBadWhen  = &i18n.Message{ID: "Entry.BadWhen", Description: "The date and time could not be read", Other: "Write the date as year-month-day and the time as hours:minutes, such as 2026-11-28 14:30."}
	msgEntryFailed   = &i18n.Message{ID: "Entry.Failed", Description: "A journal entry could not be saved or deleted; Reason explains. What was typed is still on screen",
		Other: "This was not saved. {{.Reason}} What you wrote is still here."}
	msgEntryDraftSaved = &i18n.Message{ID: "Entry.DraftSaved", Description: "Quiet note that writing is kept as it is typed", Other: "Kept as you type."}
)

// draftJournal is the kind of a journal draft.
const draftJournal = "journal"

// draftDelay is how long after the last keystroke a draft is kept.
const draftDelay = 2 * time.Second

// entryEditor writes or changes one journal entry; what is typed is kept
// as a draft a moment after each change, so a crash loses seconds at most.
type entryEditor struct {
	sh      *Shell
	k       kit
	e       store.Entry
	when    *widgets.Entry
	mood    *widgets.Choice
	tags    *widgets.Entry
	text    *widgets.Entry
	message *widget.Label
	kept    *widget.Label
	pending bool // a draft save is scheduled
	closed  bool
}

// entryPage edits e, a new one when its ID is 0.
func (sh *Shell) entryPage(e store.Entry) page {
	ed := &entryEditor{sh: sh, k: sh.kit(), e: e}
	title := msgEntryEdit
	if e.ID == 0 {
		title = msgEntryNew
	}
	if e.At.IsZero() {
		e.At = sh.idle.now()
	}
	obj := ed.buildUI(e)
	return page{title: sh.l.T(title), obj: obj, focus: ed.text}
}

func (ed *entryEditor) buildUI(e store.Entry) fyne.CanvasObject {
	l := ed.sh.l
	ed.when = ed.k.entry(dateTimeLayout)
	ed.when.SetText(e.At.Format(dateTimeLayout))
	ed.mood = ed.k.radio(moodLabels(l))
	ed.mood.SetSelected(int(e.Mood))
	ed.tags = ed.k.entry("")
	ed.tags.SetText(strings.Join(e.Tags, ", "))
	ed.text = ed.k.text("", 10)
	ed.text.SetText(e.Text)
	for _, f := range []*widgets.Entry{ed.when, ed.tags, ed.text} {
		f.OnChanged = func(string) { ed.changed() }
	}
	ed.mood.OnChanged = func(int) { ed.changed() }
	ed.message = wrapped("")
	ed.message.Importance = widget.DangerImportance
	ed.message.Hide()
	ed.kept = smallPrint("")
	save := ed.k.button(l.T(msgEntrySave), fynetheme.DocumentSaveIcon(), ed.onSave)
	save.Importance = widget.HighImportance
	buttons := newFlow(save)
	if ed.e.ID != 0 {
		del := ed.k.button(l.T(msgEntryDelete), fynetheme.DeleteIcon(), ed.onDelete)
		buttons.Add(del)
	}
	f := form(field{label: l.T(msgEntryText), input: ed.text},
		field{label: l.T(msgJournalMood), input: ed.mood},
		field{label: l.T(msgEntryTags), hint: l.T(msgEntryTagsHint), input: ed.tags},
		field{label: l.T(msgEntryWhen), hint: l.T(msgEntryWhenHint), input: ed.when})
	return pageScroll(f, ed.message, buttons, ed.kept)
}

// changed schedules keeping a draft, once per pause in typing.
func (ed *entryEditor) changed() {
	ed.k.touch()
	if ed.pending {
		return
	}
	ed.pending = true
	ed.k.bg.After(draftDelay, ed.keepDraft)
}

// keepDraft stores what is typed now, sealed like every private word.
func (ed *entryEditor) keepDraft() {
	ed.pending = false
	if ed.closed || ed.sh.locked() {
		return
	}
	e := ed.read()
	d := store.Draft{Kind: draftJournal, Ref: ed.e.ID, Text: encodeDraft(e)}
	if err := ed.sh.deps.Records.SaveDraft(context.Background(), d); err != nil {
		log.Printf("keep journal draft: %v", err)
		return
	}
	ed.kept.SetText(ed.sh.l.T(msgEntryDraftSaved))
}

// read is the entry as typed; an unreadable date keeps the old one.
func (ed *entryEditor) read() store.Entry {
	e := ed.e
	if t, ok := parseWhen(ed.when.Text); ok {
		e.At = t
	}
	e.Mood = store.Mood(max(ed.mood.Selected, 0))
	e.Tags = splitTags(ed.tags.Text)
	e.Text = ed.text.Text
	return e
}

func (ed *entryEditor) onSave() {
	if _, ok := parseWhen(ed.when.Text); !ok {
		ed.say(ed.sh.l.T(msgEntryBadWhen))
		return
	}
	e := ed.read()
	if strings.TrimSpace(e.Text) == "" {
		ed.say(ed.sh.l.T(msgEntryEmpty))
		return
	}
	if _, err := ed.sh.journal.save(e); err != nil {
		ed.failed("save journal entry", err)
		return
	}
	ed.finish()
}

func (ed *entryEditor) onDelete() {
	l := ed.sh.l
	ed.sh.confirm(l.T(msgEntryDelete), l.T(msgEntryDeleteQ), l.T(msgEntryDelete), func() {
		if err := ed.sh.journal.remove(ed.e.ID); err != nil {
			ed.failed("delete journal entry", err)
			return
		}
		ed.finish()
	})
}

// finish drops the draft and goes back to the list.
func (ed *entryEditor) finish() {
	ed.closed = true
	if err := ed.sh.deps.Records.DeleteDraft(context.Background(), draftJournal, ed.e.ID); err != nil {
		log.Printf("drop journal draft: %v", err)
	}
	delete(ed.sh.screens, sectionHome) // its recent entries changed
	ed.sh.Back()
}

func (ed *entryEditor) failed(what string, err error) {
	log.Printf("%s: %v", what, err)
	m, data := explain.Error(err)
	ed.say(ed.sh.l.T(msgEntryFailed, map[string]any{"Reason": ed.sh.l.T(m, data)}))
}

func (ed *entryEditor) say(text string) {
	ed.message.SetText(text)
	ed.message.Show()
}

// draftFields is how a journal draft's fields are kept in one sealed value.
type draftFields struct {
	ID   int64     `json:"id"`
	At   time.Time `json:"at"`
	Mood int       `json:"mood"`
	Tags []string  `json:"tags"`
	Text string    `json:"text"`
}

func encodeDraft(e store.Entry) string {
	b, _ := json.Marshal(draftFields{ID: e.ID, At: e.At, Mood: int(e.Mood), Tags: e.Tags, Text: e.Text})
	return string(b)
}

func decodeDraft(d store.Draft) (store.Entry, bool) {
	var f draftFields
	if err := json.Unmarshal([]byte(d.Text), &f); err != nil {
		log.Printf("journal draft cannot be read: %v", err)
		return store.Entry{}, false
	}
	return store.Entry{ID: f.ID, At: f.At, Mood: store.Mood(f.Mood), Tags: f.Tags, Text: f.Text}, true
}
