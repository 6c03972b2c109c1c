// Tests: converting a type parameter value: the cause names the first specific type that cannot convert
package main

func f[T ~int | ~string](x T) { _ = []byte(x) }

func main() {}
