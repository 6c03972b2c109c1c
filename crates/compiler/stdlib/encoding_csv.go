// Package csv: everything is in encoding_csv.more.go, loaded with the rest of io
// when a program imports encoding/csv (docs/stdlib.md): it needs io's rest.
package csv
