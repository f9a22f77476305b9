package settings

import (
	"bytes"
	"context"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/export"
	"github.com/alongside-app/alongside/internal/summary"
	"github.com/alongside-app/alongside/store"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgSumTitle = &i18n.Message{ID: "Summary.Card.Title", Description: "Settings card: a summary for a counsellor and the export", Other: "A summary for your counsellor"}
	msgSumIntro = &i18n.Message{ID: "Summary.Card.Intro", Description: "Explains the summary",
		Other: "A PDF for the dates you choose, with what you tick below: your boundaries and how they held, your conversations, your relapse plan, your worksheets, and how your mood and self-care changed. Your journal's words are left out. You can also export all your records as a Markdown text file."}
	msgSumFrom  = &i18n.Message{ID: "Summary.Card.From", Description: "Field: the first day of the summary", Other: "From (year-month-day)"}
	msgSumTo    = &i18n.Message{ID: "Summary.Card.To", Description: "Field: the last day of the summary", Other: "To (year-month-day)"}
	msgSumPDF   = &i18n.Message{ID: "Summary.Card.PDF", Description: "Button: write the PDF summary", Other: "Write the PDF summary"}
	msgSumWrite = &i18n.Message{ID: "Summary.Card.Write", Description: "Button in the warning: write the file anyway", Other: "Write the file"}
)

var (
	msgSumParts             = &i18n.Message{ID: "Summary.Card.Parts", Description: "Heading of the check boxes choosing what the PDF summary holds", Other: "What to put in it"}
	msgSumNoParts           = &i18n.Message{ID: "Summary.Card.NoParts", Description: "The PDF button was pressed with nothing ticked", Other: "Tick at least one thing to put in the summary."}
	msgSumSaveAs            = &i18n.Message{ID: "Summary.Card.SaveAs", Description: "Title of the dialog choosing where to save the PDF summary", Other: "Where to save the summary"}
	msgSumExportAs          = &i18n.Message{ID: "Summary.Card.ExportAs", Description: "Title of the dialog choosing where to save the Markdown export", Other: "Where to save your records"}
	msgSumPartBoundaries    = &i18n.Message{ID: "Summary.Part.Boundaries", Description: "Check box: the summary holds the boundaries and how they held", Other: "Boundaries and how they held"}
	msgSumPartConversations = &i18n.Message{ID: "Summary.Part.Conversations", Description: "Check box: the summary holds the conversations", Other: "Conversations"}
	msgSumPartRelapse       = &i18n.Message{ID: "Summary.Part.Relapse", Description: "Check box: the summary holds the relapse plan and the times it happened", Other: "Relapse plan"}
	msgSumPartMaps          = &i18n.Message{ID: "Summary.Part.Maps", Description: "Check box: the summary holds the trigger maps (a worksheet)", Other: "Trigger maps"}
	msgSumPartRewards       = &i18n.Message{ID: "Summary.Part.Rewards", Description: "Check box: the summary holds the rewards plan and the weekly check-ins (a worksheet)", Other: "Rewards and weekly check-ins"}
	msgSumPartProblems      = &i18n.Message{ID: "Summary.Part.Problems", Description: "Check box: the summary holds the problem-solving worksheets", Other: "Solving a problem"}
	msgSumPartMoods         = &i18n.Message{ID: "Summary.Part.Moods", Description: "Check box: the summary holds how the mood changed", Other: "Mood"}
	msgSumPartSelfCare      = &i18n.Message{ID: "Summary.Part.SelfCare", Description: "Check box: the summary holds how the self-care ratings changed", Other: "Self-care"}
	// The parts of the summary, as the check boxes name them.
	msgSumPartNames = map[summary.Part]*i18n.Message{
		summary.PartBoundaries:    msgSumPartBoundaries,
		summary.PartConversations: msgSumPartConversations,
		summary.PartRelapse:       msgSumPartRelapse,
		summary.PartMaps:          msgSumPartMaps,
		summary.PartRewards:       msgSumPartRewards,
		summary.PartProblems:      msgSumPartProblems,
		summary.PartMoods:         msgSumPartMoods,
		summary.PartSelfCare:      msgSumPartSelfCare,
	}
)

// summaryMonths is how far back the summary starts unless told otherwise.
const summaryMonths = 3

// summaryCard writes the PDF for a counsellor, with the parts the person
// ticks (all of them at first), and the Markdown export.
func (sc *Screens) summaryCard() fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	now := sc.Now()
	from, to := k.Entry(page.DateLayout), k.Entry(page.DateLayout)
	from.SetText(now.AddDate(0, -summaryMonths, 0).Format(page.DateLayout))
	to.SetText(now.Format(page.DateLayout))
	msg := page.Wrapped("")
	msg.Hide()
	chosen := map[summary.Part]bool{}
	checks := container.NewVBox()
	for _, part := range summary.AllParts {
		part := part
		chosen[part] = true
		c := k.Check(l.T(msgSumPartNames[part]), func(on bool) { chosen[part] = on })
		c.SetChecked(true)
		checks.Add(c)
	}
	pdf := k.Button(l.T(msgSumPDF), fynetheme.DocumentPrintIcon(), func() {
		start, okFrom := page.ParseWhen(from.Text)
		end, okTo := page.ParseWhen(to.Text)
		var parts []summary.Part
		for _, part := range summary.AllParts {
			if chosen[part] {
				parts = append(parts, part)
			}
		}
		switch {
		case !okFrom || !okTo:
			msg.Importance = widget.DangerImportance
			msg.SetText(l.T(page.MsgBadDate))
			msg.Show()
			return
		case len(parts) == 0:
			msg.Importance = widget.DangerImportance
			msg.SetText(l.T(msgSumNoParts))
			msg.Show()
			return
		}
		msg.Hide()
		sc.Confirm(l.T(msgSumPDF), l.T(page.MsgUnprotected), l.T(msgSumWrite), func() { sc.writeSummary(msg, start, end, parts) })
	})
	row := page.NewFlow(pdf)
	if b := sc.exportButton(msg); b != nil {
		row.Add(b)
	}
	f := page.Form(page.Field{Label: l.T(msgSumFrom), Input: from}, page.Field{Label: l.T(msgSumTo), Input: to}, page.Field{Label: l.T(msgSumParts), Input: checks})
	return page.NewCard(l.T(msgSumTitle), container.NewVBox(page.Wrapped(l.T(msgSumIntro)), f, row, msg))
}

// writeSummary asks where to save the PDF, then writes it.
func (sc *Screens) writeSummary(msg *widget.Label, from, to time.Time, parts []summary.Part) {
	l, now := sc.L, sc.Now()
	sc.SaveFile(l.T(msgSumSaveAs), page.NeutralName("notes", now, ".pdf"), func(path string) error {
		d, err := summary.Collect(context.Background(), sc.Records, from, to)
		if err != nil {
			return err
		}
		d.Parts = parts
		var buf bytes.Buffer
		if err := summary.Write(&buf, l, d, now); err != nil {
			return err
		}
		return page.WritePrivateFile(path, buf.Bytes())
	}, func(path string, err error) { sc.SavedFile(msg, path, err) })
}

var msgSumExport = &i18n.Message{ID: "Summary.Card.Export", Description: "Button: export every private record as a Markdown text file", Other: "Export everything as text (Markdown)"}

// exportButton writes every private record as Markdown, after the warning,
// where the person chooses.
func (sc *Screens) exportButton(msg *widget.Label) fyne.CanvasObject {
	s, ok := sc.Records.(*store.Store)
	if !ok {
		return nil
	}
	l := sc.L
	return sc.Kit.Button(l.T(msgSumExport), fynetheme.DocumentIcon(), func() {
		sc.Confirm(l.T(msgSumExport), l.T(page.MsgUnprotected), l.T(msgSumWrite), func() {
			now := sc.Now()
			sc.SaveFile(l.T(msgSumExportAs), page.NeutralName("notes", now, ".md"), func(path string) error {
				return export.WriteFile(path, func(w io.Writer) error { return export.Markdown(context.Background(), w, s, l, now) })
			}, func(path string, err error) { sc.SavedFile(msg, path, err) })
		})
	})
}
