// Package base64: everything is in encoding_base64.more.go, loaded with the rest of io
// when a program imports encoding/base64 (docs/stdlib.md): it needs io's rest.
package base64
