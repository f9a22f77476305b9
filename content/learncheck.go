package content

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// checkMarkdown refuses what Fyne's RichText cannot show: raw HTML,
// images, autolinks, nested lists, code, tables and strikethrough, and
// headings other than ## and ###. Links must be lesson:, help: or https.
func checkMarkdown(name string, src []byte, doc ast.Node) error {
	var problem error
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || problem != nil {
			return ast.WalkContinue, nil
		}
		if msg := unsupported(n, src); msg != "" {
			problem = fileErr(name, nodeLine(src, n), "%s", msg)
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return problem
}

func unsupported(n ast.Node, src []byte) string {
	switch v := n.(type) {
	case *ast.Document, *ast.Paragraph, *ast.TextBlock, *ast.Emphasis, *ast.Blockquote, *ast.ListItem, *ast.String:
		return ""
	case *ast.Text:
		if t := string(v.Segment.Value(src)); strings.Contains(t, "~~") || strings.Contains(t, "|---") {
			return "strikethrough and tables cannot be shown"
		}
		return ""
	case *ast.Heading:
		if v.Level < 2 || v.Level > 3 {
			return fmt.Sprintf("heading level %d: use ## or ###", v.Level)
		}
		return ""
	case *ast.List:
		if _, nested := n.Parent().(*ast.ListItem); nested {
			return "nested lists cannot be shown: use a flat list"
		}
		return ""
	case *ast.Link:
		return checkLink(string(v.Destination))
	case *ast.AutoLink:
		return "bare web address: write it as [text](https://...)"
	case *ast.Image:
		return "images cannot be shown"
	case *ast.RawHTML, *ast.HTMLBlock:
		return "HTML cannot be shown"
	}
	if n.Kind().String() == "FrontMatter" {
		return ""
	}
	return fmt.Sprintf("%s cannot be shown", n.Kind())
}

// checkLink accepts lesson:module/lesson, help:, help:overdose and https.
func checkLink(dest string) string {
	switch {
	case strings.HasPrefix(dest, "lesson:"):
		if mod, les, ok := strings.Cut(strings.TrimPrefix(dest, "lesson:"), "/"); !ok || mod == "" || les == "" {
			return fmt.Sprintf("link %q: write lesson:<module>/<lesson>", dest)
		}
		return ""
	case dest == "help:" || dest == "help:overdose":
		return ""
	}
	u, err := url.Parse(dest)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return fmt.Sprintf("link %q: only lesson:, help: and https:// links", dest)
	}
	return ""
}

// checkModule refuses empty parts and unknown exercises.
func checkModule(dir string, m Module) error {
	file := path.Join(dir, "module.md")
	switch {
	case m.ID == "" || m.Title == "" || m.Summary == "":
		return fileErr(file, 1, "id, title and summary are needed")
	case !slices.Contains(Exercises, m.Exercise):
		return fileErr(file, 1, "exercise %q is not one of %s", m.Exercise, strings.Join(Exercises, ", "))
	case len(m.Lessons) == 0:
		return fileErr(file, 0, "the module has no lessons")
	}
	for _, l := range m.Lessons {
		file := path.Join(dir, lessonFile(l))
		if l.ID == "" || l.Title == "" || strings.TrimSpace(l.Body) == "" || len(l.KeyPoints) == 0 || len(l.Prompts) == 0 {
			return fileErr(file, 1, "id, title, key points, prompts and text are needed")
		}
		for _, p := range l.Prompts {
			if p.ID == "" || strings.TrimSpace(p.Text) == "" {
				return fileErr(file, 1, "every prompt needs an id and a text")
			}
		}
		for _, k := range l.KeyPoints {
			if strings.TrimSpace(k) == "" {
				return fileErr(file, 1, "an empty key point")
			}
		}
		if err := checkLessonSources(file, l.Sources); err != nil {
			return err
		}
	}
	return nil
}

// checkLessonSources wants each source named, at an https address, and cited once.
func checkLessonSources(file string, sources []LessonSource) error {
	for i, s := range sources {
		u, err := url.Parse(s.URL)
		switch {
		case strings.TrimSpace(s.Name) == "":
			return fileErr(file, 1, "source %s needs a name", s.URL)
		case err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || u.Port() != "":
			return fileErr(file, 1, "source %q: want an https address", s.URL)
		case slices.ContainsFunc(sources[:i], func(o LessonSource) bool { return o.URL == s.URL }):
			return fileErr(file, 1, "source %s is cited twice", s.URL)
		}
	}
	return nil
}

// checkOfficialSources wants every lesson's sources on a host in help/official-hosts.toml,
// the list Get help now and the directory use.
func checkOfficialSources(root, lang string, ms []Module) error {
	hosts, err := officialHosts()
	if err != nil {
		return err
	}
	official := &Help{Hosts: hosts}
	for _, m := range ms {
		for _, les := range m.Lessons {
			for _, s := range les.Sources {
				if err := official.checkOfficial(s.URL); err != nil {
					return fileErr(path.Join(root, lang, m.ID, lessonFile(les)), 1, "source %s is not an official page: %v", s.URL, err)
				}
			}
		}
	}
	return nil
}

func lessonFile(l Lesson) string { return fmt.Sprintf("%02d-%s.md", l.Order, l.ID) }

// validate holds every language to English's shape: the same modules,
// lessons, orders, prompts and exercises; and every lesson: link leads
// somewhere.
func (l *Learn) validate(root string) error {
	en, ok := l.byLang["en"]
	if !ok || len(en) == 0 {
		return fileErr(path.Join(root, "en"), 0, "no English modules")
	}
	for lang, ms := range l.byLang {
		if err := checkOfficialSources(root, lang, ms); err != nil {
			return err
		}
		if got, want := shape(ms), shape(en); got != want {
			return fileErr(path.Join(root, lang), 0, "does not match English: %s", firstDiff(got, want))
		}
		if err := checkLinksIn(root, lang, ms); err != nil {
			return err
		}
	}
	return nil
}

// shape is every id, order, prompt, source address and exercise, one per line.
func shape(ms []Module) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "module %s order %d exercise %s\n", m.ID, m.Order, m.Exercise)
		for _, les := range m.Lessons {
			fmt.Fprintf(&b, "  lesson %s/%s order %d\n", m.ID, les.ID, les.Order)
			for _, p := range les.Prompts {
				fmt.Fprintf(&b, "    prompt %s\n", p.ID)
			}
			for _, s := range les.Sources {
				fmt.Fprintf(&b, "    source %s\n", s.URL)
			}
		}
	}
	return b.String()
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = strings.TrimSpace(g[i])
		}
		if i < len(w) {
			b = strings.TrimSpace(w[i])
		}
		if a != b {
			return fmt.Sprintf("has %q where English has %q", a, b)
		}
	}
	return ""
}

// checkLinksIn checks that every lesson: link in one language's modules
// leads to a lesson among them.
func checkLinksIn(root, lang string, ms []Module) error {
	for _, m := range ms {
		for _, les := range m.Lessons {
			for _, dest := range lessonLinks(les.Body) {
				mod, id, _ := strings.Cut(dest, "/")
				if !hasLesson(ms, mod, id) {
					return fileErr(path.Join(root, lang, m.ID, lessonFile(les)), 0, "link to lesson:%s, which does not exist", dest)
				}
			}
		}
	}
	return nil
}

func hasLesson(ms []Module, mod, id string) bool {
	i := slices.IndexFunc(ms, func(m Module) bool { return m.ID == mod })
	return i >= 0 && slices.ContainsFunc(ms[i].Lessons, func(x Lesson) bool { return x.ID == id })
}

// lessonLinks finds every lesson: link target in a Markdown body.
func lessonLinks(md string) []string {
	var out []string
	b := []byte(md)
	for {
		i := bytes.Index(b, []byte("](lesson:"))
		if i < 0 {
			return out
		}
		b = b[i+len("](lesson:"):]
		if j := bytes.IndexByte(b, ')'); j >= 0 {
			out = append(out, string(b[:j]))
		}
	}
}
