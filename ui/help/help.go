// Package help is Get help now (F1): the emergency number, helplines and
// the overdose card for the person's country, and the country picker that
// F1, F2 (the safety plan), Settings and Meetings share.
package help

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/page"
	"github.com/alongside-app/alongside/ui/widgets"
)

var (
	msgHelpJumpOverdose = &i18n.Message{ID: "Help.JumpToOverdose", Description: "Button at the top of Get help now that scrolls to the overdose card", Other: "Overdose: what to do"}
	msgHelpCountry      = &i18n.Message{ID: "Help.CountryLabel", Description: "Label of the country chooser in Get help now", Other: "Country"}
	msgHelpCallNow      = &i18n.Message{ID: "Help.Section.CallNow", Description: "Heading above crisis lines to call now", Other: "Talk to someone now"}
	msgHelpSupport      = &i18n.Message{ID: "Help.Section.Support", Description: "Heading above information and family support services", Other: "Information and support"}
	msgHelpCopy         = &i18n.Message{ID: "Help.CopyNumber", Description: "Button that copies a phone number", Other: "Copy number"}
	msgHelpCopied       = &i18n.Message{ID: "Help.Copied", Description: "Shown briefly after a number was copied", Other: "Copied"}
	MsgCall             = &i18n.Message{ID: "Help.Phone", Description: "Label before a phone number", Other: "Call"}
	MsgText             = &i18n.Message{ID: "Help.TextNumber", Description: "Label before a number to send a text message to", Other: "Text"}
	MsgWebsite          = &i18n.Message{ID: "Help.Website", Description: "Link to a service's website", Other: "Website"}
	msgHelpSource       = &i18n.Message{ID: "Help.Source", Description: "Link to the official page a line's facts come from; Name is the page's name", Other: "Source: {{.Name}}"}
	MsgChecked          = &i18n.Message{ID: "Help.Checked", Description: "When an entry was checked; Date is a written-out date", Other: "Checked {{.Date}}"}
	msgHelpNotice       = &i18n.Message{ID: "Help.Notice", Description: "Small print under the help list",
		Other: "Alongside is not part of any of these services. Numbers change: each one shows when it was checked and, where there is one, the official page it comes from. If a number does not work, call your local emergency number."}
	msgVerifiedYes    = &i18n.Message{ID: "Help.Verified.Yes", Description: "How sure the check is: official source", Other: "Confirmed on an official page"}
	msgVerifiedLikely = &i18n.Message{ID: "Help.Verified.Likely", Description: "How sure the check is: reliable secondary sources", Other: "Confirmed by reliable news or health sources"}
	MsgVerifiedNot    = &i18n.Message{ID: "Help.Verified.Unverified", Description: "How sure the check is: not confirmed", Other: "Not yet confirmed: check before you rely on it"}
	msgOverdoseSigns  = &i18n.Message{ID: "Help.Overdose.Signs", Description: "Heading: signs of an opioid overdose", Other: "Signs"}
	msgOverdoseSteps  = &i18n.Message{ID: "Help.Overdose.Steps", Description: "Heading: what to do in an overdose", Other: "What to do"}
	msgOverdoseAvoid  = &i18n.Message{ID: "Help.Overdose.Avoid", Description: "Heading: what not to do in an overdose", Other: "Do not"}
	msgOverdoseSource = &i18n.Message{ID: "Help.Overdose.Sources", Description: "Heading above the overdose card's sources", Other: "Sources"}
)

// VerifiedText says how sure the check of an entry is.
var VerifiedText = map[content.Verified]*i18n.Message{
	content.VerifiedYes:        msgVerifiedYes,
	content.VerifiedLikely:     msgVerifiedLikely,
	content.VerifiedUnverified: MsgVerifiedNot,
}

// CountrySetting is the country Get help now is for, and saving a new choice.
type CountrySetting interface {
	Country() string
	SetCountry(code string) bool // false when it could not be saved (already explained)
}

// Screen is Get help now: the emergency number and helplines for the
// chosen country, and the overdose card.
type Screen struct {
	k        page.Kit
	l        *translations.Localizer
	help     *content.Help
	country  content.Country
	setting  CountrySetting
	reshow   func() // shows the panel again for a newly chosen country
	scroll   *container.Scroll
	overdose fyne.CanvasObject
	Safety   func() // opens the personal safety plan; nil leaves its button out
}

func NewScreen(k page.Kit, h *content.Help, setting CountrySetting, reshow func()) *Screen {
	c, ok := h.Country(setting.Country())
	if !ok {
		c, _ = h.Country(content.OtherCountry)
	}
	return &Screen{k: k, l: k.L, help: h, country: c, setting: setting, reshow: reshow}
}

func (s *Screen) BuildUI() fyne.CanvasObject {
	l := s.l
	s.overdose = s.overdoseCard()
	col := []fyne.CanvasObject{s.countryPicker(), s.jumpButton()}
	if s.Safety != nil {
		b := s.k.Button(l.T(msgHelpSafetyPlan), fynetheme.WarningIcon(), s.Safety)
		b.Alignment = widget.ButtonAlignLeading
		col = append(col, b)
	}
	col = append(col, page.Wrapped(l.ID(s.country.NoteID())))
	if lines := s.lines(content.KindEmergency); lines != nil {
		col = append(col, lines)
	}
	if lines := s.lines(content.KindCrisis); lines != nil {
		col = append(col, page.SectionHeading(l.T(msgHelpCallNow)), lines)
	}
	col = append(col, s.overdose, s.alcoholCard())
	if lines := s.lines(content.KindSupport); lines != nil {
		col = append(col, page.SectionHeading(l.T(msgHelpSupport)), lines)
	}
	col = append(col, page.SmallPrint(l.T(msgHelpNotice)))
	s.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(col...)))
	return s.scroll
}

var msgHelpSafetyPlan = &i18n.Message{ID: "Help.SafetyPlan", Description: "Button in Get help now opening the person's safety plan (also the F2 key)", Other: "My safety plan (F2)"}

// jumpButton goes straight to the overdose card, which sits below the lines.
func (s *Screen) jumpButton() fyne.CanvasObject {
	b := s.k.Button(s.l.T(msgHelpJumpOverdose), fynetheme.MoveDownIcon(), s.JumpToOverdose)
	b.Importance = widget.WarningImportance
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// JumpToOverdose scrolls the overdose card to the top of the panel.
func (s *Screen) JumpToOverdose() {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(s.overdose).Y - d.AbsolutePositionForObject(s.scroll.Content).Y
	page.ScrollTo(s.scroll, y)
}

func (s *Screen) countryPicker() fyne.CanvasObject {
	sel := CountryPicker(s.k, s.help, s.setting, s.reshow)
	return container.NewBorder(nil, nil, widget.NewLabel(s.l.T(msgHelpCountry)), nil, sel)
}

// lines lays out the country's lines of one kind, or nil when it has none.
func (s *Screen) lines(kind content.Kind) fyne.CanvasObject {
	var cards []fyne.CanvasObject
	for _, line := range s.country.Lines {
		if line.Kind == kind {
			cards = append(cards, s.LineCard(line))
		}
	}
	if len(cards) == 0 {
		return nil
	}
	return container.NewVBox(cards...)
}

func (s *Screen) LineCard(line content.Line) fyne.CanvasObject {
	l := s.l
	var rows []fyne.CanvasObject
	if line.Phone != "" {
		rows = append(rows, s.numberRow(l.T(MsgCall), line.Phone, line.Kind == content.KindEmergency))
	}
	if line.Text != "" {
		rows = append(rows, s.numberRow(l.T(MsgText), line.Text, false))
	}
	if line.Cost == content.CostPaid {
		rows = append(rows, page.SectionHeading(l.T(msgHelpPaid)))
	}
	if about := l.ID(line.AboutID()); about != "" {
		rows = append(rows, page.Wrapped(about))
	}
	rows = append(rows, s.provenance(line))
	return page.NewCard(l.ID(line.NameID()), container.NewVBox(rows...))
}

// numberRow shows a number large enough to read in a hurry, with a copy
// button that wraps under it on a narrow window.
func (s *Screen) numberRow(label, number string, emergency bool) fyne.CanvasObject {
	num := widget.NewLabelWithStyle(number, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	num.SizeName = fynetheme.SizeNameSubHeadingText
	if emergency {
		num.SizeName = fynetheme.SizeNameHeadingText
	}
	copyBtn := s.k.Button(s.l.T(msgHelpCopy), fynetheme.ContentCopyIcon(), nil)
	copyBtn.OnTapped = func() { s.copyNumber(number, copyBtn) }
	return page.NewFlow(container.NewHBox(container.NewCenter(widget.NewLabel(label)), num), container.NewCenter(copyBtn))
}

func (s *Screen) copyNumber(number string, btn *widgets.Button) {
	s.k.Copy(number)
	btn.SetText(s.l.T(msgHelpCopied))
	btn.SetIcon(fynetheme.ConfirmIcon())
	restore := s.l.T(msgHelpCopy)
	s.k.BG.After(page.CopiedFeedback, func() {
		btn.SetText(restore)
		btn.SetIcon(fynetheme.ContentCopyIcon())
	})
}

// provenance shows the website, the official page the fact comes from, the date
// checked and how sure the check is. Evidence the check read elsewhere is never shown.
func (s *Screen) provenance(line content.Line) fyne.CanvasObject {
	l := s.l
	var rows []fyne.CanvasObject
	if u := page.ParseURL(line.URL); u != nil {
		rows = append(rows, s.k.Link(l.T(MsgWebsite), u))
	}
	if src, ok := s.help.Source(line.Source); ok {
		if page := s.sourcePage(src); page.URL != line.URL {
			rows = append(rows, s.sourceLink(l.T(msgHelpSource, map[string]any{"Name": s.sourceName(src, page)}), page))
		}
	}
	if line.Reported() {
		rows = append(rows, page.SmallPrint(s.reportedBy(line)))
	}
	sure := VerifiedText[line.Verified]
	if sure == nil {
		sure = MsgVerifiedNot
	}
	checked := l.T(MsgChecked, map[string]any{"Date": l.Date(line.Checked)})
	return container.NewVBox(append(rows, page.SmallPrint(checked+" · "+l.T(sure)))...)
}

var (
	msgHelpPaid     = &i18n.Message{ID: "Help.Paid", Description: "Under the number of a line whose calls the caller pays for (its description says how much)", Other: "Calls cost money."}
	msgHelpReport   = &i18n.Message{ID: "Help.Report", Description: "One news report in Help.ReportedBy: the Outlet's name (keep it) and the Date of the report", Other: "{{.Outlet}} ({{.Date}})"}
	msgHelpReported = &i18n.Message{ID: "Help.ReportedBy", Description: "A line no official page showed, confirmed by national news reports; Reports lists them (Help.Report, joined by commas)",
		Other: "Reported by {{.Reports}}. Not yet confirmed on an official page."}
)

// reportedBy says which news reports confirm a line that no official page
// showed, and that it is not confirmed on one; their addresses are not links.
func (s *Screen) reportedBy(line content.Line) string {
	l := s.l
	reports := make([]string, len(line.ReportedBy))
	for i, r := range line.ReportedBy {
		reports[i] = l.T(msgHelpReport, map[string]any{"Outlet": r.Outlet, "Date": l.Date(r.Date)})
	}
	return l.T(msgHelpReported, map[string]any{"Reports": strings.Join(reports, ", ")})
}

// sourcePage is the page of an official source shown to this reader for this country: in the
// reader's language where the fact check lists one, else in English, else in the country's.
func (s *Screen) sourcePage(src content.Source) content.SourcePage {
	return src.Page(s.l.Lang(), s.country.Code)
}

// sourceName is the translated name of a source, saying what language its page is in when
// that is not the reader's: "French Ministry of Health: ... (in French)".
func (s *Screen) sourceName(src content.Source, page content.SourcePage) string {
	name := s.l.ID(src.NameID())
	if page.Lang != s.l.Lang() {
		if in := s.l.ID(content.SourceInID(page.Lang)); in != "" {
			name += " " + in
		}
	}
	return name
}

// sourceLink opens an official page; its text is the page's translated name, and it
// wraps on a narrow window.
func (s *Screen) sourceLink(text string, src content.SourcePage) fyne.CanvasObject {
	u := page.ParseURL(src.URL)
	if u == nil {
		return page.SmallPrint(text)
	}
	link := s.k.Link(text, u)
	link.Wrapping = fyne.TextWrapWord
	return link
}

// overdoseCard is what to do in an overdose in the chosen country: its emergency
// number, where naloxone can be had, the law where there is one, and its official sources.
func (s *Screen) overdoseCard() fyne.CanvasObject {
	l := s.l
	od, ok := s.help.Overdose(s.country.Code)
	if !ok {
		od, _ = s.help.Overdose(content.OtherCountry)
	}
	box := []fyne.CanvasObject{page.Wrapped(l.ID(od.IntroID)),
		page.SectionHeading(l.T(msgOverdoseSigns)), page.Bullets(l, od.Signs, false),
		page.SectionHeading(l.T(msgOverdoseSteps)), page.Bullets(l, od.Steps, true),
		page.SectionHeading(l.T(msgOverdoseAvoid)), page.Bullets(l, od.Avoid, false)}
	for _, id := range od.Notes {
		box = append(box, page.Wrapped(l.ID(id)))
	}
	if od.LawID != "" {
		box = append(box, page.Wrapped(l.ID(od.LawID)))
	}
	box = append(box, page.SectionHeading(l.T(msgOverdoseSource)))
	for _, id := range od.Sources {
		if src, ok := s.help.Source(id); ok {
			page := s.sourcePage(src)
			box = append(box, s.sourceLink(s.sourceName(src, page), page))
		}
	}
	box = append(box, page.SmallPrint(l.T(MsgChecked, map[string]any{"Date": l.Date(od.Checked)})))
	return page.NewCard(l.ID(od.TitleID), container.NewVBox(box...))
}

// alcoholCard is what to do in alcohol poisoning, after the opioid card: the signs, the
// country's emergency number first, what not to do, and how sure the check is. No official
// page in the fact check covers it, so it shows no source (content.Alcohol).
func (s *Screen) alcoholCard() fyne.CanvasObject {
	l := s.l
	od, ok := s.help.Overdose(s.country.Code)
	if !ok {
		od, _ = s.help.Overdose(content.OtherCountry)
	}
	a := od.Alcohol
	if a.TitleID == "" {
		return container.NewVBox()
	}
	sure := VerifiedText[a.Verified]
	if sure == nil {
		sure = MsgVerifiedNot
	}
	checked := l.T(MsgChecked, map[string]any{"Date": l.Date(a.Checked)})
	return page.NewCard(l.ID(a.TitleID), container.NewVBox(page.Wrapped(l.ID(a.IntroID)),
		page.SectionHeading(l.T(msgOverdoseSigns)), page.Bullets(l, a.Signs, false),
		page.SectionHeading(l.T(msgOverdoseSteps)), page.Bullets(l, a.Steps, true),
		page.SectionHeading(l.T(msgOverdoseAvoid)), page.Bullets(l, a.Avoid, false),
		page.SmallPrint(checked+" · "+l.T(sure))))
}

// Shown is the country the screen shows.
func (s *Screen) Shown() content.Country { return s.country }
