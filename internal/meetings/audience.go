package meetings

import (
	"slices"
	"strings"
)

// Fellowship ids the meetings package itself gives or understands; the
// built-in directory uses the same ones for the family fellowships.
const (
	FellowshipAA      = "aa"
	FellowshipNA      = "na"
	FellowshipAlAnon  = "al-anon"
	FellowshipAlateen = "alateen"
	FellowshipNarAnon = "nar-anon"
	// FellowshipNotStated marks meetings from a list that does not say
	// clearly whose they are: shown as "fellowship not stated", never as AA.
	FellowshipNotStated = "not-stated"
)

// Fellowships whose meetings are for families and friends, and those
// whose meetings are for the person who drinks or uses. The first are the
// directory's ids (content/directory/fellowships.toml).
var (
	familyFellowships = []string{
		FellowshipAlAnon, FellowshipAlateen, FellowshipNarAnon, "narateen", "families-anonymous", "smart-family-friends",
		"learn-to-cope", "grasp", "pal", "co-anon", "gam-anon", "coda",
	}
	userFellowships = []string{FellowshipAA, FellowshipNA, "ca", "cma", "ma", "smart-recovery"}
)

// FellowshipChoices are the answers an import screen offers when a list
// does not say whose meetings it holds, family groups first and "not
// stated" last. Choose takes any of the directory's ids as well.
func FellowshipChoices() []string {
	return []string{FellowshipAlAnon, FellowshipAlateen, FellowshipNarAnon, FellowshipAA, FellowshipNA, FellowshipNotStated}
}

// ValidFellowship reports an id Choose accepts: lower-case letters,
// digits and dashes, as the directory writes them.
func ValidFellowship(id string) bool {
	if id == "" || len(id) > 40 || id[0] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// ProgramFor is the code table a fellowship's lists use: Al-Anon's for
// Al-Anon and Alateen, AA's for AA, and otherwise only the codes every
// table reads alike.
func ProgramFor(fellowship string) Program {
	switch fellowship {
	case FellowshipAA:
		return ProgramAA
	case FellowshipAlAnon, FellowshipAlateen:
		return ProgramAlAnon
	}
	return ProgramNotStated
}

// fellowshipFor is the fellowship a program's own lists belong to.
func fellowshipFor(p Program) string {
	switch p {
	case ProgramAA:
		return FellowshipAA
	case ProgramAlAnon:
		return FellowshipAlAnon
	}
	return FellowshipNotStated
}

// Audience says whom a meeting is for.
type Audience int

// The audiences a meeting can have.
const (
	// AudienceNotStated: the list does not say.
	AudienceNotStated Audience = iota
	// AudienceFamilies: family members and friends of someone who drinks
	// or uses (Al-Anon, Nar-Anon, Families Anonymous...).
	AudienceFamilies
	// AudienceUsers: the person who drinks or uses (AA, NA...). Not a
	// family group; family members may only sit in at an open meeting.
	AudienceUsers
)

// AudienceOf says whom m is for: from its fellowship, or, when the list
// does not state one, from its own name (a "Family Group", an "AA" group).
func AudienceOf(m *Meeting) Audience {
	switch {
	case slices.Contains(familyFellowships, m.Fellowship):
		return AudienceFamilies
	case slices.Contains(userFellowships, m.Fellowship):
		return AudienceUsers
	case m.Fellowship != "" && m.Fellowship != FellowshipNotStated:
		return AudienceNotStated // a fellowship the person named themselves
	}
	s := textSigns(m.Name+"\n"+m.Group, InNames)
	fam := s.has(PointsAlAnon) || s.has(PointsNarAnon) || s.has(PointsFamily)
	usr := s.has(PointsAA) || s.has(PointsNA)
	switch {
	case fam && !usr:
		return AudienceFamilies
	case usr && !fam:
		return AudienceUsers
	}
	return AudienceNotStated
}

// Access says who may attend: open or closed, as the list's codes say.
type Access int

// The kinds of access a meeting can have.
const (
	AccessNotStated Access = iota // neither open nor closed, or both
	AccessOpen
	AccessClosed
)

// AccessOf reads the open (O, FFAOW) and closed (C, FAFO) codes.
func AccessOf(m *Meeting) Access {
	open, closed := false, false
	for _, c := range m.Types {
		switch strings.ToUpper(strings.TrimSpace(c)) {
		case "O", "FFAOW":
			open = true
		case "C", "FAFO":
			closed = true
		}
	}
	switch {
	case open && !closed:
		return AccessOpen
	case closed && !open:
		return AccessClosed
	}
	return AccessNotStated
}

// accessKind is which explanation of open and closed applies.
type accessKind int

const (
	accessUnknown accessKind = iota
	accessAA
	accessNA
	accessUsers
	accessAlAnon
	accessFamilies
)

// accessKindOf picks the explanation: the fellowship's own where it
// differs (AA, NA, Al-Anon), else by audience.
func accessKindOf(m *Meeting) accessKind {
	switch m.Fellowship {
	case FellowshipAA:
		return accessAA
	case FellowshipNA:
		return accessNA
	case FellowshipAlAnon, FellowshipAlateen:
		return accessAlAnon
	}
	switch AudienceOf(m) {
	case AudienceFamilies:
		return accessFamilies
	case AudienceUsers:
		return accessUsers
	}
	return accessUnknown
}
