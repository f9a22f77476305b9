package journal

import (
	"context"
	"encoding/json"
	"log"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/explain"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
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

// DraftKind is the kind of a journal draft.
const DraftKind = "journal"

// Editor writes or changes one journal entry; what is typed is kept
// as a draft a moment after each change, so a crash loses seconds at most.
type Editor struct {
	sc      *Screens
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

// EntryPage edits e, a new one when its ID is 0.
func (sc *Screens) EntryPage(e store.Entry) page.Page {
	return sc.EditorPage(&Editor{e: e, draftRef: e.ID})
}

// EditorPage shows ed, for its entry.
func (sc *Screens) EditorPage(ed *Editor) page.Page {
	ed.sc, ed.k = sc, sc.Kit
	if ed.key == "" {
		ed.key = newWritingKey()
	}
	e := ed.e
	title := msgEntryEdit
	if e.ID == 0 {
		title = msgEntryNew
	}
	if e.At.IsZero() {
		e.At = sc.Now()
	}
	ed.obj = ed.buildUI(e)
	sc.Cache.editors = append(sc.Cache.editors, ed)
	return page.Page{Title: sc.L.T(title), Obj: ed.obj, Focus: ed.text}
}

// writingKeys numbers the writing begun in this run of the app.
var writingKeys int64

func newWritingKey() string {
	writingKeys++
	return strconv.FormatInt(time.Now().UnixNano(), 36) + "-" + strconv.FormatInt(writingKeys, 36)
}

func (ed *Editor) buildUI(e store.Entry) fyne.CanvasObject {
	l := ed.sc.L
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
func (ed *Editor) changed() {
	ed.k.Touch()
	if ed.pending {
		return
	}
	ed.pending = true
	ed.k.BG.After(page.DraftDelay, ed.keepDraft)
}

// keepDraft stores what is typed now, sealed like every private word.
func (ed *Editor) keepDraft() {
	ed.pending = false
	if ed.closed || ed.sc.Locked() {
		return
	}
	e := ed.read()
	d := store.Draft{Kind: DraftKind, Ref: ed.e.ID, Text: EncodeDraft(e, ed.key, ed.prompt)}
	if err := ed.sc.Records.SaveDraft(context.Background(), d); err != nil {
		log.Printf("keep journal draft: %v", err)
		return
	}
	d.Updated = time.Now()
	ed.sc.Cache.keptDraft(d)
	ed.kept.SetText(ed.sc.L.T(msgEntryDraftSaved))
}

// read is the entry as typed; an unreadable date keeps the old one.
func (ed *Editor) read() store.Entry {
	e := ed.e
	if t, ok := page.ParseWhen(ed.when.Text); ok {
		e.At = t
	}
	e.Mood = store.Mood(max(ed.mood.Selected, 0))
	e.Tags = splitTags(ed.tags.Text)
	e.Text = ed.text.FullText()
	return e
}

func (ed *Editor) onSave() {
	if _, ok := page.ParseWhen(ed.when.Text); !ok {
		ed.say(ed.sc.L.T(msgEntryBadWhen))
		return
	}
	e := ed.read()
	if strings.TrimSpace(OwnWords(ed.sc.L, e.Text)) == "" {
		ed.say(ed.sc.L.T(msgEntryEmpty))
		return
	}
	saved, err := ed.sc.Cache.save(e, ed.key, ed.draftRef, ed.e.ID)
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

func (ed *Editor) onDelete() {
	l := ed.sc.L
	ed.sc.Confirm(l.T(msgEntryDelete), l.T(msgEntryDeleteQ), l.T(msgEntryDelete), func() {
		if err := ed.sc.Cache.remove(ed.e.ID, ed.draftRef); err != nil {
			ed.failed("delete journal entry", err)
			return
		}
		ed.finish()
	})
}

// finish closes the editor (its drafts are dropped with the save) and
// goes back to the page it was opened from.
func (ed *Editor) finish() {
	ed.closed = true
	c := ed.sc.Cache
	c.editors = slices.DeleteFunc(c.editors, func(x *Editor) bool { return x == ed })
	ed.sc.Back()
}

func (ed *Editor) failed(what string, err error) {
	log.Printf("%s: %v", what, err)
	m, data := explain.Error(err)
	ed.say(ed.sc.L.T(msgEntryFailed, map[string]any{"Reason": ed.sc.L.T(m, data)}))
}

func (ed *Editor) say(text string) {
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

// EncodeDraft is e as a draft; key and prompt are the editor's, if any.
func EncodeDraft(e store.Entry, keyPrompt ...string) string {
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
func (sc *Screens) draftEditor(d store.Draft) (*Editor, bool) {
	e, f, ok := decodeDraftFields(d)
	if !ok {
		return nil, false
	}
	if e.ID == 0 && f.Key != "" {
		e.ID = sc.Cache.savedAs[f.Key]
	}
	if _, exists := sc.Cache.entry(e.ID); !exists {
		e.ID = 0
	}
	return &Editor{e: e, key: f.Key, draftRef: d.Ref, prompt: f.Prompt}, true
}

// NewEditor is an editor for a new entry that starts with text, written
// in answer to prompt; onSaved, when set, runs after it is saved.
func NewEditor(text, prompt string, onSaved func()) *Editor {
	return &Editor{e: store.Entry{Text: text}, prompt: prompt, onSaved: onSaved}
}
