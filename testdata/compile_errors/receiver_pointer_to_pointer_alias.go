// Tests: a receiver *P where P is an alias of a pointer type is an invalid receiver type
package main

type T struct{}

type P = *T

func (p *P) M() {}

func main() {}
