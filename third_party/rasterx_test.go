package thirdparty

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"

	"github.com/srwiley/rasterx"
)

// hidden hides the concrete type of an NRGBA image, so rasterx takes the
// rasterizer's generic path, as upstream rasterx always did.
type hidden struct{ *image.NRGBA }

// drawShapes fills a few overlapping curved shapes, like glyph outlines,
// in the given colours.
func drawShapes(dst interface {
	image.Image
	Set(x, y int, c color.Color)
}, seed uint64, colors []color.Color) {
	b := dst.Bounds()
	rng := rand.New(rand.NewPCG(seed, 7))
	for _, c := range colors {
		sc := rasterx.NewScannerGV(b.Dx(), b.Dy(), dst, b)
		f := rasterx.NewFiller(b.Dx(), b.Dy(), sc)
		f.SetColor(c)
		for range 6 {
			cx, cy := rng.Float64()*float64(b.Dx()), rng.Float64()*float64(b.Dy())
			rasterx.AddCircle(cx, cy, 1+rng.Float64()*9, f)
			rasterx.AddRect(cx, cy, cx+rng.Float64()*7.3, cy+rng.Float64()*3.7, rng.Float64(), f)
		}
		f.Draw()
	}
}

// TestNRGBAFastPathMatchesGenericPath checks that drawing onto an NRGBA
// image, as Fyne draws text and icons, gives the pixels upstream gives, to
// within two steps of 255 in what is seen (alpha, and each colour times
// alpha) where an edge's coverage is rounded. Pixels left
// fully transparent count as equal whatever their colour bytes: Fyne's
// shader discards them.
func TestNRGBAFastPathMatchesGenericPath(t *testing.T) {
	palettes := [][]color.Color{
		{color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xff}},
		{color.NRGBA{R: 0xf0, G: 0xf0, B: 0xf0, A: 0xff}},
		{color.NRGBA{R: 0x2e, G: 0xa0, B: 0x9a, A: 0xff}, color.NRGBA{R: 0xff, G: 0x40, B: 0x10, A: 0x80}},
		{color.RGBA{R: 0x10, G: 0x20, B: 0x30, A: 0x40}, color.Black, color.Transparent},
	}
	for seed := range uint64(400) {
		colors := palettes[seed%uint64(len(palettes))]
		r := image.Rect(0, 0, 37+int(seed), 23)
		if seed%5 == 4 {
			r = r.Add(image.Pt(3, 2)) // an image whose bounds do not start at 0,0
		}
		fast, slow := image.NewNRGBA(r), image.NewNRGBA(r)
		drawShapes(fast, seed, colors)
		drawShapes(hidden{slow}, seed, colors)
		painted := 0
		for i := 0; i < len(fast.Pix); i += 4 {
			f, s := fast.Pix[i:i+4], slow.Pix[i:i+4]
			if f[3] == 0 && s[3] == 0 {
				continue // fully transparent: its colour is never seen (upstream may leave one there)
			}
			painted++
			if !near(f, s) {
				t.Fatalf("seed %d: pixel %d is %v, upstream %v", seed, i/4, f, s)
			}
		}
		if painted == 0 && colors[0] != color.Transparent {
			t.Fatalf("seed %d: nothing was drawn", seed)
		}
	}
}

// near reports whether two NRGBA pixels look the same: alpha and each
// premultiplied colour within two steps of 255.
func near(f, s []uint8) bool {
	if d := int(f[3]) - int(s[3]); d < -2 || d > 2 {
		return false
	}
	for c := range 3 {
		d := int(f[c])*int(f[3]) - int(s[c])*int(s[3])
		if d < -2*255 || d > 2*255 {
			return false
		}
	}
	return true
}

func benchmarkLine(b *testing.B, dst func(*image.NRGBA) interface {
	image.Image
	Set(x, y int, c color.Color)
}) {
	img := image.NewNRGBA(image.Rect(0, 0, 800, 22))
	for b.Loop() {
		clear(img.Pix)
		drawShapes(dst(img), 1, []color.Color{color.Black})
	}
}

// BenchmarkLineFast and BenchmarkLineUpstream draw the same shapes onto a
// line of text's image (800×22), with and without the NRGBA fast path.
func BenchmarkLineFast(b *testing.B) {
	benchmarkLine(b, func(i *image.NRGBA) interface {
		image.Image
		Set(x, y int, c color.Color)
	} {
		return i
	})
}

func BenchmarkLineUpstream(b *testing.B) {
	benchmarkLine(b, func(i *image.NRGBA) interface {
		image.Image
		Set(x, y int, c color.Color)
	} {
		return hidden{i}
	})
}
