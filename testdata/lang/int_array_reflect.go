// Tests: arrays of numbers through reflect: DeepEqual, Index().SetFloat, Set of a whole array, Zero, New, ValueOf(a[:]); printing pointers to them
package main

import (
	"fmt"
	"reflect"
)

type S struct{ A [2]int }

func main() {
	a := [3]float64{1, 2.5, 3}
	fmt.Println(&a)
	fmt.Printf("%v %+v\n", &a, &S{A: [2]int{1, 2}})
	fmt.Println(reflect.DeepEqual(a, [3]float64{1, 2.5, 3}), reflect.DeepEqual(&a, &[3]float64{1, 2.5, 3}))
	v := reflect.ValueOf(&a).Elem()
	v.Index(1).SetFloat(9)
	v.Set(reflect.ValueOf([3]float64{7, 8, 9}))
	fmt.Println(a, v.Interface(), v.Type().Elem().Kind(), v.CanAddr())
	z := reflect.Zero(reflect.TypeOf([2]int8{})).Interface()
	fmt.Println(z, reflect.New(reflect.TypeOf([2]uint16{})).Elem().Len())
	sv := reflect.ValueOf(a[:])
	fmt.Println(sv.Len(), sv.Index(2), v.Len())
}
