// Tests: generic struct types with methods, instantiation with several types.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok)
	var n Stack[int]
	x, ok := n.Pop()
	fmt.Println(x, ok)
	p := Pair[string, []int]{"k", []int{1}}
	fmt.Printf("%v %+v %T\n", p, p, p)
}
