// Tests: unrecovered panic with a Stringer prints String().
package main

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func main() {
	panic(Color(1))
}
