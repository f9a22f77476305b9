package meetings

import (
	"slices"
	"strings"
	"testing"

	"github.com/alongside-app/alongside/translations"
)

// familyList is the list from issue #23: family groups, one with AA's
// "concurrent with Al-Anon" code and a code nobody knows, one closed and
// online, one without a time zone, and no program given.
const familyList = `[
 {"name":"Brighton Hope Family Group","slug":"brighton-hope","day":2,"time":"19:30","timezone":"Europe/London","types":["O","AL-AN","XYZ-UNKNOWN"],
  "formatted_address":"York Pl, Brighton BN1 4GU, UK","latitude":50.8262,"longitude":-0.1357},
 {"name":"Lewes Family Circle","slug":"lewes","day":4,"time":"10:00","timezone":"Europe/London","types":["11"],"formatted_address":"High St, Lewes BN7 2AD, UK","latitude":50.8739,"longitude":0.0088},
 {"name":"Thursday Serenity","slug":"thursday","day":4,"time":"20:00","types":["C","ONL"],"conference_url":"https://zoom.us/j/1"}
]`

func parseFamilyList(t *testing.T, opt Options) Result {
	t.Helper()
	res, err := ParseBytes([]byte(familyList), opt)
	if err != nil || len(res.Meetings) != 3 {
		t.Fatalf("%v, %d meetings", err, len(res.Meetings))
	}
	return res
}

func codesOf(ts []Type) []string {
	var out []string
	for _, ty := range ts {
		out = append(out, ty.Code)
	}
	return out
}

// TestFamilyGroupsAreNotCalledAA: a list that does not say clearly whose
// meetings it holds is "fellowship not stated", never AA, and says what
// it does say.
func TestFamilyGroupsAreNotCalledAA(t *testing.T) {
	res := parseFamilyList(t, Options{})
	if res.Program != ProgramNotStated || res.Fellowship != FellowshipNotStated || res.ProgramDetected {
		t.Errorf("program %q fellowship %q detected %v; want not stated, undecided", res.Program, res.Fellowship, res.ProgramDetected)
	}
	for _, m := range res.Meetings {
		if m.Fellowship != FellowshipNotStated || m.Program != ProgramNotStated || slices.Contains(Fellowships(&m), FellowshipAA) {
			t.Errorf("%s: fellowship %q program %q (%v)", m.Name, m.Fellowship, m.Program, Fellowships(&m))
		}
	}
	want := Clue{Points: PointsFamily, Where: InNames, Meetings: 2, Examples: []string{"Brighton Hope Family Group", "Lewes Family Circle"}}
	if len(res.Evidence.Clues) != 1 || !cluesEqual(res.Evidence.Clues[0], want) || res.Evidence.Records != 3 || EvidenceSummary(&res) != msgEvidenceUnclear {
		t.Errorf("evidence %+v", res.Evidence)
	}
	brighton, lewes, thursday := &res.Meetings[0], &res.Meetings[1], &res.Meetings[2]
	// Never a raw code: AL-AN is AA's, XYZ-UNKNOWN nobody's, 11 AA's alone.
	for _, c := range []struct {
		m    *Meeting
		want []string
	}{{brighton, []string{"O"}}, {lewes, nil}, {thursday, []string{"C", "ONL"}}} {
		if got := codesOf(TypeLabels(c.m)); !slices.Equal(got, c.want) {
			t.Errorf("%s: labels %v, want %v", c.m.Name, got, c.want)
		}
	}
	if AudienceOf(brighton) != AudienceFamilies || AudienceOf(lewes) != AudienceFamilies || AudienceOf(thursday) != AudienceNotStated {
		t.Errorf("audiences %v %v %v", AudienceOf(brighton), AudienceOf(lewes), AudienceOf(thursday))
	}
	if AccessMessage(brighton) != accessMessages[accessFamilies][0] || AccessMessage(thursday) != accessMessages[accessUnknown][1] || AccessMessage(lewes) != nil {
		t.Errorf("access: %v / %v / %v", AccessMessage(brighton), AccessMessage(thursday), AccessMessage(lewes))
	}
	if thursday.TimeZone != "" {
		t.Errorf("a meeting without a zone got %q", thursday.TimeZone)
	}
}

func cluesEqual(a, b Clue) bool {
	return a.Points == b.Points && a.Where == b.Where && a.Meetings == b.Meetings && slices.Equal(a.Examples, b.Examples)
}

// TestChoosingTheFellowship: the person's answer applies without reading
// the list again; Al-Anon's table leaves AA's codes out, AA's reads them.
func TestChoosingTheFellowship(t *testing.T) {
	res := parseFamilyList(t, Options{})
	if err := res.Choose(FellowshipAlAnon, ""); err != nil {
		t.Fatal(err)
	}
	b := &res.Meetings[0]
	if res.Program != ProgramAlAnon || res.Fellowship != FellowshipAlAnon || b.Fellowship != FellowshipAlAnon || b.Program != ProgramAlAnon ||
		!slices.Equal(codesOf(TypeLabels(b)), []string{"O"}) || AccessMessage(b) != accessMessages[accessAlAnon][0] ||
		AccessMessage(&res.Meetings[2]) != accessMessages[accessAlAnon][1] || EvidenceSummary(&res) != nil {
		t.Errorf("as Al-Anon: %+v %v", b, codesOf(TypeLabels(b)))
	}
	if err := res.Choose(FellowshipAA, ""); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(codesOf(TypeLabels(b)), []string{"O", "AL-AN"}) || !slices.Equal(codesOf(TypeLabels(&res.Meetings[1])), []string{"11"}) ||
		AudienceOf(b) != AudienceUsers || AccessMessage(&res.Meetings[2]) != accessMessages[accessAA][1] {
		t.Errorf("as AA: %v, %v", codesOf(TypeLabels(b)), AudienceOf(b))
	}
	if err := res.Choose("Not An Id", ""); err == nil {
		t.Error("a bad fellowship was taken")
	}
	if err := res.Choose(FellowshipNarAnon, "na"); err == nil {
		t.Error("a bad program was taken")
	}
	var fresh Result
	if err := fresh.Choose(FellowshipAlAnon, ""); err != nil {
		t.Errorf("an empty result: %v", err)
	}
	// Options choose the same way before parsing.
	res = parseFamilyList(t, Options{Fellowship: FellowshipNarAnon})
	if res.Program != ProgramNotStated || res.Meetings[0].Fellowship != FellowshipNarAnon || AudienceOf(&res.Meetings[2]) != AudienceFamilies {
		t.Errorf("Options.Fellowship: %q %q", res.Program, res.Meetings[0].Fellowship)
	}
	// "I don't know" is an answer too: nothing more to ask.
	res = parseFamilyList(t, Options{Fellowship: FellowshipNotStated})
	if res.Fellowship != FellowshipNotStated || EvidenceSummary(&res) != nil || len(res.Evidence.Clues) != 1 {
		t.Errorf("chosen not stated: %q %v", res.Fellowship, EvidenceSummary(&res))
	}
}

// TestWordsAreEvidence: names, notes and the list's own words say whose
// meetings these are, in English and Spanish; codes keep the 3:1 rule.
func TestWordsAreEvidence(t *testing.T) {
	cases := []struct {
		name, list string
		program    Program
		fellowship string
		detected   bool
	}{
		{"AFG names", `[{"name":"Hope AFG","slug":"a"},{"name":"Serenity Al-Anon","slug":"b"},{"name":"Monday","slug":"c"}]`, ProgramAlAnon, FellowshipAlAnon, true},
		{"Spanish", `[{"name":"Grupo de Familia Al-Anon Esperanza","slug":"a"},{"name":"Martes","slug":"b","notes":"Para familiares y amigos"}]`, ProgramAlAnon, FellowshipAlAnon, true},
		{"Nar-Anon", `[{"name":"Nar-Anon Family Group","slug":"a"},{"name":"Narateen","slug":"b"}]`, ProgramNotStated, FellowshipNarAnon, true},
		{"AA words", `[{"name":"Sunset AA","slug":"a"},{"name":"Big Book Study","slug":"b"},{"name":"Grupo Alcohólicos Anónimos","slug":"c"}]`, ProgramAA, FellowshipAA, true},
		{"NA words", `[{"name":"Narcotics Anonymous Tuesday","slug":"a"}]`, ProgramNotStated, FellowshipNA, true},
		{"family words only", `[{"name":"Parents of Loved Ones","slug":"a"},{"name":"Familias Unidas","slug":"b"}]`, ProgramNotStated, FellowshipNotStated, false},
		{"mixed", `[{"name":"Hope AFG","slug":"a"},{"name":"Sunset AA","slug":"b"}]`, ProgramNotStated, FellowshipNotStated, false},
		{"no words", `[{"name":"Isaac's Tuesday","slug":"a"}]`, ProgramNotStated, FellowshipNotStated, false},
		{"FAFO code", `[{"name":"Tuesday","slug":"a","types":["FAFO"]}]`, ProgramAlAnon, FellowshipAlAnon, true},
	}
	for _, c := range cases {
		res, err := ParseBytes([]byte(c.list), Options{})
		if err != nil || res.Program != c.program || res.Fellowship != c.fellowship || res.ProgramDetected != c.detected {
			t.Errorf("%s: %q %q %v %v; want %q %q %v", c.name, res.Program, res.Fellowship, res.ProgramDetected, err, c.program, c.fellowship, c.detected)
		}
	}
	res, _ := ParseBytes([]byte(cases[6].list), Options{})
	if !res.Evidence.Mixed() || EvidenceSummary(&res) != msgEvidenceMixed {
		t.Errorf("mixed evidence %+v", res.Evidence)
	}
	res, _ = ParseBytes([]byte(cases[7].list), Options{})
	if len(res.Evidence.Clues) != 0 || EvidenceSummary(&res) != msgEvidenceNone {
		t.Errorf("no evidence %+v", res.Evidence)
	}
	// Al-Anon's FAFO and FFAOW read as closed and open.
	m := Meeting{Fellowship: FellowshipAlAnon, Program: ProgramAlAnon, Types: []string{"FAFO"}}
	if AccessOf(&m) != AccessClosed || AccessMessage(&m) != accessMessages[accessAlAnon][1] || TypeLabels(&m)[0].Name.Other != "Families and Friends Only" {
		t.Errorf("FAFO: %v", AccessOf(&m))
	}
}

// TestElevenIsAAsAlone: a bare number is 11th Step Meditation only in a
// list that is AA's own.
func TestElevenIsAAsAlone(t *testing.T) {
	for _, c := range []struct {
		list string
		want bool
	}{
		{`[{"name":"Hope","slug":"a","types":["11","O"]}]`, false},
		{`[{"name":"Hope AFG","slug":"a","types":["11","O"]}]`, false},
		{`[{"name":"Hope","slug":"a","types":["11","B"]}]`, true},
	} {
		res, err := ParseBytes([]byte(c.list), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(codesOf(TypeLabels(&res.Meetings[0])), "11"); got != c.want {
			t.Errorf("%s (%s): 11 shown %v", c.list, res.Program, got)
		}
	}
}

// TestFamilyWordsInTwoLanguages renders what a family member reads, in
// English and Spanish: no "Alcoholics Anonymous", no raw code.
func TestFamilyWordsInTwoLanguages(t *testing.T) {
	b, err := translations.NewBundle()
	if err != nil {
		t.Fatal(err)
	}
	res := parseFamilyList(t, Options{})
	for lang, want := range map[string][]string{
		"en": {"Fellowship not stated", "does not say clearly", "2 meetings mention families (family, familia, familiares…) in their names. For example: Brighton Hope Family Group, Lewes Family Circle.", "Closed meeting: only for the people the group is for"},
		"es": {"Comunidad no indicada", "no dice con claridad", "2 reuniones mencionan a las familias", "Reunión cerrada"},
	} {
		l := translations.NewLocalizer(b, lang)
		fm, _ := FellowshipMessage(res.Meetings[0].Fellowship)
		text := strings.Join(append(EvidenceText(l, &res), l.T(fm), l.T(AccessMessage(&res.Meetings[2])), l.T(AudienceMessage(&res.Meetings[0]))), "\n")
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q missing from\n%s", lang, w, text)
			}
		}
		for _, bad := range []string{"Alcoholics Anonymous", "Alcohólicos Anónimos", "XYZ", "AL-AN", "<no value>"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s: %q in\n%s", lang, bad, text)
			}
		}
	}
}

// TestRealFeedsKeepTheirFellowships: the real feeds are still told apart.
func TestRealFeedsKeepTheirFellowships(t *testing.T) {
	for name, want := range map[string]string{alAnonFeed: FellowshipAlAnon, edmontonFeed: FellowshipAA, ocFeed: FellowshipAA} {
		res := parseFixture(t, name, Options{})
		if res.Fellowship != want || !res.ProgramDetected || EvidenceSummary(&res) != nil {
			t.Errorf("%s: %q detected %v", name, res.Fellowship, res.ProgramDetected)
		}
	}
}
