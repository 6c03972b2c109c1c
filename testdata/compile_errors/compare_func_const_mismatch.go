// Tests: a comparison of a func value with a constant reports the mismatch at the constant
package main

func f() {}

const c = 1

var _ = f < c

func main() {}
