package learn

import (
	"context"
	"errors"
	"log"
	"slices"
	"strings"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

// Progress through Learn is kept as two private settings, sealed like the
// records, since what a person reads says something about them: the
// lessons completed and the last lesson opened. Both hold ids, never
// anything written. Older versions kept them in the clear; the first read
// after unlocking moves them in and empties the plain ones. Their keys,
// like every setting's, are in store/settings.go.

// Progress is which lessons are done and where to resume, as read
// once; while the records are locked it is not known, and not shown.
type Progress struct {
	rec   SettingKeeper    // nil when the data could not be opened
	prefs page.Preferences // where older versions kept the progress
	done  []string
	last  string
	known bool
}

// Progress reads Learn's progress.
func (sc *Screens) Progress() *Progress {
	p := &Progress{rec: sc.Records, prefs: sc.Prefs}
	p.read()
	return p
}

func (p *Progress) read() {
	if p.rec == nil {
		return
	}
	ctx := context.Background()
	done, err := p.rec.GetPrivate(ctx, store.SettingLessonsDone)
	var last string
	if err == nil {
		last, err = p.rec.GetPrivate(ctx, store.SettingLastLesson)
	}
	if err != nil {
		if !errors.Is(err, store.ErrLocked) {
			log.Printf("read learn progress: %v", err)
		}
		return
	}
	p.known, p.done, p.last = true, splitIDs(done), last
	p.moveInPlain()
}

// moveInPlain seals progress an older version kept in the clear, then
// deletes the plain settings.
func (p *Progress) moveInPlain() {
	if p.prefs == nil {
		return
	}
	ctx := context.Background()
	done := p.prefs.GetOr(ctx, store.SettingLessonsDone, "")
	last := p.prefs.GetOr(ctx, store.SettingLastLesson, "")
	if done == "" && last == "" {
		return
	}
	for _, id := range splitIDs(done) {
		if !slices.Contains(p.done, id) {
			p.done = append(p.done, id)
		}
	}
	if p.last == "" {
		p.last = last
	}
	err := p.rec.SetPrivate(ctx, store.SettingLessonsDone, strings.Join(p.done, ","))
	if err == nil {
		err = p.rec.SetPrivate(ctx, store.SettingLastLesson, p.last)
	}
	for _, key := range []store.Setting{store.SettingLessonsDone, store.SettingLastLesson} {
		if err == nil {
			err = p.prefs.Delete(ctx, key)
		}
	}
	if err != nil {
		log.Printf("move learn progress: %v", err)
	}
}

func splitIDs(v string) []string {
	if v == "" {
		return nil
	}
	return strings.Split(v, ",")
}

func LessonKey(l content.Lesson) string { return l.Module + "/" + l.ID }

func (p *Progress) IsDone(l content.Lesson) bool { return slices.Contains(p.done, LessonKey(l)) }

// complete marks a lesson done; store.ErrLocked while locked.
func (p *Progress) complete(l content.Lesson) error {
	if !p.known {
		return store.ErrLocked
	}
	if p.IsDone(l) {
		return nil
	}
	done := append(slices.Clip(p.done), LessonKey(l))
	if err := p.rec.SetPrivate(context.Background(), store.SettingLessonsDone, strings.Join(done, ",")); err != nil {
		return err
	}
	p.done = done
	return nil
}

// doneIn counts a module's completed lessons.
func (p *Progress) doneIn(m content.Module) int {
	n := 0
	for _, l := range m.Lessons {
		if p.IsDone(l) {
			n++
		}
	}
	return n
}

// opened keeps l as the lesson to resume; store.ErrLocked while locked.
func (p *Progress) opened(l content.Lesson) error {
	if !p.known {
		return store.ErrLocked
	}
	if err := p.rec.SetPrivate(context.Background(), store.SettingLastLesson, LessonKey(l)); err != nil {
		return err
	}
	p.last = LessonKey(l)
	return nil
}

// resume is the last lesson opened, if it still exists.
func (p *Progress) resume(learn *content.Learn, lang string) (content.Module, int, bool) {
	mod, id, ok := strings.Cut(p.last, "/")
	if !ok {
		return content.Module{}, 0, false
	}
	m, ok := learn.Module(lang, mod)
	if !ok {
		return m, 0, false
	}
	i := slices.IndexFunc(m.Lessons, func(l content.Lesson) bool { return l.ID == id })
	return m, i, i >= 0
}

// next is the first lesson not yet done, in reading order.
func (p *Progress) next(learn *content.Learn, lang string) (content.Module, int, bool) {
	for _, m := range learn.Modules(lang) {
		for i, l := range m.Lessons {
			if !p.IsDone(l) {
				return m, i, true
			}
		}
	}
	return content.Module{}, 0, false
}

// Step is the lesson to suggest: the last one opened while it is not done;
// else the next one not done after it in its module; else the first not
// done. continuing says it is the last one opened. Nothing is suggested
// while the progress is not known.
func (p *Progress) Step(learn *content.Learn, lang string) (m content.Module, i int, continuing, ok bool) {
	if !p.known {
		return content.Module{}, 0, false, false
	}
	if m, i, ok := p.resume(learn, lang); ok {
		if !p.IsDone(m.Lessons[i]) {
			return m, i, true, true
		}
		for j := i + 1; j < len(m.Lessons); j++ {
			if !p.IsDone(m.Lessons[j]) {
				return m, j, false, true
			}
		}
	}
	m, i, ok = p.next(learn, lang)
	return m, i, false, ok
}

// Known says the progress could be read (the records are open).
func (p *Progress) Known() bool { return p.known }

// Last is the key (LessonKey) of the lesson opened last.
func (p *Progress) Last() string { return p.last }
