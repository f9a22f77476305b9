// Package store owns Alongside's SQLite database: opening it safely,
// migrating its schema, checking its integrity and reading and writing
// the records the rest of the app keeps. It knows nothing of the UI.
package store
