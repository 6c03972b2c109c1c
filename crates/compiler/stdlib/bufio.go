// Package bufio: everything is in bufio.more.go, loaded with the rest of io
// when a program imports bufio (docs/stdlib.md): it needs io's rest.
package bufio
