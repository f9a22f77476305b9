package meetings

import (
	"slices"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Type is one meeting type in a program's code table.
type Type struct {
	Code     string
	Name     *i18n.Message // the type's name; translate it for the screen
	Language string        // BCP 47 code when the type is the meeting's language, else ""
}

type typeScope int

const (
	bothPrograms typeScope = iota
	aaOnly
	alAnonOnly
)

// typeDef is a row of the table in types_table.go.
type typeDef struct {
	Code     string
	Language string
	scope    typeScope
	Name     *i18n.Message
}

// table is one program's codes: by exact code, and by upper-cased code
// for lists that write them in another case.
type table struct {
	list  []Type
	exact map[string]Type
	upper map[string]Type
	names map[string]Type // by lower-case English name, for spreadsheets that write names
}

// tables are built when first used, not when the program starts (the
// window does not need them to open).
var tables = sync.OnceValue(func() map[Program]*table {
	return map[Program]*table{
		ProgramAA:        buildTable(ProgramAA),
		ProgramAlAnon:    buildTable(ProgramAlAnon),
		ProgramNotStated: buildTable(ProgramNotStated),
	}
})

// inTable reports whether program p's table holds a type of scope s: a
// list whose program is not stated gets only the codes both read alike.
func inTable(p Program, s typeScope) bool {
	switch s {
	case aaOnly:
		return p == ProgramAA
	case alAnonOnly:
		return p == ProgramAlAnon
	}
	return true
}

func buildTable(p Program) *table {
	t := &table{exact: map[string]Type{}, upper: map[string]Type{}, names: map[string]Type{}}
	for _, d := range typeDefs {
		if !inTable(p, d.scope) {
			continue
		}
		ty := Type{Code: d.Code, Name: d.Name, Language: d.Language}
		t.list = append(t.list, ty)
		t.exact[d.Code] = ty
		t.upper[strings.ToUpper(d.Code)] = ty
		t.names[strings.ToLower(d.Name.Other)] = ty
	}
	slices.SortFunc(t.list, func(a, b Type) int { return strings.Compare(a.Code, b.Code) })
	return t
}

// Types lists the codes of program p's table, in code order; nil for an
// unknown program.
func Types(p Program) []Type {
	t, ok := tables()[p]
	if !ok {
		return nil
	}
	return append([]Type(nil), t.list...)
}

// LookupType finds code in program p's table, in any letter case.
func LookupType(p Program, code string) (Type, bool) {
	t, ok := tables()[p]
	if !ok {
		return Type{}, false
	}
	if ty, ok := t.exact[code]; ok {
		return ty, true
	}
	ty, ok := t.upper[strings.ToUpper(code)]
	return ty, ok
}

// TypeLabels returns the types of m that its program's table knows, each
// once, in the list's order: what a screen shows. A code the table does
// not know (a list's own, or another program's such as AL-AN in an Al-Anon
// list, or a bare number in a list that is not AA's) is left out, never
// shown raw.
func TypeLabels(m *Meeting) []Type {
	var out []Type
	for _, c := range m.Types {
		if ty, ok := LookupType(m.Program, c); ok && !slices.ContainsFunc(out, func(x Type) bool { return x.Code == ty.Code }) {
			out = append(out, ty)
		}
	}
	return out
}

// canonicalCode is code as p's table writes it (a spreadsheet may give
// the English name instead of the code), or code trimmed when the table
// does not know it: lists may add their own types.
func canonicalCode(p Program, code string) string {
	if _, ok := tables()[p]; !ok {
		return strings.TrimSpace(code)
	}
	code = strings.TrimSpace(code)
	if ty, ok := LookupType(p, code); ok {
		return ty.Code
	}
	if ty, ok := tables()[p].names[strings.ToLower(code)]; ok {
		return ty.Code
	}
	return code
}

// Languages returns the languages the meeting's types name (BCP 47).
func Languages(m *Meeting) []string {
	var out []string
	for _, c := range m.Types {
		if ty, ok := LookupType(m.Program, c); ok && ty.Language != "" {
			out = append(out, ty.Language)
		}
	}
	return out
}

// Fellowships returns the fellowships one can meet at m: its own, Alateen
// for an Al-Anon meeting with the Alateen type, and Al-Anon or Alateen for
// an AA meeting held at the same time as one (AL-AN, AL).
func Fellowships(m *Meeting) []string {
	out := []string{}
	if m.Fellowship != "" {
		out = append(out, m.Fellowship)
	}
	for _, c := range m.Types {
		if f := concurrent(m.Program, c); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func concurrent(p Program, code string) string {
	switch {
	case p == ProgramAlAnon && strings.EqualFold(code, "Y"):
		return FellowshipAlateen
	case p == ProgramAA && strings.EqualFold(code, "AL-AN"):
		return FellowshipAlAnon
	case p == ProgramAA && strings.EqualFold(code, "AL"):
		return FellowshipAlateen
	}
	return ""
}
