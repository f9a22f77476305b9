package ui

import (
	"os"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestMetadataMatchesFyneAppToml(t *testing.T) {
	data, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Details struct {
			ID, Name, Version string
		}
		Migrations map[string]bool
	}
	if err := toml.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	m := Metadata()
	if m.ID != file.Details.ID || m.Name != file.Details.Name || m.Version != file.Details.Version {
		t.Errorf("Metadata() = %s %s %s; FyneApp.toml has %+v", m.ID, m.Name, m.Version, file.Details)
	}
	if !m.Migrations["fyneDo"] || !file.Migrations["fyneDo"] {
		t.Error("the fyneDo migration must be on in both")
	}
}
