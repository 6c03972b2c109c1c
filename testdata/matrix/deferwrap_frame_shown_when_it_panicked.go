// Tests: gostack-matrix seed 80109: a deferwrap that called panic itself (`defer panic(v)`) stays in the
// traceback (Go elides wrapper frames unless they called gopanic).
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
		if rv := recover(); rv != nil {
			if e, ok := rv.(runtime.Error); ok {
				fmt.Println("f0 rterr15", e.Error())
			} else if e, ok := rv.(error); ok {
				fmt.Println("f0 err15", e, errors.Is(e, errSentinel))
			} else {
				fmt.Println("f0 other15", rv)
			}
		}
		panic(Str{"s16"})
		defer f3(x + 4)
	}()
	fmt.Println("f0 s18", x, r)
	show("f0 direct19", recover())
	defer panic("same")
	r += f3(x + 5)
	return r + 6
}

func f1(x int) (r int) {
	fmt.Println("f1 enter", x)
	{ z := x % 3; fmt.Println("f1 div10", 10/z) }
	{ var i any = "str11"; fmt.Println("f1 assert11", i.(int)) }
	defer T{12}.M("f1 d12")
	{ var i any; fmt.Println("f1 assert13", i.(string)) }
	return r + 6
}

func f2(x int) (r int) {
	fmt.Println("f2 enter", x)
	fmt.Println("f2 s7", x, r)
	r += f3(x + 6)
	if x > 4 {
		panic(float64(x) / 4)
	}
	runtime.Goexit()
	if x == 3 {
		return
	}
	{ var iv I = T{9}; defer iv.M("f2 d9") }
	fmt.Println("f2 leave", x, r)
	return r * 2
}

func f3(x int) (r int) {
	fmt.Println("f3 enter", x)
	defer func() {
		fmt.Println("f3 in-defer2", r)
	}()
	defer fmt.Println("f3 d3", x)
	{ a := make([]int, x); fmt.Println([3]int(a)) }
	defer show("f3 d5 argrecover", recover())
	defer show("f3 d6 argrecover", recover())
	return
}

func main() {
	defer fmt.Println("main deferred")
	fmt.Println("f0 ->", f0(1))
	fmt.Println("main end")
}
