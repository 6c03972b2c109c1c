// Tests: gostack-matrix seed 10731 (differential defer/panic/recover program)
package main

import (
	"errors"
	"fmt"
	"sync"
)

var errSentinel = errors.New("sentinel")

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

type ValErr struct{ msg string }

func (e ValErr) Error() string { return "valerr: " + e.msg }

type Str struct{ s string }

func (s Str) String() string { return "Str(" + s.s + ")" }

type Both struct{}

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type Code int
type Flag bool
type Reason string
type Ratio float64

type T struct{ n int }

func (t T) M(tag string) { fmt.Println("T.M", t.n, tag) }

func (t *T) P(tag string) {
	t.n++
	fmt.Println("T.P", t.n, tag)
}

type I interface{ M(string) }

func show(tag string, v any) {
	fmt.Printf("%s: %T %v\n", tag, v, v)
}

func helper(tag string) {
	fmt.Println(tag, "helper recover:", recover())
}

func f0(x int) (r int) {
	fmt.Println("f0 enter", x)
	defer func() {
		fmt.Println("f0 dcall24", f3(x+6))
		{ s := []int{1, 2, 3}; fmt.Println("f0 idx25", s[x+3]) }
	}()
	r += f4(x + 5)
	return
}

func f1(x int) (r int) {
	fmt.Println("f1 enter", x)
	{ ch := make(chan int); close(ch); close(ch) }
	r += f2(x + 5)
	if x == 3 {
		return x + 3
	}
	r += f2(x + 6)
	fmt.Println("f1 leave", x, r)
	return r * 2
}

func f2(x int) (r int) {
	fmt.Println("f2 enter", x)
	defer recover()
	defer func() {
		fmt.Println("f2 dcall18", f3(x+4))
	}()
	if x%2 == 1 {
		defer func(v int) {
			fmt.Println("f2 d19 arg", v, r)
			panic(errSentinel)
			r += 9
		}(x + 3)
	} else {
		r += f4(x + 3)
	}
	if x > 1 {
		panic(Flag(true))
	}
	return
}

func f3(x int) (r int) {
	fmt.Println("f3 enter", x)
	if x%2 == 1 {
		show("f3 direct8", recover())
	} else {
		if x > 2 {
			panic(Code(7))
		}
	}
	for i := range 2 {
		fmt.Println("f3 iter10", i)
		if x%2 == 0 {
			fmt.Println("f3 s11", x, r)
		} else {
			defer f4(x + 2)
		}
	}
	fmt.Println("f3 s13", x, r)
	if x > 4 {
		panic(errSentinel)
	}
	for i := range 2 {
		fmt.Println("f3 iter15", i)
		r += f4(x + 4)
	}
	return r + 2
}

func f4(x int) (r int) {
	fmt.Println("f4 enter", x)
	defer recover()
	defer func() {
		if rv := recover(); rv != nil {
			fmt.Println("f4 rec3", rv)
			r += 3
		}
		fmt.Println("f4 in-defer4", x, r)
	}()
	if x%2 == 0 {
		{ var iv I = T{5}; defer iv.M("f4 d5") }
	}
	{ var nf func(); defer nf() }
	{ var nf func(); defer nf() }
	return r + 6
}

func main() {
	fmt.Println("f0 ->", f0(5))
	{
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			fmt.Println("g26 result", f4(5))
			wg.Done()
		}()
		wg.Wait()
	}
	fmt.Println("main end")
}
