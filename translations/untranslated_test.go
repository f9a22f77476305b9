package translations

import (
	"regexp"
	"slices"
	"testing"
)

// sameAsEnglish lists, per language, the messages that rightly read as in
// English: names, units, cognates ("Discussion", "Online"), formats. Any
// other message equal to its English was left untranslated.
var sameAsEnglish = map[string][]string{
	"*": {"App.Name", "Backups.Row", "CLI.Meetings.Km", "EnablingCheck.Numbered", "MeetingList.Km", "MeetingList.Mi",
		"Meetings.Type.AlAnon.Y", "Meetings.Type.HI", "Meetings.Type.LGBTQ", "Meetings.Type.LGBTQIA", "Meetings.Type.ML",
		"Backups.MB", "Meetings.Type.AF", "Meetings.Type.TL", "Meetings.Type.G", "Help.Report"},
	Spanish: {"Meetings.Type.BI", "Settings.Keys.Section", "SafetyFirst.No", "Export.Problem.Ideas", "Summary.Problem.Ideas"},
	French: {"CLI.Export.Conversations", "CLI.Export.Journal", "Conversation.Title", "Export.MyMeeting.Notes",
		"Help.Overdose.Sources", "Learn.ModuleNumber", "Meeting.Notes", "Meetings.Type.D", "MyMeeting.Notes",
		"Nav.Conversations", "Nav.Journal", "Settings.AutoLock.Minutes", "Summary.Part.Conversations", "About.Licence", "Lesson.Sources", "About.Version"},
	German: {"Format.Month.4", "Format.Month.8", "Format.Month.9", "Format.Month.11", "Help.Website", "Lock.Passphrase",
		"Meeting.Region", "Meetings.Attendance.Online", "Meetings.Evidence.NA", "Meetings.Fellowship.NA",
		"Meetings.Type.GR", "Meetings.Type.MED", "Meetings.Type.NE", "Meetings.Type.ONL", "Meetings.Type.POC",
		"Meetings.Type.T", "Meetings.Type.TH", "Mood.3", "MyMeeting.Name", "About.Version"},
}

// englishWords are common English words no sentence in these languages
// uses; placeholders are taken out first.
var (
	englishWords = regexp.MustCompile(`(?i)\b(the|you|your|with|this|that|are|what|when|have)\b`)
	placeholders = regexp.MustCompile(`\{\{[^}]*\}\}`)
)

// No message of another language is left in English (issue #22): equal to
// the English without being on the list above, or with English words in it.
func TestNoMessageLeftInEnglish(t *testing.T) {
	cats := loadCatalogs(t)
	en := cats[English]
	for _, lang := range Supported[1:] {
		for id, fields := range cats[lang] {
			for _, form := range []string{"other", "one"} {
				text := fields[form]
				if text == "" {
					continue
				}
				if text == en[id][form] && !slices.Contains(sameAsEnglish["*"], id) && !slices.Contains(sameAsEnglish[lang], id) {
					t.Errorf("%s: %s (%s) is the English %q", lang, id, form, text)
				}
				if w := englishWords.FindString(placeholders.ReplaceAllString(text, "")); w != "" {
					t.Errorf("%s: %s (%s) keeps the English word %q: %q", lang, id, form, w, text)
				}
			}
		}
	}
}

// Every command the English help lists is listed in every language's
// help: the Spanish once lacked the meetings, backup and restore lines.
func TestEveryHelpListsEveryCommand(t *testing.T) {
	cats := loadCatalogs(t)
	verb := regexp.MustCompile(`(?m)^  ([a-z][a-z -]*?[a-z])(?: [A-Z]+)?  +`)
	for _, m := range verb.FindAllStringSubmatch(cats[English]["CLI.Help"]["other"], -1) {
		for _, lang := range Supported[1:] {
			if !regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(m[1]) + `\b`).MatchString(cats[lang]["CLI.Help"]["other"]) {
				t.Errorf("%s: the command-line help does not list %q", lang, m[1])
			}
		}
	}
}
