// Package hex: everything is in encoding_hex.more.go, loaded with the rest of io
// when a program imports encoding/hex (docs/stdlib.md): it needs io's rest.
package hex
