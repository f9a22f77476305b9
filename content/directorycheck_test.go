package content

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// The helpers below find one part of a freshly loaded directory, to spoil it.

func dirFellowship(d *Directory, id string) *Fellowship {
	for i := range d.Fellowships {
		if d.Fellowships[i].ID == id {
			return &d.Fellowships[i]
		}
	}
	panic("no fellowship " + id)
}

func dirResource(d *Directory, id string) *Resource {
	for i := range d.Resources {
		if d.Resources[i].ID == id {
			return &d.Resources[i]
		}
	}
	panic("no resource " + id)
}

func dirSource(d *Directory, id string) *DirectorySource {
	for i := range d.Sources {
		if d.Sources[i].ID == id {
			return &d.Sources[i]
		}
	}
	panic("no source " + id)
}

// Each change spoils the directory as shipped in one way; validation must refuse it, saying why.
func TestValidateDirectoryRefusesBadData(t *testing.T) {
	tests := []struct {
		name   string
		change func(d *Directory)
		want   string // in the error
	}{
		// Addresses people see: https, official hosts, never unverified.
		{"http website", func(d *Directory) { dirFellowship(d, "al-anon").Site.URL = "http://al-anon.org" }, "must be an https address"},
		{"mirror as a finder", func(d *Directory) {
			dirFellowship(d, "nar-anon").Finder.URL = "https://naranonglobalonline.org/new-meetings"
		}, "host naranonglobalonline.org is not in official-hosts.toml"},
		{"regional site as a website", func(d *Directory) { dirFellowship(d, "coda").Site.URL = "https://minncoda.org/" }, "not in official-hosts.toml"},
		{"look-alike host", func(d *Directory) { dirResource(d, "gb-legal-aid").URL = "https://www.gov.uk.example.net/legal-aid" }, "not in official-hosts.toml"},
		{"unverified finder", func(d *Directory) {
			dirFellowship(d, "families-anonymous").Finder = Link{URL: "https://familiesanonymous.org/meetings/", Verified: VerifiedUnverified}
		}, "is unverified: leave it out"},
		{"unverified resource", func(d *Directory) { dirResource(d, "au-head-to-health").Verified = VerifiedUnverified }, "is unverified"},
		{"a resource under two headings", func(d *Directory) {
			r := dirResource(d, "us-findtreatment")
			r.Categories = append(r.Categories, CategoryMentalHealth)
		}, "list it under one category"},
		{"finder without its mark", func(d *Directory) { dirFellowship(d, "pal").Finder.Verified = "" }, "unknown verified value"},
		{"finder mark without an address", func(d *Directory) {
			dirFellowship(d, "grasp").Finder = Link{Verified: VerifiedLikely}
		}, "must be an https address"},
		{"website mark misspelt", func(d *Directory) { dirFellowship(d, "coda").Site.Verified = "Yes" }, "unknown verified value"},
		{"port in a resource", func(d *Directory) { dirResource(d, "us-lsc").URL = "https://www.lsc.gov:8443/" }, "no user or port"},
		{"proxy as a source", func(d *Directory) {
			dirSource(d, "lsc-home").URL = "https://web.archive.org./web/20210328134532/https://www.lsc.gov"
		}, "host web.archive.org. is not in official-hosts.toml"},
		{"official host listed twice", func(d *Directory) { d.hosts = append(d.hosts, d.hosts[0]) }, "listed twice"},

		// Sources.
		{"unknown source", func(d *Directory) { dirFellowship(d, "pal").Sources = []string{"palgroup"} }, `source "palgroup" is not in directory/sources.toml`},
		{"no source", func(d *Directory) { dirFellowship(d, "gam-anon").Sources = nil }, "needs at least one source"},
		{"source twice in an entry", func(d *Directory) {
			f := dirFellowship(d, "pal")
			f.Sources = append(f.Sources, f.Sources[0])
		}, "is listed twice"},
		{"resource without a source", func(d *Directory) { dirResource(d, "ca-legal-aid").Source = "" }, "needs a source"},
		{"unknown resource source", func(d *Directory) { dirResource(d, "ca-legal-aid").Source = "justice" }, `source "justice" is not in directory/sources.toml`},
		{"unused source", func(d *Directory) {
			d.Sources = append(d.Sources, DirectorySource{ID: "spare", URL: "https://www.lsc.gov/spare"})
		}, "not used"},
		{"source listed twice", func(d *Directory) { d.Sources = append(d.Sources, *dirSource(d, "ltc-story")) }, "listed twice"},
		{"source ID in capitals", func(d *Directory) {
			dirSource(d, "ltc-story").ID = "LTC"
			dirFellowship(d, "learn-to-cope").Sources = []string{"LTC"}
		}, "ID must be lowercase"},

		// Fellowships.
		{"no fellowships", func(d *Directory) { d.Fellowships = nil }, "no fellowships"},
		{"duplicate fellowship", func(d *Directory) { d.Fellowships = append(d.Fellowships, d.Fellowships[0]) }, "duplicate ID"},
		{"fellowship ID with a space", func(d *Directory) { dirFellowship(d, "gam-anon").ID = "gam anon" }, "ID must be lowercase"},
		{"unknown approach", func(d *Directory) { dirFellowship(d, "al-anon").Approach = "12-step" }, "unknown approach"},
		{"no audience", func(d *Directory) { dirFellowship(d, "al-anon").Audiences = nil }, "list who it is for"},
		{"unknown audience", func(d *Directory) { dirFellowship(d, "al-anon").Audiences = []Audience{"spouses"} }, "list who it is for"},
		{"no formats", func(d *Directory) { dirFellowship(d, "pal").Formats = nil }, "list its formats"},
		{"unknown format", func(d *Directory) { dirFellowship(d, "pal").Formats = []Format{"zoom"} }, "list its formats"},
		{"format twice", func(d *Directory) { dirFellowship(d, "pal").Formats = []Format{FormatOnline, FormatOnline} }, "list its formats"},
		{"unknown country", func(d *Directory) { dirFellowship(d, "grasp").Countries = []string{"US", "NZ"} }, "countries must be codes"},
		{"lower-case country", func(d *Directory) { dirFellowship(d, "grasp").Countries = []string{"us"} }, "countries must be codes"},
		{"other as a country", func(d *Directory) { dirFellowship(d, "pal").Countries = []string{OtherCountry} }, "countries must be codes"},
		{"evidence not a web address", func(d *Directory) { dirFellowship(d, "coda").Evidence = []string{"Wikipedia"} }, "evidence must be web addresses"},
		{"no checked date", func(d *Directory) { dirFellowship(d, "coda").Checked = time.Time{} }, "date it was checked"},
		{"checked in the future", func(d *Directory) {
			dirFellowship(d, "coda").Checked = time.Now().AddDate(1, 0, 0)
		}, "not in the future"},

		// Links to imported meetings.
		{"unknown program", func(d *Directory) {
			dirFellowship(d, "nar-anon").Meetings = []MeetingLink{{Program: "na"}}
		}, `unknown program "na"`},
		{"bad type code", func(d *Directory) {
			dirFellowship(d, "alateen").Meetings[0].Type = "Y;DROP"
		}, "is not a meeting type code"},
		{"meeting link twice", func(d *Directory) {
			f := dirFellowship(d, "alateen")
			f.Meetings = append(f.Meetings, MeetingLink{Program: "al-anon", Type: "y"})
		}, "is listed twice"},

		// Resources.
		{"unknown country code", func(d *Directory) { dirResource(d, "de-beratungshilfe").Country = "AT" }, "unknown country code"},
		{"resource ID without country prefix", func(d *Directory) { dirResource(d, "us-lsc").ID = "lsc" }, "ID must"},
		{"resource ID for another country", func(d *Directory) { dirResource(d, "us-lsc").ID = "ca-lsc" }, "start with the country code"},
		{"no categories", func(d *Directory) { dirResource(d, "us-lsc").Categories = nil }, "list its categories"},
		{"unknown category", func(d *Directory) {
			dirResource(d, "us-lsc").Categories = []Category{"employment"}
		}, "list its categories"},
		{"duplicate resource", func(d *Directory) { d.Resources = append(d.Resources, d.Resources[0]) }, "duplicate ID"},
		{"resources out of country order", func(d *Directory) {
			d.Resources[0], d.Resources[len(d.Resources)-1] = d.Resources[len(d.Resources)-1], d.Resources[0]
		}, "grouped by country"},
		{"resource without checked date", func(d *Directory) { dirResource(d, "es-justicia-gratuita").Checked = time.Time{} }, "date it was checked"},
		{"resource evidence not an address", func(d *Directory) {
			dirResource(d, "au-legal-aid").Evidence = []string{"legalaidact"}
		}, "evidence must be web addresses"},

		// Words, in English and Spanish.
		{"Spanish About missing", func(d *Directory) { delete(d.texts["es"], "Directory.pal.About") }, "missing or empty in es"},
		{"English For blank", func(d *Directory) { d.texts["en"]["Directory.coda.For"] = "  " }, "missing or empty in en"},
		{"Spanish resource name missing", func(d *Directory) { delete(d.texts["es"], "Resource.us-lsc.Name") }, "missing or empty in es"},
		{"independence line missing", func(d *Directory) { delete(d.texts["en"], DirectoryIndependentID) }, "Directory.Independent is missing"},
		{"format label missing", func(d *Directory) { delete(d.texts["es"], FormatForum.NameID()) }, "Directory.Format.forum is missing"},
		{"source name missing", func(d *Directory) { delete(d.texts["en"], "Directory.Source.coda-faq") }, "missing or empty in en"},
		{"an address in the words", func(d *Directory) {
			d.texts["en"]["Directory.gam-anon.For"] = "See www.gam-anon.org for meetings."
		}, "contains a web address"},
		{"an address in Spanish words", func(d *Directory) {
			d.texts["es"]["Resource.us-lsc.About"] = "Más información en https://www.lsc.gov/."
		}, "contains a web address"},
		{"About of one sentence", func(d *Directory) {
			d.texts["en"]["Directory.grasp.About"] = "GRASP offers peer-led grief groups."
		}, "has 1 sentences; want 2 to 4"},
		{"About of five sentences, in Spanish", func(d *Directory) {
			d.texts["es"]["Directory.coda.About"] = "Uno. Dos. Tres. Cuatro. Cinco."
		}, "has 5 sentences"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadDirectory(t)
			tt.change(d)
			err := validateDirectory(d)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("validateDirectory = %v, want an error wrapping ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("validateDirectory = %v, want it to say %q", err, tt.want)
			}
		})
	}
}

func TestValidateDirectoryAccepts(t *testing.T) {
	tests := []struct {
		name   string
		change func(d *Directory)
	}{
		{"as shipped", func(*Directory) {}},
		{"a fellowship with no finder", func(d *Directory) { dirFellowship(d, "pal").Finder = Link{} }},
		{"a fellowship with no meeting links", func(d *Directory) { dirFellowship(d, "al-anon").Meetings = nil }},
		{"no resources for a country", func(d *Directory) {
			var keep []Resource
			for _, r := range d.Resources {
				if r.Country != "DE" {
					keep = append(keep, r)
				}
			}
			d.Resources = keep
			d.Sources = removeSource(removeSource(d.Sources, "brandenburg-beratungshilfe"), "dhs-home")
		}},
		{"a domain in a resource name", func(d *Directory) { d.texts["es"]["Resource.us-findtreatment.Name"] = "FindTreatment.gov" }},
		{"http evidence", func(d *Directory) { dirResource(d, "us-lsc").Evidence = []string{"http://www.lsc.gov/"} }},
		{"likely website", func(d *Directory) { dirFellowship(d, "coda").Site.Verified = VerifiedLikely }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadDirectory(t)
			tt.change(d)
			if err := validateDirectory(d); err != nil {
				t.Fatalf("validateDirectory: %v", err)
			}
		})
	}
}

func removeSource(list []DirectorySource, id string) []DirectorySource {
	var out []DirectorySource
	for _, s := range list {
		if s.ID != id {
			out = append(out, s)
		}
	}
	return out
}

// LoadDirectory itself wraps what validation finds, so callers can tell bad data apart.
func TestLoadDirectoryErrorsWrapErrInvalid(t *testing.T) {
	d := loadDirectory(t)
	d.Fellowships[0].Approach = "none"
	err := validateDirectory(d)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), `fellowship "al-anon"`) {
		t.Errorf("validateDirectory = %v, want it to name the fellowship and wrap ErrInvalid", err)
	}
}

// A key the struct does not know (a typo in a content file) is refused.
func TestDecodeStrictRefusesUnknownKeys(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.toml":  {Data: []byte("[[host]]\nhost = \"example.org\"\n")},
		"bad.toml": {Data: []byte("[[host]]\nhost = \"example.org\"\nhots = \"typo\"\n")},
	}
	var v struct {
		Host []OfficialHost `toml:"host"`
	}
	if err := decodeStrictFS(fsys, "ok.toml", &v); err != nil || len(v.Host) != 1 {
		t.Fatalf("ok.toml: %v, %+v", err, v)
	}
	err := decodeStrictFS(fsys, "bad.toml", &v)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "host.hots") {
		t.Fatalf("bad.toml: got %v, want ErrInvalid naming host.hots", err)
	}
}
