// Command notice writes the list of third-party components compiled into
// Alongside, for Linux and for Windows, with each one's licence texts. It
// reads the list from the Go tool (go.mod, as `go list -deps` resolves it for
// ./cmd/alongside) and the texts from the module cache, so nothing in it is
// typed by hand:
//
//	go run ./tools/notice -o internal/buildinfo/third_party_licenses.txt
//
// It fails on a licence it does not recognise or on a copyleft one, so a new
// dependency is looked at by a person before it ships.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// targets are the systems Alongside ships for; each may compile in
// different modules (the Linux build has a D-Bus portal client).
var targets = []string{"linux", "windows"}

// skipDirs hold code that is not compiled into the app.
var skipDirs = map[string]bool{"testdata": true, "cmd": true, "example": true, "examples": true, "_examples": true, "vendor": true}

// licenceFile matches LICENSE, LICENCE.md, COPYING.txt, NOTICE, PATENTS, LICENSE_Inter.txt...
var licenceFile = regexp.MustCompile(`(?i)^(licen[cs]e|copying|notice|unlicense|patents)([._-].*)?$`)

// component is one module (or the Go runtime) and its licence files.
type component struct {
	Path, Version string
	Patched       string // the folder of our patched copy, if go.mod replaces it with one
	Targets       []string
	Files         []licence
}

// licence is one licence file's text and what it is.
type licence struct {
	Name, Kind, Text string
}

func main() {
	out := flag.String("o", "", "write to this file instead of standard output")
	flag.Parse()
	text, err := generate(".")
	if err == nil && *out != "" {
		err = os.WriteFile(*out, text, 0o644)
	} else if err == nil {
		_, err = os.Stdout.Write(text)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "notice:", err)
		os.Exit(1)
	}
}

// generate lists the components of the app in the module at root.
func generate(root string) ([]byte, error) {
	comps, err := components(root)
	if err != nil {
		return nil, err
	}
	var errs []error
	for i := range comps {
		errs = append(errs, readLicences(&comps[i]))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	render(&buf, comps)
	return buf.Bytes(), nil
}

// module is a line of `go list` output.
type module struct{ path, version, dir string }

func components(root string) ([]component, error) {
	byPath := map[string]*component{}
	dirs := map[string]string{}
	for _, goos := range targets {
		mods, err := listModules(root, goos)
		if err != nil {
			return nil, err
		}
		for _, m := range mods {
			c := byPath[m.path]
			if c == nil {
				c = &component{Path: m.path, Version: m.version, Patched: patchedCopy(root, m.dir)}
				byPath[m.path] = c
				dirs[m.path] = m.dir
			}
			c.Targets = append(c.Targets, goos)
		}
	}
	goroot, err := goEnv(root, "GOROOT")
	if err != nil {
		return nil, err
	}
	comps := []component{{Path: "Go (standard library and runtime)", Targets: targets}}
	dirs[comps[0].Path] = goroot
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		comps = append(comps, *byPath[p])
	}
	for i := range comps {
		comps[i].Files = []licence{{Name: dirs[comps[i].Path]}} // the folder, read later
	}
	return comps, nil
}

// listModules runs go list for one target system, with cgo on as in the
// real builds (the cgo files decide which packages are compiled).
func listModules(root, goos string) ([]module, error) {
	cmd := exec.Command("go", "list", "-deps",
		"-f", "{{with .Module}}{{if not .Main}}{{.Path}}\t{{.Version}}\t{{.Dir}}{{end}}{{end}}", "./cmd/alongside")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH=amd64", "CGO_ENABLED=1")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list for %s: %w", goos, err)
	}
	seen := map[string]bool{}
	var mods []module
	for line := range strings.Lines(string(out)) {
		f := strings.Split(strings.TrimSpace(line), "\t")
		if len(f) != 3 || seen[f[0]] {
			continue
		}
		seen[f[0]] = true
		mods = append(mods, module{path: f[0], version: f[1], dir: f[2]})
	}
	return mods, nil
}

// patchedCopy returns dir relative to the module at root when go.mod
// replaces a module with a folder of ours (a patched copy), else "".
func patchedCopy(root, dir string) string {
	abs, err := filepath.Abs(root)
	if err != nil {
		return ""
	}
	rel, err := filepath.Rel(abs, dir)
	if err != nil || strings.HasPrefix(rel, "..") {
		return ""
	}
	return filepath.ToSlash(rel)
}

func goEnv(root, name string) (string, error) {
	cmd := exec.Command("go", "env", name)
	cmd.Dir = root
	out, err := cmd.Output()
	return strings.TrimSpace(string(out)), err
}

// readLicences replaces the folder in c.Files with the licence files found
// in it, plus the notices of C code that a Go module carries inside it.
func readLicences(c *component) error {
	dir := c.Files[0].Name
	c.Files = nil
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && (skipDirs[d.Name()] || strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
				return filepath.SkipDir
			}
			if path != dir && c.Path == "Go (standard library and runtime)" {
				return filepath.SkipDir // GOROOT's own LICENSE and PATENTS only
			}
			return nil
		}
		if !licenceFile.MatchString(d.Name()) {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		c.Files = append(c.Files, licence{Name: filepath.ToSlash(rel), Text: string(data)})
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", c.Path, err)
	}
	if extra, err := embedded(c.Path, dir); err != nil {
		return err
	} else if extra != nil {
		c.Files = append(c.Files, *extra)
	}
	if len(c.Files) == 0 {
		return fmt.Errorf("%s %s: no licence file in %s", c.Path, c.Version, dir)
	}
	var errs []error
	for i := range c.Files {
		f := &c.Files[i]
		if f.Kind == "" {
			f.Kind = classify(f.Name, f.Text)
		}
		switch {
		case f.Kind == "":
			errs = append(errs, fmt.Errorf("%s: %s: a licence this tool does not know: read it, then teach classify", c.Path, f.Name))
		case strings.Contains(f.Kind, "GPL"):
			errs = append(errs, fmt.Errorf("%s: %s: %s would oblige Alongside to change its licence", c.Path, f.Name, f.Kind))
		}
	}
	return errors.Join(errs...)
}

// embedded returns the notice of C code bundled inside a Go module that
// has no licence file of its own: SQLite, in go-sqlite3's amalgamation.
func embedded(path, dir string) (*licence, error) {
	if path != "github.com/mattn/go-sqlite3" {
		return nil, nil
	}
	f, err := os.Open(filepath.Join(dir, "sqlite3-binding.c"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, err
	}
	text := string(head[:n])
	version := regexp.MustCompile(`SQLite\s+\*\* version (\S+?)\.\s`).FindStringSubmatch(text)
	start := strings.Index(text, "The author disclaims copyright")
	end := strings.Index(text, "never taking more than you give.")
	if version == nil || start < 0 || end < start {
		return nil, fmt.Errorf("%s: sqlite3-binding.c no longer starts with SQLite's version and blessing", path)
	}
	var blessing strings.Builder
	for line := range strings.Lines(text[start : end+len("never taking more than you give.")]) {
		blessing.WriteString(strings.TrimPrefix(strings.TrimPrefix(line, "**"), " "))
	}
	return &licence{
		Name: "sqlite3-binding.c (SQLite " + version[1] + ", compiled in)",
		Kind: "public domain (SQLite)",
		Text: "SQLite " + version[1] + ", https://sqlite.org/copyright.html\n\n" + blessing.String() + "\n",
	}, nil
}

// rule recognises a licence by phrases from its text; all must appear.
type rule struct {
	kind    string
	phrases []string
}

// rules are tried in order: the first whose phrases all appear wins.
var rules = []rule{
	{"AGPL", []string{"GNU AFFERO GENERAL PUBLIC LICENSE"}},
	{"LGPL", []string{"GNU LESSER GENERAL PUBLIC LICENSE"}},
	{"GPL", []string{"GNU GENERAL PUBLIC LICENSE"}},
	{"Apache-2.0", []string{"Apache License", "Version 2.0"}},
	{"MPL-2.0", []string{"Mozilla Public License", "2.0"}},
	{"OFL-1.1", []string{"SIL OPEN FONT LICENSE", "Version 1.1"}},
	{"OFL-1.1", []string{"SIL Open Font License, Version 1.1"}},
	{"Bitstream-Vera", []string{"Bitstream Vera"}},
	{"BSD-3-Clause", []string{"Redistribution and use in source and binary forms", "Neither the name"}},
	{"BSD-3-Clause", []string{"Redistribution and use in source and binary forms", "names of its contributors may"}},
	{"BSD-2-Clause", []string{"Redistribution and use in source and binary forms"}},
	{"MIT", []string{"Permission is hereby granted, free of charge"}},
	{"ISC", []string{"Permission to use, copy, modify, and/or distribute this software for any purpose"}},
	{"Zlib", []string{"provided 'as-is'", "Permission is granted to anyone to use this software for any purpose"}},
	{"Unlicense", []string{"This is free and unencumbered software released into the public domain"}},
	{"patent grant", []string{"Additional IP Rights Grant (Patents)"}},
}

// classify names the licence in text, or returns "" when no rule fits.
// A NOTICE file is attribution that goes with the licence beside it.
func classify(name, text string) string {
	flat := strings.Join(strings.Fields(text), " ")
	for _, r := range rules {
		if containsAll(flat, r.phrases) {
			return r.kind
		}
	}
	if strings.HasPrefix(strings.ToUpper(name), "NOTICE") {
		return "notice"
	}
	return ""
}

func containsAll(s string, phrases []string) bool {
	for _, p := range phrases {
		if !strings.Contains(strings.ToLower(s), strings.ToLower(p)) {
			return false
		}
	}
	return true
}

// render writes a summary table, then every text in full.
func render(w io.Writer, comps []component) {
	fmt.Fprintln(w, "Third-party software in Alongside")
	fmt.Fprintln(w, "=================================")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Alongside is built from the components below; each keeps its own licence,")
	fmt.Fprintln(w, "reproduced in full after the list. Generated by tools/notice from go.mod")
	fmt.Fprintln(w, "and the module cache: do not edit (run `make notice`).")
	fmt.Fprintln(w)
	for _, c := range comps {
		fmt.Fprintf(w, "- %s%s: %s%s%s\n", c.Path, versionSuffix(c.Version), kinds(c), targetsNote(c.Targets), patchedNote(c.Patched))
	}
	for _, c := range comps {
		for _, f := range c.Files {
			fmt.Fprintf(w, "\n\n%s\n%s%s, %s (%s)\n%s\n\n%s\n",
				strings.Repeat("-", 78), c.Path, versionSuffix(c.Version), f.Name, f.Kind,
				strings.Repeat("-", 78), strings.TrimRight(f.Text, "\n\t "))
		}
	}
}

func versionSuffix(v string) string {
	if v == "" {
		return ""
	}
	return " " + v
}

func kinds(c component) string {
	var ks []string
	seen := map[string]bool{}
	for _, f := range c.Files {
		if !seen[f.Kind] && f.Kind != "notice" && f.Kind != "patent grant" {
			seen[f.Kind] = true
			ks = append(ks, f.Kind)
		}
	}
	return strings.Join(ks, ", ")
}

func patchedNote(dir string) string {
	if dir == "" {
		return ""
	}
	return " (patched copy in " + dir + ")"
}

func targetsNote(ts []string) string {
	if len(ts) == len(targets) {
		return ""
	}
	return " (" + strings.Join(ts, ", ") + " only)"
}
