package ui

import (
	"sync"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
)

// WarmUp loads and shapes the fonts the window uses on other goroutines,
// one per style, so the work overlaps opening the data folder and the
// window system instead of delaying the first frame. Call the returned
// function before Create; it waits until the fonts are ready. It touches
// no widget.
func WarmUp() (wait func()) {
	var wg sync.WaitGroup
	sample := "Alongside: Get help now, Hide. Ayuda, línea, sí."
	for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, size := range []float32{fynetheme.TextSize(), fynetheme.TextSubHeadingSize(), fynetheme.TextHeadingSize()} {
				fyne.MeasureText(sample, size, style)
			}
		}()
	}
	return wg.Wait
}
