// Tests: a constraint that mentions its own generic type (F-bounded: type Adder[T Adder[T]])
package main

import "fmt"

type Adder[T Adder[T]] interface {
	Add(T) T
}

func Sum[T Adder[T]](xs ...T) T {
	var acc T
	for _, x := range xs {
		acc = acc.Add(x)
	}
	return acc
}

type Money int

func (m Money) Add(o Money) Money { return m + o }

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }

type Ordered[T Ordered[T]] interface {
	Less(T) bool
}

func Min[T Ordered[T]](a, b T) T {
	if b.Less(a) {
		return b
	}
	return a
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

func main() {
	fmt.Println(Sum[Money](1, 2, 3))
	fmt.Println(Sum(Vec{1, 2}, Vec{3, 4}))
	fmt.Println(Min(Age(30), Age(20)))
}
