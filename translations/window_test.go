package translations

import (
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	toml "github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"
)

// extraWords stands for content's message files: one message per language.
func extraWords(b *i18n.Bundle, lang string) error {
	return b.AddMessages(language.Make(lang), &i18n.Message{ID: "Extra.Word", Other: "word-" + lang})
}

// The window's bundle, which skips active.en.toml, says every message of
// the app exactly as the full bundle does, in every language, plural
// forms included, and knows the extra messages by ID.
func TestWindowBundleSaysWhatTheFullBundleSays(t *testing.T) {
	full, err := NewBundle(func(b *i18n.Bundle) error {
		for _, lang := range Supported {
			if err := extraWords(b, lang); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	data, err := files.ReadFile("active.en.toml")
	if err != nil {
		t.Fatal(err)
	}
	mf, err := i18n.ParseMessageFileBytes(data, "active.en.toml", map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal})
	if err != nil {
		t.Fatal(err)
	}
	if len(mf.Messages) < 500 {
		t.Fatalf("only %d messages in active.en.toml", len(mf.Messages))
	}
	args := map[string]any{"Count": 3, "Name": "Ana", "Date": "today"}
	for _, lang := range Supported {
		win, err := NewWindowBundle(lang, extraWords)
		if err != nil {
			t.Fatal(err)
		}
		want, got := NewLocalizer(full, lang), NewLocalizer(win, lang)
		for _, m := range mf.Messages {
			if w, g := want.T(m, args), got.T(m, args); w != g || g == "" {
				t.Errorf("%s %s: window bundle says %q, full bundle %q", lang, m.ID, g, w)
			}
			for _, n := range []int{1, 2} {
				if w, g := want.N(m, n, nil), got.N(m, n, nil); w != g {
					t.Errorf("%s %s (count %d): window bundle says %q, full bundle %q", lang, m.ID, n, g, w)
				}
			}
		}
		if g := got.ID("Extra.Word"); g != "word-"+lang {
			t.Errorf("%s: extra message by ID = %q", lang, g)
		}
	}
}

// Each language's window bundle is made once and then handed out again.
func TestWindowBundlesMadeOncePerLanguage(t *testing.T) {
	made := 0
	w := NewWindowBundles(func(b *i18n.Bundle, lang string) error { made++; return extraWords(b, lang) })
	en1, err1 := w.Get(English)
	en2, err2 := w.Get(English)
	es, err3 := w.Get(Spanish)
	if err1 != nil || err2 != nil || err3 != nil {
		t.Fatal(err1, err2, err3)
	}
	if en1 != en2 || en1 == es {
		t.Error("bundles are not kept per language")
	}
	if made != 3 { // English once; Spanish with its English fallback
		t.Errorf("extra messages added %d times, want 3", made)
	}
	if got := NewLocalizer(es, Spanish).ID("Extra.Word"); got != "word-es" {
		t.Errorf("Spanish bundle says %q", got)
	}
}
