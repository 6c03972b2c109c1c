// Tests: what a closure sees of a captured variable: variables never
// reassigned (captured by value in gc) and variables assigned before or
// after the closure is made, inside it, through a pointer, by a
// redeclaring :=, a select case, a range with =, a pointer method, or a
// return statement (named results).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Ctr int

func (c *Ctr) Inc() { *c++ }

func two() (int, error) { return 2, nil }

func named() (r int) {
	defer func() { r *= 10 }()
	return 4
}

func param(k int) func() int { return func() int { return k * 3 } }

func main() {
	runtime.GOMAXPROCS(1)
	k := 3
	add := func(x int) int { return x + k }
	fmt.Println(add(1))

	a := 1
	get := func() int { return a }
	a = 2
	fmt.Println(get())

	b := 1
	inc := func() { b++ }
	inc()
	inc()
	fmt.Println(b)

	c := 1
	p := &c
	readC := func() int { return c }
	*p = 7
	fmt.Println(readC())

	d := 1
	readD := func() int { return d }
	d, err := two()
	fmt.Println(readD(), err)

	e := 0
	readE := func() int { return e }
	ch := make(chan int, 1)
	ch <- 9
	select {
	case e = <-ch:
	}
	fmt.Println(readE())

	f := 0
	readF := func() int { return f }
	for f = range 4 {
	}
	fmt.Println(readF())

	var ctr Ctr
	bump := func() { ctr.Inc() }
	bump()
	ctr.Inc()
	fmt.Println(ctr)

	g := 5
	readG := func() int { return g }
	{
		g := 6
		_ = g
	}
	fmt.Println(readG())

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{10, 20} {
		fs = append(fs, func() int { return v })
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	fmt.Println(named(), param(5)())

	h := 1
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("goroutine sees", h)
	}()
	h = 2
	wg.Wait()

	total := 0
	for x := range func(yield func(int) bool) {
		for i := 1; i <= 3; i++ {
			if !yield(i) {
				return
			}
		}
	} {
		total += x * k
	}
	fmt.Println(total)

	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + rec(n-1)
	}
	fmt.Println(rec(4))
}
