// Tests: reflect's Value.Clear (slices, maps incl. NaN keys, panics), Type.Fields/Methods/Ins/Outs and Value.Fields/Methods iterators (early break, panics).
package main

import (
	"fmt"
	"math"
	"reflect"
)

type T struct {
	A int
	b string
	C []int `json:"c"`
}

func (T) Hello(n int) string  { return fmt.Sprint("hello ", n) }
func (*T) Ptr()               {}
func (T) World() (int, error) { return 1, nil }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	reflect.ValueOf(s).Clear()
	fmt.Println(s, len(s))
	ps := []*T{{A: 1}, nil}
	reflect.ValueOf(ps).Clear()
	fmt.Println(ps)
	m := map[string]int{"a": 1, "b": 2}
	reflect.ValueOf(m).Clear()
	fmt.Println(m, len(m))
	fm := map[float64]int{math.NaN(): 1, math.NaN(): 2, 3: 3}
	reflect.ValueOf(fm).Clear()
	fmt.Println(len(fm))
	var nm map[int]int
	reflect.ValueOf(nm).Clear()
	fmt.Println(nm == nil)
	try("array", func() { reflect.ValueOf([2]int{}).Clear() })
	try("int", func() { reflect.ValueOf(5).Clear() })

	t := reflect.TypeOf(T{})
	for f := range t.Fields() {
		fmt.Println(f.Name, f.Type, f.Tag, f.IsExported(), f.Index)
	}
	for m := range t.Methods() {
		fmt.Println(m.Name, m.Type, m.Index)
	}
	for m := range reflect.TypeOf(&T{}).Methods() {
		fmt.Println("ptr", m.Name)
		if m.Name == "Ptr" {
			break
		}
	}
	ft := reflect.TypeOf(T.Hello)
	for in := range ft.Ins() {
		fmt.Println("in", in)
	}
	for out := range reflect.TypeOf(T.World).Outs() {
		fmt.Println("out", out)
	}
	try("Fields", func() { reflect.TypeOf(1).Fields() })
	try("Ins", func() { reflect.TypeOf("").Ins() })
	try("Outs", func() { reflect.TypeOf(T{}).Outs() })

	v := reflect.ValueOf(T{A: 7, b: "x", C: []int{9}})
	for f, fv := range v.Fields() {
		fmt.Println(f.Name, fv, fv.CanInterface())
	}
	for m, mv := range v.Methods() {
		if m.Name == "Hello" {
			fmt.Println(mv.Call([]reflect.Value{reflect.ValueOf(3)})[0])
		}
	}
	try("Value.Fields", func() { reflect.ValueOf(3).Fields() })
}
