// Command pkgassets makes the pictures the packages need from the app's
// 512x512 icon, so that no resized copy is ever committed:
//
//	go run ./tools/pkgassets icons ui/assets/icon.png DIR APPID   # DIR/hicolor/NxN/apps/APPID.png
//	go run ./tools/pkgassets ico ui/assets/icon.png FILE.ico      # the Windows icon
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"golang.org/x/image/draw"
)

// hicolorSizes are the freedesktop icon theme's usual sizes.
var hicolorSizes = []int{16, 24, 32, 48, 64, 128, 256, 512}

// icoSizes are what Windows picks from: the taskbar, Explorer's views,
// the Start menu and Alt+Tab at 100-200 % scaling.
var icoSizes = []int{16, 20, 24, 32, 40, 48, 64, 256}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "pkgassets:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	switch {
	case len(args) == 4 && args[0] == "icons":
		src, err := load(args[1])
		if err != nil {
			return err
		}
		return writeHicolor(src, args[2], args[3])
	case len(args) == 3 && args[0] == "ico":
		src, err := load(args[1])
		if err != nil {
			return err
		}
		data, err := encodeICO(src, icoSizes)
		if err != nil {
			return err
		}
		return os.WriteFile(args[2], data, 0o644)
	}
	return fmt.Errorf("usage: pkgassets icons SRC.png DIR APPID | ico SRC.png OUT.ico")
}

func load(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}

// resize scales src to n x n with a smooth filter (the icon is square).
func resize(src image.Image, n int) *image.NRGBA {
	dst := image.NewNRGBA(image.Rect(0, 0, n, n))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	return dst
}

func encodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	err := enc.Encode(&buf, img)
	return buf.Bytes(), err
}

func writeHicolor(src image.Image, dir, appID string) error {
	for _, n := range hicolorSizes {
		data, err := encodePNG(resize(src, n))
		if err != nil {
			return err
		}
		out := filepath.Join(dir, "hicolor", fmt.Sprintf("%dx%d", n, n), "apps", appID+".png")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// encodeICO writes an .ico whose entries are PNG images, which Windows
// reads since Vista and which keep the icon's soft alpha edges.
func encodeICO(src image.Image, sizes []int) ([]byte, error) {
	const headerLen, entryLen = 6, 16
	var head, body bytes.Buffer
	le := binary.LittleEndian
	_ = binary.Write(&head, le, [3]uint16{0, 1, uint16(len(sizes))}) // reserved, type icon, count
	offset := headerLen + entryLen*len(sizes)
	for _, n := range sizes {
		data, err := encodePNG(resize(src, n))
		if err != nil {
			return nil, err
		}
		dim := byte(n) // 256 is written as 0
		_ = binary.Write(&head, le, struct {
			W, H, Colours, Reserved byte
			Planes, Bits            uint16
			Size, Offset            uint32
		}{dim, dim, 0, 0, 1, 32, uint32(len(data)), uint32(offset)})
		body.Write(data)
		offset += len(data)
	}
	head.Write(body.Bytes())
	return head.Bytes(), nil
}
