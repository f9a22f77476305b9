// This file is Alongside's addition to rasterx (see CHANGES.md).

package rasterx

import (
	"image"
	"image/color"
)

// drawNRGBAUniform draws the accumulated path in one colour onto an
// *image.NRGBA, which is how Fyne draws text and icons. The vector
// rasterizer has no fast path for that destination: it would call At, RGBA
// and Set through interfaces for every pixel of the image, allocating as it
// goes. Here the rasterizer writes the coverage into an alpha mask (its
// fast path), and the colour is blended through the mask with the same
// "over" arithmetic the rasterizer and the standard library use. It reports
// false, drawing nothing, for any other destination or source.
func (s *ScannerGV) drawNRGBAUniform() bool {
	dst, ok := s.Dest.(*image.NRGBA)
	if !ok {
		return false
	}
	src, ok := s.Source.(*image.Uniform)
	if !ok {
		return false
	}
	r := dst.Bounds()
	if r.Empty() {
		return true
	}
	mask := image.NewAlpha(r)
	s.r.Draw(mask, r, image.Opaque, image.Point{})
	sr, sg, sb, sa := src.C.RGBA()
	w := r.Dx()
	for y := 0; y < r.Dy(); y++ {
		m := mask.Pix[y*mask.Stride : y*mask.Stride+w]
		d := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
		for x, cover := range m {
			if cover != 0 {
				overNRGBA(d[4*x:4*x+4:4*x+4], coverage16(cover), sr, sg, sb, sa)
			}
		}
	}
	return true
}

// coverage16 is the middle of the 16-bit coverages the rasterizer rounds
// down to the mask's 8-bit value; full coverage stays full.
func coverage16(m uint8) uint32 {
	if m == 0xff {
		return 0xffff
	}
	return uint32(m)<<8 | 0x80
}

// overNRGBA blends the premultiplied colour sr, sg, sb, sa with coverage ma
// (both 16-bit) over the NRGBA pixel p, as vector.Rasterizer's generic
// rasterizeOpOver does with color.NRGBA's RGBA and color.NRGBAModel, without
// the interface calls.
func overNRGBA(p []uint8, ma, sr, sg, sb, sa uint32) {
	dr, dg, db, da := color.NRGBA{R: p[0], G: p[1], B: p[2], A: p[3]}.RGBA()
	a := 0xffff - (sa * ma / 0xffff)
	or := uint32(uint16((dr*a + sr*ma) / 0xffff))
	og := uint32(uint16((dg*a + sg*ma) / 0xffff))
	ob := uint32(uint16((db*a + sb*ma) / 0xffff))
	oa := uint32(uint16((da*a + sa*ma) / 0xffff))
	switch oa {
	case 0xffff:
		p[0], p[1], p[2], p[3] = uint8(or>>8), uint8(og>>8), uint8(ob>>8), 0xff
	case 0:
		p[0], p[1], p[2], p[3] = 0, 0, 0, 0
	default:
		p[0] = uint8((or * 0xffff / oa) >> 8)
		p[1] = uint8((og * 0xffff / oa) >> 8)
		p[2] = uint8((ob * 0xffff / oa) >> 8)
		p[3] = uint8(oa >> 8)
	}
}
