package worksheets

import (
	"bytes"
	"strings"

	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/summary"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/help"
	"github.com/alongside-app/alongside/ui/page"
)

// The safety plan as a PDF to print: the country's numbers, each labelled,
// then what the person wrote. It is saved where they choose, under a name
// that says nothing of what it is.

var (
	msgSpSaveAs   = &i18n.Message{ID: "SafetyPlan.SaveAs", Description: "Title of the dialog choosing where to save the safety plan's PDF", Other: "Where to save your plan"}
	msgSpFileNote = &i18n.Message{ID: "SafetyPlan.File.Note", Description: "Printed at the top of the safety plan's PDF",
		Other: "This file is not protected: anyone who finds it can read it. Keep it, and the printed pages, where the person you are afraid of will never look, and delete the file once it is printed."}
)

// exportSafetyPlan asks where to save the plan p, with the country's
// numbers, as a PDF, writes it there and says where it went (in msg when
// it failed).
func (sc *Screens) exportSafetyPlan(msg *widget.Label, p store.SafetyPlan) {
	l, now := sc.L, sc.Now()
	doc := safetyDocument(l, sc.safetyCountry(), p)
	sc.SaveFile(l.T(msgSpSaveAs), page.NeutralName("document", now, ".pdf"), func(path string) error {
		var buf bytes.Buffer
		if err := summary.WriteDocument(&buf, l, doc, now); err != nil {
			return err
		}
		return page.WritePrivateFile(path, buf.Bytes())
	}, func(path string, err error) { sc.SavedFile(msg, path, err) })
}

// safetyPrintWarning is what to read before the plan is written to a
// file: the plan's own warning, then the one every export gives.
func safetyPrintWarning(l *translations.Localizer) string {
	return l.T(msgSpPrintW) + "\n\n" + l.T(page.MsgUnprotected)
}

// safetyCountry is the help country, if there is help data.
func (sc *Screens) safetyCountry() *content.Country {
	if sc.Help == nil {
		return nil
	}
	if c, ok := sc.Help.Country(sc.HelpCountry.Country()); ok {
		return &c
	}
	return nil
}

// safetyDocument is the plan as a document: the country's emergency and
// domestic-violence lines (when c is not nil), then each part written.
func safetyDocument(l *translations.Localizer, c *content.Country, p store.SafetyPlan) summary.Document {
	doc := summary.Document{Title: l.T(MsgSafetyPlan), Note: l.T(msgSpFileNote)}
	if c != nil {
		var lines []string
		for _, line := range c.SafetyLines() {
			lines = append(lines, safetyLineText(l, line))
		}
		if len(lines) > 0 {
			doc.Sections = append(doc.Sections, summary.Section{Heading: l.T(msgSpNumbers), Lines: lines})
		}
	}
	for _, s := range safetyFields(&p) {
		if v := strings.TrimSpace(*s.Ptr); v != "" {
			doc.Sections = append(doc.Sections, summary.Section{Heading: l.T(s.Label), Text: v})
		}
	}
	return doc
}

// safetyLineText is a line's name and its numbers, each said for what it
// is: "Name · Call: 0808 80 10 800 · Text: 07860 077333 · Website: …".
func safetyLineText(l *translations.Localizer, line content.Line) string {
	parts := []string{l.ID(line.NameID())}
	if line.Phone != "" {
		parts = append(parts, l.T(help.MsgCall)+": "+line.Phone)
	}
	if line.Text != "" {
		parts = append(parts, l.T(help.MsgText)+": "+line.Text)
	}
	if line.URL != "" {
		parts = append(parts, l.T(help.MsgWebsite)+": "+line.URL)
	}
	return strings.Join(parts, " · ")
}
