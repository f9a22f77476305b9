package content

import (
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

func BenchmarkLoadHelp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadHelp(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAddMessages(b *testing.B) {
	for i := 0; i < b.N; i++ {
		bundle := i18n.NewBundle(language.English)
		bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
		if err := AddMessages(bundle); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadLearn(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadLearn(); err != nil {
			b.Fatal(err)
		}
	}
}
