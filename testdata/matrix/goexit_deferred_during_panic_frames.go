// Tests: gostack-matrix seed 91780: a deferred runtime.Goexit() called by a
// panic's gopanic: a panic in a deferred call it runs shows Goexit's frame
// and then the gopanic frame that called it.
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
	fmt.Println("f0 s14", x, r)
	defer func() {
		panic(x * 1000)
	}()
	r += f2(x + 2)
	defer func() {
		panic("boom-18")
		fmt.Println("f0 in-defer19", x, r)
	}()
	if x == 3 {
		return
	}
	fmt.Println("f0 leave", x, r)
	return r * 2
}

func f1(x int) (r int) {
	fmt.Println("f1 enter", x)
	{ var fn func(); fn() }
	defer helper("f1 d10")
	r += f2(x + 3)
	{ s := []int{1, 2, 3}; fmt.Println("f1 slice11", s[1:x+5]) }
	for i := range 2 {
		fmt.Println("f1 iter12", i)
		show("f1 direct13", recover())
	}
	fmt.Println("f1 leave", x, r)
	return r * 2
}

func f2(x int) (r int) {
	fmt.Println("f2 enter", x)
	defer func() {
		helper("f2 h2")
		func() { show("f2 inner3", recover()) }()
		if rv := recover(); rv != nil {
			if e, ok := rv.(runtime.Error); ok {
				fmt.Println("f2 rterr4", e.Error())
			} else if e, ok := rv.(error); ok {
				fmt.Println("f2 err4", e, errors.Is(e, errSentinel))
			} else {
				fmt.Println("f2 other4", rv)
			}
		}
	}()
	defer runtime.Goexit()
	panic(ValErr{"v6"})
	r++
	defer func(v int) {
		fmt.Println("f2 d7 arg", v, r)
		panic(Reason("quota 8"))
	}(x + 0)
	r++
	return r + 5
}

func main() {
	fmt.Println("f0 ->", f0(6))
	fmt.Println("main end")
}
