// Regenerate the app icons with:
//
//	go run ./scripts/icon ui/assets/icon.png ui/assets/icon-128.png
//
// Command icon draws Alongside's 512x512 app icon: two soft figures leaning
// towards each other on a deep-teal rounded square, with transparent corners.
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"

	"golang.org/x/image/draw"
	"golang.org/x/image/vector"
)

const size = 512

// pt is a point in icon coordinates (0..512, y down).
type pt struct{ x, y float64 }

// xform maps a point; used to lean each figure about its own pivot.
type xform func(pt) pt

func identity(p pt) pt { return p }

func rotateAbout(c pt, deg float64) xform {
	s, co := math.Sincos(deg * math.Pi / 180)
	return func(p pt) pt {
		dx, dy := p.x-c.x, p.y-c.y
		return pt{c.x + dx*co - dy*s, c.y + dx*s + dy*co}
	}
}

// path wraps a rasterizer and applies a transform to every point.
type path struct {
	r *vector.Rasterizer
	f xform
}

func newPath(f xform) *path { return &path{vector.NewRasterizer(size, size), f} }

func (p *path) move(a pt) { a = p.f(a); p.r.MoveTo(float32(a.x), float32(a.y)) }
func (p *path) line(a pt) { a = p.f(a); p.r.LineTo(float32(a.x), float32(a.y)) }
func (p *path) cube(b, c, d pt) {
	b, c, d = p.f(b), p.f(c), p.f(d)
	p.r.CubeTo(float32(b.x), float32(b.y), float32(c.x), float32(c.y), float32(d.x), float32(d.y))
}
func (p *path) close() { p.r.ClosePath() }

func (p *path) mask() *image.Alpha {
	m := image.NewAlpha(image.Rect(0, 0, size, size))
	p.r.Draw(m, m.Bounds(), image.Opaque, image.Point{})
	return m
}

// kappa approximates a quarter circle with a cubic Bézier.
const kappa = 0.5522847498

func (p *path) circle(c pt, r float64) {
	k := r * kappa
	p.move(pt{c.x + r, c.y})
	p.cube(pt{c.x + r, c.y + k}, pt{c.x + k, c.y + r}, pt{c.x, c.y + r})
	p.cube(pt{c.x - k, c.y + r}, pt{c.x - r, c.y + k}, pt{c.x - r, c.y})
	p.cube(pt{c.x - r, c.y - k}, pt{c.x - k, c.y - r}, pt{c.x, c.y - r})
	p.cube(pt{c.x + k, c.y - r}, pt{c.x + r, c.y - k}, pt{c.x + r, c.y})
	p.close()
}

// squircle draws a rounded square with continuous-looking corners.
func (p *path) roundedSquare(x0, y0, x1, y1, r float64) {
	k := r * 0.62 // a little softer than a circular arc
	p.move(pt{x0 + r, y0})
	p.line(pt{x1 - r, y0})
	p.cube(pt{x1 - r + k, y0}, pt{x1, y0 + r - k}, pt{x1, y0 + r})
	p.line(pt{x1, y1 - r})
	p.cube(pt{x1, y1 - r + k}, pt{x1 - r + k, y1}, pt{x1 - r, y1})
	p.line(pt{x0 + r, y1})
	p.cube(pt{x0 + r - k, y1}, pt{x0, y1 - r + k}, pt{x0, y1 - r})
	p.line(pt{x0, y0 + r})
	p.cube(pt{x0, y0 + r - k}, pt{x0 + r - k, y0}, pt{x0 + r, y0})
	p.close()
}

// body draws a soft shoulders-and-torso shape: a dome of half-width w whose
// top is at (cx, top), widening slightly towards the bottom at y = bottom.
func (p *path) body(cx, top, bottom, w float64) {
	flare := w * 0.9
	p.move(pt{cx - flare, bottom})
	p.line(pt{cx - w, top + w*0.8})
	p.cube(pt{cx - w, top + w*0.22}, pt{cx - w*0.58, top}, pt{cx, top})
	p.cube(pt{cx + w*0.58, top}, pt{cx + w, top + w*0.22}, pt{cx + w, top + w*0.8})
	p.line(pt{cx + flare, bottom})
	p.close()
}

type rgb struct{ r, g, b float64 }

func hex(s string) rgb {
	var r, g, b uint8
	fmt.Sscanf(s, "#%02x%02x%02x", &r, &g, &b)
	return rgb{float64(r) / 255, float64(g) / 255, float64(b) / 255}
}

func mix(a, b rgb, t float64) rgb {
	return rgb{a.r + (b.r-a.r)*t, a.g + (b.g-a.g)*t, a.b + (b.b-a.b)*t}
}

func alphaAt(m *image.Alpha, x, y int) float64 { return float64(m.AlphaAt(x, y).A) / 255 }

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run ./scripts/icon ICON-512.png ICON-128.png")
		os.Exit(2)
	}

	var (
		bgTop    = hex("#2A7179")
		bgBottom = hex("#174D54")
		sand     = hex("#F2C58A")
		mint     = hex("#CDEBDD")
		together = hex("#FFF1D6") // where the two figures overlap
	)

	// The tile.
	tile := newPath(identity)
	tile.roundedSquare(0, 0, size, size, 116)
	tileM := tile.mask()

	// Left figure (sand), leaning right towards its companion.
	lf := rotateAbout(pt{190, 460}, 4)
	left := newPath(lf)
	left.circle(pt{182, 174}, 52)
	left.body(190, 254, 620, 92)
	leftM := left.mask()

	// Right figure (mint), slightly shorter, leaning left.
	rf := rotateAbout(pt{322, 460}, -4)
	right := newPath(rf)
	right.circle(pt{332, 198}, 48)
	right.body(322, 276, 620, 86)
	rightM := right.mask()

	out := image.NewNRGBA(image.Rect(0, 0, size, size))
	for y := 0; y < size; y++ {
		bg := mix(bgTop, bgBottom, float64(y)/size)
		for x := 0; x < size; x++ {
			a := alphaAt(tileM, x, y)
			if a == 0 {
				continue
			}
			c := bg
			l, r := alphaAt(leftM, x, y), alphaAt(rightM, x, y)
			c = mix(c, sand, l)
			c = mix(c, mint, r)
			c = mix(c, together, l*r)
			out.SetNRGBA(x, y, color.NRGBA{
				R: uint8(math.Round(c.r * 255)),
				G: uint8(math.Round(c.g * 255)),
				B: uint8(math.Round(c.b * 255)),
				A: uint8(math.Round(a * 255)),
			})
		}
	}

	write(os.Args[1], out)
	// The window icon: small, so setting it at start-up is cheap.
	small := image.NewNRGBA(image.Rect(0, 0, 128, 128))
	draw.CatmullRom.Scale(small, small.Bounds(), out, out.Bounds(), draw.Src, nil)
	write(os.Args[2], small)
}

func write(path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
