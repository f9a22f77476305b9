package meetings

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
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
