package content

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// The meeting finder's directory lives under directory/: fellowships.toml holds the family
// fellowships, resources.toml each country's official finders (treatment, legal aid...), and
// sources.toml the official pages shown as their sources. Every word people read is in
// directory/*.<lang>.toml. Addresses must be on a host in help/official-hosts.toml, the same
// list Get help now uses.

//go:embed directory
var directoryFiles embed.FS

// Approach is how a fellowship works, so people can choose with informed consent.
type Approach string

// The approaches. The first three share their values with the group-fit exercise's kinds.
const (
	ApproachTwelveStep Approach = "twelve-step"  // the Twelve Steps and Traditions; spiritual, not religious
	ApproachSkills     Approach = "skills"       // secular, science-based tools (CRAFT, CBT)
	ApproachGrief      Approach = "grief"        // support after a death from substance use
	ApproachEducation  Approach = "education"    // a set curriculum taught by trained volunteers
	ApproachPeer       Approach = "peer-support" // families supporting each other, without a set programme
	ApproachFaith      Approach = "faith-based"  // rooted in a religious faith
)

// Format is a way to take part in a fellowship.
type Format string

// The formats, in display order.
const (
	FormatInPerson Format = "in-person"
	FormatOnline   Format = "online"
	FormatPhone    Format = "phone"
	FormatForum    Format = "forum" // an online message board, not a meeting
)

// Audience is who a fellowship is for, in broad terms; its For message says it exactly.
type Audience string

// The audiences.
const (
	AudienceFamilies Audience = "families" // relatives and friends
	AudienceParents  Audience = "parents"
	AudienceTeens    Audience = "teens"
	AudienceBereaved Audience = "bereaved"
	AudienceAnyone   Audience = "anyone" // not limited to people close to a drinker or user
)

// Category is a kind of community resource.
type Category string

// The categories of community resource, in display order. A country may have none of a kind:
// the screen then says that none is listed.
const (
	CategoryTreatment      Category = "treatment"
	CategoryMentalHealth   Category = "mental-health"
	CategoryFamilyTherapy  Category = "family-therapy"
	CategoryLegalAid       Category = "legal-aid"
	CategoryHousing        Category = "housing"
	CategorySocialServices Category = "social-services"
)

var (
	approaches = []Approach{ApproachTwelveStep, ApproachSkills, ApproachGrief, ApproachEducation, ApproachPeer, ApproachFaith}
	formats    = []Format{FormatInPerson, FormatOnline, FormatPhone, FormatForum}
	audiences  = []Audience{AudienceFamilies, AudienceParents, AudienceTeens, AudienceBereaved, AudienceAnyone}
	categories = []Category{CategoryTreatment, CategoryMentalHealth, CategoryFamilyTherapy, CategoryLegalAid,
		CategoryHousing, CategorySocialServices}
	// meetingPrograms are the Meeting Guide code tables a fellowship can point to: the values
	// of the meetings package's Program.
	meetingPrograms = []string{"aa", "al-anon"}
)

// Approaches returns every approach in display order.
func Approaches() []Approach { return slices.Clone(approaches) }

// Formats returns every format in display order.
func Formats() []Format { return slices.Clone(formats) }

// Audiences returns every audience in display order.
func Audiences() []Audience { return slices.Clone(audiences) }

// Categories returns every category of community resource in display order.
func Categories() []Category { return slices.Clone(categories) }

// NameID is the message ID of the approach's short label.
func (a Approach) NameID() string { return "Directory.Approach." + string(a) }

// AboutID is the message ID of one sentence on what the approach means.
func (a Approach) AboutID() string { return a.NameID() + ".About" }

// NameID is the message ID of the format's label.
func (f Format) NameID() string { return "Directory.Format." + string(f) }

// NameID is the message ID of the audience's label.
func (a Audience) NameID() string { return "Directory.Audience." + string(a) }

// NameID is the message ID of the category's heading.
func (c Category) NameID() string { return "Directory.Category." + string(c) }

// DirectoryIndependentID is the message ID of the line saying Alongside is independent of
// every group and organisation listed. Show it with the directory.
const DirectoryIndependentID = "Directory.Independent"

// Link is an address shown to people and how sure the fact check is about it.
type Link struct {
	URL      string   `toml:"url"`
	Verified Verified `toml:"verified"` // never VerifiedUnverified: such an address is left out
}

// MeetingLink ties a fellowship to imported meetings: a meeting belongs to the fellowship when
// its list uses Program's code table and, if Type is set, the meeting has that type code.
type MeetingLink struct {
	Program string `toml:"program"` // "aa" or "al-anon", as in the meetings package
	Type    string `toml:"type"`    // a type code ("Y"); empty means every meeting of such a list
}

// Fellowship is one family fellowship or support group in the directory.
type Fellowship struct {
	ID        string     `toml:"id"` // stable, lowercase; the meetings package uses the same ids
	Approach  Approach   `toml:"approach"`
	Audiences []Audience `toml:"for"`
	Formats   []Format   `toml:"formats"`
	// Countries lists where the group meets when the facts say it is only there (ISO codes,
	// as CountryCodes); empty means meetings in many countries.
	Countries []string      `toml:"countries"`
	Site      Link          `toml:"site"`   // the organisation's own website
	Finder    Link          `toml:"finder"` // its "find a meeting" page; URL empty when none is verified
	Sources   []string      `toml:"sources"`
	Meetings  []MeetingLink `toml:"meetings"`
	Evidence  []string      `toml:"evidence"` // what the fact check read elsewhere: never shown
	Checked   time.Time     `toml:"checked"`
}

// NameID is the message ID of the fellowship's name (its own name in each language).
func (f Fellowship) NameID() string { return "Directory." + f.ID + ".Name" }

// AboutID is the message ID of two to four sentences on what the fellowship is.
func (f Fellowship) AboutID() string { return "Directory." + f.ID + ".About" }

// ForID is the message ID of who the fellowship is for.
func (f Fellowship) ForID() string { return "Directory." + f.ID + ".For" }

// Matches reports whether a meeting from a list with this program and these type codes
// belongs to the fellowship. Codes compare without regard to case.
func (f Fellowship) Matches(program string, types []string) bool {
	for _, m := range f.Meetings {
		if m.Program != program {
			continue
		}
		if m.Type == "" || slices.ContainsFunc(types, func(t string) bool { return strings.EqualFold(t, m.Type) }) {
			return true
		}
	}
	return false
}

// Resource is one official finder for a kind of help in one country.
type Resource struct {
	ID         string     `toml:"id"` // starts with the lower-case country code: "us-findtreatment"
	Country    string     `toml:"country"`
	Categories []Category `toml:"categories"`
	URL        string     `toml:"url"`
	Verified   Verified   `toml:"verified"`
	Source     string     `toml:"source"` // the official page the facts come from
	Evidence   []string   `toml:"evidence"`
	Checked    time.Time  `toml:"checked"`
}

// NameID is the message ID of the resource's name, the text of its link.
func (r Resource) NameID() string { return "Resource." + r.ID + ".Name" }

// AboutID is the message ID of what the resource offers.
func (r Resource) AboutID() string { return "Resource." + r.ID + ".About" }

// Has reports whether the resource is a finder of category c.
func (r Resource) Has(c Category) bool { return slices.Contains(r.Categories, c) }

// DirectorySource is an official page shown as the source of a directory entry.
type DirectorySource struct {
	ID  string `toml:"id"`
	URL string `toml:"url"`
	// Seen is true when the fact check read a stored copy of this very address; false marks
	// an address to open live before a release.
	Seen bool `toml:"seen"`
}

// NameID is the message ID of the page's name, the text of its link.
func (s DirectorySource) NameID() string { return "Directory.Source." + s.ID }

// Directory is the fellowship directory and the community resources beside it.
type Directory struct {
	Fellowships []Fellowship // display order
	Resources   []Resource   // grouped by country in the order of CountryCodes
	Sources     []DirectorySource
	hosts       []OfficialHost
	texts       texts
}

// LoadDirectory reads the embedded directory, its words in every language and the official
// hosts, and checks them together. Every validation error wraps ErrInvalid.
func LoadDirectory() (*Directory, error) {
	var fell struct {
		Fellowship []Fellowship `toml:"fellowship"`
	}
	var res struct {
		Resource []Resource `toml:"resource"`
	}
	var src struct {
		Source []DirectorySource `toml:"source"`
	}
	err := decodeFiles(directoryFiles, tomlFile{"directory/fellowships.toml", &fell},
		tomlFile{"directory/resources.toml", &res}, tomlFile{"directory/sources.toml", &src})
	if err != nil {
		return nil, err
	}
	hosts, err := officialHosts()
	if err != nil {
		return nil, err
	}
	t, err := readDirectoryTexts()
	if err != nil {
		return nil, err
	}
	d := &Directory{Fellowships: fell.Fellowship, Resources: res.Resource, Sources: src.Source,
		hosts: hosts, texts: t}
	if err := validateDirectory(d); err != nil {
		return nil, fmt.Errorf("content: directory: %w", err)
	}
	return d, nil
}

// directoryMessageFiles returns the directory's message files for one language.
func directoryMessageFiles(lang string) ([]string, error) {
	return fs.Glob(directoryFiles, "directory/*."+lang+".toml")
}

// readDirectoryTexts parses every directory message file, in every language.
func readDirectoryTexts() (texts, error) { return readTextsFS(directoryFiles, directoryMessageFiles) }

// AddDirectoryMessages parses every embedded directory/*.<lang>.toml into the bundle, as
// AddMessages does for help. It registers the TOML format, so the bundle may be new.
func AddDirectoryMessages(b *i18n.Bundle) error {
	return addMessagesFS(b, directoryFiles, directoryMessageFiles)
}

// Fellowship returns the fellowship with this id.
func (d *Directory) Fellowship(id string) (Fellowship, bool) {
	i := slices.IndexFunc(d.Fellowships, func(f Fellowship) bool { return f.ID == id })
	if i < 0 {
		return Fellowship{}, false
	}
	return d.Fellowships[i], true
}

// FellowshipsFor returns the ids of the fellowships a meeting belongs to, given its list's
// program and its type codes, in directory order.
func (d *Directory) FellowshipsFor(program string, types []string) []string {
	var ids []string
	for _, f := range d.Fellowships {
		if f.Matches(program, types) {
			ids = append(ids, f.ID)
		}
	}
	return ids
}

// CountryResources returns a country's resources (code as in CountryCodes, any case), in order.
func (d *Directory) CountryResources(code string) []Resource {
	var out []Resource
	for _, r := range d.Resources {
		if strings.EqualFold(r.Country, code) {
			out = append(out, r)
		}
	}
	return out
}

// ResourcesIn returns a country's resources of one category; none means none is listed.
func (d *Directory) ResourcesIn(code string, c Category) []Resource {
	var out []Resource
	for _, r := range d.CountryResources(code) {
		if r.Has(c) {
			out = append(out, r)
		}
	}
	return out
}

// Source returns the official page with this id.
func (d *Directory) Source(id string) (DirectorySource, bool) {
	i := slices.IndexFunc(d.Sources, func(s DirectorySource) bool { return s.ID == id })
	if i < 0 {
		return DirectorySource{}, false
	}
	return d.Sources[i], true
}

// MessageIDs returns every message ID the directory uses, each once, in display order.
func (d *Directory) MessageIDs() []string {
	ids := []string{DirectoryIndependentID}
	for _, a := range approaches {
		ids = append(ids, a.NameID(), a.AboutID())
	}
	for _, f := range formats {
		ids = append(ids, f.NameID())
	}
	for _, a := range audiences {
		ids = append(ids, a.NameID())
	}
	for _, c := range categories {
		ids = append(ids, c.NameID())
	}
	for _, f := range d.Fellowships {
		ids = append(ids, f.NameID(), f.AboutID(), f.ForID())
	}
	for _, r := range d.Resources {
		ids = append(ids, r.NameID(), r.AboutID())
	}
	for _, s := range d.Sources {
		ids = append(ids, s.NameID())
	}
	return ids
}
