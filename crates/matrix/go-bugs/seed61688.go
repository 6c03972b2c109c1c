// Tests: gostack-matrix seed 61688 (differential defer/panic/recover program)
package main

import (
	"errors"
	"fmt"
	"runtime"
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
	defer fmt.Println("f0 d22", x)
	defer func() {
		fmt.Println("f0 dcall24", f1(x+1))
		println("f0 stderr25", x)
	}()
	if x%2 == 0 {
		for i := range 3 { defer fmt.Println("f0 loop26", i) }
	}
	r += f3(x + 5)
	return r + 2
}

func f1(x int) (r int) {
	fmt.Println("f1 enter", x)
	{ mv := T{14}.M; defer mv("f1 d14") }
	if x == 1 {
		return x + 1
	}
	if x > 6 {
		panic(uint8(15))
	}
	defer func() {
		if rv := recover(); rv != nil {
			show("f1 rec17", rv)
		}
		func() { show("f1 inner18", recover()) }()
		if rv := recover(); rv != nil {
			if e, ok := rv.(runtime.Error); ok {
				fmt.Println("f1 rterr19", e.Error())
			} else if e, ok := rv.(error); ok {
				fmt.Println("f1 err19", e, errors.Is(e, errSentinel))
			} else {
				fmt.Println("f1 other19", rv)
			}
		}
	}()
	{ var nf func(); defer nf() }
	panic(Str{"s21"})
	fmt.Println("f1 leave", x, r)
	return r * 2
}

func f2(x int) (r int) {
	fmt.Println("f2 enter", x)
	r += x * 5
	fmt.Println("f2 s8", x, r)
	{ a := make([]int, x); fmt.Println([3]int(a)) }
	defer show("f2 d10 argrecover", recover())
	defer func() {
		if rv := recover(); rv != nil {
			if e, ok := rv.(runtime.Error); ok {
				fmt.Println("f2 rterr12", e.Error())
			} else if e, ok := rv.(error); ok {
				fmt.Println("f2 err12", e, errors.Is(e, errSentinel))
			} else {
				fmt.Println("f2 other12", rv)
			}
		}
		fmt.Println("f2 in-defer13", x, r)
	}()
	fmt.Println("f2 leave", x, r)
	return r * 2
}

func f3(x int) (r int) {
	fmt.Println("f3 enter", x)
	fmt.Println("f3 s1", x, r)
	if x > 1 {
		panic(7)
	}
	fmt.Println("f3 s3", x, r)
	fmt.Println("f3 s4", x, r)
	if x%2 == 1 {
		defer func() {
			fmt.Println("f3 in-defer6", r)
			println("f3 stderr7", x)
		}()
	}
	fmt.Println("f3 leave", x, r)
	return r * 2
}

func main() {
	defer fmt.Println("main deferred")
	fmt.Println("f0 ->", f0(4))
	{
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if rv := recover(); rv != nil {
					show("g27 caught", rv)
				}
			}()
			fmt.Println("g27 result", f0(6))
		}()
		wg.Wait()
	}
	fmt.Println("main end")
}
