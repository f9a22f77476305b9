package main

import (
	"os"
	"os/exec"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"LICENSE", "Permission is hereby granted, free of charge, to any person", "MIT"},
		{"LICENSE", "Redistribution and use in source and binary forms ...\n* Neither the name of", "BSD-3-Clause"},
		{"LICENSE", "Redistribution and use in source and\n   binary forms, with or without", "BSD-2-Clause"},
		{"LICENSE", "Apache License\n Version 2.0, January 2004", "Apache-2.0"},
		{"LICENSE.md", "This software is provided 'as-is', without any express ... Permission is granted to anyone to use this software for any purpose", "Zlib"},
		{"LICENSE", "Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee", "ISC"},
		{"OFL.txt", "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007", "OFL-1.1"},
		{"LICENSE", "GNU GENERAL PUBLIC LICENSE Version 3", "GPL"},
		{"COPYING", "GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"},
		{"NOTICE", "Copyright 2011-2016 Canonical Ltd.", "notice"},
		{"LICENSE", "All rights reserved.", ""},
	}
	for _, tt := range tests {
		if got := classify(tt.name, tt.text); got != tt.want {
			t.Errorf("classify(%q, %.30q...) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestLicenceListIsCurrent fails when go.mod changed and the list the
// About screen shows was not regenerated with `make notice`.
func TestLicenceListIsCurrent(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go tool on PATH")
	}
	if testing.Short() {
		t.Skip("runs go list twice")
	}
	want, err := generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../internal/buildinfo/third_party_licenses.txt")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("internal/buildinfo/third_party_licenses.txt is out of date: run `make notice`")
	}
}
