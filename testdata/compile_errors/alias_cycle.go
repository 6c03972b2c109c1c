// Tests: compile error: aliases that refer to themselves, directly and through another alias
package main

type A = []A

type B = C
type C = map[string]B

type D = struct{ next *D }

func main() {}
