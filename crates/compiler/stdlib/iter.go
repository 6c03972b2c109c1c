// Package iter: the standard library subset compiled with every program
// (Go 1.27's Seq and Seq2; Pull and Pull2 are in iter.more.go, loaded when
// a program imports iter).
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
