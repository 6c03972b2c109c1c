// Tests: indexing a type parameter whose slices have different element types
package main

func f[T ~[]int | ~[]string](x T) { _ = x[0] }

func main() {}
