// Tests: gostack-matrix seed 10117 (differential defer/panic/recover program)
package main

import (
	"errors"
	"fmt"
	"runtime"
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
	{ var nf func(); defer nf() }
	defer fmt.Println("f0 d14", x)
	defer func() {
		func() { show("f0 inner16", recover()) }()
		if rv := recover(); rv != nil {
			show("f0 rec17", rv)
		}
		if rv := recover(); rv != nil {
			show("f0 rec18", rv)
		}
	}()
	for i := 0; i < 2; i++ {
		defer func() { fmt.Println("f0 loopc19", i, r) }()
	}
	defer func() {
		runtime.Goexit()
		r = 8
	}()
	return
}

func f1(x int) (r int) {
	fmt.Println("f1 enter", x)
	r += f2(x + 4)
	if x%2 == 1 {
		defer recover()
	} else {
		defer println("f1 d7 stderr", x)
	}
	if x == 5 {
		return x + 5
	}
	defer func(v int) {
		fmt.Println("f1 d8 arg", v, r)
		println("f1 stderr9", x)
	}(x + 0)
	if x%2 == 0 {
		{ s := []int{1, 2, 3}; fmt.Println("f1 slice10", s[1:x+1]) }
	} else {
		{ z := x % 3; fmt.Println("f1 div11", 10/z) }
	}
	if x%2 == 0 {
		defer f2(x + 2)
	}
	fmt.Println("f1 leave", x, r)
	return r * 2
}

func f2(x int) (r int) {
	fmt.Println("f2 enter", x)
	defer fmt.Println("f2 d1", r)
	defer show("f2 d2 argrecover", recover())
	defer func() {
		r *= 7
	}()
	fmt.Println("f2 s4", x, r)
	if x%2 == 1 {
		fmt.Println("f2 s5", x, r)
	}
	return
}

func main() {
	defer func() {
		if rv := recover(); rv != nil {
			show("main caught", rv)
		}
	}()
	fmt.Println("f0 ->", f0(1))
	fmt.Println("main end")
}
