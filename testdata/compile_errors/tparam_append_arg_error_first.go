// Tests: append to a type parameter with mixed element types whose argument has its own error: that error is reported first
package main

func f[T ~[]int | ~[]string](x T) { _ = append(x, x[0]) }

func main() {}
