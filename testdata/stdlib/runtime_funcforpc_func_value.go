// Tests: reflect.ValueOf(fn).Pointer() is the function's entry pc, which runtime.FuncForPC names (functions, method expressions, closures, method values as -fm wrappers, library functions); closures of one literal share it
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

func f(n int) int { return n % 2 }

type T struct{ n int }

func (T) M()  {}
func (*T) P() {}

func name(fn any) string {
	return runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
}

func adder(k int) func(int) int { return func(x int) int { return x + k } }

func main() {
	fmt.Println(name(f))
	fmt.Println(name(T.M))
	fmt.Println(name((*T).P))
	fmt.Println(name(func() {}))
	fmt.Println(name(strings.ToUpper))
	var t T
	fmt.Println(name(t.M))
	fmt.Println(name(main))
	a, b := adder(1), adder(2)
	fmt.Println(name(a), reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer())
	fmt.Println(reflect.ValueOf(f).Pointer() == reflect.ValueOf(main).Pointer())
	var nilf func()
	fmt.Println(reflect.ValueOf(nilf).Pointer(), runtime.FuncForPC(0) == nil)
}
