module github.com/srwiley/rasterx

go 1.17

require golang.org/x/image v0.0.0-20211028202545-6944b10bf410
