// Tests: reflect's Type and Value over structs, tags, methods, maps, slices, pointers: TypeOf/ValueOf, Field/FieldByName, Set* through Elem, SetMapIndex, Swapper, DeepEqual, New/Zero/MakeSlice/Append/Convert/Indirect, Kind names
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Person struct {
	Name    string `json:"name" xml:"n"`
	Age     int    `json:"age,omitempty"`
	private bool
	Tags    []string
	Inner
}

type Inner struct {
	City string
}

func (p Person) Greet() string   { return "hi " + p.Name }
func (p *Person) Birthday()      { p.Age++ }
func (p Person) String() string  { return p.Name }

type Stringer interface{ String() string }

func main() {
	p := Person{Name: "Ann", Age: 30, Tags: []string{"a", "b"}, Inner: Inner{"Oslo"}}
	t := reflect.TypeOf(p)
	fmt.Println(t, t.Name(), t.Kind(), t.PkgPath(), t.NumField(), t.Size())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Anonymous, f.Offset, f.IsExported())
	}
	v, ok := t.Field(0).Tag.Lookup("xml")
	fmt.Println(v, ok)
	fmt.Println(t.NumMethod(), reflect.TypeOf(&p).NumMethod(), t.Method(0).Name)
	fmt.Println(t.Implements(reflect.TypeOf((*Stringer)(nil)).Elem()))
	fmt.Println(reflect.TypeOf(3), reflect.TypeOf("s").Kind(), reflect.TypeOf([]int{}).Elem(), reflect.TypeOf(map[string]bool{}).Key())
	fmt.Println(reflect.TypeOf(Celsius(1)), reflect.TypeOf(Celsius(1)).Kind() == reflect.Float64)
	fmt.Println(reflect.TypeOf(p) == reflect.TypeOf(Person{}), reflect.TypeOf(1) == reflect.TypeOf(int64(1)))
	fn := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(fn, fn.NumIn(), fn.In(0), fn.IsVariadic(), fn.NumOut(), fn.Out(0))
	sf, ok := t.FieldByName("City")
	fmt.Println(sf.Name, sf.Index, ok)
	rv := reflect.ValueOf(p)
	fmt.Println(rv.Kind(), rv.NumField(), rv.Field(0), rv.Field(1).Int(), rv.Field(3).Len(), rv.Field(3).Index(1), rv.FieldByName("City"))
	fmt.Println(rv.Field(0).String(), rv.Field(1).String(), rv.CanSet())
	pv := reflect.ValueOf(&p).Elem()
	pv.Field(0).SetString("Bob")
	pv.FieldByName("Age").SetInt(41)
	fmt.Println(p.Name, p.Age, pv.CanSet(), pv.Field(0).CanSet(), pv.Field(2).CanSet())
	x := 3.5
	xv := reflect.ValueOf(&x).Elem()
	xv.SetFloat(7.25)
	fmt.Println(x, xv.Float(), xv.Interface())
	m := map[string]int{"a": 1}
	mv := reflect.ValueOf(m)
	mv.SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf(2))
	fmt.Println(m, mv.Len(), mv.MapIndex(reflect.ValueOf("a")), mv.MapIndex(reflect.ValueOf("zz")).IsValid())
	s := []int{3, 1, 2}
	sw := reflect.Swapper(s)
	sw(0, 2)
	fmt.Println(s)
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(p, p), reflect.DeepEqual(1, int64(1)))
	var e error
	fmt.Println(reflect.ValueOf(e).IsValid(), reflect.TypeOf(e) == nil, reflect.ValueOf((*int)(nil)).IsNil(), reflect.ValueOf(0).IsZero())
	nv := reflect.New(reflect.TypeOf(0))
	nv.Elem().SetInt(9)
	fmt.Println(*(nv.Interface().(*int)), reflect.Zero(reflect.TypeOf(p)).Interface().(Person).Age)
	sl := reflect.MakeSlice(reflect.TypeOf([]string{}), 1, 3)
	sl = reflect.Append(sl, reflect.ValueOf("x"))
	fmt.Printf("%q %d\n", sl.Interface(), sl.Len())
	fmt.Println(reflect.ValueOf(7).Convert(reflect.TypeOf(1.0)).Float(), reflect.Indirect(reflect.ValueOf(&x)).Float())
	fmt.Println(reflect.Ptr, reflect.Kind(99), reflect.ValueOf(nil).Kind())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf("str").Int()
}
