// Package regexp: everything is in regexp.more.go, loaded with the rest of
// io (io.RuneReader) when a program imports regexp (docs/stdlib.md).
package regexp
