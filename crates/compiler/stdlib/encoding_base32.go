// Package base32: everything is in encoding_base32.more.go, loaded with the rest of io
// when a program imports encoding/base32 (docs/stdlib.md): it needs io's rest.
package base32
