package ui

import (
	"context"
	"slices"
	"strings"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
)

// Progress through Learn is kept as two settings: the lessons completed
// and the last lesson opened. They hold ids, never anything written.
const (
	settingLessonsDone store.Setting = "learn-done" // module/lesson ids, comma-separated
	settingLastLesson  store.Setting = "learn-last" // module/lesson
)

// learnProgress reads and keeps which lessons are done and where to resume.
type learnProgress struct{ prefs Preferences }

func lessonKey(l content.Lesson) string { return l.Module + "/" + l.ID }

func (p learnProgress) done() []string {
	v := p.prefs.GetOr(context.Background(), settingLessonsDone, "")
	if v == "" {
		return nil
	}
	return strings.Split(v, ",")
}

func (p learnProgress) isDone(l content.Lesson) bool { return slices.Contains(p.done(), lessonKey(l)) }

// complete marks a lesson done; it reports whether that could be kept.
func (p learnProgress) complete(l content.Lesson) error {
	d := p.done()
	if slices.Contains(d, lessonKey(l)) {
		return nil
	}
	return p.prefs.Set(context.Background(), settingLessonsDone, strings.Join(append(d, lessonKey(l)), ","))
}

// doneIn counts a module's completed lessons.
func (p learnProgress) doneIn(m content.Module) int {
	n := 0
	for _, l := range m.Lessons {
		if p.isDone(l) {
			n++
		}
	}
	return n
}

func (p learnProgress) opened(l content.Lesson) error {
	return p.prefs.Set(context.Background(), settingLastLesson, lessonKey(l))
}

// resume is the last lesson opened, if it still exists.
func (p learnProgress) resume(learn *content.Learn, lang string) (content.Module, int, bool) {
	mod, id, ok := strings.Cut(p.prefs.GetOr(context.Background(), settingLastLesson, ""), "/")
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
func (p learnProgress) next(learn *content.Learn, lang string) (content.Module, int, bool) {
	for _, m := range learn.Modules(lang) {
		for i, l := range m.Lessons {
			if !p.isDone(l) {
				return m, i, true
			}
		}
	}
	return content.Module{}, 0, false
}

// step is the lesson to suggest: the last one opened while it is not done;
// else the next one not done after it in its module; else the first not
// done. continuing says it is the last one opened.
func (p learnProgress) step(learn *content.Learn, lang string) (m content.Module, i int, continuing, ok bool) {
	if m, i, ok := p.resume(learn, lang); ok {
		if !p.isDone(m.Lessons[i]) {
			return m, i, true, true
		}
		for j := i + 1; j < len(m.Lessons); j++ {
			if !p.isDone(m.Lessons[j]) {
				return m, j, false, true
			}
		}
	}
	m, i, ok = p.next(learn, lang)
	return m, i, false, ok
}
