package content

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"go.abhg.dev/goldmark/frontmatter"
	"gopkg.in/yaml.v3"
)

//go:embed learn
var learnFiles embed.FS

// Exercises are the exercises a module may name.
var Exercises = []string{"boundary-builder", "enabling-check", "conversation-planner", "relapse-plan",
	"self-care", "group-fit", "safety-plan"}

// wordsPerMinute sets the reading time shown for a lesson.
const wordsPerMinute = 200

// Module is one of the Learn section's modules, in one language.
type Module struct {
	ID       string `yaml:"id"`
	Order    int    `yaml:"order"`
	Title    string `yaml:"title"`
	Summary  string `yaml:"summary"`
	Exercise string `yaml:"exercise"`
	Intro    string `yaml:"-"` // Markdown
	Lessons  []Lesson
}

// Lesson is one lesson of a module.
type Lesson struct {
	ID        string   `yaml:"id"`
	Order     int      `yaml:"order"`
	Title     string   `yaml:"title"`
	KeyPoints []string `yaml:"keyPoints"`
	Prompts   []Prompt `yaml:"prompts"`
	// Sources are the official pages the lesson's facts come from. The window lists them
	// under the lesson as links, by name; every language cites the same addresses.
	Sources []LessonSource `yaml:"sources"`
	Body    string         `yaml:"-"` // Markdown, without its front matter
	Words   int            `yaml:"-"`
	Module  string         `yaml:"-"`
}

// LessonSource is an official page a lesson cites: a government's, a health service's or the
// organisation's own (CONTENT.md, "Sources shown to people").
type LessonSource struct {
	Name string `yaml:"name"` // the page's name in the lesson's language: the link's text
	URL  string `yaml:"url"`  // https, on a host in help/official-hosts.toml
}

// Prompt is a reflection question.
type Prompt struct {
	ID   string `yaml:"id"`
	Text string `yaml:"text"`
}

// Minutes is the lesson's reading time, at least one minute.
func (l Lesson) Minutes() int { return max(1, (l.Words+wordsPerMinute-1)/wordsPerMinute) }

// Learn is every module in every language. One made by LoadLearnFor
// reads another language's lessons the first time they are asked for.
type Learn struct {
	mu     sync.Mutex
	byLang map[string][]Module
	fsys   fs.FS // where languages not yet read are; nil when all are read
	root   string
}

// Modules lists a language's modules in order (English when the language has none).
func (l *Learn) Modules(lang string) []Module {
	if ms := l.lang(lang); ms != nil {
		return ms
	}
	return l.lang("en")
}

// lang is one language's modules, read now if they have not been; nil
// when the language has none (or, were the build broken, they fail to load).
func (l *Learn) lang(lang string) []Module {
	l.mu.Lock()
	defer l.mu.Unlock()
	if ms, ok := l.byLang[lang]; ok || l.fsys == nil {
		return ms
	}
	ms, err := l.loadLang(lang)
	if err != nil {
		ms = nil
	}
	l.byLang[lang] = ms
	return ms
}

// loadLang reads one language's modules and checks its lesson links.
func (l *Learn) loadLang(lang string) ([]Module, error) {
	if _, err := fs.Stat(l.fsys, path.Join(l.root, lang)); err != nil {
		return nil, nil // a language without lessons: English stands in
	}
	ms, err := loadModules(l.fsys, path.Join(l.root, lang), false)
	if err != nil {
		return nil, err
	}
	return ms, checkLinksIn(l.root, lang, ms)
}

// Module finds a module by id.
func (l *Learn) Module(lang, id string) (Module, bool) {
	for _, m := range l.Modules(lang) {
		if m.ID == id {
			return m, true
		}
	}
	return Module{}, false
}

// LoadLearn reads and validates the embedded lessons, in every language.
func LoadLearn() (*Learn, error) { return loadLearn(learnFiles, "learn", false) }

// LoadLearnFor reads the embedded lessons in lang only (and English when
// lang has none); other languages are read when first asked for. It checks
// lang's lesson links; that every language has English's shape is left to
// LoadLearn and CheckLearn, which the tests run: the lessons are built in.
// The window opens in one language, and reading both took twice as long.
func LoadLearnFor(lang string) (*Learn, error) {
	l := &Learn{byLang: map[string][]Module{}, fsys: learnFiles, root: "learn"}
	ms, err := l.loadLang(lang)
	if err != nil {
		return nil, err
	}
	l.byLang[lang] = ms
	if l.Modules(lang) == nil {
		return nil, fileErr(path.Join(l.root, "en"), 0, "no English modules")
	}
	return l, nil
}

// CheckLearn loads the embedded lessons as LoadLearn does and also checks
// that their Markdown is what Fyne's RichText can show. The tests run it:
// the lessons are built into the program, so the app need not parse their
// Markdown at every start.
func CheckLearn() (*Learn, error) { return loadLearn(learnFiles, "learn", true) }

// loadLearn reads root/<lang>/<module>/*.md from fsys and validates it;
// markdown also checks each file's Markdown.
func loadLearn(fsys fs.FS, root string, markdown bool) (*Learn, error) {
	langs, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, fmt.Errorf("content: learn: %w", err)
	}
	l := &Learn{byLang: map[string][]Module{}}
	for _, lang := range langs {
		if !lang.IsDir() {
			continue
		}
		ms, err := loadModules(fsys, path.Join(root, lang.Name()), markdown)
		if err != nil {
			return nil, err
		}
		l.byLang[lang.Name()] = ms
	}
	if err := l.validate(root); err != nil {
		return nil, err
	}
	return l, nil
}

func loadModules(fsys fs.FS, dir string, markdown bool) ([]Module, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("content: %s: %w", dir, err)
	}
	var ms []Module
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		m, err := loadModule(fsys, path.Join(dir, e.Name()), markdown)
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Order < ms[j].Order })
	return ms, nil
}

func loadModule(fsys fs.FS, dir string, markdown bool) (Module, error) {
	var m Module
	body, _, err := readDoc(fsys, path.Join(dir, "module.md"), &m, markdown)
	if err != nil {
		return m, err
	}
	m.Intro = body
	names, err := fs.Glob(fsys, path.Join(dir, "[0-9][0-9]-*.md"))
	if err != nil {
		return m, err
	}
	sort.Strings(names)
	for _, name := range names {
		var les Lesson
		if les.Body, les.Words, err = readDoc(fsys, name, &les, markdown); err != nil {
			return m, err
		}
		les.Module = m.ID
		if want := lessonFile(les); path.Base(name) != want {
			return m, fileErr(name, 1, "the file should be called %s (its order and id)", want)
		}
		m.Lessons = append(m.Lessons, les)
	}
	if err := checkModule(dir, m); err != nil {
		return m, err
	}
	return m, nil
}

// FileError names the file and line a content problem is on.
type FileError struct {
	File    string
	Line    int
	Problem string
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("content: %s:%d: %s", e.File, e.Line, e.Problem)
	}
	return fmt.Sprintf("content: %s: %s", e.File, e.Problem)
}

func fileErr(file string, line int, format string, args ...any) error {
	return &FileError{File: file, Line: line, Problem: fmt.Sprintf(format, args...)}
}

// readDoc decodes name's front matter into meta and returns its Markdown
// body and its word count; markdown also checks the body against what
// Fyne's RichText can show.
func readDoc(fsys fs.FS, name string, meta any, markdown bool) (string, int, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return "", 0, fmt.Errorf("content: %w", err)
	}
	if markdown {
		err = checkDoc(name, src, meta)
	} else {
		err = decodeFrontMatter(name, src, meta)
	}
	if err != nil {
		return "", 0, err
	}
	_, body, _ := splitFrontMatter(src)
	return strings.TrimSpace(body), countWords(body), nil
}

// checkDoc parses src as Markdown with its front matter, decodes that into
// meta and checks the Markdown.
func checkDoc(name string, src []byte, meta any) error {
	md := goldmark.New(goldmark.WithExtensions(&frontmatter.Extender{}))
	ctx := parser.NewContext()
	doc := md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	fm := frontmatter.Get(ctx)
	if fm == nil {
		return fileErr(name, 1, "no front matter (--- at the top)")
	}
	if err := fm.Decode(meta); err != nil {
		return fileErr(name, 1, "front matter: %v", err)
	}
	return checkMarkdown(name, src, doc)
}

// decodeFrontMatter decodes src's front matter into meta, as checkDoc does,
// without parsing the Markdown.
func decodeFrontMatter(name string, src []byte, meta any) error {
	head, _, ok := splitFrontMatter(src)
	if !ok {
		return fileErr(name, 1, "no front matter (--- at the top)")
	}
	if err := yaml.Unmarshal([]byte(head), meta); err != nil {
		return fileErr(name, 1, "front matter: %v", err)
	}
	return nil
}

// splitFrontMatter splits src into the YAML between its first two --- lines
// and the rest; ok is false, and body all of src, when there is none.
func splitFrontMatter(src []byte) (head, body string, ok bool) {
	s := string(src)
	first, rest, found := strings.Cut(s, "\n")
	if !found || strings.TrimRight(first, " \t\r") != "---" {
		return "", s, false
	}
	for off := 0; off < len(rest); {
		line, _, _ := strings.Cut(rest[off:], "\n")
		if strings.TrimRight(line, " \t\r") == "---" {
			end := min(off+len(line)+1, len(rest))
			return rest[:off], rest[end:], true
		}
		off += len(line) + 1
	}
	return "", s, false
}

// countWords counts the words of a Markdown text as a reader sees them:
// the marks #, *, > and a list's "- " are not words.
func countWords(md string) int {
	n, inWord := 0, false
	for i, r := range md {
		mark := r == '#' || r == '*' || r == '>' || r == '-' && i+1 < len(md) && md[i+1] == ' '
		if mark || unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			n++
		}
		inWord = true
	}
	return n
}

// lineOf is the 1-based line of byte offset off in src.
func lineOf(src []byte, off int) int { return bytes.Count(src[:min(off, len(src))], []byte("\n")) + 1 }

// nodeLine is the first line a node starts on, or 0 when unknown.
func nodeLine(src []byte, n ast.Node) int {
	for c := n; c != nil; c = c.FirstChild() { // a container: its first line
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			return lineOf(src, c.Lines().At(0).Start)
		}
	}
	for ; n != nil; n = n.Parent() {
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			return lineOf(src, n.Lines().At(0).Start)
		}
		if t, ok := n.(*ast.Text); ok {
			return lineOf(src, t.Segment.Start)
		}
	}
	return 0
}
