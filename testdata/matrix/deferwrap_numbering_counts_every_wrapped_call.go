// Tests: gostack-matrix seed 80099: gc numbers a deferwrap for every deferred call it wraps (any call with
// arguments, results or a receiver, fmt.Println included), so `defer panic(v)`
// after `defer fmt.Println(...)` is deferwrap2.
package main

import (
	"errors"
	"fmt"
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
	defer fmt.Println("f0 d2", x)
	if x == 4 {
		return
	}
	defer panic(Reason("quota 4"))
	for i := range 2 {
		fmt.Println("f0 iter5", i)
		r += f1(x + 6)
	}
	r += f1(x + 5)
	return r + 1
}

func f1(x int) (r int) {
	fmt.Println("f1 enter", x)
	r++
	fmt.Println("f1 s1", x, r)
	r++
	fmt.Println("f1 leave", x, r)
	return r * 2
}

func main() {
	fmt.Println("f0 ->", f0(5))
	fmt.Println("main end")
}
