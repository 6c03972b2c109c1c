package main

// gc evaluates the calls, receives, slicing and len/cap/append... of one
// expression first, left to right, and reads plain operands (variables,
// fields, elements) afterwards (cmd/compile/internal/walk/order.go).

import "fmt"

var g = 1

func f() int { g = 10; return 1 }

type T struct{ v int }

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	mm := map[int]int{1: 1}
	fmt.Println(len(mm), func() int { mm[2] = 2; return 0 }(), len(mm))
	x := g + f()
	fmt.Println(x)
	g = 1
	y := []int{g, f(), g}
	fmt.Println(y)
	a := 1
	pa := &a
	fn := func() int { *pa = 5; return 0 }
	fmt.Println(a + fn())
	a = 1
	fmt.Println(a, fn(), a)
	a = 1
	z := a*2 + fn()
	fmt.Println(z)
	a = 1
	arr := [2]int{a, fn()}
	fmt.Println(arr)
	a = 1
	m := map[int]int{a: fn()}
	fmt.Println(m)
	a = 1
	println(a, fn(), a)
	str := "x"
	fs := func() string { str = "y"; return "" }
	fmt.Println(str + fs())
	str = "x"
	fmt.Println(str, fs())
	g = 1
	fmt.Println(T{g}, f(), g)
	xs := []int{1, 2}
	fmt.Println(xs[0], func() int { xs[0] = 9; return 0 }(), xs[0])
	s := &Stack{items: []int{1, 2, 3}}
	fmt.Println(s.items, s.Pop(), s.items[:1], s.Pop(), len(s.items))
	c := make(chan int, 1)
	c <- 7
	b := 1
	fmt.Println(b, <-c+func() int { b = 3; return 0 }(), b)
	// The right operand of && runs only when needed: not early.
	k := 0
	ok := k == 0 && func() bool { k = 5; return true }()
	fmt.Println(k, ok)
	k = 0
	fmt.Println(k, k == 0 || func() bool { k = 5; return true }(), k)
	// Conversions are operands, not calls.
	fl := 1.5
	fmt.Println(int(fl), func() int { fl = 2.5; return 0 }(), float32(fl))
}
