package ui

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/internal/export"
	"github.com/alongside-app/alongside/internal/summary"
	"github.com/alongside-app/alongside/store"
)

var (
	msgSumTitle = &i18n.Message{ID: "Summary.Card.Title", Description: "Settings card: a summary for a counsellor and the export", Other: "A summary for your counsellor"}
	msgSumIntro = &i18n.Message{ID: "Summary.Card.Intro", Description: "Explains the summary",
		Other: "A PDF of your boundaries and how they held, your conversations, your relapse plan, and how your mood and self-care changed, for the dates you choose. Your journal's words are left out. You can also export all your records as a Markdown text file."}
	msgSumFrom   = &i18n.Message{ID: "Summary.Card.From", Description: "Field: the first day of the summary", Other: "From (year-month-day)"}
	msgSumTo     = &i18n.Message{ID: "Summary.Card.To", Description: "Field: the last day of the summary", Other: "To (year-month-day)"}
	msgSumPDF    = &i18n.Message{ID: "Summary.Card.PDF", Description: "Button: write the PDF summary", Other: "Write the PDF summary"}
	msgSumWarn   = &i18n.Message{ID: "Summary.Card.Warning", Description: "Warning before writing an unprotected file", Other: "This file will not be protected: anyone who opens it can read what is in it. Keep it somewhere safe, and delete it when you no longer need it."}
	msgSumWrite  = &i18n.Message{ID: "Summary.Card.Write", Description: "Button in the warning: write the file anyway", Other: "Write the file"}
	msgSumSaved  = &i18n.Message{ID: "Summary.Card.Saved", Description: "The file was written; Path is where", Other: "Saved as {{.Path}}."}
	msgSumFailed = &i18n.Message{ID: "Summary.Card.Failed", Description: "The file could not be written; Reason explains", Other: "The file was not written. {{.Reason}}"}
	msgSumOpen   = &i18n.Message{ID: "Summary.Card.Open", Description: "Button: open the written file", Other: "Open it"}
)

// summaryMonths is how far back the summary starts unless told otherwise.
const summaryMonths = 3

// summaryCard writes the PDF for a counsellor (and the Markdown export).
func (sh *Shell) summaryCard() fyne.CanvasObject {
	l, k := sh.l, sh.kit()
	now := sh.idle.now()
	from, to := k.entry(dateLayout), k.entry(dateLayout)
	from.SetText(now.AddDate(0, -summaryMonths, 0).Format(dateLayout))
	to.SetText(now.Format(dateLayout))
	msg := wrapped("")
	msg.Hide()
	pdf := k.button(l.T(msgSumPDF), fynetheme.DocumentPrintIcon(), func() {
		start, okFrom := parseWhen(from.Text)
		end, okTo := parseWhen(to.Text)
		if !okFrom || !okTo {
			msg.Importance = widget.DangerImportance
			msg.SetText(l.T(msgBadDate))
			msg.Show()
			return
		}
		sh.confirm(l.T(msgSumPDF), l.T(msgSumWarn), l.T(msgSumWrite), func() { sh.writeSummary(msg, start, end) })
	})
	row := newFlow(pdf)
	if b := sh.exportButton(msg); b != nil {
		row.Add(b)
	}
	f := form(field{label: l.T(msgSumFrom), input: from}, field{label: l.T(msgSumTo), input: to})
	return newCard(l.T(msgSumTitle), container.NewVBox(wrapped(l.T(msgSumIntro)), f, row, msg))
}

func (sh *Shell) writeSummary(msg *widget.Label, from, to time.Time) {
	path := filepath.Join(downloadsDir(), "alongside-summary-"+sh.idle.now().Format(dateLayout)+".pdf")
	l, now := sh.l, sh.idle.now()
	var err error
	sh.bg.Do(func() {
		var d summary.Data
		if d, err = summary.Collect(context.Background(), sh.deps.Records, from, to); err != nil {
			return
		}
		var buf bytes.Buffer
		if err = summary.Write(&buf, l, d, now); err == nil {
			err = writePrivateFile(path, buf.Bytes())
		}
	}, func() { sh.savedFile(msg, path, err) })
}

// saved says where a file went, with a way to open it, or why it did not.
func (sh *Shell) savedFile(msg *widget.Label, path string, err error) {
	l := sh.l
	if err != nil {
		msg.Importance = widget.DangerImportance
		msg.SetText(l.T(msgSumFailed, map[string]any{"Reason": reason(l, err)}))
		msg.Show()
		return
	}
	msg.Hide()
	u := &url.URL{Scheme: "file", Path: path}
	sh.showDialog(l.T(msgSumTitle), wrapped(l.T(msgSumSaved, map[string]any{"Path": path})),
		sh.kit().button(l.T(msgSumOpen), fynetheme.FileIcon(), func() { sh.openURL(u) }))
}

// writePrivateFile writes data to path, readable only by this user,
// through a temporary file renamed when complete.
func writePrivateFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".alongside-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

var msgSumExport = &i18n.Message{ID: "Summary.Card.Export", Description: "Button: export every private record as a Markdown text file", Other: "Export everything as text (Markdown)"}

// exportButton writes every private record as Markdown, after the warning.
func (sh *Shell) exportButton(msg *widget.Label) fyne.CanvasObject {
	s, ok := sh.deps.Records.(*store.Store)
	if !ok {
		return nil
	}
	l := sh.l
	return sh.kit().button(l.T(msgSumExport), fynetheme.DocumentIcon(), func() {
		sh.confirm(l.T(msgSumExport), l.T(msgSumWarn), l.T(msgSumWrite), func() {
			path := filepath.Join(downloadsDir(), "alongside-records-"+sh.idle.now().Format(dateLayout)+".md")
			now := sh.idle.now()
			var err error
			sh.bg.Do(func() {
				err = export.WriteFile(path, func(w io.Writer) error { return export.Markdown(context.Background(), w, s, l, now) })
			}, func() { sh.savedFile(msg, path, err) })
		})
	})
}
