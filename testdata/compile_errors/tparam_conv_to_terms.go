// Tests: converting to a type parameter: the cause names the first specific type the value cannot convert to
package main

func f[T ~int | ~[]byte](x string) T { return T(x) }

func main() {}
