package widgets

import (
	"net/url"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestFocusedWidgetsPassWindowKeys(t *testing.T) {
	test.NewTempApp(t)
	var got []fyne.KeyName
	pass := func(ev *fyne.KeyEvent) { got = append(got, ev.Name) }
	tapped := 0
	b := NewButton("x", nil, func() { tapped++ }, pass)
	s := NewSelect([]string{"a", "b"}, pass)
	h := NewHyperlink("x", &url.URL{Scheme: "https", Host: "example.org"}, pass)
	for _, w := range []fyne.Focusable{b, s, h} {
		w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	}
	if len(got) != 6 {
		t.Errorf("passed on %v, want Escape and F1 from each of 3 widgets", got)
	}
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if tapped != 1 || len(got) != 6 {
		t.Errorf("Space: tapped %d times, passed %v; the button should keep its own keys", tapped, got)
	}
}
