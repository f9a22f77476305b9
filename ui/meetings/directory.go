package meetings

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/alongside-app/alongside/content"
	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/translations"
	"github.com/alongside-app/alongside/ui/help"
	"github.com/alongside-app/alongside/ui/page"
)

var (
	msgDirIntro = &i18n.Message{ID: "DirectoryPage.Intro", Description: "Opening text of the page about the family fellowships",
		Other: "These groups are for the families and friends of someone who drinks, uses drugs or gambles. Most are free and run by members. You can go to several before you choose, and you can listen without speaking."}
	msgDirSite     = &i18n.Message{ID: "DirectoryPage.Site", Description: "Link to a group's own website", Other: "Its website"}
	msgDirFinder   = &i18n.Message{ID: "DirectoryPage.Finder", Description: "Link to a group's own meeting finder", Other: "Find a meeting on its website"}
	msgDirMeetings = &i18n.Message{ID: "DirectoryPage.Meetings", Description: "Button: show this group's meetings from the imported lists; Number is how many (already formatted)", One: "Show its meeting in your lists", Other: "Show its {{.Number}} meetings in your lists"}
	msgDirSource   = &i18n.Message{ID: "DirectoryPage.Source", Description: "Label before the official pages a group's description comes from", Other: "From:"}
	msgDirWhere    = &i18n.Message{ID: "DirectoryPage.Countries", Description: "Where the group meets, when only in some countries; Countries is a list of country names", Other: "Meets in: {{.Countries}}"}
	msgResIntro    = &i18n.Message{ID: "ResourcesPage.Intro", Description: "Opening text of the page of official finders",
		Other: "Official places to find treatment, mental health care, legal aid and other help, for the country you choose. They are run by governments or public bodies; Alongside is not part of them."}
	msgResCountry     = &i18n.Message{ID: "ResourcesPage.Country", Description: "Field: the country whose finders are shown", Other: "Country"}
	msgResNone        = &i18n.Message{ID: "ResourcesPage.None", Description: "No official finder is listed for the country", Other: "No official finder is listed for this country yet. Your doctor, a local council or social services office, or Get help now (F1) can point you to help nearby."}
	msgDirUnavailable = &i18n.Message{ID: "DirectoryPage.Unavailable", Description: "Shown when the built-in list of groups and official finders cannot be read", Other: "The list of groups and official finders could not be read. Get help now (F1) still lists helplines."}
	msgResMissing     = &i18n.Message{ID: "ResourcesPage.Missing", Description: "Kinds of help with no finder listed for the country; Kinds is a list", Other: "Not listed yet for this country: {{.Kinds}}."}
)

// FellowshipName is a fellowship's name by its directory id, the meetings
// package's own names (AA, NA, not stated), or the words the person wrote
// for a meeting of their own.
func (sc *Screens) FellowshipName(id string) string {
	if m, ok := meetings.FellowshipMessage(id); ok {
		return sc.L.T(m)
	}
	if d := sc.directory(); d != nil {
		if f, ok := d.Fellowship(id); ok {
			return sc.L.ID(f.NameID())
		}
	}
	return id
}

// directory is the family fellowships and official finders, or nil when
// they are not available.
func (sc *Screens) directory() *content.Directory {
	if sc.Directory == nil {
		return nil
	}
	return sc.Directory()
}

// languageName is a language's name in the person's language, or its code.
func languageName(l *translations.Localizer, code string) string {
	tag, err := language.Parse(code)
	if err != nil {
		return code
	}
	name := display.Tags(language.Make(l.Lang())).Name(tag)
	if name == "" {
		return code
	}
	return page.UpperFirst(name)
}

// DirectoryPage describes the family fellowships, with their own sites.
func (sc *Screens) DirectoryPage() page.Page {
	l := sc.L
	box := container.NewVBox(page.Wrapped(l.T(msgDirIntro)))
	p := page.Page{Title: l.T(msgMLDirectory), Obj: page.Scroll(box)}
	p.OnShow = func() {
		box.Objects = box.Objects[:1]
		d := sc.directory()
		if d == nil {
			box.Add(page.WarningText(l.T(msgDirUnavailable)))
			box.Refresh()
			return
		}
		counts := sc.fellowshipCounts()
		for _, f := range d.Fellowships {
			box.Add(sc.fellowshipCard(f, counts[f.ID]))
		}
		box.Add(page.SmallPrint(l.ID(content.DirectoryIndependentID)))
		box.Refresh()
	}
	return p
}

// fellowshipCounts is how many stored meetings each fellowship has.
func (sc *Screens) fellowshipCounts() map[string]int {
	out := map[string]int{}
	if sc.Cache.index == nil {
		return out
	}
	for _, h := range sc.Cache.index.Search(meetings.Query{}) {
		for _, id := range meetings.Fellowships(h.Meeting) {
			out[id]++
		}
	}
	return out
}

func (sc *Screens) fellowshipCard(f content.Fellowship, count int) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	var facts []string
	facts = append(facts, l.ID(f.Approach.NameID()))
	for _, a := range f.Formats {
		facts = append(facts, l.ID(a.NameID()))
	}
	box := container.NewVBox(page.SmallPrint(strings.Join(facts, " · ")), page.Wrapped(l.ID(f.AboutID())), page.Wrapped(l.ID(f.ForID())))
	if len(f.Countries) > 0 {
		box.Add(page.SmallPrint(l.T(msgDirWhere, map[string]any{"Countries": sc.countryNames(f.Countries)})))
	}
	for _, link := range []struct {
		m *i18n.Message
		u string
	}{{msgDirFinder, f.Finder.URL}, {msgDirSite, f.Site.URL}} {
		if u, err := url.Parse(link.u); err == nil && link.u != "" {
			box.Add(page.SourceLink(k, l.T(link.m), u))
		}
	}
	if count > 0 {
		id := f.ID
		b := k.Button(l.N(msgDirMeetings, count, map[string]any{"Number": meetings.FormatCount(l.Lang(), count)}), fynetheme.SearchIcon(), func() { sc.showFellowship(id) })
		box.Add(page.NewFlow(b))
	}
	box.Add(sc.directorySources(f))
	return page.NewCard(l.ID(f.NameID()), box)
}

// directorySources names the official pages a description comes from, and
// when and how surely it was checked.
func (sc *Screens) directorySources(f content.Fellowship) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	box := container.NewVBox()
	for _, id := range f.Sources {
		src, ok := sc.directory().Source(id)
		if !ok {
			continue
		}
		if u, err := url.Parse(src.URL); err == nil {
			box.Add(page.SourceLink(k, l.T(msgDirSource)+" "+l.ID(src.NameID()), u))
		}
	}
	sure := help.VerifiedText[content.VerifiedYes]
	if f.Site.Verified == content.VerifiedLikely || f.Finder.URL != "" && f.Finder.Verified == content.VerifiedLikely {
		sure = help.VerifiedText[content.VerifiedLikely]
	}
	checked := l.T(help.MsgChecked, map[string]any{"Date": l.Date(f.Checked)})
	box.Add(page.SmallPrint(checked + " · " + l.T(sure)))
	return box
}

// showFellowship goes to the meetings of one fellowship.
func (sc *Screens) showFellowship(id string) {
	sc.Cache.wantFellowship = id
	sc.Go(page.SectionMeetings)
}

func (sc *Screens) countryNames(codes []string) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = sc.L.ID("Help.Country." + c)
	}
	return strings.Join(names, ", ")
}

// ResourcesPage lists the official finders of other help for a country.
func (sc *Screens) ResourcesPage() page.Page {
	l := sc.L
	list := container.NewVBox()
	browse := help.Browse(sc.HelpCountry.Country()) // looking at another country's help never changes the person's own
	fill := func() { sc.fillResources(list, browse.Country()) }
	picker := help.CountryPicker(sc.Kit, sc.Help, browse, fill)
	obj := page.Scroll(page.Wrapped(l.T(msgResIntro)), page.Form(page.Field{Label: l.T(msgResCountry), Input: picker}), list)
	return page.Page{Title: l.T(msgMLResources), Obj: obj, OnShow: fill}
}

func (sc *Screens) fillResources(list *fyne.Container, country string) {
	l := sc.L
	list.RemoveAll()
	d := sc.directory()
	if d == nil {
		list.Add(page.WarningText(l.T(msgDirUnavailable)))
		return
	}
	rs := d.CountryResources(country)
	if len(rs) == 0 {
		list.Add(page.Wrapped(l.T(msgResNone)))
		return
	}
	var missing []string
	for _, c := range content.Categories() {
		in := d.ResourcesIn(country, c)
		if len(in) == 0 {
			missing = append(missing, l.ID(c.NameID()))
			continue
		}
		box := container.NewVBox()
		for _, r := range in {
			box.Add(sc.resourceRow(r))
		}
		list.Add(page.NewCard(l.ID(c.NameID()), box))
	}
	if len(missing) > 0 {
		list.Add(page.SmallPrint(l.T(msgResMissing, map[string]any{"Kinds": strings.Join(missing, ", ")})))
	}
}

func (sc *Screens) resourceRow(r content.Resource) fyne.CanvasObject {
	l, k := sc.L, sc.Kit
	box := container.NewVBox()
	if u, err := url.Parse(r.URL); err == nil {
		link := k.Link(l.ID(r.NameID()), u)
		link.Wrapping = fyne.TextWrapWord
		box.Add(link)
	}
	box.Add(page.Wrapped(l.ID(r.AboutID())))
	checked := l.T(help.MsgChecked, map[string]any{"Date": l.Date(r.Checked)})
	sure := help.VerifiedText[r.Verified]
	if sure == nil {
		sure = help.MsgVerifiedNot
	}
	meta := page.SmallPrint(checked + " · " + l.T(sure))
	if src, ok := sc.directory().Source(r.Source); ok {
		if u, err := url.Parse(src.URL); err == nil {
			return container.NewVBox(box, page.SourceLink(k, l.T(msgDirSource)+" "+l.ID(src.NameID()), u), meta)
		}
	}
	return container.NewVBox(box, meta)
}
