package ui

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/alongside-app/alongside"
	"github.com/alongside-app/alongside/internal/buildinfo"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

// About, opened from Settings, shows the version the build stamps, the
// data folder (and opens it), the app's licence and every module go.mod
// requires that the app is built with.
func TestAboutPage(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	f.tap("About Alongside")
	f.must(f.sh.Top().Title == "About Alongside", "Settings' About button opened %q", f.sh.Top().Title)
	f.must(strings.Contains(f.texts(), "Version "+buildinfo.Version), "no version %q on the page:\n%s", buildinfo.Version, f.texts())

	texts := f.readOnlyTexts()
	f.must(texts[f.deps.DataDir] != nil, "the data folder %q is not shown to select; read-only texts: %d", f.deps.DataDir, len(texts))
	f.must(texts[alongside.License] != nil && strings.Contains(alongside.License, "BSD 3-Clause"), "the app's licence is not shown")
	list := texts[buildinfo.ThirdPartyLicenses]
	f.must(list != nil, "the third-party licences are not shown")
	for _, req := range goModRequires(t) {
		named := strings.Contains(list.FullText(), "\n- "+req.path+" ")
		if !named && !appImports(t, req.path) {
			t.Logf("%s: only tests or tools use it, so it is not in the app", req.path)
			continue
		}
		f.must(strings.Contains(list.FullText(), "\n- "+req.path+" "+req.version+":"),
			"the app is built with %s %s, but About does not name it (or not this version): run `make notice`", req.path, req.version)
	}

	var opened string
	old := page.SystemOpen
	t.Cleanup(func() { page.SystemOpen = old })
	page.SystemOpen = func(p string) error { opened = p; return nil }
	f.tap("Open folder")
	f.bg.run()
	f.must(opened == f.deps.DataDir, "Open folder opened %q, not the data folder", opened)
	f.tap("Copy path")
	f.must(f.app.Clipboard().Content() == f.deps.DataDir, "Copy path copied %q", f.app.Clipboard().Content())
}

// The About page follows a change of language, as the pages under it do.
func TestAboutPageInSpanish(t *testing.T) {
	f := newFixture(t, nil)
	f.sh.Go(page.SectionSettings)
	f.sh.Push(f.sh.settingsScreens().AboutPage())
	f.sh.SetLanguage("es")
	f.must(f.sh.Top().Title == "Acerca de Alongside", "after choosing Spanish the page is %q", f.sh.Top().Title)
	f.must(strings.Contains(f.texts(), "Versión "+buildinfo.Version), "no Spanish version line:\n%s", f.texts())
	test.Tap(f.button("Abrir carpeta")) // the data folder's buttons are translated too
}

// readOnlyTexts are the read-only texts on screen, by their whole text.
func (f *fixture) readOnlyTexts() map[string]*widgets.ReadOnlyText {
	out := map[string]*widgets.ReadOnlyText{}
	for _, o := range f.objects() {
		if r, ok := o.(*widgets.ReadOnlyText); ok {
			out[r.FullText()] = r
		}
	}
	return out
}

type require struct{ path, version string }

// goModRequires are the modules go.mod requires directly (not those marked
// "// indirect"), read from the file.
func goModRequires(t *testing.T) []require {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	var out []require
	inBlock := false
	for sc := bufio.NewScanner(bytes.NewReader(data)); sc.Scan(); {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "require (":
			inBlock = true
			continue
		case inBlock && line == ")":
			inBlock = false
			continue
		case strings.HasPrefix(line, "require "):
			line = strings.TrimPrefix(line, "require ")
		case !inBlock:
			continue
		}
		fields := strings.Fields(line)
		if len(fields) >= 2 && !strings.Contains(line, "// indirect") {
			out = append(out, require{fields[0], fields[1]})
		}
	}
	if len(out) < 10 {
		t.Fatalf("read only %d requires from go.mod: %v", len(out), out)
	}
	return out
}

// appImports reports whether a Go file of the app (not a test, a tool, a
// benchmark or a patched copy of another module) imports module mod.
func appImports(t *testing.T, mod string) bool {
	t.Helper()
	found := false
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || found {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "third_party", "tools", "bench", "testdata", ".git":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		found = bytes.Contains(data, []byte(`"`+mod+`"`)) || bytes.Contains(data, []byte(`"`+mod+`/`))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}
