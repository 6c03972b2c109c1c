// Tests: empty brackets after a type in a var declaration: gc wants a type argument list
package main

type T struct{}

var _ T[]

func main() {}
