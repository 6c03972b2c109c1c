// Tests: the body of a method of a generic type is checked against the type parameter's constraint
package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Sum() T {
	var s T
	for _, v := range l.items {
		s += v
	}
	return s
}

func main() {
	l := &List[int]{items: []int{1, 2}}
	fmt.Println(l.Sum())
}
