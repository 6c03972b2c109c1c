// Tests: reflect.MakeFunc makes func values of the program's func types whose calls run fn with []Value (direct, deferred, go, Value.Call, variadic, interface results) and panics with Go's texts for bad results
package main

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

type Stringer interface{ String() string }

type name string

func (n name) String() string { return "name:" + string(n) }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	makeSwap := func(fptr any) {
		fn := reflect.ValueOf(fptr).Elem()
		v := reflect.MakeFunc(fn.Type(), swap)
		fn.Set(v)
	}
	var intSwap func(int, int) (int, int)
	makeSwap(&intSwap)
	fmt.Println(intSwap(0, 1))
	var floatSwap func(float64, float64) (float64, float64)
	makeSwap(&floatSwap)
	fmt.Println(floatSwap(2.72, 3.14))

	// Variadic: the last argument arrives as a slice.
	var join func(sep string, parts ...string) string
	jv := reflect.MakeFunc(reflect.TypeOf(join), func(in []reflect.Value) []reflect.Value {
		ps := in[1].Interface().([]string)
		return []reflect.Value{reflect.ValueOf(strings.Join(ps, in[0].String()))}
	})
	reflect.ValueOf(&join).Elem().Set(jv)
	fmt.Println(join("-", "a", "b", "c"), join("+"))
	fmt.Printf("%T %v\n", jv.Interface(), jv.Kind())

	// Results assignable to an interface result are converted.
	var mk func(string) Stringer
	reflect.ValueOf(&mk).Elem().Set(reflect.MakeFunc(reflect.TypeOf(mk), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(name(in[0].String()))}
	}))
	s := mk("x")
	fmt.Printf("%v %T\n", s, s)

	// Structs are passed by value.
	type pt struct{ X, Y int }
	var move func(pt) (pt, pt)
	reflect.ValueOf(&move).Elem().Set(reflect.MakeFunc(reflect.TypeOf(move), func(in []reflect.Value) []reflect.Value {
		q := reflect.New(in[0].Type()).Elem()
		q.Set(in[0])
		q.Field(0).SetInt(99)
		return []reflect.Value{q, in[0]}
	}))
	p := pt{1, 2}
	fmt.Println(move(p))
	fmt.Println(p)

	// Value.Call of a made function, and of one with no results.
	count := 0
	var tick func()
	tv := reflect.MakeFunc(reflect.TypeOf(tick), func(in []reflect.Value) []reflect.Value {
		count++
		return nil
	})
	tv.Call(nil)
	tick = tv.Interface().(func())
	tick()
	defer func() { fmt.Println("deferred tick; count", count) }()
	defer tick()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick()
	}()
	wg.Wait()
	out := reflect.ValueOf(intSwap).Call([]reflect.Value{reflect.ValueOf(5), reflect.ValueOf(6)})
	fmt.Println(out[0].Int(), out[1].Int(), count)

	// sort-like use: a made func passed to Go code.
	var less func(a, b int) bool
	reflect.ValueOf(&less).Elem().Set(reflect.MakeFunc(reflect.TypeOf(less), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(in[0].Int() > in[1].Int())}
	}))
	xs := []int{3, 1, 2}
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if less(xs[j], xs[i]) {
				xs[i], xs[j] = xs[j], xs[i]
			}
		}
	}
	fmt.Println(xs)

	// Go's panics.
	try(func() { reflect.MakeFunc(reflect.TypeOf(0), swap) })
	try(func() {
		var f func() int
		f = reflect.MakeFunc(reflect.TypeOf(f), func([]reflect.Value) []reflect.Value { return nil }).Interface().(func() int)
		f()
	})
	try(func() {
		var f func() int
		f = reflect.MakeFunc(reflect.TypeOf(f), func([]reflect.Value) []reflect.Value { return []reflect.Value{{}} }).Interface().(func() int)
		f()
	})
	try(func() {
		var f func() int
		f = reflect.MakeFunc(reflect.TypeOf(f), func([]reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf("no")}
		}).Interface().(func() int)
		f()
	})
	try(func() {
		var f func() int
		f = reflect.MakeFunc(reflect.TypeOf(f), func([]reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(struct{ x int }{7}).Field(0)}
		}).Interface().(func() int)
		f()
	})
	// A panic in fn goes through the made function's caller.
	try(func() {
		var f func(int) int
		f = reflect.MakeFunc(reflect.TypeOf(f), func(in []reflect.Value) []reflect.Value {
			panic(fmt.Sprint("inner ", in[0].Int()))
		}).Interface().(func(int) int)
		f(4)
	})
}
