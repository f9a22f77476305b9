package content

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

const testModule = `---
id: boundaries
order: 3
title: Setting healthy boundaries
summary: What a boundary is.
exercise: boundary-builder
---
Intro.
`

const testLesson = `---
id: if-you
order: 1
title: "If you..., I will..."
keyPoints:
  - It is about you.
prompts:
  - id: first
    text: What would you change?
---
## A heading

Some **bold** words and a [link](lesson:boundaries/if-you), [help](help:overdose).

- one
- two
`

func learnFS(over map[string]string) fstest.MapFS {
	files := map[string]string{
		"learn/en/boundaries/module.md":    testModule,
		"learn/en/boundaries/01-if-you.md": testLesson,
		"learn/es/boundaries/module.md":    testModule,
		"learn/es/boundaries/01-if-you.md": testLesson,
	}
	for k, v := range over {
		if v == "" {
			delete(files, k)
		} else {
			files[k] = v
		}
	}
	fsys := fstest.MapFS{}
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fsys
}

func TestLearnTestFilesLoad(t *testing.T) {
	l, err := loadLearn(learnFS(nil), "learn", true)
	if err != nil {
		t.Fatal(err)
	}
	m, ok := l.Module("es", "boundaries")
	if !ok || len(m.Lessons) != 1 || m.Lessons[0].Words < 10 || strings.Contains(m.Lessons[0].Body, "keyPoints") {
		t.Fatalf("module %+v", m)
	}
}

// A broken file fails with its name and, where it can, its line.
func TestBrokenLearnFileIsNamed(t *testing.T) {
	const es = "learn/es/boundaries/01-if-you.md"
	cases := map[string]struct {
		file, text, want string
	}{
		"nested list":   {es, strings.Replace(testLesson, "- two", "- two\n  - nested", 1), es + ":17: nested lists"},
		"table":         {es, testLesson + "\n| a | b |\n|---|---|\n", es},
		"image":         {es, testLesson + "\n![x](https://example.org/x.png)\n", es + ":18: images"},
		"html":          {es, testLesson + "\n<div>x</div>\n", es + ":18: HTML"},
		"h1":            {es, strings.Replace(testLesson, "## A heading", "# A heading", 1), es + ":11: heading level 1"},
		"autolink":      {es, testLesson + "\n<https://example.org>\n", es + ":18: bare web address"},
		"http link":     {es, testLesson + "\n[x](http://example.org)\n", es + ":18: link"},
		"dead lesson":   {es, strings.Replace(testLesson, "lesson:boundaries/if-you", "lesson:boundaries/nope", 1), es + ": link to lesson:boundaries/nope"},
		"bad yaml":      {es, strings.Replace(testLesson, "keyPoints:", "keyPoints: [", 1), es + ":1: front matter"},
		"no prompts":    {es, strings.Replace(testLesson, "prompts:\n  - id: first\n    text: What would you change?\n", "", 1), es + ":1:"},
		"other prompt":  {es, strings.Replace(testLesson, "id: first", "id: second", 1), "learn/es: does not match English"},
		"bad exercise":  {"learn/es/boundaries/module.md", strings.Replace(testModule, "boundary-builder", "juggling", 1), "learn/es/boundaries/module.md:1: exercise"},
		"missing es":    {es, "", "learn/es/boundaries/module.md: the module has no lessons"},
		"wrong name":    {es, strings.Replace(testLesson, "order: 1", "order: 2", 1), es + ":1: the file should be called 02-if-you.md"},
		"strikethrough": {es, testLesson + "\nSome ~~old~~ words.\n", es},
	}
	for name, c := range cases {
		_, err := loadLearn(learnFS(map[string]string{c.file: c.text}), "learn", true)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error naming %q", name, err, c.want)
		}
		var fe *FileError
		if err != nil && !errors.As(err, &fe) {
			t.Errorf("%s: %T is not a FileError", name, err)
		}
	}
}

// The shipped lessons load: nine modules, each with at least three
// lessons of 400 words or more, two prompts a module, in every language.
func TestShippedLessons(t *testing.T) {
	l, err := CheckLearn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "es"} {
		ms := l.Modules(lang)
		if len(ms) != 9 {
			t.Fatalf("%s: %d modules, want 9", lang, len(ms))
		}
		for _, m := range ms {
			prompts := 0
			for _, les := range m.Lessons {
				prompts += len(les.Prompts)
				if les.Words < 400 {
					t.Errorf("%s/%s/%s: %d words", lang, m.ID, les.ID, les.Words)
				}
			}
			if len(m.Lessons) < 3 || prompts < 2 {
				t.Errorf("%s/%s: %d lessons, %d prompts", lang, m.ID, len(m.Lessons), prompts)
			}
		}
	}
}

// The app's quick load (no Markdown parse) gives exactly what the full
// check gives, and counts words as the Markdown-stripped text has them.
func TestLoadLearnMatchesCheckLearn(t *testing.T) {
	quick, err := LoadLearn()
	if err != nil {
		t.Fatal(err)
	}
	full, err := CheckLearn()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(quick, full) {
		t.Fatal("LoadLearn and CheckLearn differ")
	}
	plain := strings.NewReplacer("#", " ", "*", " ", ">", " ", "- ", " ")
	for _, lang := range []string{"en", "es"} {
		for _, m := range quick.Modules(lang) {
			for _, les := range m.Lessons {
				if want := len(strings.Fields(plain.Replace(les.Body))); les.Words != want {
					t.Errorf("%s %s/%s: %d words, want %d", lang, m.ID, les.ID, les.Words, want)
				}
			}
		}
	}
}

func TestSplitFrontMatter(t *testing.T) {
	for _, c := range []struct{ src, head, body string }{
		{"---\na: 1\n---\nText\n", "a: 1\n", "Text\n"},
		{"---\r\na: 1\r\n---\r\nText", "a: 1\r\n", "Text"},
		{"---\na: 1\n---", "a: 1\n", ""},
		{"---\na: 1\n", "", "---\na: 1\n"},
		{"Text\n---\n", "", "Text\n---\n"},
	} {
		head, body, ok := splitFrontMatter([]byte(c.src))
		if head != c.head || body != c.body || ok != (c.head != "") {
			t.Errorf("splitFrontMatter(%q) = %q, %q, %v", c.src, head, body, ok)
		}
	}
}

// TestLoadLearnForReadsOneLanguageAtFirst checks that the window's load
// reads only its language, reads another when asked, and gives exactly
// what loading every language gives.
func TestLoadLearnForReadsOneLanguageAtFirst(t *testing.T) {
	all, err := LoadLearn()
	if err != nil {
		t.Fatal(err)
	}
	l, err := LoadLearnFor("es")
	if err != nil {
		t.Fatal(err)
	}
	if _, read := l.byLang["en"]; read || len(l.byLang) != 1 {
		t.Fatalf("read at first: %d languages", len(l.byLang))
	}
	for _, lang := range []string{"es", "en"} {
		if got, want := l.Modules(lang), all.Modules(lang); len(got) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d modules, want the %d LoadLearn gives", lang, len(got), len(want))
		}
	}
	fr, err := LoadLearnFor("fr") // no lessons in French: English stands in
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fr.Modules("fr"), all.Modules("en"); !reflect.DeepEqual(got, want) {
		t.Errorf("a language without lessons gives %d modules, want English's %d", len(got), len(want))
	}
}
