// Tests: compile error: a receiver of type **T
package main

type T struct{}

func (p **T) M() {}

func main() {}
