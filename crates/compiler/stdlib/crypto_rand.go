// Package rand: everything is in crypto_rand.more.go, loaded with the rest of io
// when a program imports crypto/rand (docs/stdlib.md): it needs io's rest.
package rand
