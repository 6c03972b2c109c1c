// Tests: a type assertion to an interface compares whole method signatures, not only names.
package main

import "fmt"

type S struct{}

func (S) M() int { return 1 }

type I interface{ M() int }
type J interface{ M() string }
type K interface{ M(int) int }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Getter[T any] interface{ Get() T }

func main() {
	var x any = S{}
	_, i := x.(I)
	_, j := x.(J)
	_, k := x.(K)
	fmt.Println(i, j, k)
	var b any = Box[int]{3}
	_, g1 := b.(Getter[int])
	_, g2 := b.(Getter[string])
	fmt.Println(g1, g2)
	defer func() { fmt.Println(recover()) }()
	_ = x.(J)
}
