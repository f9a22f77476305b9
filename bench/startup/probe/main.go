//go:build linux

// Command probe launches one app under the current X display and reports
// how long it took until its window was mapped and painted, and its
// resident memory a few seconds later:
//
//	probe -name Alongside [-settle 3s] -- APP [ARGS...]
//	=> "first_window_ms=231 mapped_ms=204 rss_kb=156000"
//
// It polls the X server directly every 2 ms, reading only a small strip
// at the top of the window, so the measurement itself costs little CPU.
// A window counts as painted when that strip shows two colours that are not
// black, a background and text: the X server must run with a black root
// (Xvfb -br), and both apps draw text on a non-black theme background in
// that strip. A window cleared to its background, before its content is
// drawn, does not count.
package main

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <string.h>
#include <stdlib.h>

static int ignoreErrors(Display *d, XErrorEvent *e) { return 0; }

static void quiet(void) { XSetErrorHandler(ignoreErrors); }

// findViewable returns the first viewable window under w named name, or 0.
static Window findViewable(Display *d, Window w, const char *name) {
	char *wn = NULL;
	if (XFetchName(d, w, &wn) && wn) {
		int eq = strcmp(wn, name) == 0;
		XFree(wn);
		XWindowAttributes a;
		if (eq && XGetWindowAttributes(d, w, &a) && a.map_state == IsViewable) return w;
	}
	Window root, parent, *kids = NULL;
	unsigned int n = 0;
	if (!XQueryTree(d, w, &root, &parent, &kids, &n)) return 0;
	Window found = 0;
	for (unsigned int i = 0; i < n && !found; i++) found = findViewable(d, kids[i], name);
	if (kids) XFree(kids);
	return found;
}

// painted reports whether the top strip of w shows content: at least two
// colours that are not black (a background and text drawn on it). A window
// cleared to its background colour, before its content is drawn, is not
// painted yet.
static int painted(Display *d, Window w) {
	XWindowAttributes a;
	if (!XGetWindowAttributes(d, w, &a) || a.width < 1 || a.height < 1) return 0;
	int width = a.width < 400 ? a.width : 400, height = a.height < 60 ? a.height : 60;
	XImage *img = XGetImage(d, w, 0, 0, width, height, AllPlanes, ZPixmap);
	if (!img) return 0;
	unsigned long first = 0;
	int seen = 0;
	for (int y = 0; y < height && !seen; y++)
		for (int x = 0; x < width; x++) {
			unsigned long p = XGetPixel(img, x, y) & 0xffffff;
			if (p == 0) continue;
			if (first == 0) first = p;
			else if (p != first) { seen = 1; break; }
		}
	XDestroyImage(img);
	return seen;
}
*/
import "C"

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

func main() {
	name := flag.String("name", "", "exact window title to wait for")
	settle := flag.Duration("settle", 3*time.Second, "wait after the first frame before reading memory")
	timeout := flag.Duration("timeout", 30*time.Second, "give up when no frame was seen by then")
	flag.Parse()
	if *name == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: probe -name TITLE [-settle 3s] -- APP [ARGS...]")
		os.Exit(2)
	}
	d := C.XOpenDisplay(nil)
	if d == nil {
		fail("cannot open the X display %q", os.Getenv("DISPLAY"))
	}
	C.quiet()
	cname := C.CString(*name)
	defer C.free(unsafe.Pointer(cname))

	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	var logs strings.Builder
	cmd.Stdout, cmd.Stderr = &logs, &logs
	start := time.Now()
	if err := cmd.Start(); err != nil {
		fail("start: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	mapped, first := watch(d, cname, start, *timeout, exited, &logs)
	time.Sleep(*settle)
	rss := residentKB(cmd.Process.Pid)
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		<-exited
	}
	fmt.Printf("first_window_ms=%d mapped_ms=%d rss_kb=%d\n", first.Milliseconds(), mapped.Milliseconds(), rss)
}

// watch polls until the window is viewable and painted.
func watch(d *C.Display, name *C.char, start time.Time, timeout time.Duration, exited chan error, logs *strings.Builder) (mapped, first time.Duration) {
	root := C.XDefaultRootWindow(d)
	var win C.Window
	for {
		select {
		case err := <-exited:
			fail("the app exited before drawing a window (%v):\n%s", err, logs.String())
		default:
		}
		now := time.Since(start)
		if now > timeout {
			fail("no painted window named %q within %v", C.GoString(name), timeout)
		}
		if win == 0 {
			if win = C.findViewable(d, root, name); win != 0 {
				mapped = now
			}
		}
		if win != 0 && C.painted(d, win) != 0 {
			return mapped, time.Since(start)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func residentKB(pid int) int {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kb int
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb)
			return kb
		}
	}
	return 0
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "probe: "+format+"\n", args...)
	os.Exit(1)
}
