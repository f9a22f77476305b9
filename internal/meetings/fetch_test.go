package meetings

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const smallList = `[{"name":"A","slug":"a","day":1,"time":"10:00"}]`

func TestFetch(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, smallList) })
	// /slow answers only when the test ends, whatever happens to the
	// request's context meanwhile: a slow server never answers early.
	// (Answering when that context ended once let an empty 200 through.)
	stop := make(chan struct{})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-stop })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5000")
		fmt.Fprint(w, strings.Repeat(" ", 5000))
	})
	mux.HandleFunc("/big-unsized", func(w http.ResponseWriter, r *http.Request) {
		for range 10 {
			fmt.Fprint(w, strings.Repeat(" ", 1000))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/once", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusFound) })
	srv := httptest.NewTLSServer(mux)
	defer srv.Close()
	defer close(stop) // before Close, which waits for handlers
	mux.HandleFunc("/to-http", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://"+strings.TrimPrefix(srv.URL, "https://")+"/ok", http.StatusFound)
	})
	rt := srv.Client().Transport
	lim := Limits{MaxBytes: 2000, Timeout: 300 * time.Millisecond}
	cases := []struct {
		path string
		want error
	}{
		{"/slow", ErrTimeout}, {"/missing", ErrHTTP}, {"/big", ErrTooLarge}, {"/big-unsized", ErrTooLarge},
		{"/loop", ErrTooManyRedirects}, {"/to-http", ErrNotHTTPS},
	}
	for _, c := range cases {
		_, err := fetchWith(context.Background(), rt, srv.URL+c.path, lim, nil)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.path, err, c.want)
		}
		if m, _ := ErrorMessage(err, lim.MaxBytes); m == nil {
			t.Errorf("%s: no message for %v", c.path, err)
		}
	}
	var he *HTTPError
	if _, err := fetchWith(context.Background(), rt, srv.URL+"/missing", lim, nil); !errors.As(err, &he) || he.Status != 404 {
		t.Errorf("404: %v", err)
	}
	var reads []int64
	for _, p := range []string{"/ok", "/once"} {
		b, err := fetchWith(context.Background(), rt, srv.URL+p, lim, func(read, total int64) { reads = append(reads, read) })
		if err != nil || string(b) != smallList {
			t.Errorf("%s: %q %v", p, b, err)
		}
	}
	if len(reads) == 0 || reads[len(reads)-1] != int64(len(smallList)) {
		t.Errorf("progress %v", reads)
	}
}

func TestFetchRefusesPlainHTTPAndCancels(t *testing.T) {
	for _, u := range []string{"http://example.org/list.json", "ftp://example.org/x", "file:///etc/passwd", "example.org", ""} {
		if _, err := Fetch(context.Background(), u, Limits{}, nil); !errors.Is(err, ErrNotHTTPS) {
			t.Errorf("%q: %v", u, err)
		}
	}
	stop := make(chan struct{}) // the server never answers before the test ends
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-stop }))
	defer srv.Close()
	defer close(stop)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	if _, err := fetchWith(ctx, srv.Client().Transport, srv.URL, Limits{}, nil); !errors.Is(err, ErrCancelled) {
		t.Errorf("cancelled: %v", err)
	}
	// Without the test's certificate the server is not trusted.
	if _, err := Fetch(context.Background(), srv.URL, Limits{Timeout: time.Second}, nil); !errors.Is(err, ErrUnreachable) {
		t.Errorf("untrusted: %v", err)
	}
}

// TestFetchRefusesADeclaredLengthUnread: a Content-Length over the limit
// is refused from the header alone. The server sends one byte of the body
// and then waits until the test ends, so reading the body at all would
// show as progress or run into the time limit.
func TestFetchRefusesADeclaredLengthUnread(t *testing.T) {
	const limit = 100
	stop := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/over", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(limit+1))
		fmt.Fprint(w, "[")
		w.(http.Flusher).Flush()
		<-stop
	})
	exact := strings.Repeat(" ", limit)
	mux.HandleFunc("/exact", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(limit))
		fmt.Fprint(w, exact)
	})
	mux.HandleFunc("/exact-unsized", func(w http.ResponseWriter, r *http.Request) {
		for range 4 { // chunks, so no length is declared
			fmt.Fprint(w, exact[:limit/4])
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewTLSServer(mux)
	defer srv.Close()
	defer close(stop) // before Close, which waits for handlers
	rt := srv.Client().Transport
	lim := Limits{MaxBytes: limit, Timeout: 5 * time.Second} // reached only when the body is read
	read := false
	_, err := fetchWith(context.Background(), rt, srv.URL+"/over", lim, func(int64, int64) { read = true })
	if !errors.Is(err, ErrTooLarge) || read {
		t.Errorf("declared %d bytes over a %d limit: %v, body read %v", limit+1, limit, err, read)
	}
	// Exactly the limit is allowed, declared or not.
	for _, p := range []string{"/exact", "/exact-unsized"} {
		if b, err := fetchWith(context.Background(), rt, srv.URL+p, lim, nil); err != nil || len(b) != limit {
			t.Errorf("%s: %d bytes, %v; want %d", p, len(b), err, limit)
		}
	}
}

// TestFetchRedirectLimit: /hop/N redirects N times before the list; the
// limit's own number of redirects is followed, one more is refused
// without being requested.
func TestFetchRedirectLimit(t *testing.T) {
	var reachedEnd atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n <= 0 {
			reachedEnd.Add(1)
			fmt.Fprint(w, smallList)
			return
		}
		http.Redirect(w, r, "/hop/"+strconv.Itoa(n-1), http.StatusFound)
	})
	srv := httptest.NewTLSServer(mux)
	defer srv.Close()
	rt := srv.Client().Transport
	cases := []struct {
		max, hops int
		want      error
	}{
		{2, 2, nil}, {2, 3, ErrTooManyRedirects},
		{0, DefaultRedirects, nil}, {0, DefaultRedirects + 1, ErrTooManyRedirects}, // 0: the default
		{-1, 0, nil}, {-1, 1, ErrTooManyRedirects}, // negative: none followed
	}
	for _, c := range cases {
		reachedEnd.Store(0)
		lim := Limits{MaxRedirects: c.max, Timeout: 5 * time.Second}
		b, err := fetchWith(context.Background(), rt, srv.URL+"/hop/"+strconv.Itoa(c.hops), lim, nil)
		switch {
		case c.want == nil && (err != nil || string(b) != smallList):
			t.Errorf("limit %d, %d redirects: %q %v", c.max, c.hops, b, err)
		case c.want != nil && (!errors.Is(err, c.want) || reachedEnd.Load() != 0):
			t.Errorf("limit %d, %d redirects: %v (list requested %d times), want %v", c.max, c.hops, err, reachedEnd.Load(), c.want)
		}
	}
}
