// Tests: gostack-matrix seed 94789: a panic recovered while a Goexit is
// pending further down resumes the Goexit on its own frame (Go jumps to its
// startSP): the frames above the one that called Goexit are gone.
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
	defer func() {
		{ var m map[string]int; m["k7"] = x }
		func() { show("f0 inner8", recover()) }()
	}()
	r += x * 8
	fmt.Println("f0 s9", x, r)
	defer helper("f0 d10")
	defer func() {
		fmt.Println("f0 in-defer12", x, r)
		panic(Reason("quota 13"))
	}()
	r += f1(x + 1)
	return r + 0
}

func f1(x int) (r int) {
	fmt.Println("f1 enter", x)
	defer func() {
		helper("f1 h2")
	}()
	defer fmt.Println("f1 d3", x)
	{ var nf func(); defer nf() }
	r++
	runtime.Goexit()
	{ var fn func(); fn() }
	fmt.Println("f1 leave", x, r)
	return r * 2
}

func main() {
	defer fmt.Println("main deferred")
	fmt.Println("f0 ->", f0(2))
	fmt.Println("main end")
}
