// Tests: a token after a complete top-level declaration (here past a generic type's parenthesized name)
package main

type T[P any] int

var _ (T)[int]

func main() {}
