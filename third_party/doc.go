// Package thirdparty holds the tests of Alongside's patched copies of
// upstream modules (each in its own folder, used through a replace in
// go.mod, with its changes in CHANGES.md): they check that each change
// keeps the upstream behaviour.
package thirdparty
