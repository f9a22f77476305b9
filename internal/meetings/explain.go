package meetings

import (
	"errors"
	"strconv"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// The words that explain a meeting to a family member (whom it is for,
// what open and closed mean there), what a list says about whose meetings
// it holds, and where a list was found.

var (
	msgWebPage = &i18n.Message{
		ID:          "Meetings.Error.WebPage",
		Description: "Importing a meeting list: the file is a web page (HTML), not a meeting list; nothing was changed",
		Other:       "This is a web page, not a meeting list, so nothing was imported and nothing was changed. Give the website's address instead, and Alongside will look for its meeting list.",
	}
	msgNoListFound = &i18n.Message{
		ID:          "Meetings.Error.NoListFound",
		Description: "Importing from a website's address: the page is not a meeting list and none was found on the site; says how to ask the site for its list. Keep Meeting Guide and CSV as they are",
		Other:       "This address is a web page, and Alongside found no meeting list on that site, so nothing was changed. Write to the people who run the site (most sites have a contact page) and ask: “Could you send me the address of your meeting list in the Meeting Guide format, or the list as a spreadsheet (CSV)?” Then import what they send.",
	}
	msgPlaceNotFound = &i18n.Message{
		ID:          "Meetings.Error.PlaceNotFound",
		Description: "Searching meetings near a place: no stored meeting with a position is in the place typed, so no meeting is shown as near; Place is what was typed",
		Other:       "None of your meeting lists has a meeting with a map position in “{{.Place}}”, so no meeting is shown as near it. Try a town, a postal code (or its first part, such as BN1) or a region that your lists name, or coordinates such as 50.82,-0.14.",
	}
)

// PlaceError is a place that was not found; it wraps ErrPlaceNotFound.
type PlaceError struct{ Place string }

func (e *PlaceError) Error() string { return "meetings: no meeting with a position is in " + e.Place }

// Unwrap makes errors.Is(err, ErrPlaceNotFound) true.
func (e *PlaceError) Unwrap() error { return ErrPlaceNotFound }

// placeMessage explains a PlaceError; ErrorMessage uses it.
func placeMessage(err error) (*i18n.Message, map[string]any, bool) {
	var pe *PlaceError
	if !errors.As(err, &pe) {
		return nil, nil, false
	}
	return msgPlaceNotFound, map[string]any{"Place": pe.Place}, true
}

var audienceMessages = map[Audience]*i18n.Message{
	AudienceUsers: {ID: "Meetings.Audience.Users", Description: "On a meeting's page: the meeting is for the person with the drinking or drug problem (AA, NA...), not a family group",
		Other: "This meeting is for the person who drinks or uses drugs, not a group for families."},
	AudienceFamilies: {ID: "Meetings.Audience.Families", Description: "On a meeting's page: the meeting is for family members and friends of someone who drinks or uses",
		Other: "This meeting is for family members and friends of someone who drinks or uses drugs."},
	AudienceNotStated: {ID: "Meetings.Audience.NotStated", Description: "On a meeting's page: the list does not say which fellowship holds the meeting or whom it is for",
		Other: "The meeting list does not say which fellowship holds this meeting or whom it is for. Ask the group before you go."},
}

// AudienceMessage says whom m is for, in plain words.
func AudienceMessage(m *Meeting) *i18n.Message { return audienceMessages[AudienceOf(m)] }

// accessMessages explain open and closed for each kind of fellowship,
// because they differ: a closed AA meeting is for people with a drinking
// problem only, a closed Al-Anon meeting for families and friends only.
var accessMessages = map[accessKind][2]*i18n.Message{
	accessAA: {
		&i18n.Message{ID: "Meetings.Access.AA.Open", Description: "What an open AA meeting means, for a family member", Other: "Open meeting: anyone may come and listen, family members and friends too. The meeting itself is for people with a drinking problem."},
		&i18n.Message{ID: "Meetings.Access.AA.Closed", Description: "What a closed AA meeting means, for a family member", Other: "Closed meeting: only for people who have a drinking problem, or think they may have one. Family members and friends should choose an open meeting or a family group instead."},
	},
	accessNA: {
		&i18n.Message{ID: "Meetings.Access.NA.Open", Description: "What an open NA meeting means, for a family member", Other: "Open meeting: anyone may come and listen, family members and friends too. The meeting itself is for people with a drug problem."},
		&i18n.Message{ID: "Meetings.Access.NA.Closed", Description: "What a closed NA meeting means, for a family member", Other: "Closed meeting: only for people who have a drug problem, or think they may have one. Family members and friends should choose an open meeting or a family group instead."},
	},
	accessUsers: {
		&i18n.Message{ID: "Meetings.Access.Users.Open", Description: "What an open meeting means at a group for people who drink or use (fellowship other than AA or NA)", Other: "Open meeting: anyone may come and listen, family members and friends too. The meeting itself is for people with a drinking or drug problem."},
		&i18n.Message{ID: "Meetings.Access.Users.Closed", Description: "What a closed meeting means at a group for people who drink or use (fellowship other than AA or NA)", Other: "Closed meeting: only for people who have a drinking or drug problem themselves. Family members and friends should choose an open meeting or a family group instead."},
	},
	accessAlAnon: {
		&i18n.Message{ID: "Meetings.Access.AlAnon.Open", Description: "What an open Al-Anon meeting means (often written FFAOW: families, friends and observers welcome)", Other: "Open meeting: for families and friends of someone who drinks, and observers such as students or professionals are welcome too."},
		&i18n.Message{ID: "Meetings.Access.AlAnon.Closed", Description: "What a closed Al-Anon meeting means (often written FAFO: families and friends only)", Other: "Closed meeting: for families and friends only, that is, anyone affected by someone else's drinking. If you are a family member or friend coming for the first time, you are welcome."},
	},
	accessFamilies: {
		&i18n.Message{ID: "Meetings.Access.Families.Open", Description: "What an open meeting means at a family group other than Al-Anon (Nar-Anon, Families Anonymous...)", Other: "Open meeting: for families and friends of someone who drinks or uses drugs, and others who are interested may come too."},
		&i18n.Message{ID: "Meetings.Access.Families.Closed", Description: "What a closed meeting means at a family group other than Al-Anon (Nar-Anon, Families Anonymous...)", Other: "Closed meeting: for families and friends only. If you are a family member or friend coming for the first time, you are welcome."},
	},
	accessUnknown: {
		&i18n.Message{ID: "Meetings.Access.NotStated.Open", Description: "What an open meeting means when the list does not say which fellowship holds it", Other: "Open meeting: usually anyone may come. The list does not say which fellowship holds it, so ask the group if you are not sure."},
		&i18n.Message{ID: "Meetings.Access.NotStated.Closed", Description: "What a closed meeting means when the list does not say which fellowship holds it", Other: "Closed meeting: only for the people the group is for. At AA or NA that means people who drink or use themselves; at a family group it means families and friends. The list does not say which this is, so ask the group before you go."},
	},
}

// AccessMessage explains in plain words what m's open or closed type
// means for its fellowship; nil when the list says neither.
func AccessMessage(m *Meeting) *i18n.Message {
	switch AccessOf(m) {
	case AccessOpen:
		return accessMessages[accessKindOf(m)][0]
	case AccessClosed:
		return accessMessages[accessKindOf(m)][1]
	}
	return nil
}

var fellowshipMessages = map[string]*i18n.Message{
	FellowshipAA:        {ID: "Meetings.Fellowship.AA", Description: "The name of the fellowship Alcoholics Anonymous, as shown on a meeting from an AA list", Other: "Alcoholics Anonymous (AA)"},
	FellowshipNA:        {ID: "Meetings.Fellowship.NA", Description: "The name of the fellowship Narcotics Anonymous, as shown on a meeting from an NA list", Other: "Narcotics Anonymous (NA)"},
	FellowshipNotStated: {ID: "Meetings.Fellowship.NotStated", Description: "Shown instead of a fellowship's name when the meeting list does not say whose meetings it holds", Other: "Fellowship not stated"},
}

// FellowshipMessage names the fellowships this package gives that the
// family directory does not describe (AA, NA, not stated); false for the
// others, whose names are the directory's.
func FellowshipMessage(id string) (*i18n.Message, bool) {
	m, ok := fellowshipMessages[id]
	return m, ok
}

// pointerMessages name what evidence points to, inside the clue messages.
var pointerMessages = map[Pointer]*i18n.Message{
	PointsAlAnon:  {ID: "Meetings.Evidence.AlAnon", Description: "Inside a sentence about a meeting list's evidence, after 'mention' or 'lists of': the fellowships Al-Anon and Alateen", Other: "Al-Anon or Alateen"},
	PointsNarAnon: {ID: "Meetings.Evidence.NarAnon", Description: "Inside a sentence about a meeting list's evidence, after 'mention' or 'lists of': the fellowships Nar-Anon and Narateen", Other: "Nar-Anon or Narateen"},
	PointsFamily:  {ID: "Meetings.Evidence.Family", Description: "Inside a sentence about a meeting list's evidence, after 'mention': words about families; keep the examples family, familia, familiares as they are", Other: "families (family, familia, familiares…)"},
	PointsAA:      {ID: "Meetings.Evidence.AA", Description: "Inside a sentence about a meeting list's evidence, after 'mention' or 'lists of': the fellowship Alcoholics Anonymous", Other: "Alcoholics Anonymous (AA)"},
	PointsNA:      {ID: "Meetings.Evidence.NA", Description: "Inside a sentence about a meeting list's evidence, after 'mention' or 'lists of': the fellowship Narcotics Anonymous", Other: "Narcotics Anonymous (NA)"},
}

// whereMessages are the clue sentences; What is a pointer's words.
var whereMessages = map[Where]*i18n.Message{
	InNames: {ID: "Meetings.Evidence.InNames", Description: "Evidence of whose meetings a list holds; Number is how many meetings (already formatted), What names a fellowship or families",
		One: "1 meeting mentions {{.What}} in its name.", Other: "{{.Number}} meetings mention {{.What}} in their names."},
	InNotes: {ID: "Meetings.Evidence.InNotes", Description: "Evidence of whose meetings a list holds; Number is how many meetings (already formatted), What names a fellowship or families",
		One: "1 meeting mentions {{.What}} in its notes.", Other: "{{.Number}} meetings mention {{.What}} in their notes."},
	InCodes: {ID: "Meetings.Evidence.InCodes", Description: "Evidence of whose meetings a list holds: meeting type codes that only one fellowship's lists use; Number is how many meetings (already formatted), What names the fellowship",
		One: "1 meeting has a type code that only lists of {{.What}} use.", Other: "{{.Number}} meetings have type codes that only lists of {{.What}} use."},
	InAddress: {ID: "Meetings.Evidence.InAddress", Description: "Evidence of whose meetings a list holds: the web address of the meetings' pages; Number is how many meetings (already formatted), What names a fellowship",
		One: "1 meeting's web page is on a site of {{.What}}.", Other: "{{.Number}} meetings have their web pages on a site of {{.What}}."},
}

var (
	msgEvidenceExamples = &i18n.Message{ID: "Meetings.Evidence.Examples", Description: "After a sentence of evidence: some of the meetings it is about; Names is a list of meeting names", Other: "For example: {{.Names}}."}
	msgEvidenceUnclear  = &i18n.Message{ID: "Meetings.Evidence.Unclear", Description: "Importing a meeting list whose evidence does not say clearly whose meetings it holds; the evidence is listed after this",
		Other: "This list does not say clearly whose meetings it holds, so Alongside will not guess. If you know, choose the fellowship; if not, its meetings are shown as “fellowship not stated”. What the list says:"}
	msgEvidenceMixed = &i18n.Message{ID: "Meetings.Evidence.Mixed", Description: "Importing a meeting list that seems to mix family groups with groups for the person who drinks or uses; the evidence is listed after this",
		Other: "This list seems to mix family groups with meetings for the person who drinks or uses, so Alongside will not guess. If you know whose list it is, choose the fellowship; if not, its meetings are shown as “fellowship not stated”. What the list says:"}
	msgEvidenceNone = &i18n.Message{ID: "Meetings.Evidence.None", Description: "Importing a meeting list that says nothing about whose meetings it holds",
		Other: "Nothing in this list says whose meetings it holds, so its meetings are shown as “fellowship not stated”. If you know, choose the fellowship."}
)

// EvidenceSummary is the sentence that introduces an unclear list's
// evidence at import; nil when the list was clear or the person chose
// (even "not stated"): then there is nothing to ask.
func EvidenceSummary(r *Result) *i18n.Message {
	switch {
	case r.ProgramDetected || r.chosen || r.Fellowship != FellowshipNotStated:
		return nil
	case len(r.Evidence.Clues) == 0:
		return msgEvidenceNone
	case r.Evidence.Mixed():
		return msgEvidenceMixed
	}
	return msgEvidenceUnclear
}

// Translator renders messages; translations.Localizer is one.
type Translator interface {
	T(m *i18n.Message, data ...map[string]any) string
	N(m *i18n.Message, count int, data map[string]any) string
	Lang() string
}

// ClueText is one clue as sentences: "12 meetings mention Al-Anon or
// Alateen in their names. For example: …". The count is written with the
// language's digit grouping.
func ClueText(tr Translator, c Clue) string {
	msg, what := whereMessages[c.Where], pointerMessages[c.Points]
	if msg == nil || what == nil {
		return ""
	}
	s := tr.N(msg, c.Meetings, map[string]any{"Number": FormatCount(tr.Lang(), c.Meetings), "What": tr.T(what)})
	if len(c.Examples) > 0 {
		s += " " + tr.T(msgEvidenceExamples, map[string]any{"Names": strings.Join(c.Examples, ", ")})
	}
	return s
}

// EvidenceText is what an import says about a list whose evidence was
// not clear: the summary, then a sentence a clue. Empty when the list was
// clear or the person chose.
func EvidenceText(tr Translator, r *Result) []string {
	sum := EvidenceSummary(r)
	if sum == nil {
		return nil
	}
	out := []string{tr.T(sum)}
	for _, c := range r.Evidence.Clues {
		if s := ClueText(tr, c); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// FormatCount writes n with the digit grouping of lang ("1,967" in
// English, "1.967" in German). Spanish as written in Spain groups only
// from five digits ("1967", "19.670"), as CLDR says and x/text does not.
func FormatCount(lang string, n int) string {
	tag := language.Make(lang)
	if tag == language.Spanish || tag == language.EuropeanSpanish {
		if n > -10000 && n < 10000 {
			return strconv.Itoa(n)
		}
	}
	return message.NewPrinter(tag).Sprintf("%d", n)
}
