// Package ioutil: everything is in io_ioutil.more.go, loaded with the rest
// of io and os when a program imports io/ioutil (docs/stdlib.md).
package ioutil
