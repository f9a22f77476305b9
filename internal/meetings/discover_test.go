package meetings

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestFetchListFindsTheSitesList: a website's address is enough. Each
// site here is a test server; nothing goes to the network.
func TestFetchListFindsTheSitesList(t *testing.T) {
	var requests atomic.Int32
	mux := http.NewServeMux()
	handle := func(path, contentType, body string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			requests.Add(1)
			w.Header().Set("Content-Type", contentType)
			fmt.Fprint(w, body)
		})
	}
	handle("/linked", "text/html", `<!doctype html><html><head><title>Area 1</title>
		<link rel="stylesheet" href="/style.css"><link rel='alternate' type='application/json' title='Meetings Feed' href='/feeds/meetings.json'></head><body>Meetings</body></html>`)
	handle("/feeds/meetings.json", "application/json", smallList)
	handle("/finder", "text/html", `<html><body><div id="tsml-ui"
		data-src="/wp-content/tsml-cache-1a2b.json?1700000000&amp;x=1" data-timezone="Europe/London"></div></body></html>`)
	mux.HandleFunc("/wp-content/tsml-cache-1a2b.json", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("x") != "1" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, smallList)
	})
	handle("/list.json", "application/json", smallList)
	handle("/main_server/client_interface/json/", "application/json", bmltList)
	srv := httptest.NewTLSServer(mux)
	defer srv.Close()

	// A site with only the plugin's feed, and one with nothing at all.
	plain := http.NewServeMux()
	plain.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<html><body>Welcome</body></html>") })
	plain.HandleFunc("/wp-admin/admin-ajax.php", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("action") != "meetings" {
			fmt.Fprint(w, "0")
			return
		}
		fmt.Fprint(w, smallList)
	})
	wp := httptest.NewTLSServer(plain)
	defer wp.Close()
	bare := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			fmt.Fprint(w, "0") // what WordPress answers a feed it does not share
			return
		}
		fmt.Fprint(w, "<html><body>Our meetings are on Tuesdays.</body></html>")
	}))
	defer bare.Close()

	lim := Limits{Timeout: 5 * time.Second}
	cases := []struct {
		srv     *httptest.Server
		path    string
		how     Discovery
		address string
	}{
		{srv, "/linked", FoundLink, "/feeds/meetings.json"},
		{srv, "/finder", FoundFinder, "/wp-content/tsml-cache-1a2b.json?1700000000&x=1"},
		{srv, "/list.json", FoundDirect, "/list.json"},
		{srv, "/main_server/", FoundBMLT, "/main_server/client_interface/json/?switcher=GetSearchResults"},
		{wp, "/", FoundTSMLFeed, "/wp-admin/admin-ajax.php?action=meetings"},
		{wp, "/about/", FoundTSMLFeed, "/wp-admin/admin-ajax.php?action=meetings"},
	}
	for _, c := range cases {
		f, err := fetchListWith(context.Background(), c.srv.Client().Transport, c.srv.URL+c.path, lim, nil)
		if err != nil || f.How != c.how || f.Address != c.srv.URL+c.address {
			t.Errorf("%s: %v how %d from %s", c.path, err, f.How, f.Address)
			continue
		}
		if _, err := ParseBytes(f.Data, Options{}); err != nil {
			t.Errorf("%s: the list found does not parse: %v", c.path, err)
		}
		m, data := FoundMessage(f)
		switch {
		case c.how == FoundDirect && (m != nil || f.Page != ""):
			t.Errorf("%s: a direct list says it was found (%v)", c.path, m)
		case c.how != FoundDirect && (m == nil || data["Page"] != c.srv.URL+c.path || data["Address"] != f.Address):
			t.Errorf("%s: message %v %v", c.path, m, data)
		}
	}
	requests.Store(0)
	_, err := fetchListWith(context.Background(), bare.Client().Transport, bare.URL+"/", lim, nil)
	if !errors.Is(err, ErrNoListFound) {
		t.Errorf("a site without a list: %v", err)
	}
	if m, _ := ErrorMessage(err, 0); m != msgNoListFound {
		t.Errorf("no words for %v", err)
	}
	// The size limit holds for a list found on a page.
	big := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			fmt.Fprint(w, `<html><link rel="alternate" title="Meetings Feed" href="/feed"></html>`)
			return
		}
		fmt.Fprint(w, "["+strings.Repeat(" ", 5000)+"]")
	}))
	defer big.Close()
	if _, err := fetchListWith(context.Background(), big.Client().Transport, big.URL+"/", Limits{MaxBytes: 1000, Timeout: 5 * time.Second}, nil); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a found list over the limit: %v", err)
	}
	// Only https: a page naming a plain http feed is not followed there.
	insecure := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			fmt.Fprint(w, `<html><link rel="alternate" title="Meetings Feed" href="http://example.org/feed.json"></html>`)
			return
		}
		fmt.Fprint(w, "0")
	}))
	defer insecure.Close()
	if _, err := fetchListWith(context.Background(), insecure.Client().Transport, insecure.URL+"/", lim, nil); !errors.Is(err, ErrNoListFound) {
		t.Errorf("an http feed: %v", err)
	}
	if _, err := FetchList(context.Background(), "http://example.org/", lim, nil); !errors.Is(err, ErrNotHTTPS) {
		t.Errorf("http: %v", err)
	}
}

// TestAWebPageIsNotAList: a saved web page is refused in words that say
// what to do.
func TestAWebPageIsNotAList(t *testing.T) {
	if _, err := ParseBytes([]byte("\n<!DOCTYPE html><html><body>Meetings, Tuesdays</body></html>"), Options{}); !errors.Is(err, ErrWebPage) {
		t.Errorf("%v", err)
	}
}

func TestWebAddress(t *testing.T) {
	for in, want := range map[string]string{
		"aa-brighton.org.uk":           "https://aa-brighton.org.uk",
		" www.example.org/meetings/ ":  "https://www.example.org/meetings/",
		"https://example.org/x":        "https://example.org/x",
		"http://example.org":           "http://example.org",
		"meetings.json":                "",
		"list.csv":                     "",
		"/home/me/Downloads/x.json":    "",
		"./x.org":                      "",
		"C:\\Users\\me\\meetings.json": "",
		"my meetings.org":              "",
		"localhost":                    "",
		"example.123":                  "",
		"":                             "",
	} {
		got, ok := WebAddress(in)
		if got != want || ok != (want != "") {
			t.Errorf("WebAddress(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
}

func TestFormatCount(t *testing.T) {
	for _, c := range []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1967, "1,967"}, {"en", 360, "360"}, {"en", 50000, "50,000"},
		{"es", 1967, "1967"}, {"es", 50000, "50.000"}, {"es-ES", 1967, "1967"}, {"es-MX", 1234567, "1,234,567"},
		{"de", 1967, "1.967"},
	} {
		if got := FormatCount(c.lang, c.n); got != c.want {
			t.Errorf("FormatCount(%s, %d) = %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}
