// A constraint with specific types and a method: the generic body is
// checked with its type set's operations (~int | ~string has no *), called
// or not.
package main

type Num interface {
	~int | ~string
	String() string
}

func Bad[T Num](x T) T {
	return x * 2
}

func main() {}
