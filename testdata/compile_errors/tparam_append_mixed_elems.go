// Tests: append to a type parameter whose slices have different element types
package main

func f[T ~[]int | ~[]string](x T) T { return append(x, x...) }

func main() {}
