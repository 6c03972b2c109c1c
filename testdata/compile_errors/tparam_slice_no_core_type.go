// Tests: slicing a type parameter value whose slices differ (not only bytes and strings)
package main

func f[T ~[]int | ~[]string](x T) T { return x[1:] }

func main() {}
