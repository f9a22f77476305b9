package ui

import (
	"context"
	"encoding/json"
	"log"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/alongside-app/alongside/ui/page"

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

// entryEditor writes or changes one journal entry; what is typed is kept
// as a draft a moment after each change, so a crash loses seconds at most.
type entryEditor struct {
	sh      *Shell
	k       page.Kit
	e       store.Entry
	obj     fyne.CanvasObject // the page, to know whether it is still open
	when    *widgets.Entry
	mood    *widgets.Choice
	tags    *widgets.Entry
	text    *widgets.Entry
	message *widget.Label
	kept    *widget.Label
	pending bool // a draft save is scheduled
	closed  bool
	// key names this writing, kept with its draft: an editor continuing
	// the draft has the same key, so the two never save two entries.
	key string
	// draftRef is the record of the draft this editor continues, dropped
	// once saved (it may differ from e.ID: an entry deleted meanwhile).
	draftRef int64
	// prompt is the question from a lesson the entry starts with, if any.
	prompt string
	// onSaved runs after Save, on the page shown then.
	onSaved func()
}

// entryPage edits e, a new one when its ID is 0.
func (sh *Shell) entryPage(e store.Entry) page.Page {
	return sh.editorPage(&entryEditor{e: e, draftRef: e.ID})
}

// editorPage shows ed, for its entry.
func (sh *Shell) editorPage(ed *entryEditor) page.Page {
	ed.sh, ed.k = sh, sh.kit()
	if ed.key == "" {
		ed.key = newWritingKey()
	}
	e := ed.e
	title := msgEntryEdit
	if e.ID == 0 {
		title = msgEntryNew
	}
	if e.At.IsZero() {
		e.At = sh.idle.now()
	}
	ed.obj = ed.buildUI(e)
	sh.journal.editors = append(sh.journal.editors, ed)
	return page.Page{Title: sh.l.T(title), Obj: ed.obj, Focus: ed.text}
}

// writingKeys numbers the writing begun in this run of the app.
var writingKeys int64

func newWritingKey() string {
	writingKeys++
	return strconv.FormatInt(time.Now().UnixNano(), 36) + "-" + strconv.FormatInt(writingKeys, 36)
}

func (ed *entryEditor) buildUI(e store.Entry) fyne.CanvasObject {
	l := ed.sh.l
	ed.when = ed.k.Entry(page.DateTimeLayout)
	ed.when.SetText(e.At.Format(page.DateTimeLayout))
	ed.mood = ed.k.Radio(moodLabels(l))
	ed.mood.SetSelected(int(e.Mood))
	ed.tags = ed.k.Entry("")
	ed.tags.SetText(strings.Join(e.Tags, ", "))
	ed.text = ed.k.Text("", 10)
	ed.text.SetLongText(e.Text, nil) // a long entry is laid out a piece at a time: Hide never waits for it
	for _, f := range []*widgets.Entry{ed.when, ed.tags, ed.text} {
		f.OnChanged = func(string) { ed.changed() }
	}
	ed.mood.OnChanged = func(int) { ed.changed() }
	ed.message = page.Wrapped("")
	ed.message.Importance = widget.DangerImportance
	ed.message.Hide()
	ed.kept = page.SmallPrint("")
	save := ed.k.Button(l.T(msgEntrySave), fynetheme.DocumentSaveIcon(), ed.onSave)
	save.Importance = widget.HighImportance
	buttons := page.NewFlow(save)
	if ed.e.ID != 0 {
		del := ed.k.Button(l.T(msgEntryDelete), fynetheme.DeleteIcon(), ed.onDelete)
		buttons.Add(del)
	}
	f := page.Form(page.Field{Label: l.T(msgEntryText), Input: ed.text},
		page.Field{Label: l.T(msgJournalMood), Input: ed.mood},
		page.Field{Label: l.T(msgEntryTags), Hint: l.T(msgEntryTagsHint), Input: ed.tags},
		page.Field{Label: l.T(msgEntryWhen), Hint: l.T(msgEntryWhenHint), Input: ed.when})
	return page.Scroll(f, buttons, ed.message, ed.kept)
}

// changed schedules keeping a draft, once per pause in typing.
func (ed *entryEditor) changed() {
	ed.k.Touch()
	if ed.pending {
		return
	}
	ed.pending = true
	ed.k.BG.After(page.DraftDelay, ed.keepDraft)
}

// keepDraft stores what is typed now, sealed like every private word.
func (ed *entryEditor) keepDraft() {
	ed.pending = false
	if ed.closed || ed.sh.Locked() {
		return
	}
	e := ed.read()
	d := store.Draft{Kind: draftJournal, Ref: ed.e.ID, Text: encodeDraft(e, ed.key, ed.prompt)}
	if err := ed.sh.deps.Records.SaveDraft(context.Background(), d); err != nil {
		log.Printf("keep journal draft: %v", err)
		return
	}
	d.Updated = time.Now()
	ed.sh.journal.keptDraft(d)
	ed.kept.SetText(ed.sh.l.T(msgEntryDraftSaved))
}

// keepLeftWriting keeps at once the words of every editor taken off the
// screen without Save (Get help now, then its section chosen again; a
// new language), so the draft is offered back where the person returns,
// not seconds later. Such an editor can never show again: it is closed.
func (sh *Shell) keepLeftWriting() {
	open := map[fyne.CanvasObject]bool{}
	for _, p := range sh.stack {
		open[p.Obj] = true
	}
	for id, pages := range sh.places {
		if id == sh.Current() {
			continue // the stack holds this section's pages now
		}
		for _, p := range pages {
			open[p.Obj] = true
		}
	}
	c := sh.journal
	kept := c.editors[:0]
	for _, ed := range c.editors {
		switch {
		case ed.closed:
		case open[ed.obj]:
			kept = append(kept, ed)
		default:
			if ed.pending {
				ed.keepDraft()
			}
			ed.closed = true
		}
	}
	clear(c.editors[len(kept):])
	c.editors = kept
}

// read is the entry as typed; an unreadable date keeps the old one.
func (ed *entryEditor) read() store.Entry {
	e := ed.e
	if t, ok := page.ParseWhen(ed.when.Text); ok {
		e.At = t
	}
	e.Mood = store.Mood(max(ed.mood.Selected, 0))
	e.Tags = splitTags(ed.tags.Text)
	e.Text = ed.text.FullText()
	return e
}

func (ed *entryEditor) onSave() {
	if _, ok := page.ParseWhen(ed.when.Text); !ok {
		ed.say(ed.sh.l.T(msgEntryBadWhen))
		return
	}
	e := ed.read()
	if strings.TrimSpace(ownWords(ed.sh.l, e.Text)) == "" {
		ed.say(ed.sh.l.T(msgEntryEmpty))
		return
	}
	saved, err := ed.sh.journal.save(e, ed.key, ed.draftRef, ed.e.ID)
	if err != nil {
		ed.failed("save journal entry", err)
		return
	}
	ed.e.ID = saved.ID // a draft kept from now on is the entry's
	ed.finish()
	if ed.onSaved != nil {
		ed.onSaved()
	}
}

func (ed *entryEditor) onDelete() {
	l := ed.sh.l
	ed.sh.Confirm(l.T(msgEntryDelete), l.T(msgEntryDeleteQ), l.T(msgEntryDelete), func() {
		if err := ed.sh.journal.remove(ed.e.ID, ed.draftRef); err != nil {
			ed.failed("delete journal entry", err)
			return
		}
		ed.finish()
	})
}

// finish closes the editor (its drafts are dropped with the save) and
// goes back to the page it was opened from.
func (ed *entryEditor) finish() {
	ed.closed = true
	c := ed.sh.journal
	c.editors = slices.DeleteFunc(c.editors, func(x *entryEditor) bool { return x == ed })
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
	ID     int64     `json:"id"`
	At     time.Time `json:"at"`
	Mood   int       `json:"mood"`
	Tags   []string  `json:"tags"`
	Text   string    `json:"text"`
	Key    string    `json:"key,omitempty"`    // the editor's key (entryEditor.key)
	Prompt string    `json:"prompt,omitempty"` // a lesson's question the text starts with
}

// encodeDraft is e as a draft; key and prompt are the editor's, if any.
func encodeDraft(e store.Entry, keyPrompt ...string) string {
	f := draftFields{ID: e.ID, At: e.At, Mood: int(e.Mood), Tags: e.Tags, Text: e.Text}
	if len(keyPrompt) > 0 {
		f.Key = keyPrompt[0]
	}
	if len(keyPrompt) > 1 {
		f.Prompt = keyPrompt[1]
	}
	b, _ := json.Marshal(f)
	return string(b)
}

func decodeDraft(d store.Draft) (store.Entry, bool) {
	e, _, ok := decodeDraftFields(d)
	return e, ok
}

// decodeDraftFields is the draft's entry, and its editor's key and prompt.
func decodeDraftFields(d store.Draft) (store.Entry, draftFields, bool) {
	var f draftFields
	if err := json.Unmarshal([]byte(d.Text), &f); err != nil {
		log.Printf("journal draft cannot be read: %v", err)
		return store.Entry{}, f, false
	}
	return store.Entry{ID: f.ID, At: f.At, Mood: store.Mood(f.Mood), Tags: f.Tags, Text: f.Text}, f, true
}

// draftEditor is the editor continuing a draft. A draft whose entry
// exists edits that entry, also when the draft was kept before the entry
// was first saved; one whose entry was deleted since becomes a new entry.
func (sh *Shell) draftEditor(d store.Draft) (*entryEditor, bool) {
	e, f, ok := decodeDraftFields(d)
	if !ok {
		return nil, false
	}
	if e.ID == 0 && f.Key != "" {
		e.ID = sh.journal.savedAs[f.Key]
	}
	if _, exists := sh.journal.entry(e.ID); !exists {
		e.ID = 0
	}
	return &entryEditor{e: e, key: f.Key, draftRef: d.Ref, prompt: f.Prompt}, true
}
