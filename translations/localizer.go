package translations

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Localizer turns messages into words in one language.
type Localizer struct {
	lang string
	loc  *i18n.Localizer
}

// NewLocalizer speaks lang (one of Supported), falling back to English.
func NewLocalizer(b *i18n.Bundle, lang string) *Localizer {
	return &Localizer{lang: lang, loc: i18n.NewLocalizer(b, lang, English)}
}

// Lang is the language this localizer speaks.
func (l *Localizer) Lang() string { return l.lang }

// T renders a message, with optional template data. A message missing from
// the language falls back to its English default, never to nothing.
func (l *Localizer) T(m *i18n.Message, data ...map[string]any) string {
	cfg := &i18n.LocalizeConfig{DefaultMessage: m}
	if len(data) > 0 {
		cfg.TemplateData = data[0]
	}
	s, _ := l.loc.Localize(cfg)
	return s
}

// N renders a message that depends on a count (One/Other); the count is
// also available to the template as .Count.
func (l *Localizer) N(m *i18n.Message, count int, data map[string]any) string {
	if data == nil {
		data = map[string]any{}
	}
	data["Count"] = count
	s, _ := l.loc.Localize(&i18n.LocalizeConfig{DefaultMessage: m, PluralCount: count, TemplateData: data})
	return s
}

// ID renders a message known only by its ID, such as content's help
// entries. It returns "" when the ID is unknown, so callers can omit it.
func (l *Localizer) ID(id string) string {
	s, err := l.loc.Localize(&i18n.LocalizeConfig{MessageID: id})
	if err != nil {
		return ""
	}
	return s
}

var months = [12]*i18n.Message{
	{ID: "Format.Month.1", Description: "Month name in a date", Other: "January"},
	{ID: "Format.Month.2", Description: "Month name in a date", Other: "February"},
	{ID: "Format.Month.3", Description: "Month name in a date", Other: "March"},
	{ID: "Format.Month.4", Description: "Month name in a date", Other: "April"},
	{ID: "Format.Month.5", Description: "Month name in a date", Other: "May"},
	{ID: "Format.Month.6", Description: "Month name in a date", Other: "June"},
	{ID: "Format.Month.7", Description: "Month name in a date", Other: "July"},
	{ID: "Format.Month.8", Description: "Month name in a date", Other: "August"},
	{ID: "Format.Month.9", Description: "Month name in a date", Other: "September"},
	{ID: "Format.Month.10", Description: "Month name in a date", Other: "October"},
	{ID: "Format.Month.11", Description: "Month name in a date", Other: "November"},
	{ID: "Format.Month.12", Description: "Month name in a date", Other: "December"},
}

var msgDate = &i18n.Message{
	ID:          "Format.Date",
	Description: "A calendar date written out; Day and Year are numbers, Month a month name",
	Other:       "{{.Month}} {{.Day}}, {{.Year}}",
}

// Date writes a calendar date the way the language does
// ("November 26, 2026", "26 de noviembre de 2026").
func (l *Localizer) Date(t time.Time) string {
	return l.T(msgDate, map[string]any{
		"Month": l.T(months[t.Month()-1]),
		"Day":   t.Day(),
		"Year":  t.Year(),
	})
}

var msgClock = &i18n.Message{
	ID:          "Format.Clock",
	Description: "Which clock the language uses: 12 (2:05 PM) or 24 (14:05). Write only the number",
	Other:       "12",
}

// Clock writes a time of day the way the language does ("2:05 PM", "14:05").
func (l *Localizer) Clock(t time.Time) string {
	h12 := t.Hour() % 12
	if h12 == 0 {
		h12 = 12
	}
	ampm := "AM"
	if t.Hour() >= 12 {
		ampm = "PM"
	}
	if l.T(msgClock) == "24" {
		return fmt.Sprintf("%d:%02d", t.Hour(), t.Minute())
	}
	return fmt.Sprintf("%d:%02d %s", h12, t.Minute(), ampm)
}

var msgDecimalMark = &i18n.Message{
	ID:          "Format.DecimalMark",
	Description: "The mark between the whole part and the fraction of a number (. in 6.5, , in 6,5). Write only the mark",
	Other:       ".",
}

// Decimal writes v with places digits after the language's decimal mark
// ("6.5", "6,5"); a whole number is written without a fraction.
func (l *Localizer) Decimal(v float64, places int) string {
	s := strconv.FormatFloat(v, 'f', places, 64)
	if places > 0 {
		s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	}
	return strings.Replace(s, ".", l.T(msgDecimalMark), 1)
}
