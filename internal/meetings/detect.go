package meetings

import (
	"slices"
	"strings"
)

// Program detection: Al-Anon lists say so in their addresses, names or
// codes; AA lists use AA-only codes and addresses. The code tables
// disagree on Y and POA, so a list is called Al-Anon only when its own
// signs clearly outweigh the AA ones; otherwise the caller chooses.

// alAnonWords in a meeting's address, name or group mark an Al-Anon list.
var alAnonWords = []string{"al-anon", "alanon", "al anon", "alateen", " afg"}

// aaOnlyCodes are codes only the AA table has (literature, concurrent
// meetings); alAnonOnlyCodes are codes only the Al-Anon table has.
var (
	aaOnlyCodes     = []string{"AL-AN", "AL", "B", "ABSI", "DR", "GR", "LS", "12x12", "11"}
	alAnonOnlyCodes = []string{"AC", "LGBTQIA"}
)

// vote settles the program from how many records look Al-Anon and AA.
func vote(alanon, aa int) (Program, bool) {
	switch {
	case alanon > 0 && alanon >= 3*aa:
		return ProgramAlAnon, true
	case aa > 0 && aa >= 3*alanon:
		return ProgramAA, true
	}
	return ProgramAA, false
}

// recordProgram is what one record says about its list's program.
func recordProgram(r *rawMeeting) Program {
	host := urlHost(string(r.URL))
	words := strings.ToLower(host + " " + string(r.Name) + " " + string(r.Group) + " " + string(r.Entity))
	for _, w := range alAnonWords {
		if strings.Contains(words, w) {
			return ProgramAlAnon
		}
	}
	for _, c := range r.Types {
		if slices.Contains(alAnonOnlyCodes, strings.ToUpper(c)) {
			return ProgramAlAnon
		}
	}
	for _, c := range r.Types {
		if slices.ContainsFunc(aaOnlyCodes, func(x string) bool { return strings.EqualFold(x, c) }) {
			return ProgramAA
		}
	}
	if isAAHost(host) {
		return ProgramAA
	}
	return ""
}

// urlHost is the lower-case host of an http(s) address, or "".
func urlHost(s string) string {
	_, rest, ok := strings.Cut(s, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		rest = rest[:i]
	}
	return strings.ToLower(rest)
}

// isAAHost reports a host whose name has "aa" at the start or end of one
// of its labels' words: oc-aa.org, edmontonaa.org, aasepia.org.
func isAAHost(host string) bool {
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels[:len(labels)-1] {
		for w := range strings.SplitSeq(l, "-") {
			if w == "aa" || strings.HasPrefix(w, "aa") && len(w) > 4 || strings.HasSuffix(w, "aa") && len(w) > 4 {
				return true
			}
		}
	}
	return false
}
