package learn

import (
	"errors"
	"log"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/journal"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	MsgLessonMinutes    = &i18n.Message{ID: "Lesson.Minutes", Description: "Reading time; Count is a number of minutes", One: "{{.Count}} minute read", Other: "{{.Count}} minute read"}
	msgLessonDone       = &i18n.Message{ID: "Lesson.Done", Description: "Marks a lesson as done", Other: "Done"}
	msgLessonMark       = &i18n.Message{ID: "Lesson.MarkDone", Description: "Button that marks a lesson as done", Other: "Mark as done"}
	msgLessonKey        = &i18n.Message{ID: "Lesson.KeyPoints", Description: "Card with a lesson's key points", Other: "Key points"}
	msgLessonReflect    = &i18n.Message{ID: "Lesson.Reflect", Description: "Card with a lesson's questions to think about", Other: "To think about"}
	msgLessonWrite      = &i18n.Message{ID: "Lesson.Write", Description: "Button that opens a journal entry with the question in it", Other: "Write about this"}
	msgLessonNext       = &i18n.Message{ID: "Lesson.Next", Description: "Button: the next lesson (Alt+Right)", Other: "Next lesson"}
	msgLessonPrev       = &i18n.Message{ID: "Lesson.Previous", Description: "Button: the previous lesson (Alt+Left)", Other: "Previous lesson"}
	msgLessonSaved      = &i18n.Message{ID: "Lesson.Saved", Description: "Under a lesson's question, once what the person wrote about it is saved", Other: "Saved in your journal."}
	msgModuleLessons    = &i18n.Message{ID: "Module.Lessons", Description: "Heading of a module's lesson list", Other: "Lessons"}
	msgModuleWorksheets = &i18n.Message{ID: "Module.Worksheets", Description: "Heading of the worksheets a module teaches", Other: "Worksheets"}
	msgModuleExer       = &i18n.Message{ID: "Module.Exercise", Description: "Heading of a module's exercise", Other: "Exercise"}
)

// ModulePage lists a module's lessons and its exercise.
func (sc *Screens) ModulePage(id string) page.Page {
	box := container.NewVBox()
	m, _ := sc.Learn.Module(sc.L.Lang(), id)
	p := page.Page{Title: m.Title, Obj: page.Scroll(box)}
	p.OnShow = func() { sc.fillModule(box, id) }
	return p
}

func (sc *Screens) fillModule(box *fyne.Container, id string) {
	box.RemoveAll()
	l, k := sc.L, sc.Kit
	m, ok := sc.Learn.Module(l.Lang(), id)
	if !ok {
		return
	}
	prog := sc.Progress()
	box.Add(sc.markdown(m.Intro))
	opts := make([]widgets.ChoiceOption, len(m.Lessons))
	for i, les := range m.Lessons {
		opts[i] = widgets.ChoiceOption{Label: les.Title + " · " + l.N(MsgLessonMinutes, les.Minutes(), nil), Icon: fynetheme.DocumentIcon()}
		if prog.IsDone(les) {
			opts[i].Icon = fynetheme.ConfirmIcon()
			opts[i].Label += " · " + l.T(msgLessonDone)
		}
	}
	// A list, not a button per lesson: its rows wrap at phone width, and
	// the arrows move between lessons.
	list := widgets.NewChoice(opts, k.Keys)
	list.Wrap = true
	list.OnChanged = func(i int) {
		k.Touch()
		list.SetSelected(-1)
		sc.Push(sc.LessonPage(m, i))
	}
	box.Add(page.NewCard(l.T(msgModuleLessons), list))
	if ex := sc.ExerciseButton(m.Exercise); ex != nil {
		box.Add(page.NewCard(l.T(msgModuleExer), ex))
	}
	if ws := sc.worksheetButtons(m.ID); ws != nil {
		box.Add(page.NewCard(l.T(msgModuleWorksheets), ws))
	}
}

// LessonPage shows one lesson of m; Alt+Left and Alt+Right move between lessons.
func (sc *Screens) LessonPage(m content.Module, i int) page.Page {
	les := m.Lessons[i]
	if err := sc.Progress().opened(les); err != nil && !errors.Is(err, store.ErrLocked) {
		log.Printf("keep learn progress: %v", err)
	}
	l, k := sc.L, sc.Kit
	meta := page.SmallPrint(m.Title + " · " + l.N(MsgLessonMinutes, les.Minutes(), nil))
	head := page.Heading(les.Title)
	done := sc.doneButton(les)
	objs := []fyne.CanvasObject{head, meta, sc.markdown(les.Body), page.NewCard(l.T(msgLessonKey), bulletList(les.KeyPoints)),
		page.NewCard(l.T(msgLessonReflect), sc.prompts(les))}
	if src := sc.lessonSources(les); src != nil {
		objs = append(objs, src)
	}
	objs = append(objs, page.NewFlow(done))
	nav := page.NewFlow()
	var prev, next func()
	if i > 0 {
		prev = func() { sc.ReplaceTop(sc.LessonPage(m, i-1)) }
		nav.Add(k.Button(l.T(msgLessonPrev), fynetheme.NavigateBackIcon(), prev))
	}
	if i+1 < len(m.Lessons) {
		next = func() { sc.ReplaceTop(sc.LessonPage(m, i+1)) }
		b := k.Button(l.T(msgLessonNext), fynetheme.NavigateNextIcon(), next)
		b.Importance = widget.HighImportance
		nav.Add(b)
	}
	p := page.Page{Title: les.Title, Obj: page.Scroll(append(objs, nav)...), Shortcuts: map[desktop.CustomShortcut]func(){}}
	if prev != nil {
		p.Shortcuts[desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}] = prev
	}
	if next != nil {
		p.Shortcuts[desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}] = next
	}
	return p
}

var msgLessonSources = &i18n.Message{ID: "Lesson.Sources", Description: "Heading above the official pages a lesson's facts come from, each a link by its name", Other: "Sources"}

// lessonSources lists the official pages the lesson's facts come from, each
// a link named as the lesson names it, which opens the page in the browser
// only when clicked; nil when the lesson cites none.
func (sc *Screens) lessonSources(les content.Lesson) fyne.CanvasObject {
	if len(les.Sources) == 0 {
		return nil
	}
	k := sc.Kit
	box := container.NewVBox(page.SectionHeading(sc.L.T(msgLessonSources)))
	for _, s := range les.Sources {
		if u := page.ParseURL(s.URL); u != nil {
			box.Add(page.SourceLink(k, s.Name, u))
		}
	}
	return box
}

func (sc *Screens) doneButton(les content.Lesson) *fyne.Container {
	l, k := sc.L, sc.Kit
	box := container.NewStack()
	show := func() {
		if sc.Progress().IsDone(les) {
			box.Objects = []fyne.CanvasObject{container.NewHBox(widget.NewIcon(fynetheme.ConfirmIcon()), widget.NewLabel(l.T(msgLessonDone)))}
		}
		box.Refresh()
	}
	mark := k.Button(l.T(msgLessonMark), fynetheme.ConfirmIcon(), func() {
		if err := sc.Progress().complete(les); err != nil {
			sc.ShowError(page.FailText(l, page.MsgNotSaved, err))
			return
		}
		show()
	})
	box.Objects = []fyne.CanvasObject{mark}
	show()
	return box
}

// prompts lists the questions, each with a way to write about it.
func (sc *Screens) prompts(les content.Lesson) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	box := container.NewVBox()
	for _, p := range les.Prompts {
		saved := page.SmallPrint(l.T(msgLessonSaved))
		saved.Hide()
		write := k.Button(l.T(msgLessonWrite), fynetheme.DocumentCreateIcon(), func() {
			text := p.Text + "\n" + l.T(journal.MsgFromLesson, map[string]any{"Lesson": les.Title}) + "\n\n"
			sc.Push(sc.WriteAbout(text, p.Text, saved.Show))
		})
		box.Add(page.Wrapped(p.Text))
		box.Add(page.NewFlow(write))
		box.Add(saved)
	}
	return box
}

// bulletList shows lines as a list with bullets.
func bulletList(lines []string) fyne.CanvasObject {
	box := container.NewVBox()
	for _, line := range lines {
		box.Add(container.NewBorder(nil, nil, container.NewVBox(widget.NewLabel("•")), nil, page.Wrapped(line)))
	}
	return box
}

// markdown shows lesson text. Its links are drawn in the link colour
// within the text, and offered under it as links of their own that wrap
// at any width and leave the window's keys working (Fyne's inline links
// neither wrap nor pass keys on). They open lessons, Get help now or a
// web page.
func (sc *Screens) markdown(md string) fyne.CanvasObject {
	rt := widget.NewRichTextFromMarkdown(md)
	rt.Wrapping = fyne.TextWrapWord
	var links []*widget.HyperlinkSegment
	unlink(rt.Segments, &links)
	if len(links) == 0 {
		return rt
	}
	box := container.NewVBox(rt)
	seen := map[string]bool{}
	for _, h := range links {
		key := h.URL.String()
		if seen[key] {
			continue
		}
		seen[key] = true
		link := sc.Kit.Link("→ "+page.UpperFirst(h.Text), h.URL)
		link.Wrapping = fyne.TextWrapWord
		link.OnTapped = sc.linkAction(h.URL)
		box.Add(link)
	}
	return box
}

// unlink replaces the links in segs, at any depth, by link-coloured text,
// and collects them.
func unlink(segs []widget.RichTextSegment, links *[]*widget.HyperlinkSegment) {
	for i, s := range segs {
		switch v := s.(type) {
		case *widget.HyperlinkSegment:
			if v.URL == nil {
				continue
			}
			*links = append(*links, v)
			style := widget.RichTextStyleInline
			style.ColorName = fynetheme.ColorNameHyperlink
			segs[i] = &widget.TextSegment{Text: v.Text, Style: style}
		case *widget.ListSegment:
			unlink(v.Items, links)
		case *widget.ParagraphSegment:
			unlink(v.Texts, links)
		}
	}
}

func (sc *Screens) linkAction(u *url.URL) func() {
	if u == nil {
		return func() {}
	}
	switch u.Scheme {
	case "help":
		if u.Opaque == "overdose" {
			return sc.ShowOverdose
		}
		return sc.ShowHelp
	case "lesson":
		mod, id, _ := strings.Cut(u.Opaque, "/")
		return func() { sc.OpenLesson(mod, id) }
	}
	return func() { sc.OpenURL(u) }
}

func (sc *Screens) OpenLesson(mod, id string) {
	m, ok := sc.Learn.Module(sc.L.Lang(), mod)
	if !ok {
		return
	}
	for i, les := range m.Lessons {
		if les.ID == id {
			sc.Push(sc.LessonPage(m, i))
		}
	}
}
