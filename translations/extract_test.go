package translations

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEnglishFileMatchesCode fails when a message in the code is missing
// from active.en.toml or says something else there: run `make i18n`.
func TestEnglishFileMatchesCode(t *testing.T) {
	en := loadCatalogs(t)[English]
	found := sourceMessages(t, "..")
	if len(found) < 50 {
		t.Fatalf("found only %d messages in the code; is the scan broken?", len(found))
	}
	for id, fields := range found {
		have, ok := en[id]
		if !ok {
			t.Errorf("%s is in the code but not in active.en.toml (run make i18n)", id)
			continue
		}
		for k, v := range fields {
			if have[k] != v {
				t.Errorf("%s: %s in code %q, in active.en.toml %q (run make i18n)", id, k, v, have[k])
			}
		}
	}
	for id := range en {
		if _, ok := found[id]; !ok {
			t.Errorf("%s is in active.en.toml but no longer in the code", id)
		}
	}
}

// sourceMessages finds every composite literal with ID and Other fields
// (i18n.Message literals, also inside slices and arrays) in non-test Go
// files. An ID used by two literals fails the test: the second would
// silently replace the first in active.en.toml and in every language.
func sourceMessages(t *testing.T, root string) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	where := map[string]token.Position{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.CompositeLit); ok {
				if fields := messageFields(lit); fields["id"] != "" {
					id, pos := fields["id"], fset.Position(lit.Pos())
					if first, dup := where[id]; dup {
						t.Errorf("message ID %s is defined twice: at %s and at %s", id, first, pos)
					}
					where[id] = pos
					delete(fields, "id")
					out[id] = fields
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func messageFields(lit *ast.CompositeLit) map[string]string {
	fields := map[string]string{}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok1 := kv.Key.(*ast.Ident)
		val, ok2 := kv.Value.(*ast.BasicLit)
		if !ok1 || !ok2 || val.Kind != token.STRING {
			continue
		}
		s, err := strconv.Unquote(val.Value)
		if err != nil {
			continue
		}
		fields[strings.ToLower(key.Name)] = s
	}
	if fields["other"] == "" {
		return nil
	}
	return fields
}
