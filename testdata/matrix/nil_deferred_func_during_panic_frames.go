// Tests: gostack-matrix seed 80032: a nil deferred func called while a panic runs its deferred calls panics
// inside gopanic: the traceback shows both gopanic frames.
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
		r += f1(x + 6)
		fmt.Println("f0 in-defer5", x, r)
	}()
	if x%2 == 0 {
		{ var nf func(); defer nf() }
	}
	r += f1(x + 4)
	defer func() {
		defer func() {
			if rv := recover(); rv != nil {
				show("f0 repanic9", rv)
				panic(rv)
			}
			r += 3
		}()
	}()
	fmt.Println("f0 leave", x, r)
	return r * 2
}

func f1(x int) (r int) {
	fmt.Println("f1 enter", x)
	fmt.Println("f1 s1", x, r)
	panic(true)
	r++
	for i := range 2 {
		fmt.Println("f1 iter3", i)
		r++
	}
	r += x * 3
	return
}

func main() {
	defer fmt.Println("main deferred")
	fmt.Println("f0 ->", f0(0))
	{
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if rv := recover(); rv != nil {
					show("g10 caught", rv)
				}
			}()
			fmt.Println("g10 result", f0(1))
		}()
		wg.Wait()
	}
	fmt.Println("main end")
}
