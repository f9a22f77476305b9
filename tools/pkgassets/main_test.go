package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"testing"
)

// TestEncodeICO reads the directory back: each entry names its size, and
// its offset and length hold a PNG of that size.
func TestEncodeICO(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 64, 64))
	sizes := []int{16, 48, 256}
	data, err := encodeICO(src, sizes)
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	if got := le.Uint16(data[2:]); got != 1 {
		t.Fatalf("type = %d, want 1 (icon)", got)
	}
	if got := int(le.Uint16(data[4:])); got != len(sizes) {
		t.Fatalf("count = %d, want %d", got, len(sizes))
	}
	for i, n := range sizes {
		e := data[6+16*i:]
		if w := int(e[0]); w != n%256 {
			t.Errorf("entry %d width byte = %d, want %d", i, w, n%256)
		}
		size, off := le.Uint32(e[8:]), le.Uint32(e[12:])
		img, err := png.Decode(bytes.NewReader(data[off : off+size]))
		if err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
		if b := img.Bounds(); b.Dx() != n || b.Dy() != n {
			t.Errorf("entry %d is %v, want %dx%d", i, b, n, n)
		}
	}
}
