package buildinfo

import (
	"os"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestVersionMatchesFyneAppToml(t *testing.T) {
	data, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	var meta struct {
		Details struct {
			ID      string
			Version string
		}
	}
	if err := toml.Unmarshal(data, &meta); err != nil {
		t.Fatal(err)
	}
	if meta.Details.Version != Version {
		t.Errorf("FyneApp.toml version %q, buildinfo.Version %q", meta.Details.Version, Version)
	}
	if meta.Details.ID != "io.github.alongside_app.Alongside" {
		t.Errorf("FyneApp.toml ID = %q", meta.Details.ID)
	}
}
