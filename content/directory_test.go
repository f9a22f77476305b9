package content

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

func loadDirectory(t *testing.T) *Directory {
	t.Helper()
	d, err := LoadDirectory()
	if err != nil {
		t.Fatalf("LoadDirectory: %v", err)
	}
	return d
}

func findFellowship(t *testing.T, d *Directory, id string) Fellowship {
	t.Helper()
	f, ok := d.Fellowship(id)
	if !ok {
		t.Fatalf("fellowship %s missing", id)
	}
	return f
}

// Issue 8 item 1 names these at least; the meetings package uses the same ids.
func TestDirectoryHasTheFellowshipsAskedFor(t *testing.T) {
	d := loadDirectory(t)
	want := []string{"al-anon", "alateen", "nar-anon", "narateen", "families-anonymous", "smart-family-friends",
		"learn-to-cope", "grasp", "pal", "co-anon", "gam-anon", "coda"}
	var got []string
	for _, f := range d.Fellowships {
		got = append(got, f.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("fellowships = %v, want %v", got, want)
	}
}

func TestFellowshipApproaches(t *testing.T) {
	d := loadDirectory(t)
	tests := map[string]Approach{
		"al-anon": ApproachTwelveStep, "alateen": ApproachTwelveStep, "nar-anon": ApproachTwelveStep,
		"families-anonymous": ApproachTwelveStep, "co-anon": ApproachTwelveStep, "gam-anon": ApproachTwelveStep,
		"coda": ApproachTwelveStep, "smart-family-friends": ApproachSkills, "grasp": ApproachGrief,
		"learn-to-cope": ApproachPeer, "pal": ApproachEducation,
	}
	for id, want := range tests {
		if got := findFellowship(t, d, id).Approach; got != want {
			t.Errorf("%s approach = %s, want %s", id, got, want)
		}
	}
	for _, id := range []string{"alateen", "narateen"} {
		if f := findFellowship(t, d, id); !slices.Contains(f.Audiences, AudienceTeens) {
			t.Errorf("%s is not for teens: %v", id, f.Audiences)
		}
	}
}

// FACTS-CHECKED.md: the finder paths of FA, Co-Anon, CoDA and GRASP are unverified, so only
// their home pages are linked; Learn to Cope is in Massachusetts and Florida, nowhere else.
func TestFactCheckCorrectionsStayApplied(t *testing.T) {
	d := loadDirectory(t)
	for _, id := range []string{"families-anonymous", "co-anon", "coda", "grasp", "learn-to-cope"} {
		f := findFellowship(t, d, id)
		if f.Finder.URL != "" {
			t.Errorf("%s links an unverified meeting finder %s", id, f.Finder.URL)
		}
		if f.Site.URL == "" {
			t.Errorf("%s has no home page", id)
		}
	}
	ltc := findFellowship(t, d, "learn-to-cope")
	for _, lang := range []string{"en", "es"} {
		text := d.texts[lang][ltc.AboutID()] + d.texts[lang][ltc.ForID()]
		for _, bad := range []string{"Idaho", "New Jersey", "Rhode Island", "10,000", "10 000"} {
			if strings.Contains(text, bad) {
				t.Errorf("Learn to Cope (%s) says %q", lang, bad)
			}
		}
		if !strings.Contains(text, "27") || !strings.Contains(text, "Florida") {
			t.Errorf("Learn to Cope (%s) lacks its 27 chapters and Florida: %s", lang, text)
		}
	}
	// The Gam-Anon office phone (2013) is not shown.
	for name, text := range readDirectoryFiles(t) {
		if strings.Contains(text, "352-1671") {
			t.Errorf("%s contains the 2013 Gam-Anon office number", name)
		}
	}
}

// Meetings imported from a list belong to fellowships by the list's code table and type codes.
func TestFellowshipsForImportedMeetings(t *testing.T) {
	d := loadDirectory(t)
	tests := []struct {
		program string
		types   []string
		want    []string
	}{
		{"al-anon", []string{"O", "D"}, []string{"al-anon"}},
		{"al-anon", []string{"Y"}, []string{"al-anon", "alateen"}},
		{"al-anon", []string{"y"}, []string{"al-anon", "alateen"}},
		{"aa", []string{"O", "AL-AN"}, []string{"al-anon"}},
		{"aa", []string{"AL"}, []string{"alateen"}},
		{"aa", []string{"Y", "POA"}, nil}, // in AA lists Y is Young People, not Alateen
		{"aa", nil, nil},
		{"nar-anon", []string{"Y"}, nil},
	}
	for _, tt := range tests {
		if got := d.FellowshipsFor(tt.program, tt.types); !slices.Equal(got, tt.want) {
			t.Errorf("FellowshipsFor(%q, %v) = %v, want %v", tt.program, tt.types, got, tt.want)
		}
	}
}

func TestResourcesPerCountry(t *testing.T) {
	d := loadDirectory(t)
	tests := []struct {
		code     string
		category Category
		want     []string
	}{
		{"US", CategoryTreatment, []string{"us-findtreatment"}},
		{"us", CategoryMentalHealth, nil}, // FindTreatment.gov is listed once, under treatment
		{"US", CategoryLegalAid, []string{"us-lsc"}},
		{"US", CategoryHousing, nil},
		{"CA", CategoryTreatment, []string{"ca-substance-use"}},
		{"CA", CategoryLegalAid, []string{"ca-legal-aid"}},
		{"GB", CategoryMentalHealth, []string{"gb-nhs-mental-health"}},
		{"GB", CategoryLegalAid, []string{"gb-legal-aid"}},
		{"AU", CategoryMentalHealth, []string{"au-healthdirect", "au-head-to-health"}},
		{"AU", CategoryLegalAid, []string{"au-legal-aid"}},
		{"ES", CategoryLegalAid, []string{"es-justicia-gratuita"}},
		{"DE", CategoryLegalAid, []string{"de-beratungshilfe"}},
		{"DE", CategoryTreatment, []string{"de-dhs-suchthilfe"}},
		{"FR", CategoryTreatment, []string{"fr-ameli-addictions"}},
		// the NHS page is listed once, under mental health; Wales's drug help under treatment
		{"GB", CategoryTreatment, []string{"gb-111-wales-drugs"}},
		{"AU", CategoryTreatment, []string{"au-path2help"}},
		{"FR", CategoryFamilyTherapy, []string{"fr-dis-proches"}},
		{"MX", CategoryTreatment, nil},
		{OtherCountry, CategoryTreatment, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range d.ResourcesIn(tt.code, tt.category) {
			got = append(got, r.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ResourcesIn(%s, %s) = %v, want %v", tt.code, tt.category, got, tt.want)
		}
	}
	if r := d.CountryResources("US"); len(r) == 0 || r[0].URL != "https://findtreatment.gov" {
		t.Errorf("the US national treatment locator is not first: %v", r)
	}
}

// Addresses people see are official; what the fact check read elsewhere is not among them.
func TestDirectoryAddressesAreOfficialAndEvidenceIsNot(t *testing.T) {
	d := loadDirectory(t)
	h := d.official()
	var shown, evidence []string
	for _, f := range d.Fellowships {
		shown = append(shown, f.Site.URL)
		if f.Finder.URL != "" {
			shown = append(shown, f.Finder.URL)
		}
		evidence = append(evidence, f.Evidence...)
	}
	for _, r := range d.Resources {
		shown = append(shown, r.URL)
		evidence = append(evidence, r.Evidence...)
	}
	for _, s := range d.Sources {
		shown = append(shown, s.URL)
	}
	for _, u := range shown {
		if !h.Official(u) {
			t.Errorf("%s is shown but not official", u)
		}
	}
	for _, e := range evidence {
		if slices.Contains(shown, e) {
			t.Errorf("evidence %s is also shown to people", e)
		}
	}
	for _, bad := range []string{
		"https://en.wikipedia.org/wiki/Co-Dependents_Anonymous",
		"https://minncoda.org/",
		"https://docest.com/doc/213716/gam-anon-international-service-office-inc",
		"https://www.smartrecovery.org/family",
		"http://coda.org/index.cfm/faq/",
	} {
		if h.Official(bad) {
			t.Errorf("Official(%q) = true", bad)
		}
	}
}

// readDirectoryFiles returns every embedded directory file by name.
func readDirectoryFiles(t *testing.T) map[string]string {
	t.Helper()
	names, err := fs.Glob(directoryFiles, "directory/*.toml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no directory files: %v", err)
	}
	out := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(directoryFiles, name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = string(data)
	}
	return out
}

// --- messages ---

func newDirectoryBundle(t *testing.T) *i18n.Bundle {
	t.Helper()
	b := i18n.NewBundle(language.English)
	if err := AddDirectoryMessages(b); err != nil {
		t.Fatalf("AddDirectoryMessages: %v", err)
	}
	return b
}

func TestEveryDirectoryMessageRendersInEveryLanguage(t *testing.T) {
	d := loadDirectory(t)
	b := newDirectoryBundle(t)
	for _, lang := range Languages() {
		for _, id := range d.MessageIDs() {
			if s := localize(t, b, lang.String(), id); strings.TrimSpace(s) == "" {
				t.Errorf("%s (%s) is empty", id, lang)
			}
		}
	}
}

// Help's and the directory's messages share one bundle: no ID may be in both.
func TestDirectoryAndHelpMessagesDoNotClash(t *testing.T) {
	d := loadDirectory(t)
	help := loadHelp(t).MessageIDs()
	for _, id := range d.MessageIDs() {
		if slices.Contains(help, id) {
			t.Errorf("%s is both a help and a directory message", id)
		}
	}
	b := newBundle(t)
	if err := AddDirectoryMessages(b); err != nil {
		t.Fatalf("AddDirectoryMessages after AddMessages: %v", err)
	}
	localize(t, b, "es", DirectoryIndependentID)
	localize(t, b, "es", "Help.Country.US")
}

// Each message file holds exactly its part of the directory, so nothing is missing, left
// over or in the wrong file; and the data's message IDs are unique.
func TestDirectoryMessageFilesMatchTheData(t *testing.T) {
	d := loadDirectory(t)
	want := map[string][]string{}
	for _, id := range d.MessageIDs() {
		switch {
		case strings.HasPrefix(id, "Resource."):
			want["resources"] = append(want["resources"], id)
		case strings.HasPrefix(id, "Directory.Source."):
			want["sources"] = append(want["sources"], id)
		default:
			want["directory"] = append(want["directory"], id)
		}
	}
	for _, ids := range want {
		slices.Sort(ids)
	}
	files := 0
	for _, lang := range Languages() {
		names, err := directoryMessageFiles(lang.String())
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			files++
			data, err := fs.ReadFile(directoryFiles, name)
			if err != nil {
				t.Fatal(err)
			}
			mf, err := i18n.ParseMessageFileBytes(data, name, map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var got []string
			for _, m := range mf.Messages {
				got = append(got, m.ID)
			}
			slices.Sort(got)
			base := strings.SplitN(path.Base(name), ".", 2)[0]
			if !slices.Equal(got, want[base]) {
				t.Errorf("%s holds %v\nwant %v", name, got, want[base])
			}
		}
	}
	if want := 3 * len(Languages()); files != want {
		t.Errorf("%d directory message files, want %d", files, want)
	}
	ids := d.MessageIDs()
	if sorted := slices.Compact(slices.Sorted(slices.Values(ids))); len(sorted) != len(ids) {
		t.Error("MessageIDs has duplicates")
	}
}

// The fellowships are described in our own words, not in their own set phrases (issue 20):
// Al-Anon's and Co-Anon's "experience, strength and hope", Co-Anon's "mind-altering
// substances", Nar-Anon's "release with love".
func TestFellowshipsInOurOwnWords(t *testing.T) {
	d := loadDirectory(t)
	for _, lang := range []string{"en", "es"} {
		for _, id := range d.MessageIDs() {
			text := strings.ToLower(d.texts[lang][id])
			for _, phrase := range []string{"experience, strength and hope", "experiencia, fortaleza y esperanza",
				"mind-altering", "release", "cease trying", "tough love", "amor duro"} {
				if strings.Contains(text, phrase) {
					t.Errorf("%s (%s) uses the phrase %q", id, lang, phrase)
				}
			}
		}
	}
}

// Spanish uses an organisation's own Spanish name where it has one, and the tú register.
func TestDirectorySpanish(t *testing.T) {
	d := loadDirectory(t)
	es := d.texts["es"]
	if got := es["Directory.al-anon.Name"]; got != "Grupos de Familia Al-Anon" {
		t.Errorf("Al-Anon's Spanish name = %q", got)
	}
	usted := regexp.MustCompile(`(?i)(?:^|[^\pL])(usted|ustedes|vosotros|vosotras|os)(?:$|[^\pL])`)
	for _, id := range d.MessageIDs() {
		if w := usted.FindString(es[id]); w != "" {
			t.Errorf("%s (es) uses %q; the app says tú", id, w)
		}
	}
}

// The independence line says what it must in both languages.
func TestDirectorySaysItIsIndependent(t *testing.T) {
	d := loadDirectory(t)
	for lang, want := range map[string][]string{"en": {"independent", "not part of"}, "es": {"independiente", "no forma parte"}} {
		text := d.texts[lang][DirectoryIndependentID]
		for _, w := range want {
			if !strings.Contains(strings.ToLower(text), w) {
				t.Errorf("%s (%s) = %q, want it to contain %q", DirectoryIndependentID, lang, text, w)
			}
		}
	}
}

func TestEnumHelpersReturnCopies(t *testing.T) {
	a := Approaches()
	a[0] = "changed"
	if Approaches()[0] == "changed" {
		t.Error("Approaches shares its slice")
	}
	if len(Formats()) != 4 || len(Audiences()) != 5 || len(Categories()) != 6 {
		t.Errorf("Formats %v, Audiences %v, Categories %v", Formats(), Audiences(), Categories())
	}
	if got := CategoryLegalAid.NameID(); got != "Directory.Category.legal-aid" {
		t.Errorf("NameID = %s", got)
	}
}

func ExampleDirectory_FellowshipsFor() {
	d, err := LoadDirectory()
	if err != nil {
		panic(err)
	}
	// A meeting from an Al-Anon list with the Alateen type code.
	for _, id := range d.FellowshipsFor("al-anon", []string{"Y", "O"}) {
		f, _ := d.Fellowship(id)
		fmt.Println(f.ID, f.Finder.URL)
	}
	// Output:
	// al-anon https://al-anon.org/al-anon-meetings/find-an-al-anon-meeting/
	// alateen https://al-anon.org/al-anon-meetings/find-an-alateen-meeting/
}

func BenchmarkLoadDirectory(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadDirectory(); err != nil {
			b.Fatal(err)
		}
	}
}
