// Command probe measures, in a real Alongside window under X, how long a
// long journal entry takes to open and how long Hide (Escape three times)
// takes to cover the window while that entry is opening. See ../README.md.
//
// It starts the app, unlocks it when -pass is given, opens the Journal
// (Ctrl+3), then for each run clicks the newest entry and either waits for
// the editor (open) or presses Escape three times at once (hide), and reads
// the window until it changed:
//   - open: the 400×60 strip at the window's top left (the header) differs
//     from what it showed before the click;
//   - hide: the window's title is the neutral one and that strip is one
//     plain colour (the hidden screen's background).
//
// Keys and clicks go through the XTEST extension, so the time starts when
// the last key reached the X server.
package main

/*
#cgo LDFLAGS: -lX11 -lXtst
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/keysym.h>
#include <X11/extensions/XTest.h>
#include <string.h>
#include <stdlib.h>

static int ignoreErrors(Display *d, XErrorEvent *e) { return 0; }
static void quiet(void) { XSetErrorHandler(ignoreErrors); }

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

// strip returns a hash of the window's top-left 400x60 pixels and whether
// they are all one colour.
static unsigned long strip(Display *d, Window w, int *plain) {
	*plain = 0;
	XWindowAttributes a;
	if (!XGetWindowAttributes(d, w, &a) || a.width < 1 || a.height < 1) return 0;
	int width = a.width < 400 ? a.width : 400, height = a.height < 60 ? a.height : 60;
	XImage *img = XGetImage(d, w, 0, 0, width, height, AllPlanes, ZPixmap);
	if (!img) return 0;
	unsigned long h = 1469598103934665603UL, first = XGetPixel(img, 0, 0) & 0xffffff;
	int same = 1;
	for (int y = 0; y < height; y++)
		for (int x = 0; x < width; x++) {
			unsigned long p = XGetPixel(img, x, y) & 0xffffff;
			if (p != first) same = 0;
			h = (h ^ p) * 1099511628211UL;
		}
	XDestroyImage(img);
	*plain = same;
	return h;
}

static int titled(Display *d, Window w, const char *name) {
	char *wn = NULL;
	int eq = 0;
	if (XFetchName(d, w, &wn) && wn) { eq = strcmp(wn, name) == 0; XFree(wn); }
	return eq;
}

static void key(Display *d, KeySym sym, int ctrl) {
	KeyCode c = XKeysymToKeycode(d, XK_Control_L);
	if (ctrl) XTestFakeKeyEvent(d, c, True, 0);
	XTestFakeKeyEvent(d, XKeysymToKeycode(d, sym), True, 0);
	XTestFakeKeyEvent(d, XKeysymToKeycode(d, sym), False, 0);
	if (ctrl) XTestFakeKeyEvent(d, c, False, 0);
	XSync(d, False);
}

static void typeText(Display *d, const char *s) {
	for (; *s; s++) {
		KeySym sym = *s == ' ' ? XK_space : XStringToKeysym((char[]){*s, 0});
		key(d, sym, 0);
	}
}

static void move(Display *d, int x, int y) {
	XTestFakeMotionEvent(d, -1, x, y, 0);
	XSync(d, False);
}

static void click(Display *d) {
	XTestFakeButtonEvent(d, 1, True, 0);
	XTestFakeButtonEvent(d, 1, False, 0);
	XSync(d, False);
}
*/
import "C"

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
	"unsafe"
)

var dpy *C.Display

var limit = 120 * time.Second

var (
	app  *exec.Cmd       // the app running, stopped by fail
	logs strings.Builder // what it printed, shown by fail
)

func main() {
	bin := flag.String("bin", "", "the alongside binary")
	data := flag.String("data", "", "its --data-dir (with the long entry newest)")
	pass := flag.String("pass", "", "passphrase to unlock with, if the data is locked")
	mode := flag.String("mode", "open", "open: time to show the entry; hide: time from the third Escape to the cover")
	runs := flag.Int("runs", 5, "how many times")
	flag.DurationVar(&limit, "limit", limit, "give up after this long")
	rowY := flag.Int("row", 240, "y of the newest entry's row in the journal list (x is 500)")
	flag.Parse()
	if *bin == "" || *data == "" {
		fmt.Fprintln(os.Stderr, "usage: probe -bin APP -data DIR [-pass P] [-mode open|hide] [-runs N]")
		os.Exit(2)
	}
	if dpy = C.XOpenDisplay(nil); dpy == nil {
		fail("cannot open the X display %q", os.Getenv("DISPLAY"))
	}
	C.quiet()
	var times []time.Duration
	for i := range *runs {
		d := once(*bin, *data, *pass, *mode, *rowY)
		fmt.Printf("run %d: %s_ms=%d\n", i+1, *mode, d.Milliseconds())
		times = append(times, d)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	fmt.Printf("median %s_ms=%d max %s_ms=%d\n", *mode, times[len(times)/2].Milliseconds(), *mode, times[len(times)-1].Milliseconds())
}

// once starts the app, opens the journal and measures one open or hide.
func once(bin, data, pass, mode string, rowY int) time.Duration {
	cmd := exec.Command(bin, "--data-dir", data)
	logs.Reset()
	cmd.Stdout, cmd.Stderr = &logs, &logs
	cmd.Env = append(os.Environ(), "LANG=en_GB.UTF-8")
	if err := cmd.Start(); err != nil {
		fail("start: %v", err)
	}
	app = cmd
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	win := waitWindow(30*time.Second, "Alongside", "Untitled") // the lock screen may have the neutral title
	time.Sleep(1500 * time.Millisecond)
	if pass != "" {
		cs := C.CString(pass)
		C.typeText(dpy, cs)
		C.free(unsafe.Pointer(cs))
		C.key(dpy, C.XK_Return, 0)
		time.Sleep(1500 * time.Millisecond)
	}
	C.key(dpy, C.XK_3, 1) // Ctrl+3: Journal
	time.Sleep(1500 * time.Millisecond)
	C.move(dpy, 500, C.int(rowY))
	time.Sleep(300 * time.Millisecond)
	var plain C.int
	before := C.strip(dpy, win, &plain)
	if mode != "idle" {
		C.click(dpy)
	}
	if mode == "hide" || mode == "idle" {
		for range 3 {
			C.key(dpy, C.XK_Escape, 0)
			time.Sleep(60 * time.Millisecond) // a quick person; under 20 ms GLFW takes presses for key repeat
		}
	}
	start := time.Now()
	neutral := C.CString("Untitled")
	defer C.free(unsafe.Pointer(neutral))
	for time.Since(start) < limit {
		h := C.strip(dpy, win, &plain)
		switch {
		case mode == "open" && h != before:
			return time.Since(start)
		case mode != "open" && plain != 0 && C.titled(dpy, win, neutral) != 0:
			return time.Since(start)
		}
		time.Sleep(time.Millisecond)
	}
	h := C.strip(dpy, win, &plain)
	fail("the window did not change (strip %x plain %d, neutral title %d)", h, plain, C.titled(dpy, win, neutral))
	return 0
}

func waitWindow(timeout time.Duration, names ...string) C.Window {
	root := C.XDefaultRootWindow(dpy)
	for start := time.Now(); time.Since(start) < timeout; time.Sleep(10 * time.Millisecond) {
		for _, name := range names {
			cname := C.CString(name)
			w := C.findViewable(dpy, root, cname)
			C.free(unsafe.Pointer(cname))
			if w != 0 {
				return w
			}
		}
	}
	fail("no window named %q within %v", names, timeout)
	return 0
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "probe: "+format+"\n", args...)
	fmt.Fprintf(os.Stderr, "the app printed:\n%s", logs.String())
	if shot := os.Getenv("PROBE_SHOT"); shot != "" {
		exec.Command("import", "-window", "root", shot).Run()
	}
	if app != nil {
		app.Process.Kill()
		app.Wait()
	}
	os.Exit(1)
}
