// Tests: < on untyped boolean constants
package main

const t, f = true, false

var _ = t < f

func main() {}
