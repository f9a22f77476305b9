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

// withSource adds one source to a lesson's front matter.
func withSource(lesson, name, url string) string {
	src := "sources:\n  - name: \"" + name + "\"\n    url: " + url + "\n"
	if strings.Contains(lesson, "sources:\n") {
		return strings.Replace(lesson, "sources:\n", src, 1)
	}
	return strings.Replace(lesson, "---\n## A heading", src+"---\n## A heading", 1)
}

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
		"nested list":                   {es, strings.Replace(testLesson, "- two", "- two\n  - nested", 1), es + ":17: nested lists"},
		"table":                         {es, testLesson + "\n| a | b |\n|---|---|\n", es},
		"image":                         {es, testLesson + "\n![x](https://example.org/x.png)\n", es + ":18: images"},
		"html":                          {es, testLesson + "\n<div>x</div>\n", es + ":18: HTML"},
		"h1":                            {es, strings.Replace(testLesson, "## A heading", "# A heading", 1), es + ":11: heading level 1"},
		"autolink":                      {es, testLesson + "\n<https://example.org>\n", es + ":18: bare web address"},
		"http link":                     {es, testLesson + "\n[x](http://example.org)\n", es + ":18: link"},
		"dead lesson":                   {es, strings.Replace(testLesson, "lesson:boundaries/if-you", "lesson:boundaries/nope", 1), es + ": link to lesson:boundaries/nope"},
		"bad yaml":                      {es, strings.Replace(testLesson, "keyPoints:", "keyPoints: [", 1), es + ":1: front matter"},
		"no prompts":                    {es, strings.Replace(testLesson, "prompts:\n  - id: first\n    text: What would you change?\n", "", 1), es + ":1:"},
		"other prompt":                  {es, strings.Replace(testLesson, "id: first", "id: second", 1), "learn/es: does not match English"},
		"bad exercise":                  {"learn/es/boundaries/module.md", strings.Replace(testModule, "boundary-builder", "juggling", 1), "learn/es/boundaries/module.md:1: exercise"},
		"missing es":                    {es, "", "learn/es/boundaries/module.md: the module has no lessons"},
		"wrong name":                    {es, strings.Replace(testLesson, "order: 1", "order: 2", 1), es + ":1: the file should be called 02-if-you.md"},
		"strikethrough":                 {es, testLesson + "\nSome ~~old~~ words.\n", es},
		"source off the official hosts": {es, withSource(testLesson, "A blog", "https://wataugalead.org/overdose"), es + ":1: source https://wataugalead.org/overdose is not an official page"},
		"http source":                   {es, withSource(testLesson, "NHS", "http://www.nhs.uk/"), es + ":1: source \"http://www.nhs.uk/\": want an https address"},
		"unnamed source":                {es, withSource(testLesson, " ", "https://www.nhs.uk/"), es + ":1: source https://www.nhs.uk/ needs a name"},
		"source cited twice":            {es, withSource(withSource(testLesson, "NHS", "https://www.nhs.uk/"), "NHS again", "https://www.nhs.uk/"), es + ":1: source https://www.nhs.uk/ is cited twice"},
		"a source English lacks":        {es, withSource(testLesson, "NHS", "https://www.nhs.uk/"), "learn/es: does not match English"},
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

// A lesson's sources load, in its own language's names, with the same addresses everywhere.
func TestLessonSourcesLoad(t *testing.T) {
	en := withSource(testLesson, "NHS: Alcohol misuse", "https://www.nhs.uk/")
	es := withSource(testLesson, "NHS: consumo de alcohol (en inglés)", "https://www.nhs.uk/")
	l, err := loadLearn(learnFS(map[string]string{
		"learn/en/boundaries/01-if-you.md": en, "learn/es/boundaries/01-if-you.md": es,
	}), "learn", true)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := l.Module("es", "boundaries")
	if got := m.Lessons[0].Sources; len(got) != 1 || got[0].Name != "NHS: consumo de alcohol (en inglés)" || got[0].URL != "https://www.nhs.uk/" {
		t.Fatalf("sources %+v", got)
	}
}

// Safety comes before any behaviour change (issue 20; CONTENT.md "Safety first"): the Safety
// module is placed before the modules that ask a family to change how they respond.
func TestSafetyComesBeforeBehaviourChange(t *testing.T) {
	l, err := LoadLearn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "es"} {
		order := map[string]int{}
		for _, m := range l.Modules(lang) {
			order[m.ID] = m.Order
		}
		for _, change := range []string{"boundaries", "enabling", "communicating", "relapse", "treatment"} {
			if order["safety"] >= order[change] {
				t.Errorf("%s: safety is module %d, after %s (%d)", lang, order["safety"], change, order[change])
			}
		}
	}
}

// lessonBody finds a shipped lesson's Markdown in one language.
func lessonBody(t *testing.T, l *Learn, lang, module, id string) Lesson {
	t.Helper()
	m, ok := l.Module(lang, module)
	if !ok {
		t.Fatalf("%s: no module %s", lang, module)
	}
	for _, les := range m.Lessons {
		if les.ID == id {
			return les
		}
	}
	t.Fatalf("%s: no lesson %s/%s", lang, module, id)
	return Lesson{}
}

// Issue 20's safety fixes and corrections stay applied, in both languages.
func TestIssue20WordingStaysApplied(t *testing.T) {
	l, err := LoadLearn()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, module, id string
		want, not        []string
	}{
		{"en", "safety", "overdose",
			[]string{"If they are breathing, roll them onto their side", "chest compressions", "pinpoint", "withdrawal", "within a day or two", "seizure", "methadone and buprenorphine"},
			[]string{"sometimes up to two hours", "Put them on their side in the recovery position."}},
		{"es", "safety", "overdose",
			[]string{"Si respira, ponla de lado", "compresiones en el pecho", "puntas de alfiler", "síntomas de abstinencia", "en uno o dos días", "convulsión", "la metadona y la buprenorfina"},
			[]string{"hasta dos horas"}},
		{"en", "relapse", "warning-signs", []string{"methadone and buprenorphine", "never use it to accuse"}, nil},
		{"es", "relapse", "warning-signs", []string{"la metadona y la buprenorfina", "nunca la uses para acusar"}, nil},
		{"en", "enabling", "what-enabling-is", []string{"lesson:safety/overdose"}, nil},
		{"es", "enabling", "what-enabling-is", []string{"lesson:safety/overdose"}, nil},
		{"en", "enabling", "natural-consequences", []string{"lesson:safety/overdose"}, []string{"phones"}},
		{"es", "enabling", "natural-consequences", []string{"lesson:safety/overdose"}, []string{"teléfonos"}},
		{"en", "support-groups", "kinds-of-groups", nil, []string{"tough love", "mind-altering"}},
		{"es", "support-groups", "kinds-of-groups", []string{"bilingüe", "en inglés"}, []string{"amor firme", "amor duro", "alteran la mente"}},
		{"en", "treatment", "inviting-treatment", nil, []string{"most people come to treatment"}},
		{"es", "treatment", "inviting-treatment", nil, []string{"la mayoría de las personas llegan al tratamiento", "Sé breve, cálido"}},
		{"en", "treatment", "kinds-of-help", nil, []string{"you will find them in [Get help now]"}},
		{"es", "treatment", "kinds-of-help", nil, []string{"las encontrarás en [Pedir ayuda ahora]"}},
	}
	for _, tt := range tests {
		les := lessonBody(t, l, tt.lang, tt.module, tt.id)
		text := strings.Join(les.KeyPoints, "\n") + "\n" + les.Body
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s %s/%s lacks %q", tt.lang, tt.module, tt.id, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(text, w) {
				t.Errorf("%s %s/%s still says %q", tt.lang, tt.module, tt.id, w)
			}
		}
	}
}

// The Spanish lessons keep the glossary's choices (docs/glossary-es.md).
func TestSpanishGlossaryChoices(t *testing.T) {
	l, err := LoadLearn()
	if err != nil {
		t.Fatal(err)
	}
	forbidden := []string{"una amistad", "amor duro", "posición de recuperación", "terapias de conversación",
		"viaje en coche", "cálido y concreto", "estar atento", "personas a quien llamar", "hiciste adicta",
		"servicio de atención a las drogas", "servicio local de atención", "temerle", "ayudarle", "llevarle", "acompañarle"}
	for _, m := range l.Modules("es") {
		texts := []string{m.Title, m.Summary, m.Intro}
		for _, les := range m.Lessons {
			texts = append(texts, les.Title, les.Body)
			texts = append(texts, les.KeyPoints...)
			for _, p := range les.Prompts {
				texts = append(texts, p.Text)
			}
		}
		all := strings.ToLower(strings.Join(texts, "\n"))
		for _, w := range forbidden {
			if strings.Contains(all, strings.ToLower(w)) {
				t.Errorf("es/%s says %q (see docs/glossary-es.md)", m.ID, w)
			}
		}
	}
}

// The lessons issue 20 added cite their sources, in every language.
func TestNewLessonsCiteSources(t *testing.T) {
	l, err := LoadLearn()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "es"} {
		for _, ml := range [][2]string{
			{"understanding", "triggers-and-payoffs"}, {"self-care", "problem-solving"},
			{"boundaries", "parents-of-minors"}, {"communicating", "mixed-feelings"},
			{"support-groups", "twelve-step-words"}, {"support-groups", "what-groups-offer"},
			{"treatment", "medicines"}, {"treatment", "choosing-a-programme"},
			{"treatment", "inviting-treatment"}, {"treatment", "when-they-say-yes"},
			{"safety", "overdose"}, {"relapse", "warning-signs"},
		} {
			if les := lessonBody(t, l, lang, ml[0], ml[1]); len(les.Sources) == 0 {
				t.Errorf("%s %s/%s cites no source", lang, ml[0], ml[1])
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
	fr, err := LoadLearnFor("it") // no lessons in Italian: English stands in
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fr.Modules("it"), all.Modules("en"); !reflect.DeepEqual(got, want) {
		t.Errorf("a language without lessons gives %d modules, want English's %d", len(got), len(want))
	}
}
