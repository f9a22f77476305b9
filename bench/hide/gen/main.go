// Command gen prints about N bytes of journal-like writing (paragraphs of
// 60 to 250 words) for bench/hide.
package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
)

func main() {
	n := 100_000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil && v > 0 {
			n = v
		}
	}
	words := strings.Fields("I sat in the car for a long time after he left and thought about what the " +
		"counsellor said about boundaries and about what I can and cannot change tonight")
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		for range 60 + rng.IntN(190) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	fmt.Print(b.String()[:n])
}
