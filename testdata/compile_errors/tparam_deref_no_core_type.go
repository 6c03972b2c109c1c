// Tests: dereferencing a type parameter value whose pointer types have different base types
package main

func f[T ~*int | ~*string](x T) { _ = *x }

func main() {}
