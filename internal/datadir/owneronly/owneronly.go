// Package owneronly makes a folder readable by the account that runs the
// program, and by no other. It is apart from datadir, free of cgo, so
// that it builds and is checked for Windows on any machine:
//
//	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go vet ./internal/datadir/owneronly/
package owneronly
