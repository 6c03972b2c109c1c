// Tests: reflect Value.Call, CallSlice, Method, MethodByName, Type.Method with Func, promoted methods
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Inner struct{ N int }

func (i Inner) Double() int       { return i.N * 2 }
func (i *Inner) Inc(by int)       { i.N += by }
func (i Inner) Describe() string  { return fmt.Sprintf("inner(%d)", i.N) }

type Outer struct {
	Inner
	Name string
}

func (o Outer) Hello(greet string, names ...string) string {
	return greet + " " + o.Name + ": " + strings.Join(names, ",")
}

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (s Sq) Name() string    { return "square" }

func add(a, b int) int { return a + b }

func divmod(a, b int) (int, int, error) {
	if b == 0 {
		return 0, 0, errors.New("division by zero")
	}
	return a / b, a % b, nil
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func show(v any) string { return fmt.Sprintf("%v/%T", v, v) }

func main() {
	f := reflect.ValueOf(add)
	out := f.Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf(4)})
	fmt.Println(len(out), out[0].Int(), out[0].Type())

	dm := reflect.ValueOf(divmod)
	for _, b := range []int{3, 0} {
		r := dm.Call([]reflect.Value{reflect.ValueOf(17), reflect.ValueOf(b)})
		fmt.Println(r[0].Int(), r[1].Int(), r[2].IsNil(), r[2].Type(), r[2].Interface())
	}

	s := reflect.ValueOf(sum)
	fmt.Println(s.Call(nil)[0].Int())
	fmt.Println(s.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0].Int())
	fmt.Println(s.CallSlice([]reflect.Value{reflect.ValueOf([]int{10, 20})})[0].Int())

	fmt.Println(reflect.ValueOf(show).Call([]reflect.Value{reflect.ValueOf(42)})[0].String())

	// Closures keep their captures.
	k := 10
	cl := func(x int) int { k += x; return k }
	reflect.ValueOf(cl).Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(k)

	o := Outer{Inner{21}, "bob"}
	v := reflect.ValueOf(o)
	fmt.Println("NumMethod", v.NumMethod(), v.Type().NumMethod())
	for i := 0; i < v.NumMethod(); i++ {
		m := v.Type().Method(i)
		fmt.Println(i, m.Name, m.Type, v.Method(i).Type())
	}
	fmt.Println(v.MethodByName("Double").Call(nil)[0].Int())
	fmt.Println(v.MethodByName("Describe").Call(nil)[0])
	fmt.Println(v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("hi"), reflect.ValueOf("x"), reflect.ValueOf("y")})[0])
	fmt.Println(v.MethodByName("Nope").IsValid())
	fmt.Println(v.MethodByName("Inc").IsValid())

	p := reflect.ValueOf(&o)
	fmt.Println("ptr NumMethod", p.NumMethod())
	p.MethodByName("Inc").Call([]reflect.Value{reflect.ValueOf(4)})
	fmt.Println(o.N, o.Double())

	// Method values are bound when made.
	dbl := reflect.ValueOf(o).MethodByName("Double")
	o.N = 100
	fmt.Println(dbl.Call(nil)[0].Int())
	fn := dbl.Interface().(func() int)
	fmt.Println(fn())

	// Type.Method's Func takes the receiver first.
	m, ok := reflect.TypeOf(o).MethodByName("Describe")
	fmt.Println(ok, m.Name, m.Type, m.Index)
	fmt.Println(m.Func.Call([]reflect.Value{reflect.ValueOf(Outer{Inner{7}, "z"})})[0])

	// Interfaces.
	var sh Shape = Sq{3}
	iv := reflect.ValueOf(&sh).Elem()
	fmt.Println(iv.Kind(), iv.NumMethod())
	fmt.Println(iv.Method(0).Call(nil)[0].Float(), iv.Method(1).Call(nil)[0])
	st := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(st.Method(0).Name, st.Method(0).Type)

	// Implements with promoted methods.
	type Describer interface{ Describe() string }
	fmt.Println(reflect.TypeOf(o).Implements(reflect.TypeOf((*Describer)(nil)).Elem()))

	// A method call through reflect that panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(divmod2).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(0)})
	}()
}

func divmod2(a, b int) int { return a / b }
