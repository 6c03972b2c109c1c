// Tests: a keyword where an interface element starts is gc's "expected ~ term or type"
package main

type sliceOf[E any] interface {
	type []E
}

func main() {}
