package meetings

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Most people know their area's website, not its feed. Given a page,
// FetchList looks for the list the way sites publish it: a feed the page
// names in its head (the Meeting Guide spec's <link rel="alternate"
// title="Meetings Feed">), the data address of a 12 Step Meeting List
// finder on the page (<div id="tsml-ui" data-src>, older <meetings src>),
// then the plugin's public feed, /wp-admin/admin-ajax.php?action=meetings.
// A BMLT server's address is asked for its GetSearchResults. Every fetch
// is https, within the same limits, and only when the person asks.

// Discovery says how FetchList found a list.
type Discovery int

// The ways a list is found.
const (
	FoundDirect   Discovery = iota // the address was the list
	FoundLink                      // the page names its feed in its head
	FoundFinder                    // the page shows a 12 Step Meeting List finder, whose data this is
	FoundTSMLFeed                  // the site's 12 Step Meeting List feed (admin-ajax.php?action=meetings)
	FoundBMLT                      // a BMLT server's address: its GetSearchResults
)

// Found is a list FetchList fetched: parse Data with ParseBytes.
type Found struct {
	Data    []byte
	Address string    // where the list itself came from
	Page    string    // the address given, when it was a page or server rather than the list; else ""
	How     Discovery // how the list was found
}

// tsmlFeedPath is where the 12 Step Meeting List plugin publishes its feed.
const tsmlFeedPath = "/wp-admin/admin-ajax.php?action=meetings"

// bmltSearch is what a BMLT root server answers its meetings at.
const bmltSearch = "client_interface/json/?switcher=GetSearchResults"

// maxCandidates bounds the addresses tried for one page.
const maxCandidates = 4

// FetchList downloads the meeting list at address, or, when address is a
// web page, finds the list its site publishes (see above) and downloads
// that. Errors are Fetch's; a page whose site publishes no list it can
// find is ErrNoListFound. The whole search keeps to lim.Timeout.
func FetchList(ctx context.Context, address string, lim Limits, progress func(read, total int64)) (Found, error) {
	return fetchListWith(ctx, http.DefaultTransport, address, lim, progress)
}

func fetchListWith(ctx context.Context, rt http.RoundTripper, address string, lim Limits, progress func(read, total int64)) (Found, error) {
	address = strings.TrimSpace(address)
	lim = lim.withDefaults()
	if err := checkHTTPS(address); err != nil {
		return Found{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	if root, ok := bmltRoot(address); ok {
		b, err := fetchWith(ctx, rt, root+bmltSearch, lim, progress)
		if err != nil {
			return Found{}, err
		}
		return Found{Data: b, Address: root + bmltSearch, Page: address, How: FoundBMLT}, nil
	}
	b, err := fetchWith(ctx, rt, address, lim, progress)
	if err != nil {
		return Found{}, err
	}
	if !isWebPage(b) {
		return Found{Data: b, Address: address, How: FoundDirect}, nil
	}
	for _, c := range candidates(address, b) {
		b, err := fetchWith(ctx, rt, c.address, lim, progress)
		switch {
		case errors.Is(err, ErrCancelled) || ctx.Err() != nil:
			return Found{}, fetchError(ctx, ctx.Err())
		case errors.Is(err, ErrTooLarge): // a list, over the limit
			return Found{}, err
		case err == nil && looksLikeList(b):
			return Found{Data: b, Address: c.address, Page: address, How: c.how}, nil
		}
	}
	return Found{}, fmt.Errorf("%w: %s", ErrNoListFound, address)
}

// bmltRoot is a BMLT root server's address ending in "/" when address is
// one ("https://bmlt.example.org/main_server/") rather than a query.
func bmltRoot(address string) (string, bool) {
	u, err := url.Parse(address)
	if err != nil || strings.Contains(u.Path, "client_interface") {
		return "", false
	}
	i := strings.Index(u.Path, "/main_server")
	if i < 0 {
		return "", false
	}
	u.Path, u.RawQuery, u.Fragment = u.Path[:i]+"/main_server/", "", ""
	return u.String(), true
}

// isWebPage reports HTML: what a site's page is and a list never is.
func isWebPage(b []byte) bool {
	t := bytes.TrimLeft(bytes.TrimPrefix(b, bomUTF8), " \t\r\n\f")
	return len(t) > 0 && t[0] == '<'
}

// looksLikeList reports a JSON meeting list (Meeting Guide or BMLT).
func looksLikeList(b []byte) bool {
	u, err := asUTF8(b)
	if err != nil {
		return false
	}
	f, err := sniff(u)
	return err == nil && (f == FormatJSON || f == FormatBMLT)
}

type candidate struct {
	address string
	how     Discovery
}

var (
	tagRE  = regexp.MustCompile(`(?is)<(link|div|meetings)\b[^>]*>`)
	attrRE = regexp.MustCompile(`(?s)([a-zA-Z][a-zA-Z0-9_:-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)`)
)

// candidates are the addresses to try for a page, best first: the feed
// its head names, its finder's data, then the plugin's feed on its site.
func candidates(page string, b []byte) []candidate {
	base, err := url.Parse(page)
	if err != nil {
		return nil
	}
	var out []candidate
	addAddr := func(ref string, how Discovery) {
		u, err := base.Parse(strings.TrimSpace(html.UnescapeString(ref)))
		if err != nil || u.Scheme != "https" || u.Host == "" || len(out) >= maxCandidates {
			return
		}
		s := u.String()
		for _, c := range out {
			if c.address == s {
				return
			}
		}
		out = append(out, candidate{s, how})
	}
	head := b[:min(len(b), 1<<20)] // a page's head and finder are near its start
	for _, tag := range tagRE.FindAllSubmatch(head, 200) {
		attrs := tagAttrs(tag[0])
		switch strings.ToLower(string(tag[1])) {
		case "link":
			if strings.Contains(strings.ToLower(attrs["rel"]), "alternate") && strings.EqualFold(strings.TrimSpace(attrs["title"]), "Meetings Feed") && attrs["href"] != "" {
				addAddr(attrs["href"], FoundLink)
			}
		case "div":
			if attrs["id"] == "tsml-ui" && attrs["data-src"] != "" {
				addAddr(attrs["data-src"], FoundFinder)
			}
		case "meetings":
			if attrs["src"] != "" {
				addAddr(attrs["src"], FoundFinder)
			}
		}
	}
	addAddr(tsmlFeedPath, FoundTSMLFeed)
	return out
}

// tagAttrs reads a tag's attributes, names in lower case.
func tagAttrs(tag []byte) map[string]string {
	out := map[string]string{}
	for _, m := range attrRE.FindAllSubmatch(tag, 40) {
		v := string(m[2])
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') {
			v = v[1 : len(v)-1]
		}
		out[strings.ToLower(string(m[1]))] = v
	}
	return out
}

// WebAddress reads what a person typed as a web address: an address with
// a scheme as it is (Fetch refuses all but https), or a site's name such
// as "aa-brighton.org.uk" or "www.example.org/meetings" with https://
// put in front. False for what looks like a file's name or path.
func WebAddress(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "://") {
		return s, true
	}
	if s == "" || strings.ContainsAny(s, " \t\\") || strings.ContainsAny(s[:1], "/.~") || strings.Contains(s, ":") {
		return "", false
	}
	host, _, _ := strings.Cut(s, "/")
	labels := strings.Split(strings.ToLower(host), ".")
	tld := labels[len(labels)-1]
	if len(labels) < 2 || len(tld) < 2 || fileExtensions[tld] {
		return "", false
	}
	for _, l := range labels {
		if l == "" || strings.Trim(l, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
			return "", false
		}
	}
	for _, c := range tld {
		if c < 'a' || c > 'z' {
			return "", false
		}
	}
	return "https://" + s, true
}

// fileExtensions are endings of files' names, never of sites'.
var fileExtensions = map[string]bool{"json": true, "csv": true, "tsv": true, "txt": true, "xls": true, "xlsx": true, "ics": true, "html": true, "htm": true}

var foundMessages = map[Discovery]*i18n.Message{
	FoundLink: {ID: "Meetings.Found.Link", Description: "Importing from a website's address: the page names its meeting list, which was downloaded; Page is the address given, Address where the list was",
		Other: "{{.Page}} is a web page. It names its meeting list, which Alongside found at {{.Address}}."},
	FoundFinder: {ID: "Meetings.Found.Finder", Description: "Importing from a website's address: the page shows a meeting finder, whose list was downloaded; Page is the address given, Address where the list was",
		Other: "{{.Page}} is a web page with a meeting finder. Alongside found the list it shows at {{.Address}}."},
	FoundTSMLFeed: {ID: "Meetings.Found.TSMLFeed", Description: "Importing from a website's address: the site publishes its list where sites built with the 12 Step Meeting List plugin do; Page is the address given, Address where the list was. Keep 12 Step Meeting List as it is",
		Other: "{{.Page}} is a web page. Its site publishes a meeting list where sites built with the 12 Step Meeting List plugin do, and Alongside found it at {{.Address}}."},
	FoundBMLT: {ID: "Meetings.Found.BMLT", Description: "Importing from the address of a BMLT server (the meeting list system of Narcotics Anonymous and others); Page is the address given, Address where the list was. Keep BMLT as it is",
		Other: "{{.Page}} is a BMLT server, the meeting list system of Narcotics Anonymous and some other fellowships. Alongside asked it for its meetings at {{.Address}}."},
}

// FoundMessage says what was found and from where, with its data; nil
// when the address was the list itself.
func FoundMessage(f Found) (*i18n.Message, map[string]any) {
	m, ok := foundMessages[f.How]
	if !ok || f.How == FoundDirect {
		return nil, nil
	}
	return m, map[string]any{"Page": f.Page, "Address": f.Address}
}
