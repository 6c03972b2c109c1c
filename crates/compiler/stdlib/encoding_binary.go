// Package binary: everything is in encoding_binary.more.go, loaded with the
// rest of io when a program imports encoding/binary (docs/stdlib.md).
package binary
