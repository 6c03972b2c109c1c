// Tests: generic linked list with methods and iteration via a func iterator.
package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	l.Push("c")
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println(l.size)
}
