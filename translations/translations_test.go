package translations

import (
	"bytes"
	"strings"
	"testing"
	"text/template"
	"text/template/parse"
	"time"

	"github.com/BurntSushi/toml"
)

// catalog is a message file: ID to its fields (other, one, description).
type catalog map[string]map[string]string

func loadCatalogs(t *testing.T) map[string]catalog {
	t.Helper()
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]catalog{}
	for lang, data := range files {
		var c catalog
		if err := toml.Unmarshal(data, &c); err != nil {
			t.Fatalf("active.%s.toml: %v", lang, err)
		}
		out[lang] = c
	}
	return out
}

func TestEveryLanguageHasEveryMessage(t *testing.T) {
	cats := loadCatalogs(t)
	en := cats[English]
	if len(en) < 50 {
		t.Fatalf("active.en.toml has only %d messages", len(en))
	}
	for _, lang := range Supported[1:] {
		for id, fields := range en {
			tr, ok := cats[lang][id]
			if !ok {
				t.Errorf("%s: message %s is missing", lang, id)
				continue
			}
			for _, form := range []string{"other", "one"} {
				if fields[form] != "" && strings.TrimSpace(tr[form]) == "" {
					t.Errorf("%s: message %s has no %q form", lang, id, form)
				}
			}
		}
		for id := range cats[lang] {
			if _, ok := en[id]; !ok {
				t.Errorf("%s: message %s is not in English (removed or renamed?)", lang, id)
			}
		}
	}
}

// TestTemplatesExecute renders every form of every message in every
// language with the fields the English uses, and fails on a template that
// does not parse, uses a field English does not, or leaves a hole.
func TestTemplatesExecute(t *testing.T) {
	cats := loadCatalogs(t)
	for id, fields := range cats[English] {
		want := templateFields(t, id, fields["other"])
		data := map[string]any{"Count": 2}
		for f := range want {
			data[f] = "x"
		}
		for lang, cat := range cats {
			for _, form := range []string{"other", "one"} {
				text := cat[id][form]
				if text == "" {
					continue
				}
				for f := range templateFields(t, id, text) {
					if !want[f] && f != "Count" {
						t.Errorf("%s %s: uses {{.%s}}, which English does not", lang, id, f)
					}
				}
				if out := render(t, id, text, data); strings.Contains(out, "<no value>") {
					t.Errorf("%s %s: renders a hole: %q", lang, id, out)
				}
			}
		}
	}
}

func templateFields(t *testing.T, id, text string) map[string]bool {
	t.Helper()
	tmpl, err := template.New(id).Parse(text)
	if err != nil {
		t.Errorf("%s: %v", id, err)
		return nil
	}
	fields := map[string]bool{}
	var walk func(parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.ActionNode:
			for _, cmd := range n.Pipe.Cmds {
				for _, arg := range cmd.Args {
					if f, ok := arg.(*parse.FieldNode); ok {
						fields[f.Ident[0]] = true
					}
				}
			}
		}
	}
	walk(tmpl.Tree.Root)
	return fields
}

func render(t *testing.T, id, text string, data map[string]any) string {
	t.Helper()
	tmpl, err := template.New(id).Option("missingkey=error").Parse(text)
	if err != nil {
		t.Errorf("%s: %v", id, err)
		return ""
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, data); err != nil {
		t.Errorf("%s: %v", id, err)
	}
	return buf.String()
}

func TestMatch(t *testing.T) {
	cases := []struct {
		locales []string
		want    string
	}{
		{nil, English},
		{[]string{"C"}, English},
		{[]string{"POSIX"}, English},
		{[]string{"C.UTF-8"}, English},
		{[]string{"es_MX.UTF-8"}, Spanish},
		{[]string{"es-419"}, Spanish},
		{[]string{"fr-FR", "es-ES"}, French},
		{[]string{"it-IT", "es-ES"}, Spanish},
		{[]string{"de-DE"}, German},
		{[]string{"de_AT.UTF-8"}, German},
		{[]string{"de-CH"}, German},
		{[]string{"fr_CA.UTF-8"}, French},
		{[]string{"fr-BE"}, French},
		{[]string{"fr-CH"}, French},
		{[]string{"it-IT"}, English},
		{[]string{"en-GB", "es"}, English},
		{[]string{"", "-"}, English},
	}
	for _, c := range cases {
		if got := Match(c.locales); got != c.want {
			t.Errorf("Match(%q) = %s, want %s", c.locales, got, c.want)
		}
	}
}

// TestResolve: an explicit choice wins over the computer's language;
// "system", or a choice this build does not know, follows the computer.
func TestResolve(t *testing.T) {
	defer func(saved []string) { startLocales = saved }(startLocales)
	cases := []struct {
		system []string
		choice string
		want   string
	}{
		{[]string{"es-MX"}, English, English},
		{[]string{"en-US"}, Spanish, Spanish},
		{[]string{"es-MX"}, System, Spanish},
		{[]string{"en-GB"}, System, English},
		{nil, System, English},
		{[]string{"es-ES"}, "it", Spanish},
		{[]string{"en-US"}, French, French},
		{[]string{"de-AT"}, System, German},
	}
	for _, c := range cases {
		startLocales = c.system
		if got := Resolve(c.choice); got != c.want {
			t.Errorf("with the computer in %q, Resolve(%q) = %s, want %s", c.system, c.choice, got, c.want)
		}
	}
}

// TestSystemLocale reads the locale from the environment as the app does
// at start: the C locale, with or without a codeset, means English and no
// region.
func TestSystemLocale(t *testing.T) {
	cases := []struct {
		lang, language, want, region string
	}{
		{"C", "", English, ""},
		{"C.UTF-8", "", English, ""},
		{"POSIX", "", English, ""},
		{"es_MX.UTF-8", "", Spanish, "MX"},
		{"en_GB.UTF-8", "es_ES:en", Spanish, "ES"},
	}
	for _, c := range cases {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		t.Setenv("LANGUAGE", c.language)
		locs := readLocales()
		if got := Match(locs); got != c.want {
			t.Errorf("LANG=%s LANGUAGE=%s: locales %q match %s, want %s", c.lang, c.language, locs, got, c.want)
		}
		region := ""
		if len(locs) > 0 {
			region = Region(locs[0])
		}
		if region != c.region {
			t.Errorf("LANG=%s LANGUAGE=%s: region %q, want %q", c.lang, c.language, region, c.region)
		}
		for _, l := range locs {
			if b, _, _ := strings.Cut(l, "-"); strings.EqualFold(b, "C") || strings.EqualFold(b, "POSIX") {
				t.Errorf("LANG=%s: locales %q name the C locale; they should be empty", c.lang, locs)
			}
		}
	}
}

func TestLocalizerSpeaksTheChosenLanguage(t *testing.T) {
	b, err := NewBundle()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC)
	cases := map[string]string{English: "November 26, 2026", Spanish: "26 de noviembre de 2026"}
	for lang, want := range cases {
		if got := NewLocalizer(b, lang).Date(day); got != want {
			t.Errorf("%s date = %q, want %q", lang, got, want)
		}
	}
	es := NewLocalizer(b, Spanish)
	if got := es.T(msgDate, map[string]any{"Month": "enero", "Day": 1, "Year": 2027}); got != "1 de enero de 2027" {
		t.Errorf("es date template = %q", got)
	}
	if got := es.ID("No.Such.Message"); got != "" {
		t.Errorf("unknown ID = %q, want empty", got)
	}
}

func BenchmarkNewBundle(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := NewBundle(); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzMatch: any locale list gives a supported language, never a panic.
func FuzzMatch(f *testing.F) {
	for _, seed := range []string{"", "C", "es_MX.UTF-8", "-", "@", "zh-Hant-TW"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, loc string) {
		got := Match(strings.Split(loc, ":"))
		if got != English && got != Spanish {
			t.Errorf("Match(%q) = %q", loc, got)
		}
	})
}

func TestRegion(t *testing.T) {
	cases := map[string]string{"es_MX.UTF-8": "MX", "en-gb": "GB", "es": "", "C.UTF-8": "", "": "", "zh-Hant-TW": ""}
	for loc, want := range cases {
		if got := Region(loc); got != want {
			t.Errorf("Region(%q) = %q, want %q", loc, got, want)
		}
	}
}

func TestDecimalFollowsTheLanguage(t *testing.T) {
	b, err := NewBundle()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang string
		v    float64
		want string
	}{{"en", 6.5, "6.5"}, {"es", 6.5, "6,5"}, {"en", 7, "7"}, {"es", 10.04, "10"}, {"es", 5.26, "5,3"}} {
		if got := NewLocalizer(b, c.lang).Decimal(c.v, 1); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.lang, c.v, got, c.want)
		}
	}
}
