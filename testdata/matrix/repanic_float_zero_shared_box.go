// Tests: gostack-matrix seed 76716: two panics with float64(0) values are the
// same boxed value (gc's convT64 boxes bit patterns below 256 in
// staticuint64s), so the aborted first one is printed once (repanicked).
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
	r += f1(x + 0)
	defer func() {
		{ tp := &T{12}; defer tp.P("f0 d12"); tp.n = 100 }
		defer func(v int) {
			fmt.Println("f0 d13 arg", v, r)
			panic(nil)
		}(x + 1)
		r += 4
	}()
	return
}

func f1(x int) (r int) {
	fmt.Println("f1 enter", x)
	defer recover()
	for i := range 2 {
		fmt.Println("f1 iter2", i)
		defer func() {
			if rv := recover(); rv != nil {
				panic(fmt.Sprint("re4: ", rv))
			}
			panic(nil)
		}()
	}
	for i := range 2 {
		fmt.Println("f1 iter6", i)
		if x%2 == 1 {
			r += x * 8
		} else {
			defer func(v int) {
				fmt.Println("f1 d7 arg", v, r)
				r += 7
				panic(float64(x) / 4)
				helper("f1 h9")
			}(x + 1)
		}
	}
	defer recover()
	fmt.Println("f1 leave", x, r)
	return r * 2
}

func main() {
	defer fmt.Println("main deferred")
	fmt.Println("f0 ->", f0(0))
	fmt.Println("main end")
}
