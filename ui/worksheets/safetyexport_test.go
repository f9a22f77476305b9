package worksheets

import (
	"strings"
	"testing"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/translations"
)

// The plan's document says what each number is for: Wales's call and text
// numbers are labelled, never run together.
func TestSafetyPlanDocumentLabelsEveryNumber(t *testing.T) {
	h, err := content.LoadHelp()
	if err != nil {
		t.Fatal(err)
	}
	b, err := translations.NewBundle(content.AddMessages)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := h.Country("GB")
	if !ok {
		t.Fatal("no help data for GB")
	}
	doc := safetyDocument(translations.NewLocalizer(b, "en"), &c, store.SafetyPlan{CodeWord: "pineapple"})
	var all []string
	for _, s := range doc.Sections {
		all = append(all, s.Lines...)
		all = append(all, s.Text)
	}
	joined := strings.Join(all, "\n")
	if !strings.Contains(joined, "Call: 0808 80 10 800 · Text: 07860 077333") {
		t.Errorf("Wales's numbers are not labelled:\n%s", joined)
	}
	if !strings.Contains(joined, "pineapple") {
		t.Errorf("the plan's words are missing:\n%s", joined)
	}
	if !strings.Contains(doc.Note, "not protected") {
		t.Errorf("the document has no warning: %q", doc.Note)
	}
}
