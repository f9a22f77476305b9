// Command bare is the baseline for bench/startup: the smallest Fyne app,
// built exactly like Alongside, so start-up time and memory can be compared.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("io.github.alongside_app.Bare")
	w := a.NewWindow("Bare")
	w.SetContent(widget.NewLabel("Bare"))
	w.Resize(fyne.NewSize(1000, 700))
	w.ShowAndRun()
}
