package meetings

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// Fetch downloads a meeting list from an https address, only when the
// person asks. It gives up after lim.Timeout, follows at most
// lim.MaxRedirects redirects (each to https only), and refuses a list
// larger than lim.MaxBytes before reading it in full: from its declared
// length when the server gives one, else once that many bytes have come.
// progress, when not nil, is called as bytes arrive with the bytes read
// and the declared total (-1 when unknown). Cancelling ctx stops it with
// ErrCancelled.
func Fetch(ctx context.Context, address string, lim Limits, progress func(read, total int64)) ([]byte, error) {
	return fetchWith(ctx, http.DefaultTransport, address, lim, progress)
}

// fetchWith is Fetch over a given transport (tests trust their own server).
func fetchWith(ctx context.Context, rt http.RoundTripper, address string, lim Limits, progress func(read, total int64)) ([]byte, error) {
	lim = lim.withDefaults()
	if err := checkHTTPS(address); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	client := &http.Client{Transport: rt, CheckRedirect: redirectPolicy(lim.MaxRedirects)}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotHTTPS, err)
	}
	req.Header.Set("Accept", "application/json, text/csv;q=0.9, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &HTTPError{Status: resp.StatusCode}
	}
	if resp.ContentLength > lim.MaxBytes {
		return nil, fmt.Errorf("%w (the server says %d bytes)", ErrTooLarge, resp.ContentLength)
	}
	return readBody(ctx, resp, lim.MaxBytes, progress)
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultLimit
	}
	if l.Timeout <= 0 {
		l.Timeout = DefaultTimeout
	}
	switch {
	case l.MaxRedirects == 0:
		l.MaxRedirects = DefaultRedirects
	case l.MaxRedirects < 0:
		l.MaxRedirects = 0
	}
	return l
}

func checkHTTPS(address string) error {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return fmt.Errorf("%w: %q", ErrNotHTTPS, address)
	}
	return nil
}

// errRedirects marks a refused redirect inside the client's error.
var errRedirects = errors.New("redirect refused")

func redirectPolicy(max int) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if req.URL.Scheme != "https" {
			return fmt.Errorf("%w: %w", errRedirects, ErrNotHTTPS)
		}
		if len(via) > max {
			return fmt.Errorf("%w: %w", errRedirects, ErrTooManyRedirects)
		}
		return nil
	}
}

// fetchError sorts a failed request into the package's errors.
func fetchError(ctx context.Context, err error) error {
	var cert *x509.UnknownAuthorityError
	var host x509.HostnameError
	var ne net.Error
	switch {
	case errors.Is(err, ErrNotHTTPS):
		return fmt.Errorf("%w (a redirect to a plain http address): %w", ErrNotHTTPS, err)
	case errors.Is(err, ErrTooManyRedirects):
		return fmt.Errorf("%w: %w", ErrTooManyRedirects, err)
	case errors.Is(ctx.Err(), context.Canceled):
		return fmt.Errorf("%w: %w", ErrCancelled, err)
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	case errors.As(err, &cert), errors.As(err, &host):
		return fmt.Errorf("%w (its certificate is not trusted): %w", ErrUnreachable, err)
	}
	return fmt.Errorf("%w: %w", ErrUnreachable, err)
}

// readBody reads at most limit bytes, reporting progress.
func readBody(ctx context.Context, resp *http.Response, limit int64, progress func(read, total int64)) ([]byte, error) {
	total := resp.ContentLength
	if total < 0 {
		total = -1
	}
	pr := &progressReader{r: io.LimitReader(resp.Body, limit+1), total: total, report: progress}
	b, err := io.ReadAll(pr)
	if err != nil {
		return nil, fetchError(ctx, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w (more than %d bytes came)", ErrTooLarge, limit)
	}
	return b, nil
}

type progressReader struct {
	r      io.Reader
	read   int64
	total  int64
	report func(read, total int64)
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read += int64(n)
	if p.report != nil && n > 0 {
		p.report(p.read, p.total)
	}
	return n, err
}
