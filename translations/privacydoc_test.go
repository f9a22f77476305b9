package translations

import (
	"os"
	"strings"
	"testing"
)

// privacyQuotes are the messages about the lock that docs/privacy.md
// quotes: what the window and the command line say must be what the
// threat model says. A template's count is quoted as N.
var privacyQuotes = []string{
	"Settings.Privacy.On",
	"Settings.Privacy.Off",
	"Settings.Privacy.RemoveQ",
	"Passphrase.Current.Intro",
	"Passphrase.Backups.Set",
	"Passphrase.Backups.Change",
	"Passphrase.Backups.Elsewhere",
	"Rekey.Body",
	"Recovery.CopyNote",
	"CLI.Lock.Off",
	"Error.PassphraseTooWeak",
}

// TestPrivacyDocQuotesTheApp fails when a sentence the app says about the
// lock and the one docs/privacy.md quotes differ.
func TestPrivacyDocQuotesTheApp(t *testing.T) {
	doc, err := os.ReadFile("../docs/privacy.md")
	if err != nil {
		t.Fatal(err)
	}
	_, quoted, ok := strings.Cut(string(doc), "<!-- quoted:")
	if !ok {
		t.Fatal("docs/privacy.md has no quoted section")
	}
	en := loadCatalogs(t)[English]
	for _, id := range privacyQuotes {
		msg, ok := en[id]
		if !ok {
			t.Errorf("%s is not a message any more: update privacyQuotes and docs/privacy.md", id)
			continue
		}
		want := "> " + strings.ReplaceAll(msg["other"], "{{.Count}}", "N")
		if !strings.Contains(quoted, want+"\n") || !strings.Contains(quoted, "`"+id+"`") {
			t.Errorf("docs/privacy.md does not quote %s as the app says it:\n%s", id, want)
		}
	}
}
